import type { PlanColumn } from "../plan";
import type { SheetRows } from "../detect/sheet-rows";

/**
 * A row split over a page break: in a table with a number column, a row without a task number
 * continues the task above it (Kyustendil 4.: `бюджета на училищата и детските градини, ...`).
 * A numbered row never continues anything, so a parent task (`5.` with only its activity) stays
 * a row of its own; a table without a number column has no way to tell, and keeps every row.
 */
export function continuesRowAbove(hasNumber: boolean, numberCol: number, hasRowAbove: boolean): boolean {
  return !hasNumber && numberCol >= 0 && hasRowAbove;
}

/** The cells of one plan row made from one or more sheet rows. */
export interface JoinedCells {
  cells: Record<string, string>;
  refs: Record<string, string>;
}

/**
 * Joins the lines of a row split over sheet rows, column by column, with "\n". A cell left empty
 * because a vertically merged cell above covers it takes the merged value (the plan shows it on
 * this row too), except in the number column, where a merge means one task spread over rows.
 * `bodyTop` is the first sheet row under the header: merges reaching up into the header are not data.
 */
export function joinLines(rows: SheetRows, sourceRows: number[], columns: PlanColumn[], bodyTop: number): JoinedCells {
  const cells: Record<string, string> = {};
  const refs: Record<string, string> = {};
  for (const col of columns) {
    let text = "";
    let ref = "";
    for (const r of sourceRows) {
      const t = rows.text(r, col.index);
      if (t === "") continue;
      if (text === "") {
        text = t;
        ref = col.column + (r + 1);
      } else text += "\n" + t;
    }
    if (text === "" && col.role !== "number") {
      const m = rows.mergeAt(sourceRows[0], col.index);
      if (m && m.col === col.index && m.row < sourceRows[0] && m.row >= bodyTop) {
        text = rows.text(m.row, m.col);
        if (text !== "") ref = col.column + (m.row + 1);
      }
    }
    if (text !== "") cells[col.key] = text;
    refs[col.key] = ref || col.column + (sourceRows[0] + 1);
  }
  return { cells, refs };
}
