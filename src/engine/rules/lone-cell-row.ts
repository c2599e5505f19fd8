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
  const { checkable, filled: mask } = tableFacts(table);
  const columns = table.columns;
  const rows = table.rows;
  const n = rows.length;
  // Counted once a row, and the median read from how many tasks fill each count of cells: a large
  // table is neither mapped, filtered nor sorted to find it.
  const filled = new Uint16Array(n);
  const tasksFilling = new Array<number>(columns.length + 1).fill(0);
  let tasks = 0;
  for (let i = 0; i < n; i++) {
    let count = 0;
    if (mask !== null) count = bitsSet(mask[i]);
    else for (let c = 0; c < columns.length; c++) if (isFilled(rows[i].cells[columns[c].key])) count++;
    filled[i] = count;
    if (checkable[i]) {
      tasksFilling[count]++;
      tasks++;
    }
  }
  const typical = tasks === 0 ? 0 : nthSmallest(tasksFilling, Math.floor(tasks / 2));
  const lone = new Array<boolean>(n);
  for (let i = 0; i < n; i++) lone[i] = checkable[i] && typical >= TYPICAL_MIN && filled[i] <= 1;
  return lone;
}

/** The count at 0-based place `k` of the counts sorted, from how many times each count occurs. */
function nthSmallest(occurrences: number[], k: number): number {
  let seen = 0;
  for (let count = 0; count < occurrences.length; count++) {
    seen += occurrences[count];
    if (seen > k) return count;
  }
  return occurrences.length - 1;
}

/** How many bits of a 32-bit mask are set. */
function bitsSet(mask: number): number {
  let v = mask - ((mask >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}
