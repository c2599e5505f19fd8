/**
 * How a stored cell reads in the snapshot, the way a person reads the cell in Excel: dates as ISO
 * text, line breaks as "\n" whatever the writer stored.
 */

/** Line breaks inside a cell as Excel shows them: "\n" whatever the writer stored. */
export function normalizeText(text: string): string {
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}

/** Days from 1899-12-30 (the 1900 system's day 0, Lotus's leap-year slip included) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
/** The 1904 system counts from 1904-01-01, 1462 days later. */
const DAYS_1904 = 1462;
const MS_PER_DAY = 24 * 3600 * 1000;

/** A date cell's serial number as ISO text (see isoDate), in a workbook counting from 1900 or 1904. */
export function serialDate(serial: number, date1904: boolean): string | null {
  const ms = Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * MS_PER_DAY);
  return isoDate(new Date(ms));
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

/**
 * `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` when the cell has a time of day. The date is built in UTC
 * from the serial number, whose floating-point tail is rounded to the minute.
 */
export function isoDate(date: Date): string | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  const rounded = new Date(Math.round(ms / 60000) * 60000);
  if (!Number.isFinite(rounded.getTime())) return null;
  const iso = rounded.toISOString(); // 2019-09-15T10:30:00.000Z
  const time = iso.slice(11, 16);
  return time === "00:00" ? iso.slice(0, 10) : `${iso.slice(0, 10)}T${time}`;
}
