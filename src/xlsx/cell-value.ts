import type { CellValue as ExcelJsValue } from "exceljs";
import type { CellValue } from "../engine/grid";

/**
 * Turns what exceljs hands over for a cell into the snapshot's plain value, the way a person
 * reads the cell in Excel: formulas as their last computed result, errors as their text
 * (`#N/A`), rich text and hyperlinks as their text, dates as ISO text.
 */
export function snapshotValue(value: ExcelJsValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return normalizeText(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== "object") return null;

  if ("error" in value && typeof value.error === "string") return value.error;
  if ("richText" in value && Array.isArray(value.richText)) {
    return normalizeText(value.richText.map((run) => run.text ?? "").join(""));
  }
  if ("formula" in value || "sharedFormula" in value) {
    // A formula never recalculated (no cached result) shows nothing until Excel computes it.
    return snapshotValue((value as { result?: ExcelJsValue }).result);
  }
  if ("hyperlink" in value && "text" in value) {
    return snapshotValue((value as { text: ExcelJsValue }).text);
  }
  if ("text" in value) return snapshotValue((value as { text: ExcelJsValue }).text);
  return null;
}

/** Line breaks inside a cell as Excel shows them: "\n" whatever the writer stored. */
function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` when the cell has a time of day. exceljs builds dates in
 * UTC from the serial number, whose floating-point tail is rounded to the minute.
 */
export function isoDate(date: Date): string | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  const rounded = new Date(Math.round(ms / 60000) * 60000);
  const iso = rounded.toISOString(); // 2019-09-15T10:30:00.000Z
  const time = iso.slice(11, 16);
  return time === "00:00" ? iso.slice(0, 10) : `${iso.slice(0, 10)}T${time}`;
}
