import type { SheetRows } from "../detect/sheet-rows";
import { monthOf } from "./sections";

/**
 * A column written once for a group of rows: a year planner's month (`APRIL` beside the first of
 * the month's activities, the cell left empty on the rows below it until `MAY`), as a web page or
 * a list pasted row by row lays it out. Each row of the group is a task of its own, and the month
 * is the deadline of every one of them, as if the cell were merged down over the group.
 */

/** Groups, at least, before a column is read as written once per group. */
const MIN_GROUPS = 2;
/** Rows a group has on average, at least: a month over one row each is a plain date column. */
const MIN_GROUP_ROWS = 2;
/** Rows looked at under the header to decide. */
const LOOK_AT = 80;

/**
 * True when a column's cells under the header name months only, each over a group of rows that
 * leave it empty and hold text in the other columns. Cells merged down over their group say so
 * already, and a date of a day opens an entry whose next lines go on with it: neither is such a column.
 */
export function isGroupedColumn(rows: SheetRows, col: number, top: number, bottom: number): boolean {
  let groups = 0;
  let members = 0;
  let seen = 0;
  // Each month once and in the year's order (turning once, at the new year): the same month
  // again, or months out of order, make a column of dates with some left empty.
  let previous = 0;
  let turns = 0;
  for (let r = top; r <= bottom && seen < LOOK_AT; r++) {
    const { cols } = rows.cells(r);
    if (cols.length === 0) continue;
    seen++;
    const text = rows.text(r, col);
    if (text !== "") {
      // A line alone (`1ST Term (April to September)` merged across) is a heading over the groups.
      if (cols.length < 2) continue;
      const month = monthOf(text);
      if (month === 0 || rows.mergeAt(r, col)) return false;
      if (month <= previous && ++turns > 1) return false;
      previous = month;
      groups++;
    } else if (cols.some((c) => c > col) && !rows.mergeAt(r, col)) {
      // A row before the first month is no group's: its date is missing, not written above.
      if (groups === 0) return false;
      members++;
    }
  }
  return groups >= MIN_GROUPS && groups + members >= MIN_GROUP_ROWS * groups;
}
