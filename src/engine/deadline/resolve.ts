import { addDays, isoDate, isValidDate, monthEnd, parseIsoDate } from "./calendar";
import type { Narrowing } from "./locales";
import type { Point, RawPart, RawPoint } from "./parsers/point";
import type { Token } from "./text";
import type { Deadline, DeadlineKind, PlanPeriod, UnparsedReason } from "./types";

/**
 * Points to dates. The rules the text leaves to us:
 * - A missing year comes from the other end of a range (`м. юли – август 2019 г.`), then from the
 *   other periods listed in the cell, then from the plan period: a month takes the period's first
 *   year if it falls on or after the period's first month, else the next year (`Wrzesień-czerwiec`
 *   over 2018/2019 is September 2018 to June 2019). The end of a range that would come before its
 *   start rolls into the next year (`ноември - февруари 2020` is November 2019 to February 2020).
 * - A half-year with no year in a school-year plan is a school half. Polish and Bulgarian schools
 *   split the year at 1 February (I is 1 September to 31 January, II 1 February to 31 August); Russian,
 *   Ukrainian and English-speaking ones at 1 January (`II семестр` is 1 January to 31 August).
 *   A semester (`semestr`, `семестр`, `I okres`) is only ever a school half. Quarters are calendar
 *   quarters, except the school quarters (`четверть`, `чверть`): September-October, November-December,
 *   January-March, April-May. English terms by name: autumn September-December, spring from January
 *   to Easter Sunday, summer from Easter Monday to July (the Easter holidays part them, whenever Easter
 *   falls). A term by number (`Term 2`) is not read: schools number three terms, six half-terms or,
 *   where the school year is the calendar year, four, and the cell does not say which.
 * - With no year in the text and no plan period there is nothing to date: `year-missing`. A plan
 *   period longer than a year cannot say which year a month is in: `ambiguous`.
 * - Narrowings: the beginning, middle or end of a period longer than a month is its first, middle
 *   or last month (`в началото на учебната 2019/2020 година` is September 2019); of a month, days
 *   1-10, 11-20 or 21 to the end. The kind stays what the text names (a school-year, here).
 * - A deadline (`до ...`, `by ...`) ends where its period ends, after any narrowing.
 */

interface Span {
  start: string;
  end: string;
}

interface Resolved extends Span {
  kind: DeadlineKind;
  parts?: Deadline[];
}

/** The plan period as the resolver needs it: where it starts, and whether it is a school year. */
export interface PeriodAnchor {
  year: number;
  month: number;
  school: boolean;
  /** Longer than twelve months (`на 2024-2028 роки`): a month with no year could be in any of them. */
  multi: boolean;
  /**
   * A school year whose plan opens in the summer before it (`2017-08-01..2018-08-31`: the August
   * teachers' council comes first): July and August with no year are that first summer's.
   */
  summerOpens?: boolean;
  /**
   * A school year whose deadline column names its months in order, July and August last
   * (DeadlineColumn.summerLast): July and August with no year are its closing summer's.
   */
  summerCloses?: boolean;
  period: PlanPeriod;
}

// A sheet passes the same period object with every row: read it once (again if it was changed).
const ANCHORS = new WeakMap<PlanPeriod, { start: unknown; end: unknown; anchor: PeriodAnchor | null }>();

export function anchorOf(period: PlanPeriod | null | undefined): PeriodAnchor | null {
  if (!period || typeof period !== "object") return null;
  const known = ANCHORS.get(period);
  if (known && known.start === period.start && known.end === period.end) return known.anchor;
  const anchor = readAnchor(period);
  ANCHORS.set(period, { start: period.start, end: period.end, anchor });
  return anchor;
}

function readAnchor(period: PlanPeriod): PeriodAnchor | null {
  if (typeof period.start !== "string" || typeof period.end !== "string") return null;
  const s = parseIsoDate(period.start);
  const e = parseIsoDate(period.end);
  if (!s || !e || period.start > period.end) return null;
  const school = s.m === 9 && s.d === 1 && e.m === 8 && e.d === 31 && e.y === s.y + 1;
  if ((s.m === 7 || s.m === 8) && s.d === 1 && e.m === 8 && e.d === 31 && e.y === s.y + 1) {
    return { year: s.y, month: 9, school: true, multi: false, summerOpens: true, period };
  }
  const months = (e.y - s.y) * 12 + (e.m - s.m) + 1;
  return { year: s.y, month: s.m, school, multi: months > 12, period };
}

