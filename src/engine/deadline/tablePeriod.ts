import { addDays, isoDate } from "./calendar";
import { parseDeadline } from "./parse";
import { planPeriodFromTexts } from "./planPeriod";
import { isOneSchoolYear, preparationRunUp, withRunUp } from "./preparation";
import { saysBeforeSchoolYearBegins, withSummerOpening } from "./summerOpening";
import type { PlanPeriod } from "./types";

/** What of a plan table its period is read from: the lines above it and its deadline cells. */
export interface TableForPeriod {
  preamble: readonly { text: string }[];
  columns: readonly { role: string; key: string }[];
  rows: readonly { cells: Readonly<Record<string, string>> }[];
}

/**
 * The period a table is checked in when the user gave none: its title's (else `above`, the period
 * of the table above it on the sheet), opened to the summer before a school year when the plan's
 * rows begin there.
 */
export function planPeriodOfTable(table: TableForPeriod, above: PlanPeriod | null = null): PlanPeriod | null {
  const keys = table.columns.filter((c) => c.role === "deadline").map((c) => c.key);
  const preamble = table.preamble.map((p) => p.text);
  // A plan preparing for the school year to come names that year only as its aim: the run-up is its period.
  const read = planPeriodFromTexts(preamble);
  const preparing = read === null || isOneSchoolYear(read) ? preparationRunUp(preamble, deadlineCells(table.rows, keys)) : null;
  if (preparing && (read === null || read.start === addDays(preparing.end, 1))) return preparing;
  const titled = read ?? above ?? yearOfTheTasks(table, keys);
  // The run-up to a school year is read first: a plan of the year itself is left as it was.
  const runUp = withRunUp(titled, preamble, deadlineCells(table.rows, keys));
  return runUp !== titled ? runUp : withSummerOpening(titled, deadlineCells(table.rows, keys), saysBeforeSchoolYearBegins(preamble));
}

/**
 * The deadline cells in row order, handed over as they are read: most plans are no school year,
 * or date their first rows in it, and then no cell past the first few is looked at.
 */
function* deadlineCells(rows: TableForPeriod["rows"], keys: readonly string[]): Generator<string> {
  for (const row of rows) {
    for (const key of keys) {
      const text = row.cells[key];
      if (typeof text === "string") yield text;
    }
  }
}

/**
 * `Разработка плана мероприятий по проведению в 2024 году Года качества` as the first task of a plan
 * copied with no title: the tasks name one year, and only with its year word (`в 2024 году`, `w roku
 * 2024`, `у 2024 році`), never in a date or a document's number. The plan is that calendar year when
 * its deadlines write no year of their own and their months, read in it, never turn back (a school
 * year's September to May would).
 */
export function yearOfTheTasks(table: TableForPeriod, deadlineKeys: readonly string[]): PlanPeriod | null {
  const tasks = table.columns.filter((c) => c.role === "activity").map((c) => c.key);
  let year: number | null = null;
  let named = false;
  for (const row of table.rows) {
    for (const key of tasks) {
      const text = row.cells[key];
      if (typeof text !== "string") continue;
      for (const m of text.matchAll(ANY_YEAR)) {
        const y = Number(m[1]);
        if (year !== null && y !== year) return null;
        year = y;
        if (IN_THE_YEAR.test(text.slice(Math.max(0, m.index - 3), m.index + 20).toLowerCase())) named = true;
      }
    }
  }
  if (year === null || !named) return null;
  const period: PlanPeriod = { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31), label: String(year) };
  let last = "";
  let dated = 0;
  for (const text of deadlineCells(table.rows, deadlineKeys)) {
    if (ANY_YEAR.test(text) || /\d{1,2}[./]\d{1,2}[./]\d{2}(?!\d)/u.test(text)) return null;
    ANY_YEAR.lastIndex = 0;
    const d = parseDeadline(text, { period });
    const start = d.start ?? d.end;
    if (d.kind === "continuous" || d.kind === "recurring" || d.kind === "event" || start === null) continue;
    if (start < last) return null;
    last = start;
    dated++;
  }
  return dated > 0 ? period : null;
}

/** A year in figures standing alone (not a date's, a number's or a span's part). */
const ANY_YEAR = /(?<![\d./\\№-])((?:19|20)\d\d)(?![\d./\\-])/gu;
/** The year said as such: `в 2024 году`, `у 2024 році`, `w roku 2024`, `през 2024 г.`, `in 2024`. */
const IN_THE_YEAR = /(?:^|\s)(?:в|у|во|през|w|in)\s+(?:roku\s+)?(?:19|20)\d\d\s*(?:году|г\.|годе|році|р\.|roku|r\.|година|г\b)?|(?:roku|rok)\s+(?:19|20)\d\d/u;
