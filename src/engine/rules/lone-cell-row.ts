import { oncePerTable } from "../memo";
import type { PlanTable } from "../plan";
import { isFilled } from "./cells";
import { tableFacts } from "./facts";

/**
 * Rows that do not look like the table's tasks: one cell written where the table's tasks write
 * three or more (at the median). Such a row is seldom a task that leaves everything out; it is
 * something the table's reading took for a task — a title line of the next block (`Project Title:
 * Trumpet 2016`), a note or footer under the table (`- Appeals received after…`, `Ниво на
 * конфиденциалност`), a sub-heading, a month row of a class with nothing planned. Saying such a row
 * has no deadline, no responsible body and no financing blames the plan three times for PlanCheck's
 * reading: the gap rules say nothing of it. The row is still shown as read in the table.
 *
 * Replayed on every gap verdict on the corpus, read from the plan sheets as first met (the row's
 * filled cells against the median of its table's rows): it holds back 8 gap findings judged wrong
 * and none judged right. A table of two columns (name and date) is left alone: there one cell is
 * half a task, and its empty date a real gap.
 */

/** The fewest cells a table's typical task fills for a lone cell to stand out from it. */
const TYPICAL_MIN = 3;

/** Per row of the table: a checkable row with at most one filled cell in a table whose tasks fill three or more. */
export const loneCellRows: (table: PlanTable) => boolean[] = oncePerTable(readLoneCellRows);

function readLoneCellRows(table: PlanTable): boolean[] {
  const { checkable } = tableFacts(table);
  const keys = table.columns.map((c) => c.key);
  const filled = table.rows.map((row) => {
    let n = 0;
    for (const key of keys) if (isFilled(row.cells[key])) n++;
    return n;
  });
  const tasks = filled.filter((_, i) => checkable[i]).sort((a, b) => a - b);
  const typical = tasks.length === 0 ? 0 : tasks[Math.floor(tasks.length / 2)];
  return filled.map((n, i) => checkable[i] && typical >= TYPICAL_MIN && n <= 1);
}