// ---- one point ----------------------------------------------------------------------------

function kindOf(point: Point): DeadlineKind {
  switch (point.unit) {
    case "day": return "date";
    case "month": return "month";
    case "quarter": return "quarter";
    case "half": return "half-year";
    case "year": return "year";
    case "school": return "school-year";
    case "years": return point.school && point.to === point.from + 1 ? "school-year" : "range";
    case "term": return "half-year";
    case "season": return "range";
    case "number": return "unparsed";
  }
}

/** The year a point writes, if any (a quarter or half of a named school year counts). */
function writtenYear(point: Point): number | null {
  switch (point.unit) {
    case "day":
    case "month":
    case "year":
    case "season":
      return point.y;
    case "quarter":
    case "half":
      return point.y ?? point.schoolYear ?? null;
    case "term":
      return point.y ?? point.schoolYear ?? null;
    case "years":
      return point.from;
    default:
      return null;
  }
}

/** The month a point's period opens with, to place it in the plan period. */
function firstMonth(point: Point): number {
  switch (point.unit) {
    case "day":
    case "month":
      return point.m;
    case "quarter":
      return point.n * 3 - 2;
    case "half":
      return point.n * 6 - 5;
    case "term":
      return point.n === 1 ? 9 : point.n === 2 ? 1 : 4;
    case "school":
      return 9;
    case "season":
      return point.n * 3;
    default:
      return 1;
  }
}

/** The point with year y filled in where the text left it out. */
function withYear(point: Point, y: number): Point {
  switch (point.unit) {
    case "day":
    case "month":
    case "quarter":
    case "half":
    case "year":
    case "season":
      return point.y === null ? { ...point, y } : point;
    case "term":
      return point.y === null && point.schoolYear === undefined ? { ...point, y } : point;
    case "school":
      return { unit: "years", from: y, to: y + 1, school: true };
    default:
      return point;
  }
}

/**
 * The school year a school quarter, a semester or a named term of one calendar year lies in: the
 * autumn ones (opening with month m from September on) in the school year that starts that year,
 * the others in the one that ends in it.
 */
function schoolYearIn(m: number, y: number): number {
  return m >= 9 ? y : y - 1;
}

function isSchoolOnly(point: Point): boolean {
  return (point.unit === "quarter" && !!point.school) || (point.unit === "half" && !!point.semester) || point.unit === "term";
}

/** The first months a school quarter, semester or term opens with, for `schoolYearIn`. */
function schoolFirstMonth(point: Point): number {
  if (point.unit === "quarter") return [9, 11, 1, 4][point.n - 1];
  if (point.unit === "half") return point.n === 1 ? 9 : 1;
  return firstMonth(point);
}

/**
 * A point of the school year only (a school quarter, a semester, a term) placed in its school year,
 * from the year it is written with or the plan period; a reason when that cannot be done surely.
 */
function placeSchoolOnly(point: Point, anchor: PeriodAnchor | null): Point | UnparsedReason {
  if (point.unit !== "quarter" && point.unit !== "half" && point.unit !== "term") return point;
  if (point.schoolYear !== undefined) {
    if (point.unit === "term" && !point.named) return "ambiguous";
    return point;
  }
  // `Term 2 2026`: the second of three terms or of four is not said; nor which school year `I semestr 2025` is.
  if (point.y !== null) {
    if (point.unit === "quarter" || ((point.unit === "term" || point.unit === "half") && point.named)) {
      return { ...point, y: null, schoolYear: schoolYearIn(schoolFirstMonth(point), point.y) };
    }
    return "ambiguous";
  }
  if (!anchor) return "year-missing";
  if (anchor.multi) return "ambiguous";
  if (point.unit === "term" && !point.named) return "ambiguous";
  if (anchor.school) return { ...point, schoolYear: anchor.year };
  // A calendar-year plan: a named term or a school quarter is placed in it.
  if (anchor.month !== 1) return "ambiguous";
  return { ...point, schoolYear: schoolYearIn(schoolFirstMonth(point), anchor.year) };
}

