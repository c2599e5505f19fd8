import { parseDeadline, type Deadline, type PlanPeriod } from "../deadline";
import type { Finding } from "../finding";
import type { PlanTable } from "../plan";
import { isFilled, rowFinding } from "./cells";
import { tableFacts } from "./facts";
import { memoize } from "./memo";
import type { CheckContext, Rule } from "./types";

/** What joins the two ends of a range: a dash or a slash (`Октябрь 2021 – июль 2020`, `Styczeń/luty`). */
const RANGE_JOIN = /^\s*[-‐‑‒–—―/]\s*$/u;

/**
 * Deadline cells that say something PlanCheck cannot use: text that names no date, month,
 * period or event (`deadline.unparsed`, with the accepted forms as the fix), a range written
 * back to front (`deadline.reversed`), and a deadline wholly outside the plan's period
 * (`deadline.outside-period`: it ends before the period starts, or begins — or, for a `by`
 * deadline, falls due — after it ends). A deadline that only runs over the period's edge, as
 * school-year tasks in a calendar-year plan do, is not a finding. Empty cells are the gap rules'.
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
    const options = { period: ctx.period };
    const read = memoize((text) => parseDeadline(text, options));
    const { checkable } = tableFacts(table);
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      const text = row.cells[key];
      if (!checkable[i] || !isFilled(text)) continue;
      const d = read(text);
      if (d.kind === "unparsed") {
        out.push(rowFinding(table, row, key, "deadline.unparsed", "warning", {}, { key: "fix.deadline.forms", params: {} }));
      } else if (isReversed(d)) {
        const [first, second] = d.parts!;
        out.push(
          rowFinding(table, row, key, "deadline.reversed", "error", { start: first.start!, end: second.end! }, {
            value: `${second.text} – ${first.text}`,
            key: "fix.deadline.reversed",
            params: {},
          }),
        );
      } else if (ctx.period && isOutside(d, ctx.period)) {
        out.push(
          rowFinding(table, row, key, "deadline.outside-period", "warning", { period: ctx.period.label, start: d.start ?? "", end: d.end ?? "" }, {
            key: "fix.deadline.outside-period",
            params: { period: ctx.period.label },
          }),
        );
      } else if (ctx.today && isPast(d, ctx.today)) {
        out.push(
          rowFinding(table, row, key, "deadline.past", "warning", { end: d.end!, today: ctx.today }, {
            key: "fix.deadline.past",
            params: { today: ctx.today },
          }),
        );
      }
    }
    return out;
  },
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

function isOutside(d: Deadline, period: PlanPeriod): boolean {
  if (d.kind === "continuous" || d.kind === "event") return false;
  if (d.end !== null && d.end < period.start) return true;
  if (d.start !== null && d.start > period.end) return true;
  return d.kind === "by" && d.end !== null && d.end > period.end;
}

/** A deadline with a last day before today; continuous and event-driven work never passes. */
function isPast(d: Deadline, today: string): boolean {
  if (d.kind === "continuous" || d.kind === "event" || d.end === null) return false;
  return d.end < today;
}
