import { readPlanPeriod, type PlanPeriod } from "../deadline";
import { cellAddress, type SheetGrid } from "../grid";
import type { PlanTable } from "../plan";
import type { PeriodOrigin } from "./types";

/**
 * Where a table's plan period came from, so that a finding questioning the period can point at it:
 * the user's (`given`), the title line above the table and its cell, the adopting line, or the table
 * above on the sheet. Null when the table has no period.
 */
export function periodOrigin(grid: SheetGrid, table: PlanTable, period: PlanPeriod | null, given: boolean): PeriodOrigin | null {
  if (!period) return null;
  if (given) return { from: "given" };
  const reading = readPlanPeriod(table.preamble.map((p) => p.text));
  const source = reading.source;
  if (source.from !== "title" && source.from !== "adopted") return { from: "table-above" };
  // The line may be a cell's line, two cells of a row (joined `a | b`) or lines joined at a dash:
  // its first words find the row and the cell.
  const probe = source.line.split(" | ")[0].slice(0, PROBE);
  const at = table.preamble.find((p) => p.text.includes(probe));
  const cell = at ? cellHolding(grid, at.row, probe) : null;
  return cell ? { from: source.from, line: source.line, sheet: grid.sheet, cell } : { from: source.from, line: source.line };
}

/** Characters of a line enough to find it again. */
const PROBE = 24;

/** A1 address of the cell in sheet row `row` (1-based) whose text holds `probe`, else its first filled cell, or null. */
function cellHolding(grid: SheetGrid, row: number, probe: string): string | null {
  const values = grid.values[row - 1 - grid.origin.row];
  if (!values) return null;
  let first: string | null = null;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v === null || v === undefined || String(v).trim() === "") continue;
    const at = cellAddress(row - 1, grid.origin.col + c);
    if (String(v).includes(probe)) return at;
    first ??= at;
  }
  return first;
}
