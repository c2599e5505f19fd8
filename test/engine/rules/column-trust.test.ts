import { checkTable } from "../../../src/engine/rules";
import type { PlanTable } from "../../../src/engine/plan";
import { context } from "./helpers";
import { makeTable } from "./make-table";

/** Findings about responsible bodies, as `cell code` lines. */
function responsibleFindings(table: PlanTable): string[] {
  return checkTable(table, context())
    .filter((f) => f.code.startsWith("responsible.") || f.code === "gap.no-responsible")
    .map((f) => `${f.cell} ${f.code}`);
}

/** A test schedule whose third column holds codes in capitals, headed `header`, its role from `source`. */
function schedule(header: string, source: "header" | "content"): PlanTable {
  const table = makeTable({
    columns: ["number", { role: "activity", header: "Дейност" }, { role: "responsible", header }, { role: "deadline", header: "Дата" }],
    rows: [
      ["1.", "Контролна работа по математика", "ПКМ", "15.10.2024"],
      ["2.", "Контролна работа по физика", "ПКФ", "12.11.2024"],
      ["3.", "Контролна работа по химия", "ПКХ", "10.12.2024"],
      ["4.", "Контролна работа по история", null, "14.01.2025"],
    ],
  });
  table.columns[2].source = source;
  return table;
}

describe("a responsible column PlanCheck is not sure of", () => {
  it("a responsible column typed from content alone, its names mostly unknown, gets no unknown-body, column or missing-body findings", () => {
    expect(responsibleFindings(schedule("Код", "content"))).toEqual([]);
  });

  it("the same column under a heading that names the responsible is judged: one column finding and the empty cell", () => {
    expect(responsibleFindings(schedule("Отговорник", "header"))).toEqual(["C1 responsible.column-unknown", "C5 gap.no-responsible"]);
  });

  it("a column typed from content whose names PlanCheck mostly knows keeps its findings on the few it does not", () => {
    const table = makeTable({
      columns: ["number", { role: "activity", header: "Дейност" }, { role: "responsible", header: "" }, { role: "deadline", header: "Дата" }],
      rows: [
        ["1.", "Педагогически съвет", "Директор", "15.10.2024"],
        ["2.", "Родителска среща", "Класни ръководители", "12.11.2024"],
        ["3.", "Олимпиада", "Учители", "10.12.2024"],
        ["4.", "Състезание", "ПКХ", "14.01.2025"],
        ["5.", "Празник", null, "14.02.2025"],
      ],
    });
    table.columns[2].source = "content";
    expect(responsibleFindings(table)).toEqual(["C5 responsible.unknown", "C6 gap.no-responsible"]);
  });

  it("a column typed from content whose unknown names are written out (`Чукальский СДК`) is still said once to name unknown bodies", () => {
    const table = makeTable({
      columns: ["number", { role: "activity", header: "Мероприятие" }, { role: "responsible", header: "Место проведения" }, { role: "deadline", header: "Дата" }],
      rows: [
        ["1.", "Концерт", "Чукальский СДК", "05.01.2024"],
        ["2.", "Выставка", "Малобуяновский ЦСДК", "12.01.2024"],
        ["3.", "Вечер отдыха", "Старочукальский СДК", "19.01.2024"],
        ["4.", "Игровая программа", "Чепкас – Никольский СДК", "26.01.2024"],
      ],
    });
    table.columns[2].source = "content";
    expect(responsibleFindings(table)).toEqual(["C1 responsible.column-unknown"]);
  });

  it("a column of Roman months under a heading that names the responsible (`Отговорник` over `ІХ`, `Х`, `ХІ`) gets no missing-body findings: `Х` is October, not a mark for nobody", () => {
    const table = makeTable({
      columns: ["number", { role: "activity", header: "Контролна работа" }, { role: "responsible", header: "Отговорник" }],
      rows: [
        ["1.", "Входно ниво по математика", "ІХ"],
        ["2.", "Входно ниво по физика", "Х"],
        ["3.", "Класна работа по математика", "ХІ"],
        ["4.", "Класна работа по физика", "Х"],
        ["5.", "Изходно ниво", "І"],
      ],
    });
    expect(responsibleFindings(table)).toEqual([]);
  });

  it("a responsible column filled only on the first row of each group (`ГРУПА` over `ПЪРВА`, `ВТОРА`) gets no missing-body findings on the rows below", () => {
    const table = makeTable({
      columns: ["number", { role: "activity", header: "Ситуация" }, { role: "responsible", header: "Отговорник" }],
      rows: [
        ["1.", "Пътят до детската градина", "ПЪРВА"],
        ["2.", "Пресичане на улицата", null],
        ["3.", "Светофарът", null],
        ["4.", "Пътни знаци", null],
        ["5.", "Моят велосипед", "ВТОРА"],
        ["6.", "Игра на улицата", null],
        ["7.", "Превозни средства", null],
      ],
    });
    expect(responsibleFindings(table).filter((f) => f.endsWith("gap.no-responsible"))).toEqual([]);
  });

  it("a responsible column filled on most rows keeps the finding on the row left empty", () => {
    const table = makeTable({
      columns: ["number", { role: "activity", header: "Дейност" }, { role: "responsible", header: "Отговорник" }],
      rows: [
        ["1.", "Педагогически съвет", "Директор"],
        ["2.", "Родителска среща", "Класни ръководители"],
        ["3.", "Олимпиада", null],
        ["4.", "Състезание", "Учители"],
      ],
    });
    expect(responsibleFindings(table)).toEqual(["C4 gap.no-responsible"]);
  });

  it("a responsible cell that says when and where (`11.00⏎молодежный центр`) names no unknown body, while a body beside it still may be unknown", () => {
    const table = makeTable({
      columns: ["number", { role: "activity", header: "Мероприятие" }, { role: "responsible", header: "Ответственные" }],
      rows: [
        ["1.", "Мастер-класс «Цветочные фантазии»", "11.00\nмолодежный центр"],
        ["2.", "Игра-путешествие «Моя страна»", "Директор"],
        ["3.", "Конкурсная программа", "Классные руководители"],
        ["4.", "Выставка рисунков", "ЦТДМ"],
        ["5.", "Большая игротека", "Учителя"],
      ],
    });
    expect(responsibleFindings(table)).toEqual(["C5 responsible.unknown"]);
  });

  it("a responsible cell naming bodies with the days they meet (`Образовательные учреждения 9 - 11 июня 2003 г`) names no unknown body", () => {
    const table = makeTable({
      columns: ["number", { role: "activity", header: "Мероприятие" }, { role: "responsible", header: "Ответственные" }],
      rows: [
        ["1.", "Праздничный концерт", "Образовательные учреждения 9 - 11 июня 2003 г"],
        ["2.", "Выставка рисунков", "Директор"],
      ],
    });
    expect(responsibleFindings(table)).toEqual([]);
  });
});
