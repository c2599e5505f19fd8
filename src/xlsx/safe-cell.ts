import type ExcelJS from "exceljs";
import { looksLikeFormula } from "../engine/report/safe-text";

/**
 * Writes text as text. The value is kept exactly; a formula-like one (formula injection) also
 * gets the Text number format, so re-entering the cell in Excel still does not evaluate it.
 */
export function setTextCell(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  if (looksLikeFormula(text)) cell.numFmt = "@";
}
