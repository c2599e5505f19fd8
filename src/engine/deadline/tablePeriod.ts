import { addDays, isoDate } from "./calendar";
import { parseDeadline } from "./parse";
import { planPeriodFromTexts } from "./planPeriod";
import { isOneSchoolYear, preparationRunUp, withRunUp } from "./preparation";
import { isYearRoundWork, saysBeforeSchoolYearBegins, withSummerOpening } from "./summerOpening";
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
  const titled = read ?? above ?? yearOfTheTasks(table, keys) ?? schoolYearOfTheTerms(table) ?? yearOfTheColumn(table, keys);
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
 * year's September to May would, by more than a month).
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
  return inTurnWithin(year, deadlineCells(table.rows, deadlineKeys), false);
}

/** A school term named with its year and nothing else (`Autumn 2024`, `Spring Term 2025`). */
const TERM_AND_YEAR = /^(autumn|spring|summer)(?:\s+term)?\s+((?:19|20)\d\d)$/iu;

/**
 * `Autumn 2024 | 2nd Sept – 20th Dec`, `Spring 2025 | 6th Jan – 4th April`: a table of terms, each
 * row naming its term and year and its deadline the days with no year. Every year the rows write
 * is a term's, at least two terms are named, and all of them fall in one school year: the plan is
 * that school year.
 */
export function schoolYearOfTheTerms(table: TableForPeriod): PlanPeriod | null {
  // The terms' column is headed `Term`, which names no task: every column but the deadline's is read.
  const tasks = table.columns.filter((c) => c.role !== "deadline").map((c) => c.key);
  let first: number | null = null;
  let last = "";
  let terms = 0;
  for (const row of table.rows) {
    for (const key of tasks) {
      const text = row.cells[key];
      if (typeof text !== "string" || !ANY_YEAR_ONCE.test(text)) continue;
      const m = TERM_AND_YEAR.exec(text.trim());
      if (!m) return null;
      const term = parseDeadline(`${m[1]} term ${m[2]}`);
      if (term.kind !== "half-year" || term.start === null || term.end === null) return null;
      const opens = Number(term.start.slice(5, 7)) >= 8 ? Number(m[2]) : Number(m[2]) - 1;
      if (first !== null && opens !== first) return null;
      // Terms in their order: a term before the one above it is another year's list.
      if (term.start < last) return null;
      first = opens;
      last = term.start;
      terms++;
    }
  }
  if (first === null || terms < 2) return null;
  return { start: isoDate(first, 9, 1), end: isoDate(first + 1, 8, 31), label: `${first}/${first + 1}` };
}

/**
 * `04 April-2022`, then `18 April`, `02 May` … `06,07,08, Oct.`: a column whose first dated cell writes
 * its year, no other cell writing one, and whose other days and months, read in that year, run on in
 * turn after it. The plan is that calendar year; a column that turns back by more than a month (a
 * school year's September to May) or writes a second year is not read so.
 */
export function yearOfTheColumn(table: TableForPeriod, deadlineKeys: readonly string[]): PlanPeriod | null {
  for (const text of deadlineCells(table.rows, deadlineKeys)) {
    const d = parseDeadline(text);
    if (d.kind === "unparsed" && d.reason === "year-missing") return null;
    const start = d.start ?? d.end;
    if (isYearRoundWork(d) || d.kind === "unparsed" || start === null) continue;
    const year = Number(start.slice(0, 4));
    return d.end !== null && d.end.slice(0, 4) === start.slice(0, 4) ? inTurnWithin(year, deadlineCells(table.rows, deadlineKeys), true) : null;
  }
  return null;
}

/**
 * The calendar year `year` when the cells, read in it, are dated in turn and never turn back, at
 * least two of them with no year of their own; `yearWritten`: cells may write that year, and no other.
 */
function inTurnWithin(year: number, cells: Iterable<string>, yearWritten: boolean): PlanPeriod | null {
  const period: PlanPeriod = { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31), label: String(year) };
  let last = "";
  let yearless = 0;
  for (const text of cells) {
    const years = [...text.matchAll(ANY_YEAR)].map((m) => Number(m[1]));
    // Read alone, a cell that is dated writes its year (`20.12.2019`, `04 April-2022`).
    const alone = parseDeadline(text);
    if (alone.kind !== "unparsed" && !isYearRoundWork(alone) && alone.end !== null) years.push(Number(alone.end.slice(0, 4)), Number((alone.start ?? alone.end).slice(0, 4)));
    if ((!yearWritten && years.length > 0) || years.some((y) => y !== year) || SHORT_YEAR_DATE.test(text)) return null;
    const d = parseDeadline(text, { period });
    const start = d.start ?? d.end;
    if (isYearRoundWork(d) || start === null) continue;
    // A span may open a day or weeks before the row above it (`02 May`, then `01 May to 17 June`);
    // a year turned over (a school year's January after its December) goes back months.
    if (last !== "" && start < addDays(last, -TURN_BACK_DAYS)) return null;
    if (start > last) last = start;
    if (years.length === 0) yearless++;
  }
  return yearless >= (yearWritten ? 2 : 1) ? period : null;
}

/** How far a row may start before the latest start above it and still run on in turn. */
const TURN_BACK_DAYS = 31;

/** A date with a two-figure year (`12.10.23`), which names a year ANY_YEAR does not see. */
const SHORT_YEAR_DATE = /\d{1,2}[./]\d{1,2}[./]\d{2}(?!\d)/u;

/** A year in figures anywhere in a cell. */
const ANY_YEAR_ONCE = /(?:19|20)\d\d/u;

/** A year in figures standing alone (not a date's, a number's or a span's part). */
const ANY_YEAR = /(?<![\d./\\№-])((?:19|20)\d\d)(?![\d./\\-])/gu;
/** The year said as such: `в 2024 году`, `у 2024 році`, `w roku 2024`, `през 2024 г.`, `in 2024`. */
const IN_THE_YEAR = /(?:^|\s)(?:в|у|во|през|w|in)\s+(?:roku\s+)?(?:19|20)\d\d\s*(?:году|г\.|годе|році|р\.|roku|r\.|година|г\b)?|(?:roku|rok)\s+(?:19|20)\d\d/u;
