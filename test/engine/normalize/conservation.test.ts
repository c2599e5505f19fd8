import { gridFromRows } from "../../../src/engine/grid";
import { detectPlanTables } from "../../../src/engine/plan-tables";
import type { PlanTable } from "../../../src/engine/plan";
import { accountForCells } from "../../../src/engine/normalize/conservation";
import { bochnia, kyustendil, scorecard, volodarsk } from "../detect/seed-grids";

function clone(table: PlanTable): PlanTable {
  return JSON.parse(JSON.stringify(table)) as PlanTable;
}

describe("nothing is lost", () => {
  it.each([
    ["Kyustendil plan", kyustendil()],
    ["Bochnia harmonogram", bochnia()],
    ["Bochnia harmonogram without merges", bochnia({ merges: false })],
    ["Volodarsk roadmap", volodarsk()],
    ["balanced scorecard", scorecard()],
    ["balanced scorecard without merges", scorecard({ merges: false })],
  ])("accounts for every cell of the %s", (_name, grid) => {
    const tables = detectPlanTables(grid);
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) expect(accountForCells(grid, t)).toEqual([]);
  });
});

describe("accountForCells finds what a table lost", () => {
  const grid = kyustendil();
  const table = detectPlanTables(grid)[0];

  it("reports a cell whose text is missing from its row", () => {
    const t = clone(table);
    const row = t.rows.find((r) => r.row === 13)!;
    row.cells.financing = "Финансовите средства се залагат във формулата за разпределение на";
    expect(accountForCells(grid, t)).toEqual([
      { address: "E14", text: "бюджета на училищата и детските градини, национални програми и проекти" },
    ]);
  });

  it("reports the lines of a row that was dropped", () => {
    const t = clone(table);
    t.rows = t.rows.filter((r) => r.row !== 10);
    expect(accountForCells(grid, t).map((c) => c.address)).toEqual(["A10", "B10", "C10", "D10", "E10", "F10"]);
  });

  it("reports a section title that lost its second line", () => {
    const t = clone(table);
    t.sections[1].title = "Стратегическа цел №2: Осигуряване на специалисти и повишаване на компетентностите на педагогическия персонал за задоволяване";
    expect(accountForCells(grid, t).map((c) => c.address)).toEqual(["A24"]);
  });

  it("reports a header cell whose text the column does not carry", () => {
    const t = clone(table);
    t.columns[2].header = "Срок";
    expect(accountForCells(grid, t)).toEqual([{ address: "C8", text: "Срок за изпълнение" }]);
  });

  it("reports cells of a column the table does not have", () => {
    const t = clone(table);
    t.columns = t.columns.slice(0, 5);
    expect(accountForCells(grid, t).map((c) => c.address)).toContain("F8");
  });

  it("refuses a table without a valid range", () => {
    const t = clone(table);
    t.range = "";
    expect(() => accountForCells(grid, t)).toThrow(/no valid range/);
  });
});

describe("a header's row of column numbers that numbers only its first columns", () => {
  it("accounts for those numbers as the header's", () => {
    const grid = gridFromRows("S", [
      ["№", "Дейност", "Срок за изпълнение", "Отговорни институции", "Финансиране"],
      [1, 2],
    ]);
    for (const table of detectPlanTables(grid)) expect(accountForCells(grid, table)).toEqual([]);
  });
});
