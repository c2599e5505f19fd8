import { parseIsoDate, serialToIso } from "../calendar";

/**
 * Dates that reach a deadline cell as Excel stores them rather than as typed words: a date serial
 * (`43617`, or the number itself) and the ISO text the .xlsx reader makes of a date cell
 * (`2019-06-01`, `2019-06-01T00:00:00.000Z`). Returns the ISO day, or null when the value is not one.
 */

/** Serials from 1950-01-01 to 2099-12-31: a five-digit number outside them is not a plan's date. */
const FIRST_SERIAL = 18_264;
const LAST_SERIAL = 73_050;
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;
const ISO_TEXT = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function dateFromSerial(serial: number): string | null {
  return Number.isFinite(serial) && serial >= FIRST_SERIAL && serial < LAST_SERIAL + 1 ? serialToIso(serial) : null;
}

/** The day as ISO, "invalid" for ISO-shaped text naming no real day, or null when it is neither. */
export function parseCellDate(text: string): { iso: string } | "invalid" | null {
  if (SERIAL_TEXT.test(text)) {
    const iso = dateFromSerial(Number(text));
    return iso ? { iso } : "invalid";
  }
  const match = ISO_TEXT.exec(text);
  if (!match) return null;
  return parseIsoDate(match[1]) ? { iso: match[1] } : "invalid";
}
