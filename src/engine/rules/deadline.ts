import { isTimeOfDayOnly, type Deadline, type PlanPeriod, type UnparsedReason } from "../deadline";
import type { Finding } from "../finding";
import { cellAddress, type PlanColumn, type PlanTable } from "../plan";
import { cellsOfSeveralRows, isFilled, rowFinding } from "./cells";
import { columnFinding, examplesOf, isFlood } from "./coherence";
import { namesSomeoneOnly } from "./column-trust";
import { tableFacts } from "./facts";
import { holdsAPlacedDay } from "./placed-day";
import { holdsOneWholeDate } from "./whole-date";
import { outsideAsWritten } from "./year-written";
import { memoize } from "../memo";
import { rowMeanings } from "../row-meaning";
import type { CheckContext, Rule } from "./types";

/** What joins the two ends of a range: a dash or a slash (`Октябрь 2021 – июль 2020`, `Styczeń/luty`). */
const RANGE_JOIN = /^\s*[-‐‑‒–—―/]\s*$/u;

/**
 * Deadline cells that say something PlanCheck cannot use: text that names no date, month,
 * period or event, or not surely (`deadline.unparsed`, with `params.reason`: `unknown-form`,
 * `year-missing`, `ambiguous` or `several-dates`, and a fix that says what to write), a range written
 * back to front (`deadline.reversed`), and a deadline wholly outside the plan's period
 * (`deadline.outside-period`: it ends before the period starts, or begins — or, for a `by`
 * deadline, falls due — after it ends). A deadline that only runs over the period's edge, as
 * school-year tasks in a calendar-year plan do, is not a finding. Empty cells are the gap rules'.
 * Each cell is read with its row's section heading (`СЕНТЯБРЬ`, `2026 рік`), which may give the
 * month or year the cell leaves out.
 * Given the date of the check (`today`), a dated deadline that has already passed is
 * `deadline.past`: a plan going out should not promise work for a day gone by.
 * When one of these fires on most of the column (see coherence.ts), it is said once instead:
 * `deadline.column-unread` at the column's header, `deadline.period-mismatch` where the period was
 * read, `deadline.mostly-past` at the header.
 */
