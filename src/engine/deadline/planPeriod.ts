import { isoDate, parseIsoDate } from "./calendar";
import { MAX_YEAR, MIN_YEAR } from "./parsers/numbers";
import { parsePart } from "./parsers/span";
import { resolveParts } from "./resolve";
import { fold, tokenize } from "./text";
import type { PlanPeriod } from "./types";
import { monthOf, VOCABULARY } from "./vocabulary";

/**
 * The period a plan covers, from its title lines or the `--period` option.
 * A year is 1 January to 31 December; two years with a dash are calendar years (`на 2020-2021
 * годы`); two consecutive years with a slash, or with a school word, are a school year
 * (`2017/2018`, `w roku szkolnym 2017/2018`): 1 September to 31 August.
 */

const YEAR_PAIR = /^(\d{4})\s*([-/\u2010-\u2015\u2212])\s*(\d{4}|\d{2})$/;
const SINGLE_YEAR = /^\d{4}$/;
const ISO_SPAN = /^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|\/|[\u2013\u2014])\s*(\d{4}-\d{2}-\d{2})$/;
// A year or a pair of years standing on their own: not inside a date (`25.04.2019`) or a number.
const PERIOD_IN_LINE =
  /(?<![\p{L}\p{N}./\\-])((?:19|20|21)\d\d)(?:\s*([-/\u2010-\u2015\u2212])\s*((?:19|20|21)\d\d|\d\d)(?![\p{N}]|[./-]\d))?(?![\p{N}]|[./]\d)/gu;
// `2025-2026 н.р.`, `2025-2026 уч. г.`, `2024-25 AY`: school years by their abbreviations.
const SCHOOL_ABBREVIATION = /(?<!\p{L})(?:н\.\s*р|навч\.\s*р|уч\.\s*г|уч\.\s*год|r\.\s*szk|r\.\s*s)(?!\p{L})/u;
const LIST_ITEM = /^\s*(?:\d+[.)]|[a-zа-я]\)|[-•▪✓*\u2022\uF02D])/iu;
const LETTERS = /\p{L}/gu;
const UPPER = /\p{Lu}/gu;
const ANY_YEAR = /(?<!\p{N})((?:19|20|21)\d\d)(?!\p{N})/gu;
// A run of years that ended this long before another year of the same line is history, not the plan's.
const HISTORY_YEARS = 10;
const LONG_LINE = 250;
const SHORT_LINE = 60;

function yearsPeriod(from: number, to: number, school: boolean, label: string): PlanPeriod | null {
  if (from < MIN_YEAR || to > MAX_YEAR || to < from || (school && to === from)) return null;
  return school
    ? { start: isoDate(from, 9, 1), end: isoDate(to, 8, 31), label }
    : { start: isoDate(from, 1, 1), end: isoDate(to, 12, 31), label };
}

function secondYear(from: number, written: string): number {
  return written.length === 2 ? from - (from % 100) + Number(written) : Number(written);
}

/** `--period 2019` | `2020-2021` | `2018/2019` | `2018/19` | `2019-09-01..2020-06-30`; null for anything else. */
export function parsePeriodOption(s: string): PlanPeriod | null {
  const text = typeof s === "string" ? s.trim() : "";
  if (SINGLE_YEAR.test(text)) return yearsPeriod(Number(text), Number(text), false, text);
  const pair = YEAR_PAIR.exec(text);
  if (pair) {
    const from = Number(pair[1]);
    const to = secondYear(from, pair[3]);
    if (to <= from) return null;
    return yearsPeriod(from, to, pair[2] === "/", `${pair[1]}${pair[2] === "/" ? "/" : "-"}${pair[3]}`);
  }
  const span = ISO_SPAN.exec(text);
  if (span && parseIsoDate(span[1]) && parseIsoDate(span[2]) && span[1] <= span[2]) {
    return { start: span[1], end: span[2], label: text };
  }
  return null;
}

/** A range of months or days with their years (`на сентябрь 2025 – май 2026 года`), read as a deadline is. */
function spanInLine(line: string): PlanPeriod | null {
  const tokens = tokenize(line);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== "num" && monthOf(tokens[i]) === undefined) continue;
    const part = parsePart(tokens, i);
    if (!part || !part.value.right) continue;
    const read = resolveParts([part.value], tokens, line, line, null);
    if (typeof read === "string" || read.kind !== "range" || !read.start || !read.end || read.parts) continue;
    return { start: read.start, end: read.end, label: line.slice(tokens[part.value.left.from].start, tokens[part.next - 1].end) };
  }
  return null;
}

/**
 * One month or one day with its year (`на сентябрь 2018 года`, `на 6 марта 2021 года`), read as a
 * deadline is. Only for a title: a lone date elsewhere above a table is an approval's or a
 * meeting's, not the plan's.
 */
