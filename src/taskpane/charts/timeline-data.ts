import type { DeadlineKind } from "../../engine/deadline";
import type { ChartTask, CheckCharts } from "./check-charts";

/**
 * The plan's timeline: each task placed across the plan period by its deadline as the check read
 * it. Dated work is a bar from its first to its last day; continuous and recurring work is a band
 * over the period it runs in; work that waits for an event has no place in time and is listed
 * apart; a deadline the check could not read is never placed (it is counted).
 */

/** What a task's colour says: its responsible body, or its status. */
export type TimelineColour = "body" | "status";

/**
 * A task's status on the timeline, most telling first: its deadline lies outside the plan period,
 * it is overdue, it has errors, warnings, or nothing found.
 */
export type TimelineStatus = "outside" | "overdue" | "error" | "warning" | "fine";
export const TIMELINE_STATUSES: readonly TimelineStatus[] = ["outside", "overdue", "error", "warning", "fine"];

export type TimelineShape = "bar" | "band" | "due" | "event";

export interface TimelineItem {
  task: ChartTask;
  shape: TimelineShape;
  /** First and last day (ISO) it covers; null for event-driven work. A `due` item is its one day. */
  start: string | null;
  end: string | null;
  status: TimelineStatus;
  /** The legend entry it is coloured by: a status, or a body ("" for no body named, OTHER_BODIES past the first few). */
  colour: string;
}

export interface Timeline {
  /** The span drawn: the plan period, or the dates of the tasks when the plan names none; null when nothing is dated. */
  span: { start: string; end: string } | null;
  /** First day (ISO) of each month of the span. */
  months: string[];
  /** Placed work, in plan order. */
  placed: TimelineItem[];
  /** Work that waits for an event, or goes on with no period to run in. */
  apart: TimelineItem[];
  /** Tasks whose deadline is blank or could not be read. */
  unplaced: number;
  /** Legend entries in order: statuses present, or bodies by how many tasks they lead. */
  legend: string[];
}

/** Bodies shown each with a colour of its own; the rest share one. */
export const BODY_COLOURS = 7;
export const OTHER_BODIES = "\u0000other";

const DATED: readonly DeadlineKind[] = ["date", "month", "range", "quarter", "half-year", "year", "school-year"];

export function timelineData(charts: CheckCharts, colour: TimelineColour): Timeline {
  const { period, today } = charts;
  // A task is overdue only in a plan that is running: in last year's plan every date has passed.
  const running = period !== null && period.start <= today && today <= period.end;
  const items: TimelineItem[] = [];
  let unplaced = 0;
  for (const task of charts.tasks) {
    const d = task.deadline;
    if (d === null || d.kind === "unparsed") {
      unplaced++;
      continue;
    }
    let shape: TimelineShape;
    let start: string | null = null;
    let end: string | null = null;
    if (DATED.includes(d.kind) && d.start !== null && d.end !== null) {
      shape = "bar";
      [start, end] = [d.start, d.end];
    } else if (d.kind === "by" && d.end !== null) {
      shape = "due";
      [start, end] = [d.end, d.end];
    } else if (d.kind === "continuous" || d.kind === "recurring") {
      shape = "band";
      start = d.start ?? period?.start ?? null;
      end = d.end ?? period?.end ?? null;
      if (start === null || end === null) [shape, start, end] = ["event", null, null];
    } else if (d.kind === "event") {
      shape = "event";
    } else {
      unplaced++;
      continue;
    }
    const overdue = running && (shape === "bar" || shape === "due") && end !== null && end < today;
    const status: TimelineStatus = task.codes.includes("deadline.outside-period")
      ? "outside"
      : overdue
        ? "overdue"
        : task.worst === "error"
          ? "error"
          : task.worst === "warning"
            ? "warning"
            : "fine";
    items.push({ task, shape, start, end, status, colour: status });
  }

  let legend: string[];
  if (colour === "status") {
    legend = TIMELINE_STATUSES.filter((s) => items.some((i) => i.status === s));
  } else {
    const counts = new Map<string, number>();
    for (const i of items) counts.set(i.task.lead, (counts.get(i.task.lead) ?? 0) + 1);
    const bodies = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([body]) => body);
    const own = new Set(bodies.slice(0, BODY_COLOURS));
    for (const i of items) i.colour = own.has(i.task.lead) ? i.task.lead : OTHER_BODIES;
    legend = [...bodies.slice(0, BODY_COLOURS), ...(bodies.length > BODY_COLOURS ? [OTHER_BODIES] : [])];
  }

  const placed = items.filter((i) => i.shape !== "event");
  const dates = placed.flatMap((i) => [i.start!, i.end!]).sort();
  const span = period ? { start: period.start, end: period.end } : dates.length > 0 ? { start: dates[0], end: dates[dates.length - 1] } : null;
  return { span, months: span ? monthsOf(span.start, span.end) : [], placed, apart: items.filter((i) => i.shape === "event"), unplaced, legend };
}

/** First day of every month from the one holding `start` to the one holding `end`. */
export function monthsOf(start: string, end: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  const [ey, em] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))];
  // Bounded: a span of decades is not a plan to draw month by month.
  while ((y < ey || (y === ey && m <= em)) && out.length < 240) {
    out.push(`${y}-${String(m).padStart(2, "0")}-01`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}