export const deadlineRule: Rule = {
  id: "deadline",
  codes: ["deadline.unparsed", "deadline.reversed", "deadline.outside-period", "deadline.past", "deadline.column-unread", "deadline.period-mismatch", "deadline.mostly-past"],
  run(table: PlanTable, ctx: CheckContext): Finding[] {
    const column = table.columns.find((c) => c.role === "deadline");
    if (!column) return [];
    const key = column.key;
    const unparsed: Finding[] = [];
    const reversed: Finding[] = [];
    const outsidePeriod: Finding[] = [];
    const pastDue: Finding[] = [];
    // Cells read (each merged cell once), and of those the ones that name a date or a period of days.
    let read = 0;
    let dated = 0;
    const meanings = rowMeanings(table, ctx);
    const { checkable } = tableFacts(table);
    // A cell merged down over several rows (`Quarter 1` beside each of its tasks) is one deadline
    // as written: said once, at its cell, not once for every row it spans.
    const said = new Set<string>();
    const merged = cellsOfSeveralRows(table, key);
    // Whether an unread cell still writes a day as a reader takes it. Within one table it depends on
    // the text and its reading alone, and a plan repeats an unread deadline (`при подаден сигнал`)
    // row after row: each reading of a text is asked once.
    const asWritten = new Map<Deadline, { text: string; yes: boolean }>();
    // The same text is read anew under each section heading; whether it holds a whole date is not.
    const wholeDate = memoize(holdsOneWholeDate);
    const readAsWritten = (text: string, d: Deadline): boolean => {
      const known = asWritten.get(d);
      if (known !== undefined && known.text === text) return known.yes;
      const yes =
        // The plan wrote a whole date; only the words beside it were not placed (whole-date.ts).
        wholeDate(text) ||
        // The plan wrote a day its period places; only the form around it was not read (placed-day.ts).
        holdsAPlacedDay(text, d, ctx.period);
      asWritten.set(d, { text, yes });
      return yes;
    };
    // A cell read as one deadline is checked as a list of one: the same list for every row, as no
    // reading is kept past its row.
    const one: Deadline[] = [];
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      const text = row.cells[key];
      if (!checkable[i] || !isFilled(text)) continue;
      // With no merged cell in the column no row shares one: no address is needed.
      const cell = merged.size === 0 ? undefined : cellAddress(row, column);
      if (cell !== undefined && merged.has(cell)) {
        if (said.has(cell)) continue;
        said.add(cell);
      }
      const d = meanings.deadline(i, key)!;
      // Separate dates each read (`месец декември 2019 г. месец април 2019 г.`) are checked one by one.
      const several = d.kind === "unparsed" && d.reason === "several-dates" && (d.parts?.length ?? 0) > 0;
      let readings: readonly Deadline[];
      if (several) readings = d.parts!;
      else {
        one[0] = d;
        readings = one;
      }
      read++;
      if (readings.some(isDated)) dated++;
      const outside = ctx.period ? firstOf(readings, isOutside, ctx.period) : undefined;
      const past = ctx.today ? firstOf(readings, isPast, ctx.today) : undefined;
      if (d.kind === "unparsed" && !several && headsDatedRows(table, i, key, text, (k) => meanings.deadline(k, key))) continue;
      if (d.kind === "unparsed" && !several && readAsWritten(text, d)) continue;
      if (d.kind === "unparsed" && !several) {
        const reason: UnparsedReason = d.reason ?? "unknown-form";
        unparsed.push(
          rowFinding(table, row, key, "deadline.unparsed", "warning", { reason, variant: reason }, {
            key: UNPARSED_FIX[reason],
            params: { period: ctx.period?.label ?? "" },
          }),
        );
      } else if (isReversed(d)) {
        const [first, second] = d.parts!;
        reversed.push(
          rowFinding(table, row, key, "deadline.reversed", "error", { start: first.start!, end: second.end! }, {
            value: `${second.text} – ${first.text}`,
            key: "fix.deadline.reversed",
            params: {},
          }),
        );
      } else if (ctx.period && outside && outsideAsWritten(text, row.section, ctx.period)) {
        outsidePeriod.push(
          rowFinding(table, row, key, "deadline.outside-period", "warning", { period: ctx.period.label, start: outside.start ?? "", end: outside.end ?? "" }, {
            key: "fix.deadline.outside-period",
            params: { period: ctx.period.label },
          }),
        );
      } else if (ctx.today && past) {
        pastDue.push(
          rowFinding(table, row, key, "deadline.past", "warning", { end: past.end!, today: ctx.today }, {
            key: "fix.deadline.past",
            params: { today: ctx.today },
          }),
        );
      }
    }
    // Unreadable cells in most of the column: the column is likely not the deadline column, or every
    // deadline lacks the same thing (the year, in a plan that names no period). One finding says so.
    // Cells naming people or bodies in most of the column (`Lead` over `All teachers`, `Срок` over
    // `Министерство образования…`) say the column is the responsible one under the wrong heading:
    // one finding at the heading, not one per row.
    const out = isFlood(unparsed.length, read) || namesSomeoneMostly(unparsed, read) ? [unreadColumn(table, column, unparsed, read, ctx)] : unparsed;
    // A reversed range is read surely at both ends: each is the writer's slip and keeps its finding.
    out.push(...reversed);
    // Most dated deadlines outside the period: the period was misread, or the plan was copied from
    // another year without its dates. Either way the period and the dates disagree as a whole.
    if (ctx.period && isFlood(outsidePeriod.length, dated)) out.push(periodMismatch(table, column, outsidePeriod, dated, ctx));
    else out.push(...outsidePeriod);
    // Most dated deadlines already past: an earlier year's plan, not a plan with late tasks.
    if (ctx.today && isFlood(pastDue.length, dated)) {
      out.push(columnFinding(table, column, "deadline.mostly-past", "warning", pastDue, dated, { today: ctx.today, examples: examplesOf(pastDue.map((f) => f.value)) }, {
        key: "fix.deadline.mostly-past",
        params: { today: ctx.today },
      }));
    } else out.push(...pastDue);
    return out;
  },
};

/**
 * Why most of a column's cells could not be read, when most of them share a reason (`year-missing`,
 * `ambiguous`): that reason picks the message and fix. Otherwise (`unknown-form`, or mixed) the
 * column may hold something else than deadlines: hours, day numbers, classes.
 */
function unreadColumn(table: PlanTable, column: PlanColumn, unparsed: Finding[], read: number, ctx: CheckContext): Finding {
  const counts = new Map<string, number>();
  for (const f of unparsed) counts.set(String(f.params.reason), (counts.get(String(f.params.reason)) ?? 0) + 1);
  let variant = "unknown-form";
  for (const [reason, n] of counts) if (n * 2 > unparsed.length && (reason === "year-missing" || reason === "ambiguous")) variant = reason;
  const fix = variant === "unknown-form" ? "fix.deadline.column-unread" : UNPARSED_FIX[variant as UnparsedReason];
  return columnFinding(table, column, "deadline.column-unread", "warning", unparsed, read, { variant, examples: examplesOf(unparsed.map((f) => f.value)) }, {
    key: fix,
    params: { period: ctx.period?.label ?? "", column: column.column },
  });
}