/**
 * In a school-year plan, July and August come both before the school year starts (the August
 * teachers' meetings) and at its end; a calendar quarter may be the school year's own. Neither is
 * placed without a year.
 */
function isSummerOrCalendarQuarter(point: Point): boolean {
  if (point.unit === "day" || point.unit === "month") return point.m === 7 || point.m === 8;
  if (point.unit === "season") return point.n === 2;
  return point.unit === "quarter" && !point.school;
}

/**
 * `2017-2018р`, `2020-2021 год` in the plan for the school year 2017/2018 or 2020/2021: two years
 * with a year word in the singular are that school year. In any other plan the dash and the word
 * alone do not say whether the years are calendar years.
 */
function isThePlansSchoolYear(point: Point & { unit: "years" }, anchor: PeriodAnchor | null): boolean {
  return !point.school && point.singular === true && point.to === point.from + 1 && anchor?.school === true && !anchor.multi && anchor.year === point.from;
}

/** Fills a missing year from the plan period; a reason when there is none to take it from. */
function fromPeriod(point: Point, anchor: PeriodAnchor | null): Point | UnparsedReason {
  if (isSchoolOnly(point)) return placeSchoolOnly(point, anchor);
  if (writtenYear(point) !== null || point.unit === "years") return point;
  if (!anchor) return "year-missing";
  if (anchor.multi) return "ambiguous";
  if (anchor.school && isSummerOrCalendarQuarter(point)) {
    if (anchor.summerOpens && (point.unit === "day" || point.unit === "month")) return withYear(point, anchor.year);
    if (anchor.summerCloses && (point.unit === "day" || point.unit === "month")) return withYear(point, anchor.year + 1);
    return "ambiguous";
  }
  if (point.unit === "half" && anchor.school) return { ...point, schoolYear: anchor.year };
  // `by end of year` in a school year's plan: an English school's year is its school year; in the
  // other languages officials write it for the calendar year as often, and which is not said.
  if (point.unit === "year" && anchor.school) return point.academic ? fromPeriod({ unit: "school" }, anchor) : "ambiguous";
  if (point.unit === "year") return withYear(point, anchor.year);
  return withYear(point, firstMonth(point) >= anchor.month ? anchor.year : anchor.year + 1);
}

/** A missing year from the other periods of the cell, else from the plan period. */
function fillYear(point: Point, fallbackYear: number | null, anchor: PeriodAnchor | null): Point | UnparsedReason {
  if (point.unit === "years" && isThePlansSchoolYear(point, anchor)) return { ...point, school: true };
  if (fallbackYear !== null && writtenYear(point) === null && !isSchoolOnly(point)) return withYear(point, fallbackYear);
  return fromPeriod(point, anchor);
}

function spanOf(point: Point): Span | null {
  switch (point.unit) {
    case "day": {
      if (point.y === null || !isValidDate(point.y, point.m, point.d)) return null; // 31.02.2019
      const iso = isoDate(point.y, point.m, point.d);
      return { start: iso, end: iso };
    }
    case "month":
      return point.y === null ? null : { start: isoDate(point.y, point.m, 1), end: monthEnd(point.y, point.m) };
    case "quarter": {
      if (point.school) {
        if (point.schoolYear === undefined) return null;
        const [from, to] = ([[9, 10], [11, 12], [1, 3], [4, 5]] as const)[point.n - 1];
        const y = from >= 9 ? point.schoolYear : point.schoolYear + 1;
        return { start: isoDate(y, from, 1), end: monthEnd(y, to) };
      }
      const m = point.n * 3 - 2;
      const y = point.y ?? (point.schoolYear === undefined ? null : m >= 9 ? point.schoolYear : point.schoolYear + 1);
      return y === null ? null : { start: isoDate(y, m, 1), end: monthEnd(y, m + 2) };
    }
    case "half": {
      if (point.y !== null) {
        const m = point.n * 6 - 5;
        return { start: isoDate(point.y, m, 1), end: monthEnd(point.y, m + 5) };
      }
      if (point.schoolYear === undefined) return null;
      const split = point.januarySplit ? 1 : 2;
      return point.n === 1
        ? { start: isoDate(point.schoolYear, 9, 1), end: monthEnd(point.schoolYear + split - 1, split === 1 ? 12 : 1) }
        : { start: isoDate(point.schoolYear + 1, split, 1), end: isoDate(point.schoolYear + 1, 8, 31) };
    }
    case "term": {
      if (point.schoolYear === undefined) return null;
      const sy = point.schoolYear;
      const easter = easterSunday(sy + 1);
      if (point.n === 1) return { start: isoDate(sy, 9, 1), end: isoDate(sy, 12, 31) };
      if (point.n === 2) return { start: isoDate(sy + 1, 1, 1), end: easter };
      return { start: addDays(easter, 1), end: isoDate(sy + 1, 7, 31) };
    }
    case "year":
      return point.y === null ? null : { start: isoDate(point.y, 1, 1), end: isoDate(point.y, 12, 31) };
    case "season":
      return point.y === null ? null : { start: isoDate(point.y, point.n * 3, 1), end: monthEnd(point.y, point.n * 3 + 2) };
    case "years":
      return point.school
        ? { start: isoDate(point.from, 9, 1), end: isoDate(point.to, 8, 31) }
        : { start: isoDate(point.from, 1, 1), end: isoDate(point.to, 12, 31) };
    default:
      return null;
  }
}

