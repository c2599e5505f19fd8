import type { RoleMatcher } from "../detect/role-matcher";
import type { SheetRows } from "../detect/sheet-rows";
import { parseNumbering } from "./numbering";

/** The only non-empty cell of a row. */
export interface LoneCell {
  col: number;
  text: string;
  value: string | number | boolean;
  /** True when the cell is merged across two or more columns. */
  spans: boolean;
}

/** The row's only non-empty cell, or null when the row has none or several. */
export function loneCell(rows: SheetRows, row: number): LoneCell | null {
  const { cols, texts, values } = rows.cells(row);
  if (cols.length !== 1) return null;
  const m = rows.mergeAt(row, cols[0]);
  return { col: cols[0], text: texts[0], value: values[0] as string | number | boolean, spans: !!m && m.colCount > 1 };
}

const STARTS_LOWER_CASE = /^\p{Ll}/u;

/**
 * A section row: one cell that opens with a section word (`Стратегическа цел №2: ...`,
 * `Cel szczegółowy 1`), spans merged across the columns, or fills the table's first column
 * alone without a task number (`I.` counts as a section's number, `5.` does not: a `5.` row
 * alone is a parent task written in one cell). Text starting in lower case continues something;
 * it opens nothing.
 */
export function isSectionRow(cell: LoneCell, firstCol: number, matcher: RoleMatcher): boolean {
  if (matcher.opensSection(cell.text) || cell.spans) return true;
  const n = parseNumbering(cell.value);
  if (n) return n.style === "roman";
  return cell.col <= firstCol && !STARTS_LOWER_CASE.test(cell.text);
}

/**
 * The second line of a section title split over two rows (Kyustendil's goal 2): a lone cell in the
 * first column, or spanning, right after a section row, opening no section of its own.
 */
export function continuesSection(cell: LoneCell, firstCol: number, matcher: RoleMatcher): boolean {
  return (cell.col <= firstCol || cell.spans) && !parseNumbering(cell.value) && !matcher.opensSection(cell.text);
}
