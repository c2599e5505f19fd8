import type { Timeline, TimelineItem } from "./timeline";

/**
 * The Timeline sheet PlanCheck writes (the add-in on the user's request, the command line with
 * `check --report --timeline`), laid out once for both writers: one row per placed task (number,
 * task, responsible, deadline as written) and one column per month of the span with the months it
 * covers filled, a legend above, event-driven work listed below under its own heading, and a line
 * counting the deadlines that could not be placed. Texts come from the caller's catalog; the
 * layout decides everything else.
 */

/** What a filled month cell says: dated work, continuous or recurring work, or a status that needs attention. */
export type TimelineFill = "bar" | "band" | "overdue" | "outside";
export const TIMELINE_FILL_KINDS: readonly TimelineFill[] = ["bar", "band", "overdue", "outside"];

/**
 * Fill colours light enough for black text on them (the legend's words sit in them): a band's
 * lighter than a bar's, the statuses in the pane's timeline colours, lightened.
 */
export const TIMELINE_FILLS: Record<TimelineFill, string> = {
  bar: "#6FA8DC",
  band: "#CFE2F3",
  overdue: "#E06666",
  outside: "#B4A7D6",
};

/** The words the sheet needs: a catalog's translator has this shape. */
export interface TimelineSheetWords {
  t(key: string, params?: Record<string, string | number>): string;
  plural(key: string, n: number, params?: Record<string, string | number>): string;
}

export interface TimelineSheetOptions {
  /** The plan sheet the timeline is of, named in the title. */
  plan: string;
  /** BCP 47 tag the month headings are written in (`bg-BG`). */
  locale: string;
}

/** A run of filled cells on one row (0-based). */
export interface TimelineFillRun {
  row: number;
  col: number;
  count: number;
  fill: TimelineFill;
}

export interface TimelineSheetLayout {
  /** Every row as many cells wide as `width`; texts exactly as a person reads them ("" for empty). */
  rows: string[][];
  width: number;
  /** Rows (0-based) in bold: the title, the task table's header, the event-driven heading. */
  boldRows: number[];
  fills: TimelineFillRun[];
  /** Column widths in characters. */
  widths: number[];
  /** Row (0-based) of the task table's header: the panes freeze below it. */
  headerRow: number;
  /** Column (0-based) of the first month. */
  firstMonth: number;
  /** Placed tasks drawn (at most MAX_SHEET_TASKS). */
  tasks: number;
}

/**
 * Tasks listed at most, placed and event-driven each: a 100,000-row plan's timeline would be a
 * sheet nobody reads and a copy that grows by megabytes; the sheet says how many it leaves out.
 */
export const MAX_SHEET_TASKS = 5000;

/** Longest task text in a cell; the plan's own cell keeps the whole of it. */
const TASK_CHARS = 120;
const OTHER_CHARS = 60;

const TEXT_COLUMNS = 4;
const TEXT_WIDTHS = [8, 60, 30, 24];
const MONTH_WIDTH = 9;

