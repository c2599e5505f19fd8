import { isoDate, isValidDate, monthEnd, parseIsoDate } from "./calendar";
import type { Narrowing } from "./locales";
import type { Point, RawPart, RawPoint } from "./parsers/point";
import type { Token } from "./text";
import type { Deadline, DeadlineKind, PlanPeriod } from "./types";

/**
 * Points to dates. The rules the text leaves to us:
 * - A missing year comes from the other end of a range (`м. юли – август 2019 г.`), then from the
 *   other periods listed in the cell, then from the plan period: a month takes the period's first
 *   year if it falls on or after the period's first month, else the next year (`Wrzesień-czerwiec`
 *   over 2018/2019 is September 2018 to June 2019). The end of a range that would come before its
 *   start rolls into the next year (`ноември - февруари 2020` is November 2019 to February 2020).
 * - A half-year with no year in a school-year plan is a school half: I is 1 September to 31 January,
 *   II is 1 February to 31 August (the two terms of pl, bg, ru and uk schools). Quarters are always
 *   calendar quarters.
 * - With no year in the text and no plan period there is nothing to date: the cell is `unparsed`.
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
  return { year: s.y, month: s.m, school, period };
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
    case "number": return "unparsed";
  }
}

/** The year a point writes, if any (a quarter or half of a named school year counts). */
function writtenYear(point: Point): number | null {
  switch (point.unit) {
    case "day":
    case "month":
    case "year":
      return point.y;
    case "quarter":
    case "half":
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
    case "school":
      return 9;
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
      return point.y === null ? { ...point, y } : point;
    case "school":
      return { unit: "years", from: y, to: y + 1, school: true };
    default:
      return point;
  }
}

/** Fills a missing year from the plan period; null when there is none to take it from. */
function fromPeriod(point: Point, anchor: PeriodAnchor | null): Point | null {
  if (writtenYear(point) !== null || point.unit === "years") return point;
  if (!anchor) return null;
  if (point.unit === "half" && anchor.school) return { ...point, schoolYear: anchor.year };
  if (point.unit === "year") return withYear(point, anchor.year);
  return withYear(point, firstMonth(point) >= anchor.month ? anchor.year : anchor.year + 1);
}

/** A missing year from the other periods of the cell, else from the plan period. */
function fillYear(point: Point, fallbackYear: number | null, anchor: PeriodAnchor | null): Point | null {
  return fallbackYear !== null && writtenYear(point) === null ? withYear(point, fallbackYear) : fromPeriod(point, anchor);
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
      const m = point.n * 3 - 2;
      const y = point.y ?? (point.schoolYear === undefined ? null : m >= 9 ? point.schoolYear : point.schoolYear + 1);
      return y === null ? null : { start: isoDate(y, m, 1), end: monthEnd(y, m + 2) };
    }
    case "half":
      if (point.y !== null) {
        const m = point.n * 6 - 5;
        return { start: isoDate(point.y, m, 1), end: monthEnd(point.y, m + 5) };
      }
      if (point.schoolYear === undefined) return null;
      return point.n === 1
        ? { start: isoDate(point.schoolYear, 9, 1), end: isoDate(point.schoolYear + 1, 1, 31) }
        : { start: isoDate(point.schoolYear + 1, 2, 1), end: isoDate(point.schoolYear + 1, 8, 31) };
    case "year":
      return point.y === null ? null : { start: isoDate(point.y, 1, 1), end: isoDate(point.y, 12, 31) };
    case "years":
      return point.school
        ? { start: isoDate(point.from, 9, 1), end: isoDate(point.to, 8, 31) }
        : { start: isoDate(point.from, 1, 1), end: isoDate(point.to, 12, 31) };
    default:
      return null;
  }
}

function narrow(span: Span, narrowing: Narrowing | null): Span {
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

function resolveRange(left: RawPoint, right: RawPoint, fallbackYear: number | null, anchor: PeriodAnchor | null, src: Sourced): Resolved | null {
  let l: Point | null = left.point;
  let r: Point | null = right.point;
  if (l.unit === "number") l = explainNumber(l.n, r);
  if (r.unit === "number" || l === null) return null;
  if (writtenYear(l) === null && writtenYear(r) !== null) {
    const rSpan = spanOf(r);
    if (!rSpan) return null;
    l = before(l, rSpan);
  } else if (writtenYear(r) === null) {
    l = fillYear(l, fallbackYear, anchor);
    const lSpan = l && spanOf(l);
    if (!lSpan) return null;
    r = after(r, lSpan);
  }
  const lSpan = l && spanOf(l);
  const rSpan = spanOf(r);
  if (!l || !lSpan || !rSpan) return null;
  const a = narrow(lSpan, left.narrowing);
  const b = narrow(rSpan, right.narrowing);
  if (a.start <= b.end) return { kind: "range", start: a.start, end: b.end };
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

function resolvePart(part: RawPart, fallbackYear: number | null, anchor: PeriodAnchor | null, src: Sourced): Resolved | null {
  let resolved: Resolved | null;
  if (part.right) {
    resolved = resolveRange(part.left, part.right, fallbackYear, anchor, src);
  } else {
    const point = fillYear(part.left.point, fallbackYear, anchor);
    const span = point && spanOf(point);
    resolved = point && span ? { kind: kindOf(point), ...narrow(span, part.left.narrowing) } : null;
  }
  if (!resolved || !part.by) return resolved;
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
 * Dates for the parts of a cell, or null when one of them has none (no year anywhere, a day that
 * does not exist). Several parts: the kind is `by` when all are deadlines, else `range`; the start is
 * the earliest day any part names (a deadline's own day when it has no start), the end the latest.
 */
export function resolveParts(parts: RawPart[], tokens: readonly Token[], source: string, text: string, anchor: PeriodAnchor | null): Deadline | null {
  const src: Sourced = { source, tokens };
  const years = parts.map(partYears);
  const resolved: Resolved[] = [];
  for (let i = 0; i < parts.length; i++) {
    // A part with no year takes the next written one (`март, май 2019`), else the previous.
    let fallback: number | null = null;
    if (years[i].first === null) {
      for (let k = i + 1; k < parts.length && fallback === null; k++) fallback = years[k].first;
      for (let k = i - 1; k >= 0 && fallback === null; k--) fallback = years[k].last;
    }
    const r = resolvePart(parts[i], fallback, anchor, src);
    if (!r) return null;
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
  const allBy = resolved.every((r) => r.kind === "by");
  const start = resolved.map((r) => r.start).reduce((a, b) => (a < b ? a : b));
  const end = resolved.map((r) => r.end).reduce((a, b) => (a > b ? a : b));
  const partDeadlines = resolved.map((r, i) => ({ ...finish(r), text: textOf(src, parts[i].from, parts[i].to) }));
  return { text, kind: allBy ? "by" : "range", start: allBy ? null : start, end, parts: partDeadlines };
}
