import { readColumnContent } from "../../../src/engine/detect/column-content";
import { SheetRows } from "../../../src/engine/detect/sheet-rows";
import type { CellValue } from "../../../src/engine/grid";

/** One column's cells, a row each, from A1. */
function column(cells: CellValue[]) {
  const rows = new SheetRows({ sheet: "Plan", origin: { row: 0, col: 0 }, values: cells.map((c) => [c]), merges: [] });
  return readColumnContent(rows, cells.map((_, i) => i), 0);
}

describe("a deadline column that looks like task numbers", () => {
  it("is a deadline column when its dates have a two-digit year (14.10.23)", () => {
    const c = column(["14.10.23", "31.10.23", "01.11.23", "11.11.23", "06.01.24", "01.05.24", "03.05.24"]);
    expect(c.deadline).toBe(7);
    expect(c.numbering).toBe(0);
  });

  it("is a deadline column when its months are Roman numerals with a full stop (ІХ. to І.)", () => {
    const c = column(["ІХ.", "Х.", "ХІ.", "ХІІ.", "І.", "ІХ.", "Х.", "ХІ.", "ХІІ.", "І."]);
    expect(c.deadline).toBe(10);
    expect(c.numbering).toBe(0);
  });

  it("counts a year with a full stop (2025.) as a year", () => {
    const c = column(["2021.", "2022.", "2023.", "2024.", "2025."]);
    expect(c.years).toBe(5);
  });
});

describe("a task number column", () => {
  it("stays a number column when its numbers count in order, deep ones too (1, 1.1, 1.1.1)", () => {
    const c = column(["1.", "1.1.", "1.1.1.", "1.1.2.", "1.2.", "2.", "2.1.", "2.1.1.", "2.1.2."]);
    expect(c.numbering).toBe(9);
    expect(c.deadline).toBe(0);
  });

  it("stays a number column of Roman section numbers counted from I (I., II., III., IV.)", () => {
    const c = column(["I.", "II.", "III.", "IV.", "V."]);
    expect(c.numbering).toBe(5);
    expect(c.deadline).toBe(0);
  });

  it("stays a number column when the rows shown start inside the list (10.10.10, 10.10.11, …)", () => {
    const c = column(["10.10.10", "10.10.11", "10.10.12", "10.10.13", "10.10.14"]);
    expect(c.numbering).toBe(5);
  });
});
