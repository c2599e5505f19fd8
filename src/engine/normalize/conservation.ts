import { cellAddress, parseRangeAddress, type SheetGrid } from "../grid";
import type { PlanColumn, PlanRow, PlanTable } from "../plan";
import { isColumnNumbering } from "../detect/header-rows";
import { SheetRows } from "../detect/sheet-rows";

/** A non-empty source cell whose text the typed table does not hold. */
export interface UnaccountedCell {
  /** A1 address. */
  address: string;
  text: string;
}

/**
 * Checks that nothing was lost: every non-empty cell in the table's range must appear in the
 * typed table — in the row its sheet row was merged into (under its column's key), in its
 * column's header, in the title of the section it belongs to, or in a dropped repeated header row
 * or page mark.
 * Returns the cells that do not; an empty list means every cell is accounted for.
 */
export function accountForCells(grid: SheetGrid, table: PlanTable): UnaccountedCell[] {
  const range = parseRangeAddress(table.range);
  if (!range) throw new RangeError(`Table on sheet "${table.sheet}" has no valid range: "${table.range}"`);
  const sheet = new SheetRows(grid);
  const columns = new Map(table.columns.map((c) => [c.index, c]));
  const headerRows = new Set(table.headerRows);
  const repeated = new Set([...table.repeatedHeaderRows, ...(table.pageMarkRows ?? [])]);
  const rowOf = new Map<number, PlanRow>();
  for (const row of table.rows) for (const r of row.sourceRows) rowOf.set(r, row);
  const sections = [...table.sections].sort((a, b) => a.row - b.row);
  const notes = new Map((table.notes ?? []).map((n) => [n.row, n.text]));

  const lost: UnaccountedCell[] = [];
  let section = -1;
  /** First sheet row of the latest task seen: a section title cannot continue past a task. */
  let lastTask = 0;
  for (let r = range.top; r <= range.bottom; r++) {
    const sheetRow = r + 1;
    while (section + 1 < sections.length && sections[section + 1].row <= sheetRow) section++;
    const owner = rowOf.get(sheetRow);
    if (owner) lastTask = Math.max(lastTask, owner.row);
    const { cols, texts } = sheet.cells(r);
    for (let i = 0; i < cols.length; i++) {
      if (cols[i] < range.left || cols[i] > range.right) continue;
      const column = columns.get(cols[i]);
      const text = texts[i];
      let found = false;
      // A header pasted one column left of its body heads the column on its right (past a spacer column).
      if (column && headerRows.has(sheetRow)) found = column.header.includes(text) || !!headedRightOf(columns, cols[i])?.header.includes(text) || isColumnNumbering(sheet, r, true);
      else if (repeated.has(sheetRow)) found = true;
      else if (notes.has(sheetRow)) found = notes.get(sheetRow)!.includes(text);
      else if (column && owner) found = (owner.cells[column.key] ?? "").includes(text);
      // A section title is made of lone cells (the section row and a second line under it), or of
      // the cells of a section row whose heading is merged across the table beside cells merged down.
      else if (section >= 0 && lastTask < sections[section].row && (cols.length === 1 || sections[section].row === sheetRow)) {
        found = sections[section].title.includes(text);
      }
      if (!found) lost.push({ address: cellAddress(r, cols[i]), text });
    }
  }
  return lost;
}

/** The first column right of `col` with a heading: the next one, or the one past a spacer column without a heading. */
function headedRightOf(columns: ReadonlyMap<number, PlanColumn>, col: number): PlanColumn | undefined {
  for (let c = col + 1; columns.has(c); c++) {
    const column = columns.get(c)!;
    if (column.header !== "") return column;
  }
  return undefined;
}
