import type { PlanColumn } from "../plan";
import type { SheetRows } from "../detect/sheet-rows";
import { readsAsDeadline } from "../detect/column-content";
import { parseDeadline } from "../deadline";
import { parseNumbering } from "../numbering";
import { isMonthHeading } from "./sections";

/** How a row without a task number reads against the task above it. */
export type RowFragment = "fragment" | "whole" | "unknown";

/**
 * A row split over a page break or wrapped by hand: in a table with a number column, a row without
 * a task number continues the task above it (Kyustendil 4.: `бюджета на училищата и детските
 * градини, ...`) unless it is a whole task of its own, an unnumbered task with its own text and
 * deadline (`Подведение итогов месячника | 17.04.2020`). Without numbers, only a fragment continues
 * the row above: a row with no task text (a second person, a time of day `о 14:00`, the second line
 * of a date) or whose text goes on in lower case. A numbered row never continues anything, so a
 * parent task (`5.` with only its activity) stays a row of its own.
 */
export function continuesRowAbove(hasNumber: boolean, numberCol: number, hasRowAbove: boolean, fragment: RowFragment = "unknown"): boolean {
  if (hasNumber || !hasRowAbove) return false;
  if (numberCol >= 0) return fragment !== "whole";
  return fragment === "fragment";
}