export function narrow(span: Span, narrowing: Narrowing | null): Span {
  if (narrowing === null || span.start === span.end) return span;
  const s = parseIsoDate(span.start)!;
  const e = parseIsoDate(span.end)!;
  const months = (e.y - s.y) * 12 + (e.m - s.m) + 1;
  if (months === 1) {
    // A whole month in thirds; a part of a month is left as written.
    if (s.d !== 1 || span.end !== monthEnd(e.y, e.m)) return span;
    if (narrowing === "begin") return { start: span.start, end: isoDate(s.y, s.m, 10) };
    if (narrowing === "middle") return { start: isoDate(s.y, s.m, 11), end: isoDate(s.y, s.m, 20) };
    return { start: isoDate(s.y, s.m, 21), end: span.end };
  }
  const monthAt = (k: number) => ({ y: s.y + Math.floor((s.m - 1 + k) / 12), m: ((s.m - 1 + k) % 12) + 1 });
  if (narrowing === "begin") return { start: span.start, end: monthEnd(s.y, s.m) };
  if (narrowing === "end") return { start: isoDate(e.y, e.m, 1), end: span.end };
  const first = monthAt(Math.floor((months - 1) / 2));
  const last = monthAt(Math.floor(months / 2));
  return { start: isoDate(first.y, first.m, 1), end: monthEnd(last.y, last.m) };
}

/** Easter Sunday of a year (Gregorian; the anonymous algorithm), as an ISO date. */
export function easterSunday(y: number): string {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(y, month, day);
}

/** The first (days 1-15) or second (16 to the end) half of a whole month; null for anything else. */
function halfOfMonth(span: Span, n: 1 | 2): Span | null {
  const s = parseIsoDate(span.start)!;
  const e = parseIsoDate(span.end)!;
  if (s.d !== 1 || s.y !== e.y || s.m !== e.m || span.end !== monthEnd(e.y, e.m)) return null;
  return n === 1 ? { start: span.start, end: isoDate(s.y, s.m, 15) } : { start: isoDate(s.y, s.m, 16), end: span.end };
}

/** Week n of a whole month that starts on a Monday: days 1-7, 8-14, 15-21, 22-28, 29 to the end; null otherwise. */
function weekOf(span: Span, n: number): Span | null {
  const s = parseIsoDate(span.start)!;
  const e = parseIsoDate(span.end)!;
  if (s.d !== 1 || s.y !== e.y || s.m !== e.m || span.end !== monthEnd(e.y, e.m)) return null;
  // Weeks are counted from the 1st only when it is a Monday; otherwise the first week may be a few days or the first full one.
  if (new Date(Date.UTC(s.y, s.m - 1, 1)).getUTCDay() !== 1) return null;
  const first = 7 * (n - 1) + 1;
  if (first > e.d) return null;
  return { start: isoDate(s.y, s.m, first), end: isoDate(s.y, s.m, Math.min(7 * n, e.d)) };
}

