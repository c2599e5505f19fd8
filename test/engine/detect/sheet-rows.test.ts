import { SheetRows } from "../../../src/engine/detect/sheet-rows";
import type { CellValue, SheetGrid } from "../../../src/engine/grid";

/** A sheet starting at C5 whose rows hold cells at their ends, inside, or only spaces. */
function grid(): SheetGrid {
  const values: CellValue[][] = [];
  for (let i = 0; i < 600; i++) {
    if (i % 4 === 0) values.push(["1.", "Task", "May", "Head"]);
    else if (i % 4 === 1) values.push([null, "  ", "on the next line", 7, "", null]);
    else if (i % 4 === 2) values.push([" ", null, "\u00a0"]);
    else values.push([]);
  }
  return { sheet: "Plan", origin: { row: 4, col: 2 }, values, merges: [] };
}

function endsOf(rows: SheetRows, row: number): { first: number; last: number } {
  const span = { first: 0, last: 0 };
  rows.filledEnds(row, span);
  return span;
}

describe("a row's first and last filled cells", () => {
  it("are those of the row's cells, whether the row was read just now or long ago", () => {
    const rows = new SheetRows(grid());
    // Rows asked before their cells are read, then after, then after many other rows pushed them out.
    const before = Array.from({ length: 600 }, (_, i) => endsOf(rows, 4 + i));
    for (let i = 0; i < 600; i++) {
      const { cols } = rows.cells(4 + i);
      const expected = cols.length === 0 ? { first: -1, last: -1 } : { first: cols[0], last: cols[cols.length - 1] };
      expect(endsOf(rows, 4 + i)).toEqual(expected);
      expect(before[i]).toEqual(expected);
    }
    expect(endsOf(rows, 4)).toEqual({ first: 2, last: 5 });
    expect(endsOf(rows, 5)).toEqual({ first: 4, last: 5 });
    expect(endsOf(rows, 6)).toEqual({ first: -1, last: -1 });
    expect(endsOf(rows, 7)).toEqual({ first: -1, last: -1 });
  });

  it("are none outside the sheet", () => {
    const rows = new SheetRows(grid());
    expect(endsOf(rows, 3)).toEqual({ first: -1, last: -1 });
    expect(endsOf(rows, 604)).toEqual({ first: -1, last: -1 });
  });
});
