import { detectPlanTables } from "../../../src/engine/plan-tables";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";
import { accountForCells } from "../../../src/engine/normalize/conservation";

const merge = (row: number, cols: number) => [{ row, col: 0, rowCount: 1, colCount: cols }];

const rows: CellValue[][] = [
  ["KALENDARZ UROCZYSTOŚCI 2025/2026"],
  ["Lp.", "Termin", "Nazwa uroczystości", "Nauczyciele odpowiedzialni"],
  ["1.", "wrzesień", "Dzień Przedszkolaka", "A. Nowak"],
  ["2.", "październik", "Dzień Edukacji Narodowej", "B. Kowalska"],
  ["3.", "listopad", "Święto Niepodległości", "C. Wiśniewska"],
];

function tablesOf(all: CellValue[][], lastRowMerged: number) {
  const grid = gridFromRows("S", all, merge(lastRowMerged, 4));
  const tables = detectPlanTables(grid);
  for (const t of tables) expect(accountForCells(grid, t)).toEqual([]);
  return tables;
}

describe("a heading closing the table", () => {
  it("is the table's last section, with no task, when its cell holds only blank lines for the tasks still to be written", () => {
    const [t] = tablesOf([...rows, ["Spotkanie z przedstawicielami ciekawych zawodów:\n-\n-\n-"]], 5);
    expect(t.range).toBe("A2:D6");
    expect(t.sections).toEqual([{ row: 6, title: "Spotkanie z przedstawicielami ciekawych zawodów:\n-\n-\n-" }]);
    expect(t.rows.map((r) => r.row)).toEqual([3, 4, 5]);
  });

  it("is the table's last section too under a paste with an empty row after every row", () => {
    const more: CellValue[][] = [
      ["4.", "grudzień", "Wigilia", "D. Zielińska"],
      ["5.", "styczeń", "Dzień Babci i Dziadka", "E. Lewandowska"],
    ];
    const title = "Spotkanie z przedstawicielami ciekawych zawodów:\n-\n-\n-";
    const spaced = [rows[0], rows[1], ...[...rows.slice(2), ...more].flatMap((r) => [r, []]), [title]];
    const grid = gridFromRows("S", spaced, merge(12, 4));
    const [t] = detectPlanTables(grid);
    expect(accountForCells(grid, t)).toEqual([]);
    expect(t.sections).toEqual([{ row: 13, title }]);
    expect(t.rows.map((r) => r.row)).toEqual([3, 5, 7, 9, 11]);
  });

  it("is left out of the table when it holds words only: it may head what follows", () => {
    const [t] = tablesOf([...rows, ["Spotkanie z przedstawicielami ciekawych zawodów:"]], 5);
    expect(t.range).toBe("A2:D5");
    expect(t.sections).toEqual([]);
  });
});