/**
 * The table's dated deadlines against the plan period, said once: at the cell the period was read
 * from (the title line) when it was read, else at the deadline column's header.
 */
function periodMismatch(table: PlanTable, column: PlanColumn, outside: Finding[], dated: number, ctx: CheckContext): Finding {
  const period = ctx.period!;
  const origin = ctx.periodOrigin?.() ?? null;
  const f = columnFinding(table, column, "deadline.period-mismatch", "warning", outside, dated, {
    period: period.label,
    variant: origin?.from ?? "none",
    source: origin?.line ?? "",
    examples: examplesOf(outside.map((x) => x.value)),
  }, { key: "fix.deadline.period-mismatch", params: { period: period.label } });
  if (origin?.cell) {
    f.sheet = origin.sheet ?? f.sheet;
    f.cell = origin.cell;
    f.value = origin.line ?? f.value;
  }
  return f;
}

/**
 * `OPEN MORNINGS | 9am to 11.15am` over rows that give the days and no task of their own: the
 * time is the group's hours, its days are below, and nothing is missing. A time alone on a task's
 * own row still names no day.
 */
function headsDatedRows(table: PlanTable, i: number, key: string, text: string, deadlineOf: (row: number) => Deadline | null): boolean {
  const below = table.rows[i + 1];
  if (!below || !isTimeOfDayOnly(text) || isFilled(below.cells.activity)) return false;
  const d = deadlineOf(i + 1);
  return d !== null && (isDated(d) || (d.parts?.some(isDated) ?? false));
}

/** The first reading that passes a test against the period or the day, with no function made for each row. */
function firstOf<A>(readings: readonly Deadline[], test: (d: Deadline, against: A) => boolean, against: A): Deadline | undefined {
  for (let i = 0; i < readings.length; i++) if (test(readings[i], against)) return readings[i];
  return undefined;
}

/** A reading that names days: a date, a month, a range, a term, a year; not unread, ongoing, recurring or event work. */
function isDated(d: Deadline): boolean {
  return !isUndated(d) && d.kind !== "unparsed" && (d.start !== null || d.end !== null);
}

/** What to write instead, by why the cell could not be read. */
const UNPARSED_FIX: Record<UnparsedReason, string> = {
  "unknown-form": "fix.deadline.forms",
  "year-missing": "fix.deadline.year-missing",
  ambiguous: "fix.deadline.ambiguous",
  "several-dates": "fix.deadline.several-dates",
};

/**
 * A range whose first end comes after its second, joined by a dash. Two periods merely listed
 * out of order (`месец декември 2019 г. месец април 2019 г.`) are two dates, not a reversed range.
 */
function isReversed(d: Deadline): boolean {
  if (d.kind !== "range" || !d.parts || d.parts.length !== 2) return false;
  const [a, b] = d.parts;
  if (!a.start || !b.end || a.start <= b.end) return false;
  const from = d.text.indexOf(a.text);
  const to = d.text.indexOf(b.text, from + a.text.length);
  return from >= 0 && to >= 0 && RANGE_JOIN.test(d.text.slice(from + a.text.length, to));
}

/** Work that goes on or recurs through the plan period, or waits for an event, is never outside it nor past. */
function isUndated(d: Deadline): boolean {
  return d.kind === "continuous" || d.kind === "recurring" || d.kind === "event";
}

/** Dated work wholly outside the plan period (a `by` date past its end too); the timeline marks the same work. */
export function isOutside(d: Deadline, period: PlanPeriod): boolean {
  if (isUndated(d) || d.kind === "unparsed") return false;
  if (d.end !== null && d.end < period.start) return true;
  if (d.start !== null && d.start > period.end) return true;
  return d.kind === "by" && d.end !== null && d.end > period.end;
}

/** A deadline with a last day before today; continuous, recurring and event-driven work never passes. */
function isPast(d: Deadline, today: string): boolean {
  if (isUndated(d) || d.kind === "unparsed" || d.end === null) return false;
  return d.end < today;
}

/** Two or more unread cells naming only people, posts or bodies, in more than half of the cells read. */
function namesSomeoneMostly(unparsed: readonly Finding[], read: number): boolean {
  let someone = 0;
  for (const f of unparsed) if (namesSomeoneOnly(f.value)) someone++;
  return someone >= 2 && someone * 2 > read;
}
