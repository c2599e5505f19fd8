import { isoDate, monthEnd } from "./calendar";
import { parseNamedMonth } from "./parsers/month";
import { MAX_YEAR, MIN_YEAR, romanAt, yearAt } from "./parsers/numbers";
import { anchorOf, type PeriodAnchor } from "./resolve";
import { fold, tokenize, type Token } from "./text";
import type { PlanPeriod } from "./types";
import { VOCABULARY } from "./vocabulary";

/**
 * What the heading of a row's section says of the cells under it. A month heading (`СЕНТЯБРЬ`,
 * `Listopad 2025`) dates the days written without a month (`до 15`) and, in a plan longer than a
 * year, the year of the months written without one; a section naming one year (`2026 рік`,
 * `II etap (2026)`) or one school year is that year for every cell below it.
 */

export type SectionContext =
  | { kind: "month"; month: number; year: number | null }
  /** A day's heading (`І ДЕНЬ 21.10.2024.`): the day of the rows under it that give only a time. */
  | { kind: "day"; day: string }
  | { kind: "year"; year: number }
  | { kind: "school-year"; year: number };

/** How a cell is placed in time: the anchor that fills missing years, and the month of bare days. */
export interface Placement {
  anchor: PeriodAnchor | null;
  /** The month and year a bare day (`до 15`) falls in, from a month heading. */
  dayMonth: { y: number; m: number } | null;
  /** The day a heading names whole, for the cells under it that give only a time (ISO). */
  day?: string;
}

const SECTIONS = new Map<string, SectionContext | null>();
const SECTIONS_LIMIT = 2_000;

export function sectionContext(section: string | null | undefined): SectionContext | null {
  if (typeof section !== "string" || section.trim() === "") return null;
  let known = SECTIONS.get(section);
  if (known === undefined) {
    known = readSection(section);
    if (SECTIONS.size >= SECTIONS_LIMIT) SECTIONS.clear();
    SECTIONS.set(section, known);
  }
  return known;
}

/**
 * What a section heading tells the cells under it, as a key: headings that say the same of time
 * share one (the hundreds of `Стратегическа цел №3. …` headings of a long plan name no time at
 * all). A deadline is read with its section only through sectionContext, so a cell read under one
 * heading reads the same under every heading of the same key.
 */
export function sectionKey(section: string | null | undefined): string {
  const heading = sectionContext(section);
  return heading === null ? "" : JSON.stringify(heading);
}

/** Where the words before a heading's text end: numbering (`1.`, `IV.`, `2)`) and markers (`м.`). */
function headingStart(tokens: readonly Token[]): number {
  let i = 0;
  if ((tokens[0]?.type === "num" || romanAt(tokens, 0) !== undefined) && tokens[1]?.type === "sym") i = 2;
  return i;
}

function readSection(section: string): SectionContext | null {
  const tokens = tokenize(section);
  const start = headingStart(tokens);
  const month = parseNamedMonth(tokens, start);
  if (month && month.value.unit === "month") {
    let end = month.next;
    while (tokens[end]?.type === "sym") end++;
    if (end === tokens.length) return { kind: "month", month: month.value.m, year: month.value.y };
  }
  const day = wholeDayOf(tokens);
  if (day !== null) return { kind: "day", day };
  const folded = fold(section);
  if (VOCABULARY.referenceWords.test(folded)) return null;
  // A month named anywhere else in the heading makes its years something other than the section's year.
  if (tokens.some((t) => VOCABULARY.months.has(t.text))) return null;
  const years = new Set<string>();
  let found: SectionContext | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const y = yearAt(tokens, i);
    if (y === undefined) continue;
    // A year inside a date (`25.04.2019`) or a number is no section year.
    if (tokens[i - 1]?.type === "sym" && tokens[i - 1].text === "." && tokens[i - 2]?.type === "num") return null;
    const slash = tokens[i + 1]?.type === "sym" && tokens[i + 1].text === "/";
    const dash = tokens[i + 1]?.type === "sym" && /^[-–—]$/.test(tokens[i + 1].text);
    const next = yearAt(tokens, i + 2) ?? (tokens[i + 2]?.type === "num" && tokens[i + 2].text.length === 2 ? y - (y % 100) + tokens[i + 2].value : undefined);
    // `2023-24` under a school year's title is that school year, under a programme's two calendar
    // years: the heading alone cannot say which, so it narrows nothing and the plan period decides.
    if (dash && next === y + 1) return null;
    if (slash && next === y + 1) {
      years.add(`${y}/${next}`);
      found = { kind: "school-year", year: y };
      i += 2;
    } else {
      years.add(String(y));
      found = { kind: "year", year: y };
    }
  }
  return years.size === 1 ? found : null;
}