// ---- a part: a point or a range ---------------------------------------------------------------

interface Sourced {
  source: string;
  tokens: readonly Token[];
}

function textOf(src: Sourced, from: number, to: number): string {
  return src.source.slice(src.tokens[from].start, src.tokens[to - 1].end);
}

/** A bare number takes its unit from the range's other end: `1-15 септември`, `II-III квартал`. */
function explainNumber(n: number, other: Point): Point | null {
  switch (other.unit) {
    case "day":
      return n >= 1 && n <= 31 ? { unit: "day", y: other.y, m: other.m, d: n } : null;
    case "month":
      return n >= 1 && n <= 12 ? { unit: "month", y: null, m: n } : null;
    case "quarter":
      return n >= 1 && n <= 4 ? { unit: "quarter", y: null, n, schoolYear: other.schoolYear } : null;
    case "half":
      return n >= 1 && n <= 2 ? { unit: "half", y: null, n, schoolYear: other.schoolYear } : null;
    default:
      return null;
  }
}

/** The first day's year of a span. */
function yearOfStart(span: Span): number {
  return Number(span.start.slice(0, 4));
}
function yearOfEnd(span: Span): number {
  return Number(span.end.slice(0, 4));
}

/** Fills `point` from a neighbour's year, one year earlier when it would otherwise come after it. */
function before(point: Point, neighbour: Span): Point {
  const y = yearOfStart(neighbour);
  const same = withYear(point, y);
  const span = spanOf(same);
  return span && span.start > neighbour.start ? withYear(point, y - 1) : same;
}

/** Fills `point` from a neighbour's year, one year later when it would otherwise come before it. */
function after(point: Point, neighbour: Span): Point {
  const y = yearOfEnd(neighbour);
  const same = withYear(point, y);
  const span = spanOf(same);
  return span && span.start < neighbour.start ? withYear(point, y + 1) : same;
}

/** Longest span, in days, a bare first day is carried back over a month's end for (`31 - 01 август`: two). */
const ACROSS_MONTH_END_DAYS = 7;

/**
 * `31 - 01 август 2024`: a first day written bare, greater than the day it runs to, is in the month
 * before, the one the writer left out; only for a span of a few days over the month's end, as a
 * number typed back to front (`15 - 10 август`) spans weeks and stays a reversed range.
 */
function acrossMonthEnd(first: Span, end: Span): Span | null {
  const d = parseIsoDate(first.start);
  if (!d || first.start !== first.end) return null;
  const y = d.m === 1 ? d.y - 1 : d.y;
  const m = d.m === 1 ? 12 : d.m - 1;
  if (!isValidDate(y, m, d.d)) return null;
  const start = isoDate(y, m, d.d);
  return start <= end.end && addDays(start, ACROSS_MONTH_END_DAYS) >= end.end ? { start, end: end.end } : null;
}

function resolveRange(left: RawPoint, right: RawPoint, fallbackYear: number | null, anchor: PeriodAnchor | null, src: Sourced): Resolved | UnparsedReason {
  let l: Point | null = left.point;
  let r: Point | UnparsedReason = right.point;
  const bareDay = l.unit === "number" && r.unit === "day";
  if (l.unit === "number") l = explainNumber(l.n, r);
  if (r.unit === "number" || l === null) return "unknown-form";
  if (isSchoolOnly(l) || isSchoolOnly(r)) {
    // `I-II четверть`, `Autumn-Spring term`: each end is placed in its school year on its own.
    const pl = fromPeriod(l, anchor);
    if (typeof pl === "string") return pl;
    l = pl;
    r = fromPeriod(r, anchor);
    if (typeof r === "string") return r;
  } else if (writtenYear(l) === null && writtenYear(r) !== null) {
    const rSpan = spanOf(r);
    if (!rSpan) return "unknown-form";
    l = before(l, rSpan);
  } else if (writtenYear(r) === null) {
    const filled = fillYear(l, fallbackYear, anchor);
    if (typeof filled !== "string") {
      l = filled;
      const lSpan = spanOf(l);
      if (!lSpan) return "unknown-form";
      r = after(r, lSpan);
    } else {
      // `Aug 17 - Sept 30` in a school year: the end places the start.
      const end = fillYear(r, fallbackYear, anchor);
      const endSpan = typeof end === "string" ? null : spanOf(end);
      if (typeof end === "string" || !endSpan || filled !== "ambiguous") return filled;
      r = end;
      l = before(l, endSpan);
    }
  }
  const lSpan = spanOf(l);
  const rSpan = spanOf(r);
  if (!lSpan || !rSpan) return "unknown-form";
  const a = narrow(lSpan, left.narrowing);
  const b = narrow(rSpan, right.narrowing);
  if (a.start <= b.end) return { kind: "range", start: a.start, end: b.end };
  const across = bareDay ? acrossMonthEnd(a, b) : null;
  if (across) return { kind: "range", ...across };
  // Written back to front: cover both and keep the two ends for the reader.
  return {
    kind: "range",
    start: a.start < b.start ? a.start : b.start,
    end: a.end > b.end ? a.end : b.end,
    parts: [
      { text: textOf(src, left.from, left.to), kind: kindOf(l), start: a.start, end: a.end },
      { text: textOf(src, right.from, right.to), kind: kindOf(r), start: b.start, end: b.end },
    ],
  };
}

