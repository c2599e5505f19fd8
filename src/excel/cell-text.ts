import type { CellValue } from "../engine/grid";

/**
 * Office.js reads strings written to `Range.values` as if typed: "=..." (and "+...", "-...",
 * "@..." that are not numbers) become formulas, "2." or "10.40" become numbers (Excel.Range
 * reference, `values`). PlanCheck writes its texts with the apostrophe prefix Excel keeps as the
 * cell's quote mark and does not show, so every text lands exactly as written and nothing a plan
 * contains can run as a formula.
 */
export function asText(text: string): string {
  return text === "" ? "" : `'${text}`;
}

/** A value to write back exactly as the snapshot had it: numbers and booleans as they are, text as text. */
export function asInput(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "string") return asText(value);
  return value;
}

export { sheetRef } from "../workbook/sheet-ref";
