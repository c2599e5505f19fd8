import { isoDate, parseIsoDate } from "./calendar";
import { parseDeadline } from "./parse";
import type { Deadline, PlanPeriod } from "./types";

/**
 * A school-year plan that opens in the summer before its year: the August teachers' council, the
 * cabinets made ready (`серпень`, `August 29 & 30`) written before the September rows. Alone, a July
 * or August with no year in a school year is either that first summer or the last one, and is not
 * read; the order of the plan's own rows says which. When every such cell comes before the first
 * cell dated in the school year proper, the period opens on the first of that summer month
 * (`2017-08-01..2018-08-31`), and the reader places them there. Otherwise the period is unchanged.
 * The plan must open with them: a plan listing its work by theme puts its year-round work first
 * (`Cały rok`, `Cały rok`, then `VIII` for a kindergarten's adaptation meetings), and there an
 * August with no year is the school year's own last month, not a summer before it.
 */
export function withSummerOpening(period: PlanPeriod | null, cellsInRowOrder: Iterable<string>, beforeItBegins = false): PlanPeriod | null {
  const school = schoolYearOf(period);
  if (!period || school === null) return period;
  // Read once as the summer of the first year, to learn which cells are summer months at all.
  const july: PlanPeriod = { start: isoDate(school, 7, 1), end: period.end, label: period.label };
  const summerEnd = isoDate(school, 8, 31);
  let opening: string | null = null;
  let schoolSeen = false;
  // Plans repeat the same few wordings: each is read once (a large sheet stays quick).
  const known = new Map<string, string | "school" | "other" | null>();
  const kindOf = (text: string): string | "school" | "other" | null => {
    let k = known.get(text);
    if (k === undefined) {
      const asWritten = parseDeadline(text, { period });
      k = null;
      if (asWritten.kind === "unparsed" && asWritten.reason === "ambiguous") {
        const summer = parseDeadline(text, { period: july });
        if (isWithin(summer, july.start, summerEnd)) k = summer.start!.slice(0, 8) + "01";
      } else if (isDatedInSchoolYear(asWritten, period)) k = "school";
      else if (isYearRoundWork(asWritten)) k = "other";
      known.set(text, k);
    }
    return k;
  };
  for (const text of cellsInRowOrder) {
    if (typeof text !== "string" || text.trim() === "") continue;
    const k = kindOf(text);
    // Work all year round, on an event or recurring, before any summer row: the rows go by theme.
    if (k === "other") {
      if (opening === null) return period;
      continue;
    }
    if (k === "school") {
      // The school year begins with no summer row before it: nothing opens in the summer.
      if (opening === null) return period;
      schoolSeen = true;
    } else if (k !== null) {
      // A summer month after the school year has begun may be its last summer: nothing is sure.
      if (schoolSeen) return period;
      if (opening === null || k < opening) opening = k;
    }
  }
  // Words above the table that put the work before the school year begins say what no later row has to.
  return opening !== null && (schoolSeen || beforeItBegins) ? { start: opening, end: period.end, label: period.label } : period;
}

/**
 * `zanim na dobre rozpocznie się nowy rok szkolny 2021/2022`, `перед началом учебного года`, `before
 * the school year begins`: a line above the table that puts its work before the school year starts.
 * Its summer months with no year are then the summer before, though no row dated in the year follows.
 */
const BEFORE_IT_BEGINS: readonly RegExp[] = [
  /(?:zanim|przed)\s(?:.*\s)?(?:rozpocz\p{L}*|start\p{L}*)\s(?:.*\s)?rok\p{L}*\s+szkoln/u,
  /перед\s+(?:началом|стартом)\s(?:.*\s)?учебн\p{L}*\s+год/u,
  /(?:перед|до)\s+початк\p{L}*\s(?:.*\s)?навчальн\p{L}*\s+р/u,
  /преди\s+(?:началото|старта)\s(?:.*\s)?учебна(?:та)?\s+година/u,
  /before\s+(?:the\s+)?(?:new\s+)?(?:school|academic)\s+year\s+(?:starts|begins)/u,
];

export function saysBeforeSchoolYearBegins(preamble: readonly string[]): boolean {
  return preamble.some((line) => typeof line === "string" && BEFORE_IT_BEGINS.some((p) => p.test(line.toLowerCase())));
}

/**
 * Work all year round, recurring or set off by events (`Cały rok`, `Wg potrzeb`): a plan whose
 * deadline column opens with it lists its work by theme, not in time order.
 */
export function isYearRoundWork(d: Deadline): boolean {
  return d.kind === "continuous" || d.kind === "recurring" || d.kind === "event";
}

/** The first year of a period that is exactly one school year (1 September to 31 August), else null. */
function schoolYearOf(period: PlanPeriod | null): number | null {
  if (!period) return null;
  const s = parseIsoDate(period.start);
  const e = parseIsoDate(period.end);
  if (!s || !e || s.m !== 9 || s.d !== 1 || e.m !== 8 || e.d !== 31 || e.y !== s.y + 1) return null;
  return s.y;
}

function isWithin(d: Deadline, from: string, to: string): boolean {
  return d.kind !== "unparsed" && d.start !== null && d.end !== null && d.start >= from && d.end <= to;
}

/** A reading of its own date in the school year (not the period handed on to continuous or recurring work). */
function isDatedInSchoolYear(d: Deadline, period: PlanPeriod): boolean {
  if (d.kind === "unparsed" || d.kind === "continuous" || d.kind === "recurring" || d.kind === "event") return false;
  const start = d.start ?? d.end;
  return start !== null && start >= period.start && start <= period.end;
}
