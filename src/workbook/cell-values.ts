import { serialToIso } from "../engine/deadline";
import type { CellValue } from "../engine/grid";
import { formatKind, type NumberFormatInfo } from "./number-format-kind";

export { builtInFormat, formatKind, PLAIN_NUMBER, type NumberFormatInfo, type NumberFormatKind } from "./number-format-kind";

/**
 * A stored number as the snapshot reads it, the way the cell shows it in Excel, for every host:
 *
 * - a date: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` when it has a time of day. The time is cut to the
 *   minute, never rounded: 23:59:59 is still the same day (a rounded one became the next day and
 *   a false "outside the period");
 * - a time of day: `HH:mm` (`HH:mm:ss` when the format shows seconds), never a date in 1899;
 * - a duration (`[h]:mm`): hours and minutes elapsed, `36:00`;
 * - anything else, and a date Excel cannot show (before its first day, Excel's phantom
 *   1900-02-29, after 9999-12-31): the number itself. A wrong date is worse than a number.
 */

const MS_PER_DAY = 86_400_000;
/** Excel's last day, 9999-12-31, in the 1900 system. */
const MAX_SERIAL_1900 = 2_958_465;
/** The same day in the 1904 system, which counts from 1904-01-01 without the phantom leap day. */
const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A number stored in a cell with the given format code (`dd.mm.yyyy`, `[h]:mm`, `General`). */
export function formattedNumber(serial: number, formatCode: string, date1904 = false): CellValue {
  return numberAs(serial, formatKind(formatCode), date1904);
}

/** A number stored in a cell whose format is of the given kind. */
export function numberAs(serial: number, format: NumberFormatInfo, date1904: boolean): CellValue {
  if (!Number.isFinite(serial)) return null;
  switch (format.kind) {
    case "number":
      return serial;
    case "date":
      return serialDate(serial, date1904) ?? serial;
    case "time":
      return serial < 0 ? serial : clock(wholeMs(serial) % MS_PER_DAY, format.seconds, true);
    case "duration":
      return (serial < 0 ? "-" : "") + clock(wholeMs(Math.abs(serial)), format.seconds, false);
  }
}

/**
 * A serial number as an ISO date, or null when Excel shows no date for it. In the 1900 system
 * serials 1-59 are January and February 1900 as Excel counts them (with its phantom 29 February
 * at 60, which is no date at all).
 */
export function serialDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  const ms = wholeMs(serial);
  const day = Math.floor(ms / MS_PER_DAY);
  const time = ms - day * MS_PER_DAY;
  let iso: string;
  if (date1904) {
    if (day > MAX_SERIAL_1904) return null;
    iso = new Date(EPOCH_1904 + day * MS_PER_DAY).toISOString().slice(0, 10);
  } else {
    if (day < 1 || day === 60 || day > MAX_SERIAL_1900) return null;
    iso = serialToIso(day);
  }
  const minutes = Math.floor(time / 60_000);
  return minutes === 0 ? iso : `${iso}T${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

/** A JavaScript date (a wall-clock time in UTC) as the snapshot's ISO text, cut to the minute. */
export function dateText(date: Date): string | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  // To the hundredth of a second first: a date computed from a serial may be a hair short of the minute it shows.
  const cut = Math.floor(Math.round(ms / 10) / 6000) * 60_000;
  const iso = new Date(cut).toISOString();
  if (iso.startsWith("+") || iso.startsWith("-")) return null;
  const time = iso.slice(11, 16);
  return time === "00:00" ? iso.slice(0, 10) : `${iso.slice(0, 10)}T${time}`;
}

/** The serial's milliseconds, rounded: the stored number's floating-point tail is no part of the time it shows. */
function wholeMs(serial: number): number {
  return Math.round(serial * MS_PER_DAY);
}

/** `HH:mm` or `HH:mm:ss` of a span of milliseconds; hours not padded for a duration (`36:00`, `0:50`). */
function clock(ms: number, seconds: boolean, padHours: boolean): string {
  const totalSeconds = Math.floor(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  return `${padHours ? two(h) : String(h)}:${two(m)}${seconds ? `:${two(s)}` : ""}`;
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}
