import type { Deadline, PlanPeriod, UnparsedReason } from "../deadline";
import type { Finding } from "../finding";
import type { PlanTable } from "../plan";
import { isFilled, rowFinding } from "./cells";
import { tableFacts } from "./facts";
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
 */
export const deadlineRule: Rule = {
  id: "deadline",
  codes: ["deadline.unparsed", "deadline.reversed", "deadline.outside-period", "deadline.past"],
  run(table: PlanTable, ctx: CheckContext): Finding[] {
    const column = table.columns.find((c) => c.role === "deadline");
    if (!column) return [];
    const key = column.key;
    const out: Finding[] = [];
    const meanings = rowMeanings(table, ctx);
    const { checkable } = tableFacts(table);
    // A cell merged down over several rows (`Quarter 1` beside each of its tasks) is one deadline
    // as written: said once, at its cell, not once for every row it spans.
    const said = new Set<string>();
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      const text = row.cells[key];
      if (!checkable[i] || !isFilled(text)) continue;
      const cell = row.refs[key];
      if (cell !== undefined && said.has(cell)) continue;
      if (cell !== undefined) said.add(cell);
      const d = meanings.deadline(i, key)!;
      // Separate dates each read (`месец декември 2019 г. месец април 2019 г.`) are checked one by one.
      const several = d.kind === "unparsed" && d.reason === "several-dates" && (d.parts?.length ?? 0) > 0;
      const readings = several ? d.parts! : [d];
      const outside = ctx.period ? readings.find((r) => isOutside(r, ctx.period!)) : undefined;
      const past = ctx.today ? readings.find((r) => isPast(r, ctx.today!)) : undefined;
      if (d.kind === "unparsed" && !several) {
        const reason: UnparsedReason = d.reason ?? "unknown-form";
        out.push(
          rowFinding(table, row, key, "deadline.unparsed", "warning", { reason, variant: reason }, {
            key: UNPARSED_FIX[reason],
            params: { period: ctx.period?.label ?? "" },
          }),
        );
      } else if (isReversed(d)) {
        const [first, second] = d.parts!;
        out.push(
          rowFinding(table, row, key, "deadline.reversed", "error", { start: first.start!, end: second.end! }, {
            value: `${second.text} – ${first.text}`,
            key: "fix.deadline.reversed",
            params: {},
          }),
        );
      } else if (ctx.period && outside) {
        out.push(
          rowFinding(table, row, key, "deadline.outside-period", "warning", { period: ctx.period.label, start: outside.start ?? "", end: outside.end ?? "" }, {
            key: "fix.deadline.outside-period",
            params: { period: ctx.period.label },
          }),
        );
      } else if (ctx.today && past) {
        out.push(
          rowFinding(table, row, key, "deadline.past", "warning", { end: past.end!, today: ctx.today }, {
            key: "fix.deadline.past",
            params: { today: ctx.today },
          }),
        );
      }
    }
    return out;
  },
};

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

function isOutside(d: Deadline, period: PlanPeriod): boolean {
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
