import { addDays, isValidDate, isoDate, parseIsoDate } from "./calendar";
import { parseDeadline } from "./parse";
import { isYearRoundWork } from "./summerOpening";
import type { Deadline, PlanPeriod } from "./types";

/**
 * A schedule published for the school year to come (`Terminy … arkuszy organizacji … na rok szkolny
 * 2022/2023`, dated `16 marca 2022` above its table) whose deadlines are the run-up to that year:
 * `do 21 kwietnia` is the April after the date it was published, not the April of the school year.
 * Its period is from that date to the eve of the school year, but only when every dated deadline
 * of the table falls there; one that does not, and the school year stays the period.
 */

/** The longest a line holding only the document's date runs (`16 marca 2022`, `Szczecin, 16.03.2022 r.`). */
const DATE_LINE_LENGTH = 40;
/** A date this close to the school year's start is the plan's own approval, not a run-up. */
const RUN_UP_DAYS = 30;
/** At least this many deadlines must say so. */
const MIN_DEADLINES = 2;

export function withRunUp(period: PlanPeriod | null, preamble: readonly string[], cellsInRowOrder: Iterable<string>): PlanPeriod | null {
  if (!period || !isOneSchoolYear(period)) return period;
  const published = documentDate(preamble);
  if (published === null || published >= addDays(period.start, -RUN_UP_DAYS) || published < addDays(period.start, -365)) return period;
  const runUp: PlanPeriod = { start: published, end: addDays(period.start, -1), label: period.label };
  return datedWithin(runUp, cellsInRowOrder) >= MIN_DEADLINES ? runUp : period;
}

/** One school year: 1 September to 31 August of the next year. */
export function isOneSchoolYear(p: PlanPeriod): boolean {
  const start = parseIsoDate(p.start);
  const end = parseIsoDate(p.end);
  return !!start && !!end && start.m === 9 && start.d === 1 && end.m === 8 && end.d === 31 && end.y === start.y + 1;
}

/** The one whole date a short line above the table gives, the day the document was issued. */
function documentDate(preamble: readonly string[]): string | null {
  const dates = new Set<string>();
  for (const line of preamble) {
    if (typeof line !== "string" || line.trim().length > DATE_LINE_LENGTH) continue;
    const d = parseDeadline(line.trim(), {});
    if (d.kind === "date" && d.start !== null) dates.add(d.start);
  }
  return dates.size === 1 ? [...dates][0] : null;
}

/** How many of the cells, read within the run-up, are dated inside it; -1 when one is dated outside it. */
function datedWithin(runUp: PlanPeriod, cellsInRowOrder: Iterable<string>): number {
  let dated = 0;
  for (const text of cellsInRowOrder) {
    if (typeof text !== "string" || text.trim() === "") continue;
    const d = parseDeadline(text, { period: runUp });
    // Work all year round says nothing of when the table is, nor does a cell not read.
    if (isYearRoundWork(d) || d.kind === "unparsed") continue;
    if (!isWithin(d, runUp.start, runUp.end)) return -1;
    dated++;
  }
  return dated;
}


function isWithin(d: Deadline, from: string, to: string): boolean {
  const first = d.start ?? d.end;
  return d.kind !== "unparsed" && first !== null && d.end !== null && first >= from && d.end <= to;
}

/**
 * A plan preparing schools for the school year to come (`План подготовки образовательных учреждений к
 * новому 2008-2009 учебному году`), annexed to a decree or decision dated that spring or summer
 * (`Приложение к Решению от 05.06.2008 г № 293`): its work is the run-up, from that date to the eve of
 * the school year, so `До 15 августа` is the August before it. The title names the school year only
 * as the work's aim, which is why no plan period is read from it; only when every dated deadline
 * falls in the run-up (at least one) is it the period.
 */
const PREPARING_FOR: readonly RegExp[] = [
  // ru: `подготовки … к (новому) 2008-2009 учебному году`
  /подготов\p{L}*\s(?:.*\s)?к\s+(?:нов\p{L}*\s+)?(\d{4})\s*[-–—/]\s*(\d{4}|\d{2})(?!\d)\s+учебн\p{L}*\s+год/u,
  // uk: `підготовки … до (нового) 2008/2009 навчального року`
  /підготов\p{L}*\s(?:.*\s)?до\s+(?:нов\p{L}*\s+)?(\d{4})\s*[-–—/]\s*(\d{4}|\d{2})(?!\d)\s+навчальн\p{L}*\s+р/u,
  // bg: `подготовка … за (новата) 2024/2025 учебна година`
  /подготов\p{L}*\s(?:.*\s)?за\s+(?:новата\s+)?(\d{4})\s*[-–—/]\s*(\d{4}|\d{2})(?!\d)\s+учебна\s+година/u,
  // pl: `przygotowania … do (nowego) roku szkolnego 2024/2025`
  /przygotow\p{L}*\s(?:.*\s)?do\s+(?:nowego\s+)?roku\s+szkolnego\s+(\d{4})\s*[-–—/]\s*(\d{4}|\d{2})(?!\d)/u,
  // en: `preparation … for the (new) 2024/25 school year`
  /prepar\p{L}*\s(?:.*\s)?for\s+(?:the\s+)?(?:new\s+)?(\d{4})\s*[-–—/]\s*(\d{4}|\d{2})(?!\d)\s+(?:school|academic)\s+year/u,
];

/** A whole date in figures (`05.06.2008`, `25.04.2011 г`), as a decree's date is written. */
const FIGURE_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/gu;

/** The school year a title prepares for: its first year, and the years as the title writes them (`2008-2009`). */
function schoolYearPreparedFor(line: string): { year: number; label: string } | null {
  const lower = line.toLowerCase();
  for (const pattern of PREPARING_FOR) {
    const m = pattern.exec(lower);
    if (!m) continue;
    const first = Number(m[1]);
    const second = Number(m[2]);
    const written = [...m[0].matchAll(YEARS)].pop()?.[0];
    if (written && (second === first + 1 || (m[2].length === 2 && second === (first + 1) % 100))) return { year: first, label: written.replace(/\s+/gu, "") };
  }
  return null;
}

const YEARS = /\d{4}\s*[-–—/]\s*\d{2,4}/gu;

export function preparationRunUp(preamble: readonly string[], cellsInRowOrder: Iterable<string>): PlanPeriod | null {
  const years = new Map<number, string>();
  for (const line of preamble) {
    const found = typeof line === "string" ? schoolYearPreparedFor(line) : null;
    if (found !== null) years.set(found.year, found.label);
  }
  if (years.size !== 1) return null;
  const [[year, label]] = years;
  const eve = isoDate(year, 8, 31);
  // The document's date: one date in figures above the table, in the year before the school year begins.
  const dates = new Set<string>();
  for (const line of preamble) {
    if (typeof line !== "string") continue;
    for (const m of line.matchAll(FIGURE_DATE)) {
      const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (isValidDate(y, mo, d)) dates.add(isoDate(y, mo, d));
    }
  }
  if (dates.size !== 1) return null;
  const [issued] = dates;
  if (issued > eve || issued <= addDays(eve, -365)) return null;
  const runUp: PlanPeriod = { start: issued, end: eve, label };
  return datedWithin(runUp, cellsInRowOrder) >= 1 ? runUp : null;
}
