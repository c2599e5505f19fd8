import { roleOfHeader } from "../../../src/engine/detect";
import { type CellValue } from "../../../src/engine/grid";
import type { Role } from "../../../src/engine/roles";
import { merged, tablesOf } from "./read-tables";

describe("a heading naming the groups, then the tasks under them, heads the tasks", () => {
  it.each<[string, Role]>([
    ["Направления, мероприятия", "activity"],
    ["Цели, задачи, мероприятия", "activity"],
  ])("%j is %s", (text, role) => {
    expect(roleOfHeader(text)).toBe(role);
  });

  it.each<[string, Role]>([
    ["Направления", "perspective"],
    // A group and what measures it is no task.
    ["Цель, показатель", "objective"],
  ])("%j stays %s", (text, role) => {
    expect(roleOfHeader(text)).toBe(role);
  });
});

describe("a word only looking like a heading of no role does not hide the role after it", () => {
  it("reads `местный бюджет` as a budget, though `местный` looks like `место`", () => {
    expect(roleOfHeader("местный бюджет")).toBe("budget");
  });

  it("still reads the venue as no role", () => {
    expect(roleOfHeader("Место проведения мероприятия")).toBe("unknown");
  });
});

// A regional programme's measures: the money by source under one heading naming the costs and their sources.
const programme: CellValue[][] = [
  ["N п/п", "Направления, мероприятия", "Ежегодные затраты и источники финансирования", null, null, null, "Срок исполнения", "Ответственные исполнители"],
  [null, null, "всего", "федеральный бюджет", "областной бюджет", "местный бюджет", null, null],
  ["1.", "Оснащение школ учебным оборудованием", "12000", "8000", "3000", "1000", "2007 - 2010", "Министерство образования"],
  ["2.", "Подготовка педагогических кадров", "600", "", "400", "200", "2008 - 2009", "Институт развития образования"],
];

describe("money columns under a heading naming the costs and the sources of the funds", () => {
  it("are budgets, the total among them", () => {
    const tables = tablesOf(programme, merged("C1:F1", "A1:A2", "B1:B2", "G1:G2", "H1:H2"));
    expect(tables).toHaveLength(1);
    const role = (column: string) => tables[0].columns.find((c) => c.column === column)?.role;
    expect(["C", "D", "E", "F"].map(role)).toEqual(["budget", "budget", "budget", "budget"]);
    expect(role("B")).toBe("activity");
  });
});

// A programme's resources: spending by year under one heading, then the stage's total beside the years.
const resources: CellValue[][] = [
  ["Наименование мероприятия", "Источники финансирования", "Оценка расходов (тыс. рублей)", null, null, "Итого на II этапе (2021 - 2023 годы)", "Примечание"],
  [null, null, "2021 год", "2022 год", "2023 год", null, null],
  ["Развитие дошкольного образования", "областной бюджет", "1 200,0", "1 300,0", "1 400,0", "3 900,0", "по согласованию"],
  ["Развитие общего образования", "областной бюджет", "2 000,0", "2 100,0", "2 200,0", "6 300,0", ""],
  ["Развитие дополнительного образования", "местный бюджет", "500,0", "600,0", "700,0", "1 800,0", ""],
];

describe("the total of the money beside the money by year", () => {
  it("is money too", () => {
    const tables = tablesOf(resources, merged("C1:E1", "A1:A2", "B1:B2", "F1:F2", "G1:G2"));
    expect(tables).toHaveLength(1);
    expect(tables[0].columns.find((c) => c.column === "F")?.role).toBe("budget");
  });

  it("is not money where its cells are no amounts", () => {
    const words = resources.map((r, i) => (i < 2 ? r : [...r.slice(0, 5), "все школы района", r[6]]));
    const tables = tablesOf(words, merged("C1:E1", "A1:A2", "B1:B2", "F1:F2", "G1:G2"));
    expect(tables[0].columns.find((c) => c.column === "F")?.role).not.toBe("budget");
  });
});