function resolvePart(part: RawPart, fallbackYear: number | null, anchor: PeriodAnchor | null, src: Sourced): Resolved | UnparsedReason {
  let resolved: Resolved | UnparsedReason;
  if (part.right) {
    resolved = resolveRange(part.left, part.right, fallbackYear, anchor, src);
  } else {
    const point = fillYear(part.left.point, fallbackYear, anchor);
    const span = typeof point === "string" ? null : spanOf(point);
    if (typeof point === "string") resolved = point;
    // A day that does not exist (`31.02.2019`) is not a form PlanCheck misreads: it is no date.
    else if (!span) resolved = "unknown-form";
    else if (part.left.week !== undefined) {
      const week = weekOf(span, part.left.week);
      resolved = week ? { kind: "range", ...week } : "unknown-form";
    } else if (part.left.monthHalf !== undefined) {
      const half = halfOfMonth(span, part.left.monthHalf);
      resolved = half ? { kind: "range", ...half } : "unknown-form";
    } else resolved = { kind: part.left.decade ? "range" : kindOf(point), ...narrow(span, part.left.narrowing) };
  }
  if (typeof resolved === "string" || !part.by) return resolved;
  // A deadline's own day stands for its start while parts are combined; the cell shows it as null.
  return { ...resolved, kind: "by", start: resolved.end, end: resolved.end };
}

// ---- a cell -------------------------------------------------------------------------------

function partYears(part: RawPart): { first: number | null; last: number | null } {
  const l = writtenYear(part.left.point);
  const r = part.right ? writtenYear(part.right.point) : null;
  return { first: l ?? r, last: r ?? l };
}

/**
 * `2022 рік\n2022-2023 роки`: periods on lines of their own that overlap are each a task's own term
 * (rows of sub-items joined under one task), not pieces of one period.
 */
function overlapOnLines(parts: readonly RawPart[], spans: readonly Span[], tokens: readonly Token[]): boolean {
  for (let i = 1; i < parts.length; i++) {
    if (tokens[parts[i].from]?.lineStart && spans[i].start <= spans[i - 1].end && spans[i - 1].start <= spans[i].end) return true;
  }
  return false;
}

/**
 * `01.09.2025\n30.09.2025`: two days, each on a line of its own, the first a month's first day and
 * the second a later month's last (or the same month's): the start and end of whole months, as a
 * span is typed into one cell. Other pairs of days (`02.11.2016\n24.11.2016`, two tests) are two dates.
 */
function wholeMonthsOnLines(parts: readonly RawPart[], spans: readonly Span[], tokens: readonly Token[]): boolean {
  if (parts.length !== 2 || parts.some((p) => p.right !== null || p.by || p.listed !== undefined || p.left.point.unit !== "day")) return false;
  if (!tokens[parts[1].from]?.lineStart) return false;
  const first = parseIsoDate(spans[0].start);
  const last = parseIsoDate(spans[1].end);
  return !!first && !!last && first.d === 1 && spans[1].end === monthEnd(last.y, last.m) && spans[0].start < spans[1].end;
}