/**
 * `І ДЕНЬ 21.10.2024.\nТЕМА: …`: a heading that writes one whole date in figures (day, month and a
 * year in full) and no month by name names that day.
 */
function wholeDayOf(tokens: readonly Token[]): string | null {
  if (tokens.some((t) => VOCABULARY.months.has(t.text))) return null;
  const found: string[] = [];
  for (let i = 0; i + 4 < tokens.length; i++) {
    const [d, dot1, m, dot2] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    if (d.type !== "num" || m.type !== "num" || dot1.text !== "." || dot2.text !== "." || tokens[i - 1]?.text === ".") continue;
    const y = yearAt(tokens, i + 4);
    if (y === undefined || tokens[i + 4].text.length !== 4 || tokens[i + 5]?.type === "num") continue;
    if (m.value < 1 || m.value > 12 || d.value < 1 || d.value > 31 || isoDate(y, m.value, d.value) > monthEnd(y, m.value)) continue;
    found.push(isoDate(y, m.value, d.value));
  }
  return found.length === 1 ? found[0] : null;
}

function yearAnchor(y: number, school: boolean): PeriodAnchor | null {
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  const period: PlanPeriod = school
    ? { start: isoDate(y, 9, 1), end: isoDate(y + 1, 8, 31), label: `${y}/${y + 1}` }
    : { start: isoDate(y, 1, 1), end: isoDate(y, 12, 31), label: String(y) };
  return anchorOf(period);
}

/** The month a plan of one whole month covers (`План на сентябрь 2018`), for its bare days. */
function monthOfPlan(period: PlanPeriod | null | undefined): { y: number; m: number } | null {
  if (!period || typeof period.start !== "string" || typeof period.end !== "string") return null;
  const s = /^(\d{4})-(\d{2})-01$/.exec(period.start);
  if (!s) return null;
  const [y, m] = [Number(s[1]), Number(s[2])];
  return m >= 1 && m <= 12 && period.end === monthEnd(y, m) ? { y, m } : null;
}

/** The year a month falls in under an anchor that is not ambiguous, else null. */
function yearOfMonth(anchor: PeriodAnchor | null, m: number): number | null {
  if (!anchor || anchor.multi) return null;
  return m >= anchor.month ? anchor.year : anchor.year + 1;
}

/** The anchor and the month of bare days for a row, from the plan period and its section's heading. */
export function placementOf(period: PlanPeriod | null | undefined, section: string | null | undefined): Placement {
  const base = anchorOf(period);
  const heading = sectionContext(section);
  if (!heading) return { anchor: base, dayMonth: monthOfPlan(period) };
  if (heading.kind === "year") return { anchor: yearAnchor(heading.year, false) ?? base, dayMonth: null };
  if (heading.kind === "school-year") return { anchor: yearAnchor(heading.year, true) ?? base, dayMonth: null };
  // A day's heading gives its day to times alone; dates written whole are read as written.
  if (heading.kind === "day") return { anchor: base, dayMonth: monthOfPlan(period), day: heading.day };
  const y = heading.year ?? yearOfMonth(base, heading.month);
  if (y === null) return { anchor: base, dayMonth: null };
  const dayMonth = { y, m: heading.month };
  // The heading's month is in the plan's twelve months: the plan period places the other months.
  if (base && !base.multi) return { anchor: base, dayMonth };
  // Otherwise the twelve months from the heading's month do.
  const window: PlanPeriod = { start: isoDate(y, heading.month, 1), end: isoDate(y + 1, heading.month, 1), label: "" };
  const anchor = anchorOf(window);
  return { anchor: anchor ? { ...anchor, multi: false, school: false } : base, dayMonth };
}
