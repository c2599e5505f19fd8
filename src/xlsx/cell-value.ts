import { dateText, serialDate as sharedSerialDate } from "../workbook/cell-values";

/**
 * How a stored cell reads in the snapshot, the way a person reads the cell in Excel: dates as ISO
 * text, line breaks as "\n" whatever the writer stored. Numbers in date, time and duration
 * formats are read by src/workbook/cell-values.ts, shared with the Excel adapter.
 */

/** Line breaks inside a cell as Excel shows them: "\n" whatever the writer stored. */
export function normalizeText(text: string): string {
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}

/** A date cell's serial number as ISO text, in a workbook counting from 1900 or 1904; null when Excel shows no date. */
export function serialDate(serial: number, date1904: boolean): string | null {
  return sharedSerialDate(serial, date1904);
}

/**
 * A `t="d"` cell's ISO 8601 text (ECMA-376 Part 1 §18.18.11) as ISO text (see isoDate). The
 * stored text has no time zone: it is the wall-clock date and time the cell shows.
 */
export function storedIsoDate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?/.exec(text.trim());
  if (!m) return null;
  const seconds = m[6] === undefined ? 0 : Number(m[6]) + (m[7] === undefined ? 0 : Number(m[7]));
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)) + Math.round(seconds * 1000);
  return isoDate(new Date(ms));
}

/** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` when the date has a time of day, cut (never rounded) to the minute. */
export function isoDate(date: Date): string | null {
  return dateText(date);
}
