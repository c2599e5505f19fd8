import type { PlanTable } from "../plan";
import { isFilled } from "./cells";
import { tableFacts } from "./facts";

/**
 * A numbered task that names a measure for several places, each written on an unnumbered row of its
 * own under it (`1 | Текущий ремонт зданий` over one row per school, each with its own deadline and
 * responsible): the measure's row is an umbrella and gives only what is common to all (the total
 * budget). A cell it leaves empty while every row under it fills it is no gap: the rows below carry
 * it. A row under it that leaves the cell empty is still a gap of its own, and an umbrella whose rows
 * below are not all filled is judged as any task.
 */

/** Rows under a numbered task that make it an umbrella: one alone is a note or a continuation. */
const MIN_ROWS_UNDER = 2;

/**
 * True when row `i` is a numbered task whose unnumbered task rows below it (up to the next numbered
 * row or section) are two or more and all fill the cell under `key`.
 */
export function carriedByRowsBelow(table: PlanTable, i: number, key: string): boolean {
  const rows = table.rows;
  const row = rows[i];
  if (!row.numberPath) return false;
  const { checkable } = tableFacts(table);
  let under = 0;
  for (let j = i + 1; j < rows.length; j++) {
    const below = rows[j];
    if (below.numberPath || below.section !== row.section) break;
    if (!checkable[j]) continue;
    if (!isFilled(below.cells[key])) return false;
    under++;
  }
  return under >= MIN_ROWS_UNDER;
}
