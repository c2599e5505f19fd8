import type ExcelJS from "exceljs";
import { looksLikeFormula } from "../engine/report/safe-text";

/**
 * Writes text as text. A formula-like value (formula injection) also gets the Text number format,
 * so re-entering the cell in Excel still does not evaluate it. A literal `_xHHHH_` in the text is
 * stored escaped (`_x005F_xHHHH_`, ECMA-376 Part 1 §22.9.2.19), which exceljs does not do: every
 * reader, Excel first, would otherwise show the character it names instead of the text.
 */
export function setTextCell(cell: ExcelJS.Cell, text: string): void {
  cell.value = text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
  if (looksLikeFormula(text)) cell.numFmt = "@";
}
