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

/** Excel's quoting of a sheet name in a reference: 'Plan 2019'!A1, quotes doubled. */
export function sheetRef(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}