function monthOrDayInLine(line: string): PlanPeriod | null {
  const tokens = tokenize(line);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== "num" && monthOf(tokens[i]) === undefined) continue;
    const part = parsePart(tokens, i);
    if (!part || part.value.right) continue;
    const read = resolveParts([part.value], tokens, line, line, null);
    if (typeof read === "string" || (read.kind !== "month" && read.kind !== "date") || !read.start || !read.end || read.parts) continue;
    return { start: read.start, end: read.end, label: line.slice(tokens[part.value.left.from].start, tokens[part.next - 1].end) };
  }
  return null;
}

/** The first period a line names, or null. `title`: the line belongs to a plan's title. */
function periodInLine(line: string, folded: string, admission: boolean, title: boolean): PlanPeriod | null {
  const span = spanInLine(line);
  if (span) return span;
  if (title) {
    const single = monthOrDayInLine(line);
    if (single) return single;
  }
  const latest = latestYear(line);
  PERIOD_IN_LINE.lastIndex = 0;
  for (let m = PERIOD_IN_LINE.exec(line); m !== null; m = PERIOD_IN_LINE.exec(line)) {
    const from = Number(m[1]);
    if (m[3] === undefined) return yearsPeriod(from, from, false, m[1]);
    const to = secondYear(from, m[3]);
    if (to <= from) continue; // `2019-06-01` and the like
    // Years long past beside the plan's own (`годовщине победы ... 1941 — 1945 гг., 5 мая 2006 года`)
    // are what is remembered, not when the work is done.
    if (latest - to > HISTORY_YEARS) continue;
    const slash = m[2] === "/";
    const school = to === from + 1 && (slash || VOCABULARY.schoolWords.test(folded) || SCHOOL_ABBREVIATION.test(folded));
    const label = `${m[1]}${slash ? "/" : "-"}${m[3]}`;
    // Admission for the school year 2018-2019 happens in 2018, before that year begins.
    if (school && admission) return yearsPeriod(from, from, false, m[1]);
    const period = yearsPeriod(from, to, school, label);
    if (period) return period;
  }
  return null;
}

/** The latest four-digit year written in a line (in a date too), or 0. */
function latestYear(line: string): number {
  let latest = 0;
  for (const m of line.matchAll(ANY_YEAR)) latest = Math.max(latest, Number(m[1]));
  return latest;
}

function mostlyUpperCase(line: string): boolean {
  const letters = line.match(LETTERS)?.length ?? 0;
  return letters >= 4 && (line.match(UPPER)?.length ?? 0) >= letters * 0.8;
}

function days(p: PlanPeriod): number {
  return Date.parse(p.end) - Date.parse(p.start);
}

/**
 * The plan period from the lines above a table (title, approvals, intro, glossary). Title-like lines
 * win: a line that names a plan (`ГОДИШЕН ПЛАН ... – 2019 ГОДИНА`, `Plan pracy ... w roku szkolnym
 * 2017/2018`), or the line after one (a title split over two rows: `План мероприятий («дорожная
 * карта»)` / `по внедрению ... на 2020-2021 годы`). Long paragraphs, lines citing laws or decisions
 * and list items do not count: their years are references (`стратегия ... 2018-2019 година`).
 * Among equal lines the shortest period wins, then the first. Null when no line qualifies.
 */
export function planPeriodFromTexts(texts: string[]): PlanPeriod | null {
  // A title written in one cell over several lines names the plan on one and its period on another.
  const lines = (Array.isArray(texts) ? texts : []).flatMap((t) => {
    if (typeof t !== "string") return [];
    const cellNamesPlan = t.length <= LONG_LINE && VOCABULARY.planWords.test(fold(t));
    return t
      .split(/\r\n|\r|\n/)
      .map((l) => l.trim())
      .filter((l) => l !== "")
      .map((line) => ({ line, cellNamesPlan }));
  });
  let best: { period: PlanPeriod; score: number } | null = null;
  let previousNamesPlan = false;
  let previousAdmits = false;
  for (const { line, cellNamesPlan } of lines) {
    const folded = fold(line);
    const namesPlan = VOCABULARY.planWords.test(folded);
    // A title split over two lines names the admission on one and the school year on the next.
    const admits = VOCABULARY.admissionWords.test(folded);
    // Not the line after a plan's name: that may be a paragraph about the plan, or an event's own day.
    const title = namesPlan || cellNamesPlan;
    const period = periodInLine(line, folded, admits || previousAdmits, title);
    if (period) {
      let score = namesPlan ? 4 : previousNamesPlan ? 2 : 0;
      if (mostlyUpperCase(line)) score += 1;
      if (line.length <= SHORT_LINE) score += 1;
      if (line.length > LONG_LINE) score -= 5;
      if (VOCABULARY.referenceWords.test(folded)) score -= 5;
      if (LIST_ITEM.test(line)) score -= 5;
      const better =
        score > 0 && (!best || score > best.score || (score === best.score && days(period) < days(best.period)));
      if (better) best = { period, score };
    }
    previousNamesPlan = namesPlan;
    previousAdmits = admits;
  }
  return best?.period ?? null;
}
