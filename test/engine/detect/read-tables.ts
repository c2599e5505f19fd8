import { detectPlanTables } from "../../../src/engine/plan-tables";
import { gridFromRows, parseRangeAddress, type CellValue, type MergedArea } from "../../../src/engine/grid";
import { accountForCells } from "../../../src/engine/normalize/conservation";

/** Merged areas from A1 ranges, as a sheet pasted from Word has them. */
export function merged(...ranges: string[]): MergedArea[] {
  return ranges.map((a1) => {
    const r = parseRangeAddress(a1)!;
    return { row: r.top, col: r.left, rowCount: r.bottom - r.top + 1, colCount: r.right - r.left + 1 };
  });
}

/** The plan tables PlanCheck reads on a sheet of these rows; every filled cell accounted for in each. */
export function tablesOf(rows: CellValue[][], merges: MergedArea[] = []) {
  const grid = gridFromRows("S", rows, merges);
  const tables = detectPlanTables(grid);
  for (const t of tables) expect(accountForCells(grid, t)).toEqual([]);
  return tables;
}

/** A table's columns as `B:activity`. */
export const roles = (t: ReturnType<typeof tablesOf>[number]) => t.columns.map((c) => `${c.column}:${c.role}`);