/** Lower case first, after any opening bracket or quote (`(оголошення на`). */
const STARTS_LOWER = /^[(«"“„']*\p{Ll}/u;
const STARTS_UPPER = /^[\p{Lu}«"“„'(]/u;

/** A row leaving the day column empty (not merged down from above) right under a row that gives its day there. */
function sameDayAsAbove(rows: SheetRows, row: number, dayCol: number): boolean {
  if (rows.text(row, dayCol) !== "" || (rows.mergeAt(row, dayCol)?.row ?? row) < row) return false;
  const above = row - 1;
  return above >= rows.first && !rows.isBlank(above) && readsAsDeadline(rows.text(above, dayCol));
}

/** Per sheet and columns: whether a month's first event leaves the day empty. */
const undatedOpenings = new WeakMap<SheetRows, Map<string, boolean>>();

/**
 * Whether some month's first event (the month written beside it) leaves the day empty (`Październik
 * | Pasowanie na przedszkolaka | Wszystkie | (no day)`): the calendar writes no day for events not
 * dated yet, so an empty day under a dated event is no sign of the same day.
 */
function monthOpensUndated(rows: SheetRows, keyCol: number, dayCol: number, activityCol: number): boolean {
  let bySheet = undatedOpenings.get(rows);
  if (!bySheet) undatedOpenings.set(rows, (bySheet = new Map()));
  const key = `${keyCol}:${dayCol}:${activityCol}`;
  let found = bySheet.get(key);
  if (found === undefined) {
    found = false;
    for (let r = rows.first; r <= rows.last && !found; r++) {
      const m = rows.mergeAt(r, dayCol);
      found = rows.text(r, keyCol) !== "" && rows.text(r, activityCol) !== "" && rows.text(r, dayCol) === "" && !(m && m.row < r) && isMonthHeading(rows.text(r, keyCol));
    }
    bySheet.set(key, found);
  }
  return found;
}

/**
 * An entry numbered in its own words written in the dates' column (`3. Начало на втория учебен срок
 * – 04.02.2015 г.` between `2. Празници …` and `4. Край …`): a line of the list, no second line of
 * the date above, which does not open with a number and a sentence. A term (`2. полугодие`) is shorter.
 */
function numberedEntry(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const n = parseNumbering(value);
  if (!n || n.style !== "decimal" || n.path.length !== 1) return false;
  return (value.slice(n.text.length).match(/\p{L}{2,}/gu)?.length ?? 0) >= ENTRY_WORDS;
}

/** Words after its number, at least, of a numbered entry: a term is written in fewer. */
const ENTRY_WORDS = 4;

/**
 * Whether a row without a number is a fragment of the row above (no task text, or text going on in
 * lower case), a whole task (task text opening a sentence, and a deadline of its own), or cannot tell.
 */
export function isFragment(rows: SheetRows, row: number, activityCol: number, deadlineCol: number, keyCol = -1, groupedKey = false, dayCol = -1): RowFragment {
  // A month written once over its group of rows: a row under it with text of its own is the month's
  // next task, unless the text above breaks off mid-sentence. Where the month's rows (written once or
  // merged down) each give their day beside it, a row leaving the day empty under a dated row is a
  // second activity of that day.
  const monthAbove = keyCol >= 0 && rows.text(row, keyCol) === "" && (groupedKey || (rows.mergeAt(row, keyCol)?.row ?? row) < row);
  if (monthAbove && dayCol >= 0 && activityCol >= 0 && rows.text(row, activityCol) !== "" && sameDayAsAbove(rows, row, dayCol) && !monthOpensUndated(rows, keyCol, dayCol, activityCol)) return "fragment";
  if (groupedKey && rows.text(row, keyCol) === "" && activityCol >= 0 && rows.text(row, activityCol) !== "") {
    return brokenOffForSure(rows, row, activityCol) ? "fragment" : "whole";
  }
  // Merged down over its events (`Czerwiec` over `Dzień Dziecka | Wszystkie` and `Pożegnanie
  // starszaków | Wszystkie`), the month's row with an event of its own and a further cell of its own
  // (the group, the place) is the month's next event; a task's text split over lines fills no more.
  if (monthAbove && activityCol >= 0 && rows.text(row, activityCol) !== "" && !((rows.mergeAt(row, activityCol)?.row ?? row) < row) && rows.cells(row).cols.length > 1) {
    return brokenOffForSure(rows, row, activityCol) ? "fragment" : "whole";
  }
  // A calendar's date column opens every entry: a line without a date (not merged down from above) goes on with the one above.
  if (keyCol >= 0 && rows.text(row, keyCol) === "" && rows.cells(row).cols.length <= 1) {
    const m = rows.mergeAt(row, keyCol);
    if (!(m && m.row < row)) return "fragment";
  }
  // A date of its own opening the row in a calendar's date column starts an entry, whatever case its
  // text is written in (`28.10.2023 г. – 01.11.2023 г. | есенна ваканция`).
  if (keyCol >= 0 && readsAsDeadline(rows.text(row, keyCol))) return "whole";
  if (activityCol < 0) return "unknown";
  const activity = rows.text(row, activityCol);
  if (activity === "") {
    // A cell merged down from above is the task's text spread over rows, not a missing one.
    const m = rows.mergeAt(row, activityCol);
    if (m && m.row < row) return "unknown";
    // One cell alone (a second person, a time of day), or cells the row above leaves empty (its
    // deadline and executor written on the next line): the rest of that row. A row repeating the
    // columns the row above fills (a date of its own) is a task whose text is missing.
    const cols = rows.cells(row).cols;
    if (cols.length === 1 && cols[0] === deadlineCol && datedAgain(rows, row, deadlineCol)) return "unknown";
    if (cols.length === 1 && cols[0] === deadlineCol && numberedEntry(rows.value(row, deadlineCol))) return "whole";
    if (cols.length <= 1) return "fragment";
    let above = row - 1;
    while (above >= rows.first && rows.isBlank(above)) above--;
    const filledAbove = new Set(rows.cells(above).cols);
    // Every other column the row above fills filled again, a deadline of its own among them: a task
    // whose number and text were lost (a planner's summary line), not the rest of the row above.
    if (wholeButText(rows, row, above, activityCol, deadlineCol)) return "whole";
    return cols.some((c) => filledAbove.has(c)) ? "unknown" : "fragment";
  }
  // `процедури проведення … | 2022-2023 роки | МОН, … | унормовано …` under `1. Розроблення … щодо:
  // діяльності …`: a sub-item of the task above written on a row of its own, every column filled and
  // dated by itself, is a whole row, however it opens; a line going on with the text above fills less.
  if (STARTS_LOWER.test(activity)) return subItem(rows, row, activityCol, deadlineCol) ? "whole" : "fragment";
  // A deadline merged down from the row above over this one is its deadline too.
  const term = deadlineCol >= 0 ? rows.text(row, deadlineCol) : "";
  const ownDeadline = deadlineCol >= 0 && (term !== "" || (rows.mergeAt(row, deadlineCol)?.row ?? row) < row);
  // `·  Calendar for 2011` alone under `Arrange annual meeting in Sept/Oct 2010 to discuss :`: an item
  // of the list the task above announces, on a line of its own with nothing else filled in (the
  // task's term merged down over it, perhaps), is that task's text. Items written beside a date or a
  // name of their own are entries of their own.
  if (term === "" && BULLET.test(activity) && rows.cells(row).cols.length === 1 && listAbove(rows, row, activityCol)) return "fragment";
  // A label in the deadline column that reads as no term (`Uwagi eksperta` beside the expert's
  // remark on the task above) gives the row no deadline of its own: it cannot tell.
  if (term !== "" && !readsAsDeadline(term)) return "unknown";
  if (ownDeadline && STARTS_UPPER.test(activity)) return "whole";
  // `Конкурс творів: «Шкільна` / `бібліотека майбутнього»,` / `«Я розповім тобі про`: a line with no
  // deadline of its own under text broken off mid-sentence goes on with it.
  if (!ownDeadline && brokenOff(rows, row, activityCol) && !afterBulletedList(rows, row, activityCol, activity)) return "fragment";
  return "unknown";
}

/**
 * A date alone in the deadline column under a row dated whole (`Wednesday 06 September 2023 - Year
 * 10 start` under the first day's date): another day of the entry, staggered, not the rest of the
 * date above.
 */
function datedAgain(rows: SheetRows, row: number, deadlineCol: number): boolean {
  // The date, with any note after a spaced dash set aside (`… 2023 - Year 10 start`).
  const text = rows.text(row, deadlineCol);
  if (!isDay(text) && !isDay(text.split(/\s[-–—]\s/)[0])) return false;
  for (let above = row - 1; above >= rows.first; above--) {
    if (rows.isBlank(above)) continue;
    const date = rows.text(above, deadlineCol);
    return date !== "" && !BROKEN_OFF.test(date.trimEnd());
  }
  return false;
}

/** Columns, at least, a row without text fills as the row above does to be a task of its own. */
const WHOLE_ROW_COLUMNS = 4;

/**
 * A row with no task text filling every column the row above fills but its number and its text,
 * four or more, with a deadline of its own that reads as one, where the numbering skips one number
 * across it (`5` above, `7` below): the lost number is its own. Without that skip such rows are a
 * task's other sessions (its second date, hour and place), whose number and text were not repeated.
 */
function wholeButText(rows: SheetRows, row: number, above: number, activityCol: number, deadlineCol: number): boolean {
  if (deadlineCol < 0 || above < rows.first || !readsAsDeadline(rows.text(row, deadlineCol))) return false;
  if (!skipsOneAcross(rows, above, rows.nextNonBlank(row))) return false;
  const own = new Set(rows.cells(row).cols);
  const upper = rows.cells(above);
  let shared = 0;
  for (let i = 0; i < upper.cols.length; i++) {
    const c = upper.cols[i];
    if (c === activityCol || (i === 0 && parseNumbering(upper.values[0]))) continue;
    if (!own.has(c)) return false;
    shared++;
  }
  return shared >= WHOLE_ROW_COLUMNS && own.size <= shared + 1;
}

/** True when the rows around a row are numbered alike and the number below is the one above plus two. */
function skipsOneAcross(rows: SheetRows, above: number, below: number): boolean {
  if (below < 0) return false;
  const a = parseNumbering(rows.cells(above).values[0]);
  const b = parseNumbering(rows.cells(below).values[0]);
  if (!a || !b || a.style !== b.style || a.path.length !== b.path.length) return false;
  const last = a.path.length - 1;
  return a.path.every((n, i) => (i < last ? b.path[i] === n : b.path[i] === n + 2));
}

/** A day, with its year or without, or a span of days: no bare year or month. */
export function isDay(text: string): boolean {
  const d = parseDeadline(text);
  return d.kind === "date" || d.kind === "range" || (d.kind === "unparsed" && (d as { reason?: string }).reason === "year-missing");
}

/**
 * A row filling every column the row above fills, with a deadline of its own that reads as one,
 * under task text that does not break off mid-sentence: an item of its own.
 */
function subItem(rows: SheetRows, row: number, activityCol: number, deadlineCol: number): boolean {
  if (deadlineCol < 0 || !readsAsDeadline(rows.text(row, deadlineCol))) return false;
  let above = row - 1;
  while (above >= rows.first && rows.isBlank(above)) above--;
  if (above < rows.first || BROKEN_OFF.test(rows.text(above, activityCol).trimEnd())) return false;
  const own = rows.cells(row).cols;
  const filledAbove = rows.cells(above).cols;
  return filledAbove.length >= 3 && filledAbove.every((c) => own.includes(c));
}

/** Text ending where a sentence cannot: after a comma, a hyphen, an opening bracket or a short linking word (`на`, `та`, `i`). */
const BROKEN_OFF = /(?:[,(«„“\-–]|(?:^|\s)\p{Ll}{1,3})$/u;

/**
 * Text ending where no sentence does, for sure: after a comma, a hyphen, an opening bracket or a
 * word that links to what follows (`and`, `на`, `oraz`); a short last word alone (`day`, `up`) ends many a title.
 */
const SURELY_BROKEN_OFF =
  /(?:[,(«„“\-–]|(?:^|\s)(?:and|or|of|the|to|in|for|with|on|at|by|a|an|и|в|на|с|по|для|та|і|й|з|у|до|від|за|о|об|или|або|i|w|z|na|do|od|o|oraz|dla|we|ze|przez|lub))$/u;

/** A list's item opening with a bullet (`·`, `•`, `▪`, `-`, `–`) and a space. */
const BULLET = /^[·•▪◦●○\-–—]\s/u;
/** Text announcing a list: ending in a colon. */
const ANNOUNCES_LIST = /:\s*$/;

/** An item of a list written with a mark before it (`* poznanie legend …,`, `- …`, `• …`). */
const MARKED_ITEM = /^\s*[*·•▪◦●○\-–—]\s/u;

/**
 * Whether the text above ends on an item of a marked list (`* rozumienie znaczenia barw narodowych,`)
 * and this row opens in capitals without the mark (`Nauka oraz słuchanie … pieśni.`): the list's next
 * item would carry the mark, so the comma ending the last one breaks nothing off.
 */
function afterBulletedList(rows: SheetRows, row: number, activityCol: number, activity: string): boolean {
  if (!STARTS_UPPER.test(activity) || MARKED_ITEM.test(activity)) return false;
  for (let above = row - 1; above >= rows.first; above--) {
    if (rows.isBlank(above)) continue;
    const lines = rows.text(above, activityCol).split("\n").filter((l) => l.trim() !== "");
    return lines.length > 1 && MARKED_ITEM.test(lines[lines.length - 1]);
  }
  return false;
}

/** True when the task text on the nearest filled line above announces a list (`… to discuss :`) or is an item of one. */
function listAbove(rows: SheetRows, row: number, activityCol: number): boolean {
  for (let above = row - 1; above >= rows.first; above--) {
    if (rows.isBlank(above)) continue;
    const text = rows.text(above, activityCol);
    return ANNOUNCES_LIST.test(text) || BULLET.test(text);
  }
  return false;
}

/** True when the task text on the nearest filled line above surely breaks off mid-sentence. */
function brokenOffForSure(rows: SheetRows, row: number, activityCol: number): boolean {
  for (let above = row - 1; above >= rows.first; above--) {
    if (rows.isBlank(above)) continue;
    return SURELY_BROKEN_OFF.test(rows.text(above, activityCol).trimEnd());
  }
  return false;
}

/** True when the task text on the nearest filled line above breaks off mid-sentence. */
function brokenOff(rows: SheetRows, row: number, activityCol: number): boolean {
  for (let above = row - 1; above >= rows.first; above--) {
    if (rows.isBlank(above)) continue;
    return BROKEN_OFF.test(rows.text(above, activityCol).trimEnd());
  }
  return false;
}

/** The cells of one plan row made from one or more sheet rows. */
export interface JoinedCells {
  cells: Record<string, string>;
  /** Addresses only of the cells not on the row's first sheet row (see `PlanRow.refs`); null when none. */
  refs: Record<string, string> | null;
}

/**
 * Joins the lines of a row split over sheet rows, column by column, with "\n". A cell left empty
 * because a vertically merged cell above covers it takes the merged value (the plan shows it on
 * this row too), except in the number column, where a merge means one task spread over rows.
 * `bodyTop` is the first sheet row under the header: merges reaching up into the header are not data.
 */
export function joinLines(rows: SheetRows, sourceRows: number[], columns: PlanColumn[], bodyTop: number): JoinedCells {
  const cells: Record<string, string> = {};
  let refs: Record<string, string> | null = null;
  for (const col of columns) {
    let text = "";
    // 0-based sheet row of the cell the text starts in; -1 while there is none.
    let from = -1;
    for (const r of sourceRows) {
      const t = rows.text(r, col.index);
      if (t === "") continue;
      if (text === "") {
        text = t;
        from = r;
      } else text += "\n" + t;
    }
    if (text === "" && col.role !== "number") {
      const m = rows.mergeAt(sourceRows[0], col.index);
      if (m && m.col === col.index && m.row < sourceRows[0] && m.row >= bodyTop) {
        text = rows.text(m.row, m.col);
        if (text !== "") from = m.row;
      }
    }
    if (text !== "") cells[col.key] = text;
    // A cell on the row's first line is addressed from its column and row when asked.
    if (from !== -1 && from !== sourceRows[0]) (refs ??= {})[col.key] = col.column + (from + 1);
  }
  return { cells, refs };
}