/** Each period starts the day after the one before it ends: together they are one period. */
export function contiguous(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start !== addDays(spans[i - 1].end, 1)) return false;
  }
  return true;
}

// The longest pause between two stages of one event (`классный тур`, `школьный тур`).
const STAGE_PAUSE_DAYS = 7;

/**
 * `01.02.2021 – 11.02.2021 классный тур; 15.02.2021 – 25.02.2021 школьный тур`: spans of days
 * parted by semicolons, each after the last with a pause of a week at most, are the stages of one
 * event, held from the first one's start to the last one's end.
 */
function stagesInTurn(parts: readonly RawPart[], spans: readonly Span[], tokens: readonly Token[]): boolean {
  if (parts.length < 2 || parts.some((p) => !p.right || p.left.point.unit !== "day" || p.right.point.unit !== "day")) return false;
  for (let i = 1; i < parts.length; i++) {
    if (!tokens.slice(parts[i - 1].to, parts[i].from).some((t) => t.text === ";")) return false;
  }
  return followInStages(spans);
}

/** Spans of days one after another, each starting within a week of the last one's end. */
export function followInStages(spans: readonly Span[]): boolean {
  if (spans.length < 2 || spans.some((s) => s.start >= s.end)) return false;
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start <= spans[i - 1].end || spans[i].start > addDays(spans[i - 1].end, STAGE_PAUSE_DAYS + 1)) return false;
  }
  return true;
}

/** A part that is a day or a month, or a range of them. */
function isDated(part: RawPart): boolean {
  const dated = (p: Point) => p.unit === "day" || p.unit === "month" || p.unit === "number";
  return dated(part.left.point) && (!part.right || dated(part.right.point));
}

/**
 * How many days or months the cell lists each written on its own (`03.03.2018 г.\n05.03.2018 г.`,
 * `IX, XI 2022 r.`, `До 28.04.06 До 05.05.06`): separate dates make no one period. Days listed
 * before the month they share (`3, 10 i 17 października`) count once: they are read as several
 * dates, the span their period.
 */
function separateDates(parts: RawPart[]): number {
  let count = 0;
  let list: number | undefined;
  for (const part of parts) {
    if (part.listed !== undefined) {
      if (part.listed !== list) count++;
      list = part.listed;
      continue;
    }
    list = undefined;
    if (isDated(part)) count++;
  }
  return count;
}

/**
 * `м. януари 2026 06.01. - 30.01.2026 г.`: a month written as the heading of the days that follow
 * it in the same month says no more than they do. It is left out, its year given to them.
 */
function withoutMonthHeadings(written: RawPart[]): RawPart[] {
  const parts = written.slice();
  const out: RawPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const next = parts[i + 1];
    const month = part.left.point;
    if (next === undefined || part.right || part.by || part.listed !== undefined || part.left.narrowing || month.unit !== "month") {
      out.push(part);
      continue;
    }
    const inMonth = (p: Point) => p.unit === "day" && p.m === month.m && (p.y === null || month.y === null || p.y === month.y);
    if (!inMonth(next.left.point) || (next.right !== null && !inMonth(next.right.point)) || next.listed !== undefined) {
      out.push(part);
      continue;
    }
    const dated = (raw: RawPoint): RawPoint => (raw.point.unit === "day" && raw.point.y === null && month.y !== null ? { ...raw, point: { ...raw.point, y: month.y } } : raw);
    parts[i + 1] = { ...next, left: dated(next.left), right: next.right ? dated(next.right) : null };
  }
  return out;
}

/**
 * `м. септември 2025 01.09. - 11.09.2026 г.`: a month written as the heading of days in the same
 * month of another year. Which year is meant cannot be told.
 */
function headingDisagrees(parts: readonly RawPart[]): boolean {
  for (let i = 0; i + 1 < parts.length; i++) {
    const month = parts[i].left.point;
    if (parts[i].right || parts[i].by || month.unit !== "month" || month.y === null) continue;
    const next = parts[i + 1];
    const ends = [next.left.point, ...(next.right ? [next.right.point] : [])];
    if (ends.every((p) => p.unit === "day" && p.m === month.m) && ends.some((p) => p.unit === "day" && p.y !== null && p.y !== month.y)) return true;
  }
  return false;
}

