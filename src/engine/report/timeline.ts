import type { TableCheck } from "../check";
import type { Deadline, DeadlineKind, PlanPeriod } from "../deadline";
import type { Finding, Severity } from "../finding";
import { cellAddress } from "../plan";
import { isOutside } from "../rules/deadline";
import { tableFacts } from "../rules/facts";

/**
 * The plan's timeline: each task placed across the plan period by its deadline as the check read
 * it. Dated work is a bar from its first to its last day; continuous and recurring work is a band
 * over the period it runs in; work that waits for an event has no place in time and is listed
 * apart; a deadline the check could not read is never placed (it is counted). One model for every
 * picture of it: the pane's chart and the Timeline sheet the add-in and the command line write.
 */

/** One task of the plan, as the timeline shows it. */
export interface TimelineTask {
  sheet: string;
  /** Sheet row (1-based) of the task's first line. */
  row: number;
  /** Numbering as written (`5.1.`), or null. */
  number: string | null;
  /** What the task is, as written (activity, objective or indicator, the first the table has). */
  title: string;
  section: string | null;
  /** The deadline read from the cell, or null when the cell is blank or the table has no deadline column. */
  deadline: Deadline | null;
  /** A1 address of the deadline cell, or null. */
  deadlineCell: string | null;
  /** The first responsible body the cell names ("" when none). */
  lead: string;
  /** The responsible cell as written, on one line ("" when blank or the table has none). */
  responsible: string;
  /** The most serious severity among the findings on the task's rows, or null when it has none. */
  worst: Severity | null;
  /** Codes of the findings on the task's rows. */
  codes: string[];
}

/** What a timeline is drawn from: the plan period, the day of the check, the tasks. */
export interface TimelineSource {
  /** The plan period of the first table, or null when none is known. */
  period: PlanPeriod | null;
  /** The date of the check (ISO): what "overdue" is measured against. */
  today: string;
  tasks: readonly TimelineTask[];
}

/** What a task's colour says: its responsible body, or its status. */
export type TimelineColour = "body" | "status";

/**
 * A task's status on the timeline, most telling first: its deadline lies outside the plan period,
 * it is overdue, it has errors, warnings, or nothing found.
 */
export type TimelineStatus = "outside" | "overdue" | "error" | "warning" | "fine";
export const TIMELINE_STATUSES: readonly TimelineStatus[] = ["outside", "overdue", "error", "warning", "fine"];

export type TimelineShape = "bar" | "band" | "due" | "event";

/** First and last day (ISO) of a stretch of time a task covers. */
export interface TimelineSpan {
  start: string;
  end: string;
}

export interface TimelineItem {
  task: TimelineTask;
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
  span: TimelineSpan | null;
  /** True when the span is the plan period, false when it is the dates of the tasks. */
  spanOfPeriod: boolean;
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

/** Months drawn at most: a span of decades is not a plan to draw month by month. */
export const MAX_MONTHS = 240;

/** Columns a task's title is taken from, most telling first. */
const TITLE_ROLES = ["activity", "objective", "indicator", "initiative", "result"] as const;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const DATED: readonly DeadlineKind[] = ["date", "month", "range", "quarter", "half-year", "year", "school-year"];

/** The tasks of checked tables as the check read them: deadlines, bodies and findings are the check's own. */
export function timelineTasks(checks: readonly TableCheck[]): TimelineTask[] {
  const tasks: TimelineTask[] = [];
  for (const check of checks) {
    const { table } = check;
    const deadlineColumn = table.columns.find((c) => c.role === "deadline");
    const responsibleColumn = table.columns.find((c) => c.role === "responsible");
    const titleKeys = TITLE_ROLES.map((r) => table.columns.find((c) => c.role === r)?.key).filter((k): k is string => k !== undefined);
    const onRow = findingsPerRow(check.findings);
    const { checkable } = tableFacts(table);
    table.rows.forEach((row, i) => {
      if (!checkable[i]) return;
      const deadlineText = deadlineColumn ? (row.cells[deadlineColumn.key] ?? "").trim() : "";
      const title = titleKeys.map((k) => (row.cells[k] ?? "").trim()).find((t) => t !== "") ?? "";
      const found = row.sourceRows.flatMap((r) => onRow.get(r) ?? []);
      const worst = found.reduce<Severity | null>((w, f) => (w !== null && RANK[w] <= RANK[f.severity] ? w : f.severity), null);
      tasks.push({
        sheet: table.sheet,
        row: row.row,
        number: row.number,
        title: oneLine(title),
        section: row.section,
        // The check's own reading of the cell, the one its deadline findings are made from.
        deadline: deadlineText === "" ? null : check.meanings.deadline(i),
        deadlineCell: deadlineColumn ? cellAddress(row, deadlineColumn) : null,
        // The bodies as the check resolved them for its responsible findings.
        lead: responsibleColumn ? (check.meanings.bodies(i, responsibleColumn.key)?.[0]?.text ?? "") : "",
        responsible: responsibleColumn ? oneLine(row.cells[responsibleColumn.key] ?? "") : "",
        worst,
        codes: [...new Set(found.map((f) => f.code))],
      });
    });
  }
  return tasks;
}

/** The timeline of a plan's tasks, coloured by status or by responsible body. */
export function timelineData(source: TimelineSource, colour: TimelineColour): Timeline {
  const { period, today } = source;
  // A task is overdue only in a plan that is running: in last year's plan every date has passed.
  const running = period !== null && period.start <= today && today <= period.end;
  const items: TimelineItem[] = [];
  let unplaced = 0;
  for (const task of source.tasks) {
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
    // Read from the deadline itself, not from the task's findings: where most of a column lies outside
    // the period the check says so once (deadline.period-mismatch) and the tasks carry no finding each.
    const status: TimelineStatus = period !== null && isOutside(d, period)
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
  let first: string | null = null;
  let last: string | null = null;
  for (const i of placed) {
    if (first === null || i.start! < first) first = i.start;
    if (last === null || i.end! > last) last = i.end;
  }
  const span = period ? { start: period.start, end: period.end } : first !== null && last !== null ? { start: first, end: last } : null;
  return { span, spanOfPeriod: period !== null, months: span ? monthsOf(span.start, span.end) : [], placed, apart: items.filter((i) => i.shape === "event"), unplaced, legend };
}

/** First day of every month from the one holding `start` to the one holding `end`, at most MAX_MONTHS. */
export function monthsOf(start: string, end: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  const [ey, em] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))];
  while ((y < ey || (y === ey && m <= em)) && out.length < MAX_MONTHS) {
    out.push(`${y}-${String(m).padStart(2, "0")}-01`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

/** Sheet row -> the findings there. */
function findingsPerRow(findings: readonly Finding[]): Map<number, Finding[]> {
  const out = new Map<number, Finding[]>();
  for (const f of findings) {
    const row = Number(/\d+$/.exec(f.cell)?.[0] ?? 0);
    const here = out.get(row);
    if (here) here.push(f);
    else out.set(row, [f]);
  }
  return out;
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
