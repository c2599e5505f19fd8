import * as path from "path";
import { detectPlanTables } from "../../src/engine/plan-tables";
import type { SheetGrid } from "../../src/engine/grid";
import type { PlanTable } from "../../src/engine/plan";
import { accountForCells } from "../../src/engine/normalize/conservation";
import { readWorkbook } from "../../src/xlsx/read-workbook";

/**
 * What detection and normalisation make of the test workbooks built from the seed documents
 * (see test/fixtures/README.md for their layout). Rows are sheet rows as Excel shows them.
 */

const FIXTURES = path.join(__dirname, "..", "fixtures");

async function sheetOf(file: string): Promise<SheetGrid> {
  const workbook = await readWorkbook(path.join(FIXTURES, file));
  expect(workbook.sheets).toHaveLength(1);
  return workbook.sheets[0];
}

function rolesOf(table: PlanTable): string[] {
  return table.columns.map((c) => `${c.column} ${c.role}`);
}

/** Numbers of the rows under each section, in order. */
function numbersBySection(table: PlanTable): Record<string, (string | null)[]> {
  const out: Record<string, (string | null)[]> = {};
  for (const r of table.rows) (out[r.section ?? ""] ??= []).push(r.number);
  return out;
}

describe("bg-kyustendil-2019.xlsx (annual plan, Bulgarian)", () => {
  let grid: SheetGrid;
  let table: PlanTable;
  beforeAll(async () => {
    grid = await sheetOf("bg-kyustendil-2019.xlsx");
    const tables = detectPlanTables(grid);
    expect(tables).toHaveLength(1);
    table = tables[0];
  });

  it("finds the header at row 31 under the title, intro and glossary", () => {
    expect(table.sheet).toBe("План 2019");
    expect(table.headerRows).toEqual([31]);
    expect(table.range).toBe("A31:F168");
    expect(table.preamble.map((p) => p.row)).toEqual([1, 3, 4, 5, 7, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
    expect(table.preamble[0].text).toBe("ОБЩИНА КЮСТЕНДИЛ");
  });

  it("types every column", () => {
    expect(rolesOf(table)).toEqual(["A number", "B activity", "C deadline", "D responsible", "E financing", "F indicator"]);
  });

  it("has 110 tasks in six strategic goals, goal 2's title joined from rows 82 and 83", () => {
    expect(table.rows).toHaveLength(110);
    expect(table.sections.map((s) => s.row)).toEqual([32, 82, 103, 119, 125, 162]);
    expect(table.sections[1].title).toBe(
      "Стратегическа цел №2: Осигуряване на специалисти и повишаване на компетентностите на педагогическия персонал за задоволяване потребностите от подкрепа за личностно развитие на децата и учениците в община Кюстендил",
    );
    expect(table.sections.map((s) => s.title.slice(0, 21))).toEqual([
      "Стратегическа цел №1.",
      "Стратегическа цел №2:",
      "Стратегическа цел №3:",
      "Стратегическа цел №4:",
      "Стратегическа цел №5:",
      "Стратегическа цел №6:",
    ]);
  });

  it("keeps the numbering as written under each goal: `2.` twice, `10.4.` after `10.2.`, `4.4.` after `4.2.`", () => {
    expect(Object.values(numbersBySection(table))).toEqual([
      ["1.", "2.", "2.", "3.", "4.", "5.", "5.1.", "5.2.", "5.3.", "6.", "7.", "7.1.", "7.2.", "7.3.", "8.", "8.1.", "8.2.", "8.3.", "8.4.", "8.5.", "8.6.", "8.7.", "9.", "9.1.", "9.2.", "9.3.", "9.4.", "10.", "10.1.", "10.2.", "10.4.", "11.", "11.1.", "11.2.", "11.3.", "11.4.", "11.5.", "12.", "13.", "14.", "15.", "16."],
      ["1.", "1.1.", "1.2.", "1.3.", "1.4.", "2.", "2.1.", "2.2.", "2.3.", "3.", "3.1.", "3.2.", "3.3.", "3.4.", "4.", "4.1."],
      ["1.", "2.", "2.1.", "2.2.", "2.3.", "3.", "3.1.", "3.2.", "3.3.", "3.4.", "3.5.", "3.6.", "4."],
      ["1.", "1.1.", "1.2.", "2."],
      ["1.", "1.1.", "1.2.", "1.3.", "1.4.", "2.", "2.1.", "2.2.", "2.3.", "2.4.", "2.5.", "3.", "3.1.", "3.2.", "3.3.", "4.", "4.1.", "4.2.", "4.4.", "4.5.", "4.6.", "4.7.", "5.", "5.1.", "5.2.", "5.3.", "6.", "6.1.", "6.2.", "6.3."],
      ["1.", "2.", "3.", "4.", "5."],
    ]);
  });

  it("puts sub-tasks at level 2 and parent tasks at level 1", () => {
    for (const r of table.rows) expect(r.level).toBe(r.numberPath?.length);
    const parent5 = table.rows.find((r) => r.row === 39);
    expect(parent5).toMatchObject({ number: "5.", level: 1, sourceRows: [39] });
    expect(Object.keys(parent5?.cells ?? {})).toEqual(["number", "activity"]);
  });

  it("merges the 16 rows split over page breaks into the task above", () => {
    expect(table.rows.filter((r) => r.sourceRows.length > 1).map((r) => r.sourceRows)).toEqual([
      [37, 38],
      [45, 46],
      [54, 55],
      [61, 62],
      [69, 70],
      [74, 75],
      [90, 91],
      [95, 96],
      [110, 111],
      [121, 122],
      [129, 130],
      [137, 138],
      [145, 146],
      [152, 153],
      [158, 159],
      [165, 166],
    ]);
    const task4 = table.rows.find((r) => r.row === 37);
    expect(task4?.cells.financing).toBe(
      "Финансовите средства се залагат във формулата за разпределение на\nбюджета на училищата и детските градини, национални програми и проекти",
    );
  });

  it("reads the number of rows holding number and text in one cell, keeping their text and columns as pasted", () => {
    const flawed = table.rows.filter((r) => [160, 163, 164, 165].includes(r.row));
    expect(flawed.map((r) => [r.row, r.number])).toEqual([
      [160, "6.3."],
      [163, "1."],
      [164, "2."],
      [165, "3."],
    ]);
    expect(flawed[0].cells.number).toBe(
      "6.3. Формиране на база-данни за специалистите, които предоставят допълнителна подкрепа в община Кюстендил.",
    );
    expect(flawed[1].cells.number).toMatch(/^1\. Провеждане на разяснителни кампании/);
    expect(flawed.map((r) => r.cells.activity.split("\n")[0])).toEqual(["2019 година", "постоянен", "постоянен", "постоянен"]);
  });

  it("ends at row 168, above the council's decision", () => {
    expect(table.rows[table.rows.length - 1]).toMatchObject({ row: 168, number: "5." });
    expect(table.repeatedHeaderRows).toEqual([]);
  });

  it("loses no cell", () => {
    expect(accountForCells(grid, table)).toEqual([]);
  });
});

describe("bg-scorecard.xlsx (balanced scorecard, Bulgarian)", () => {
  let grid: SheetGrid;
  let table: PlanTable;
  beforeAll(async () => {
    grid = await sheetOf("bg-scorecard.xlsx");
    const tables = detectPlanTables(grid);
    expect(tables).toHaveLength(1);
    table = tables[0];
  });

  it("takes the group row and the header as its two header rows", () => {
    expect(table.headerRows).toEqual([3, 4]);
    expect(table.range).toBe("A3:H8");
    expect(table.preamble).toEqual([{ row: 1, text: "БАЛАНСИРАНА СИСТЕМА ОТ ПОКАЗАТЕЛИ ЗА ЕФЕКТИВНОСТ – ДЕЦА И УЧЕНИЦИ В РИСК" }]);
    expect(table.columns.map((c) => c.header.split(" / ")[0])).toEqual([
      "СТРАТЕГИЧЕСКА ТЕМА: ДОПЪЛНИТЕЛНА ПОДКРЕПА ЗА ЛИЧНОСТНО РАЗВИТИЕ НА ДЕЦА И УЧЕНИЦИ В РИСК",
      "СТРАТЕГИЧЕСКА ТЕМА: ДОПЪЛНИТЕЛНА ПОДКРЕПА ЗА ЛИЧНОСТНО РАЗВИТИЕ НА ДЕЦА И УЧЕНИЦИ В РИСК",
      "СТРАТЕГИЧЕСКА ТЕМА: ДОПЪЛНИТЕЛНА ПОДКРЕПА ЗА ЛИЧНОСТНО РАЗВИТИЕ НА ДЕЦА И УЧЕНИЦИ В РИСК",
      "BALANCED SCORECARD",
      "BALANCED SCORECARD",
      "ПЛАН",
      "ПЛАН",
      "ПЛАН",
    ]);
  });

  it("types every column, ЗАДАЧИ as the targets", () => {
    expect(rolesOf(table)).toEqual([
      "A perspective",
      "B unknown",
      "C objective",
      "D indicator",
      "E target",
      "F initiative",
      "G budget",
      "H responsible",
    ]);
  });

  it("has one row per perspective, unnumbered and without sections", () => {
    expect(table.rows.map((r) => [r.row, r.number, r.level, r.section, r.cells.perspective])).toEqual([
      [5, null, 1, null, "КАЧЕСТВО И РЕЗУЛТАТИ"],
      [6, null, 1, null, "СТРУКТУРИ И ПРОЦЕСИ"],
      [7, null, 1, null, "ПАРТНЬОРСТВА И РЕСУРСИ"],
      [8, null, 1, null, "ХОРА И КОМПЕТЕНТНОСТИ"],
    ]);
    expect(table.rows.map((r) => r.cells.target)).toEqual(["Брой\n%\n%\nВисока", "Брой\nброй", "Брой\nЛева\nБрой", "%\nЛева\n%\nВисока"]);
    expect(table.rows.every((r) => r.cells.budget === undefined)).toBe(true);
    expect(table.sections).toEqual([]);
  });

  it("loses no cell", () => {
    expect(accountForCells(grid, table)).toEqual([]);
  });
});

describe("pl-bochnia-2018.xlsx (harmonogram, Polish)", () => {
  let grid: SheetGrid;
  let table: PlanTable;
  beforeAll(async () => {
    grid = await sheetOf("pl-bochnia-2018.xlsx");
    const tables = detectPlanTables(grid);
    expect(tables).toHaveLength(1);
    table = tables[0];
  });

  it("reads the two-row header under MONITOROWANIE", () => {
    expect(table.headerRows).toEqual([12, 13]);
    expect(table.range).toBe("A12:J31");
    expect(table.preamble.map((p) => p.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(table.columns.map((c) => c.header)).toEqual([
      "Nr zadania",
      "Zadnie/działanie",
      "Sposób realizacji",
      "Jednostka odpowiedzialna\ni współpracująca",
      "Terminy realizacji",
      "Zamierzony efekt",
      "Źródła finansowania",
      "MONITOROWANIE / Wskaźnik",
      "MONITOROWANIE / Miernik",
      "MONITOROWANIE / Sposób monitorowania",
    ]);
  });

  it("types every column", () => {
    expect(rolesOf(table)).toEqual([
      "A number",
      "B activity",
      "C method",
      "D responsible",
      "E deadline",
      "F result",
      "G financing",
      "H indicator",
      "I target",
      "J monitoring",
    ]);
  });

  it("has tasks 1. to 18. on rows 14 to 31, none split, and stops above the page number", () => {
    expect(table.rows.map((r) => r.number)).toEqual(Array.from({ length: 18 }, (_unused, i) => `${i + 1}.`));
    expect(table.rows.map((r) => r.row)).toEqual(Array.from({ length: 18 }, (_unused, i) => 14 + i));
    expect(table.rows.every((r) => r.sourceRows.length === 1 && r.level === 1 && r.section === null)).toBe(true);
    expect(table.sections).toEqual([]);
    expect(table.repeatedHeaderRows).toEqual([]);
  });

  it("keeps measures as written: numbers as their text, `8 planów\\nI harmonogramów`", () => {
    expect(table.rows.map((r) => r.cells.target)).toEqual([
      "1",
      "1",
      "1",
      "3",
      "2",
      "8 planów\nI harmonogramów",
      "8 diagnoz i planów wspomagania",
      "1",
      "8",
      "1",
      "1",
      "4",
      "10",
      expect.stringMatching(/^10 planów\ni harmonogramów/),
      expect.stringMatching(/^10\ndiagnoz/),
      "1",
      "10",
      "6",
    ]);
  });

  it("loses no cell", () => {
    expect(accountForCells(grid, table)).toEqual([]);
  });
});

describe("ru-volodarsk-2020.xlsx (roadmap, Russian)", () => {
  let grid: SheetGrid;
  let table: PlanTable;
  beforeAll(async () => {
    grid = await sheetOf("ru-volodarsk-2020.xlsx");
    const tables = detectPlanTables(grid);
    expect(tables).toHaveLength(1);
    table = tables[0];
  });

  it("picks the plan under the passport table: header at row 21", () => {
    expect(table.headerRows).toEqual([21]);
    expect(table.range).toBe("A21:E28");
    expect(table.preamble.map((p) => p.row)).toEqual([1, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19]);
  });

  it("types every column", () => {
    expect(rolesOf(table)).toEqual(["A number", "B activity", "C deadline", "D responsible", "E result"]);
  });

  it("drops the header repeated at row 23 and the empty row after it", () => {
    expect(table.repeatedHeaderRows).toEqual([23]);
    expect(table.rows.map((r) => [r.row, r.number, r.level])).toEqual([
      [22, "1", 1],
      [25, "2", 1],
      [26, "3", 1],
      [27, "4", 1],
      [28, "5", 1],
    ]);
    expect(table.rows.every((r) => r.sourceRows.length === 1 && r.section === null)).toBe(true);
  });

  it("keeps the executors as written, stray quote included", () => {
    expect(table.rows[0].cells.responsible).toBe('Управление образования, ИДК"');
    expect(table.rows.map((r) => r.cells.deadline)).toEqual([
      "Сентябрь-декабрь 2020",
      "Сентябрь –декабрь 2020",
      "Октябрь 2020 – июль 2021",
      "Июль - август 2021",
      "Август 2021",
    ]);
  });

  it("loses no cell", () => {
    expect(accountForCells(grid, table)).toEqual([]);
  });
});

describe("pl-power-context.xlsx (context document, Polish)", () => {
  it("has no plan table", async () => {
    expect(detectPlanTables(await sheetOf("pl-power-context.xlsx"))).toEqual([]);
  });
});
