import { addDays, parseIsoDate } from "./calendar";
import { parseDeadline } from "./parse";
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
  const start = period ? parseIsoDate(period.start) : null;
  const end = period ? parseIsoDate(period.end) : null;
  if (!period || !start || !end || start.m !== 9 || start.d !== 1 || end.m !== 8 || end.d !== 31 || end.y !== start.y + 1) return period;
  const published = documentDate(preamble);
  if (published === null || published >= addDays(period.start, -RUN_UP_DAYS) || published < addDays(period.start, -365)) return period;
  const runUp: PlanPeriod = { start: published, end: addDays(period.start, -1), label: period.label };
  let dated = 0;
  for (const text of cellsInRowOrder) {
    if (typeof text !== "string" || text.trim() === "") continue;
    const d = parseDeadline(text, { period: runUp });
    // Work all year round says nothing of when the table is, nor does a cell not read.
    if (isYearRound(d) || d.kind === "unparsed") continue;
    if (!isWithin(d, runUp.start, runUp.end)) return period;
    dated++;
  }
  return dated >= MIN_DEADLINES ? runUp : period;
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

function isYearRound(d: Deadline): boolean {
  return d.kind === "continuous" || d.kind === "recurring" || d.kind === "event";
}

function isWithin(d: Deadline, from: string, to: string): boolean {
  const first = d.start ?? d.end;
  return d.kind !== "unparsed" && first !== null && d.end !== null && first >= from && d.end <= to;
}
