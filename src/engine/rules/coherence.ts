import type { Finding, FindingFix, Severity } from "../finding";
import type { PlanColumn, PlanTable } from "../plan";
import { excerpt } from "./cells";

/**
 * Coherence of cell findings: when a cell check fires on most of a column's cells (or most of a
 * table's dated deadlines), the likely truth is that PlanCheck misread the column or the plan's
 * period, not that the official got nearly every cell wrong. A real plan does not have 12
 * unreadable deadlines out of 14, nor every responsible entry unknown. Such a flood is said once,
 * at the column's header (or where the period was read), in words that say what PlanCheck saw;
 * a few flagged cells among many readable ones keep their findings at their cells.
 * Each rule decides which of its codes fold this way, and says why beside its code.
 */

/**
 * A flood is more than half of the cells a check read, and at least this many: two unreadable
 * deadlines out of three are still two findings a person can look at one by one. On the corpus
 * the columns with a flood have 4 to 18 flagged cells of 4 to 18, and columns with a few real
 * problems have at most half flagged (4 of 8 admission deadlines given relative to another date,
 * 9 of 22 unexplained abbreviations), so the line between them is wide.
 */
export const FLOOD_MIN_CELLS = 3;

/** True when `flagged` of `read` cells is a flood: more than half of them, and at least FLOOD_MIN_CELLS. */
export function isFlood(flagged: number, read: number): boolean {
  return flagged >= FLOOD_MIN_CELLS && flagged * 2 > read;
}

/**
 * How many different cells findings point at. A merged cell's rows are consecutive and share its
 * address, so counting changes of address counts each cell once without a set.
 */
export function distinctCells(findings: readonly Finding[]): number {
  let n = 0;
  let last: string | null = null;
  for (const f of findings) {
    if (f.cell !== last) n++;
    last = f.cell;
  }
  return n;
}

/** The cell of a column's heading (its lowest header row), or of its first row when the table has no header. */
export function headerCell(table: PlanTable, column: PlanColumn): string {
  const row = table.headerRows[table.headerRows.length - 1] ?? table.rows[0]?.row ?? 1;
  return `${column.column}${row}`;
}

/** How many examples a column finding quotes. */
const EXAMPLES = 3;

/** Up to three different texts, each shortened, for a message to quote (`8-00; с 10-00; 17-00`). */
export function examplesOf(texts: readonly string[]): string {
  const seen: string[] = [];
  for (const t of texts) {
    const e = excerpt(t, 30);
    if (e !== "" && !seen.includes(e)) seen.push(e);
    if (seen.length === EXAMPLES) break;
  }
  return seen.join("; ");
}

/**
 * One finding about a column instead of one per cell: at its header, naming the column, how many of
 * its cells the check flagged (`count`) of how many it read (`total`), and a few of them.
 */
export function columnFinding(
  table: PlanTable,
  column: PlanColumn,
  code: string,
  severity: Severity,
  flagged: readonly Finding[],
  total: number,
  params: Record<string, string | number>,
  fix: FindingFix | null,
): Finding {
  return {
    code,
    severity,
    sheet: table.sheet,
    cell: headerCell(table, column),
    role: column.role,
    value: column.header,
    params: { column: column.column, header: column.header, count: distinctCells(flagged), total, ...params },
    fix,
  };
}
