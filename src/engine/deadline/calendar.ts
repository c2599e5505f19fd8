/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD, proleptic Gregorian, no time zone) and Excel's
 * 1900 date system. Dates go through Date.UTC only, so the machine's time zone never matters.
 */

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 for serials from 61 on: 1899-12-30 (serials below 61 are shifted by its phantom 1900-02-29). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const FIRST_REAL_MARCH_1900 = 61;
const PHANTOM_LEAP_DAY = 60;
const MAX_SERIAL = 2_958_465; // 9999-12-31

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
  );
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** ISO date of the last day of a month. */
export function monthEnd(y: number, m: number): string {
  return isoDate(y, m, daysInMonth(y, m));
}

/** {y, m, d} of a strict ISO date, or null when the text is not one or names no real day. */
export function parseIsoDate(iso: string): { y: number; m: number; d: number } | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(y, m, d) ? { y, m, d } : null;
}

/** The ISO date n days after (or before, for negative n) an ISO date. */
export function addDays(iso: string, n: number): string {
  const p = parseIsoDate(iso);
  if (!p) throw new RangeError(`Not an ISO date: ${iso}`);
  return fromUtc(Date.UTC(p.y, p.m - 1, p.d) + n * MS_PER_DAY);
}

function fromUtc(ms: number): string {
  const date = new Date(ms);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * Excel serial (1900 date system) of an ISO date: 2019-06-01 -> 43617.
 * Excel counts a 29 February 1900 that never was, so days before 1 March 1900 are one lower.
 * Throws RangeError for text that is not a real date from 1900-01-01 to 9999-12-31.
 */
export function isoToSerial(iso: string): number {
  const p = parseIsoDate(iso);
  if (!p || p.y < 1900) throw new RangeError(`Not an ISO date Excel can hold: ${iso}`);
  const days = Math.round((Date.UTC(p.y, p.m - 1, p.d) - EXCEL_EPOCH) / MS_PER_DAY);
  return days < FIRST_REAL_MARCH_1900 ? days - 1 : days;
}

/**
 * ISO date of an Excel serial (1900 date system): 43617 -> 2019-06-01. A time of day (the fraction)
 * is dropped. Throws RangeError outside 1..2958465 and for 60, Excel's phantom 29 February 1900.
 */
export function serialToIso(serial: number): string {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) {
    throw new RangeError(`Not an Excel date serial: ${serial}`);
  }
  const day = Math.floor(serial);
  if (day === PHANTOM_LEAP_DAY) throw new RangeError("Excel serial 60 is 1900-02-29, a day that did not exist");
  const shifted = day < FIRST_REAL_MARCH_1900 ? day + 1 : day;
  return fromUtc(EXCEL_EPOCH + shifted * MS_PER_DAY);
}