/**
 * Dates for the parts of a cell, or why there are none (no year anywhere, a day that does not
 * exist). Several parts: the kind is `by` when all are deadlines, else `range`; the start is the
 * earliest day any part names (a deadline's own day when it has no start), the end the latest.
 */
export function resolveParts(written: RawPart[], tokens: readonly Token[], source: string, text: string, anchor: PeriodAnchor | null): Deadline | UnparsedReason {
  if (headingDisagrees(written)) return "ambiguous";
  const parts = withoutMonthHeadings(written);
  const separate = separateDates(parts) >= 2;
  // `do dnia 15 kwietnia 2018/2019`: a day in each of two years, not one date.
  for (let i = 0; i + 1 < parts.length; i++) {
    const p = parts[i].left.point;
    const next = parts[i + 1].left.point;
    if ((p.unit === "day" || p.unit === "month") && p.y === null && next.unit === "years" && !parts[i].right) return "several-dates";
  }
  // `06.05; 2024`, `Вересень,2025 Жовтень,2025`: a day or month, then a whole year — the year it is
  // in, or a deadline of its own; never a span from the day to the year's end.
  const wholeYear = (i: number): boolean => parts[i].left.point.unit === "year" && parts[i].left.point.y !== null && !parts[i].right && !parts[i].by;
  const yearAfterDay = parts.some((part, i) => i + 1 < parts.length && !part.right && (part.left.point.unit === "day" || part.left.point.unit === "month") && part.left.point.y === null && wholeYear(i + 1));
  const src: Sourced = { source, tokens };
  const years = parts.map(partYears);
  const resolved: Resolved[] = [];
  for (let i = 0; i < parts.length; i++) {
    // A part with no year takes the next written one (`март, май 2019`), else the previous; parts are
    // listed in time order, so a later month than the one giving the year is of the year before
    // (`2, 3 listopada\n26,27 marca 2024` is November 2023), an earlier one after it of the year after.
    let fallback: number | null = null;
    if (years[i].first === null) {
      const month = firstMonth(parts[i].left.point);
      for (let k = i + 1; k < parts.length && fallback === null; k++) {
        const y = years[k].first;
        if (y !== null) fallback = month > firstMonth(parts[k].left.point) && !wholeYear(k) ? y - 1 : y;
      }
      for (let k = i - 1; k >= 0 && fallback === null; k--) {
        const y = years[k].last;
        const from = parts[k].right ?? parts[k].left;
        if (y !== null) fallback = month < firstMonth(from.point) ? y + 1 : y;
      }
    }
    const r = resolvePart(parts[i], fallback, anchor, src);
    if (typeof r === "string") return r;
    resolved.push(r);
  }
  const finish = (r: Resolved): Deadline => ({
    text,
    kind: r.kind,
    start: r.kind === "by" ? null : r.start,
    end: r.end,
    ...(r.parts ? { parts: r.parts } : {}),
  });
  if (resolved.length === 1) return finish(resolved[0]);
  const partDeadlines = resolved.map((r, i) => ({ ...finish(r), text: textOf(src, parts[i].from, parts[i].to) }));
  // Separate dates are one period only when each starts the day after the one before ends
  // (`жовтень, листопад`, `30.11.2007\n01.12.2007`). Otherwise no one period is read, but each
  // date is, for the checks that can use them one by one.
  if (yearAfterDay || (separate && !contiguous(resolved) && !wholeMonthsOnLines(parts, resolved, tokens) && !stagesInTurn(parts, resolved, tokens)) || overlapOnLines(parts, resolved, tokens)) {
    return { text, kind: "unparsed", start: null, end: null, reason: "several-dates", parts: partDeadlines };
  }
  const allBy = resolved.every((r) => r.kind === "by");
  const start = resolved.map((r) => r.start).reduce((a, b) => (a < b ? a : b));
  const end = resolved.map((r) => r.end).reduce((a, b) => (a > b ? a : b));
  return { text, kind: allBy ? "by" : "range", start: allBy ? null : start, end, parts: partDeadlines };
}