export function timelineSheet(timeline: Timeline, words: TimelineSheetWords, options: TimelineSheetOptions): TimelineSheetLayout {
  const { t } = words;
  const months = timeline.months;
  const width = TEXT_COLUMNS + months.length;
  const rows: string[][] = [];
  const bold: number[] = [];
  const fills: TimelineFillRun[] = [];
  const row = (cells: string[], isBold = false) => {
    if (isBold) bold.push(rows.length);
    rows.push([...cells, ...new Array<string>(width - cells.length).fill("")]);
    return rows.length - 1;
  };

  row([t("timeline.sheet.title", { sheet: options.plan })], true);
  const span = timeline.span;
  if (span) row([t(timeline.spanOfPeriod ? "timeline.sheet.period" : "timeline.sheet.dates", { start: span.start, end: span.end })]);
  for (const fill of TIMELINE_FILL_KINDS) {
    const at = row(["", t(`timeline.sheet.legend.${fill}`)]);
    fills.push({ row: at, col: 0, count: 1, fill });
  }
  row([]);

  const headerRow = row(
    [t("timeline.sheet.col.number"), t("timeline.sheet.col.task"), t("timeline.sheet.col.responsible"), t("timeline.sheet.col.deadline"), ...months.map((m) => monthText(m, options.locale))],
    true,
  );
  const placed = timeline.placed.slice(0, MAX_SHEET_TASKS);
  if (placed.length === 0) row(["", t("charts.timeline.none")]);
  for (const item of placed) {
    const cells = taskCells(item);
    const line = [...cells, ...new Array<string>(months.length).fill("")];
    const covered = monthCells(item.start!, item.end!, months);
    if (covered) {
      const mark = (col: number, text: string) => (line[TEXT_COLUMNS + col] = line[TEXT_COLUMNS + col] + text);
      if (covered.before) mark(covered.from, "◀");
      if (covered.after) mark(covered.to, "▶");
      fills.push({ row: rows.length, col: TEXT_COLUMNS + covered.from, count: covered.to - covered.from + 1, fill: fillOf(item) });
    }
    row(line);
  }
  if (timeline.placed.length > placed.length) row(["", t("timeline.sheet.cut", { shown: placed.length, n: timeline.placed.length })]);

  if (timeline.apart.length > 0) {
    row([]);
    row([t("charts.timeline.apart")], true);
    const apart = timeline.apart.slice(0, MAX_SHEET_TASKS);
    for (const item of apart) row(taskCells(item));
    if (timeline.apart.length > apart.length) row(["", t("timeline.sheet.cut", { shown: apart.length, n: timeline.apart.length })]);
  }
  if (timeline.unplaced > 0) {
    row([]);
    row([words.plural("charts.timeline.unplaced", timeline.unplaced)]);
  }

  return {
    rows,
    width,
    boldRows: bold,
    fills,
    widths: [...TEXT_WIDTHS, ...months.map(() => MONTH_WIDTH)],
    headerRow,
    firstMonth: TEXT_COLUMNS,
    tasks: placed.length,
  };
}

/** Number, task, responsible and the deadline as written, each on one line and shortened. */
function taskCells(item: TimelineItem): string[] {
  const { task } = item;
  return [task.number ?? "", shorten(task.title, TASK_CHARS), shorten(task.responsible, OTHER_CHARS), shorten(task.deadline?.text ?? "", OTHER_CHARS)];
}

/** Status colours win over shape: overdue and outside-period work must be seen whatever it is. */
function fillOf(item: TimelineItem): TimelineFill {
  if (item.status === "outside") return "outside";
  if (item.status === "overdue") return "overdue";
  return item.shape === "band" ? "band" : "bar";
}

/**
 * The month columns (0-based among the months) a placed item covers, and the marks at its ends:
 * work reaching before the span's first month or past its last is marked at that edge (◀, ▶), so a
 * task dated outside the plan period still shows on its row, at the side where it lies.
 */
export function monthCells(start: string, end: string, months: readonly string[]): { from: number; to: number; before: boolean; after: boolean } | null {
  const last = months.length - 1;
  if (last < 0) return null;
  const before = start < months[0];
  const after = end > monthEnd(months[last]);
  if (end < months[0]) return { from: 0, to: 0, before, after };
  if (start > monthEnd(months[last])) return { from: last, to: last, before, after };
  let from = 0;
  while (from < last && monthEnd(months[from]) < start) from++;
  let to = last;
  while (to > from && months[to] > end) to--;
  return { from, to, before, after };
}

/** Last day (ISO) of the month whose first day is given. */
function monthEnd(first: string): string {
  const [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${first.slice(0, 8)}${String(days).padStart(2, "0")}`;
}

/** `сент. 2020`, `Sep 2020`: the month in the user's language, as a text that no spreadsheet reads as a date. */
function monthText(first: string, locale: string): string {
  const date = new Date(`${first}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(date);
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
