import type { HeaderScanner } from "../detect/header-rows";
import type { RoleMatcher } from "../detect/role-matcher";
import type { SheetRows } from "../detect/sheet-rows";
import { readsAsDeadline } from "../detect/column-content";
import { parseDeadline } from "../deadline";
import { fold } from "../deadline/text";
import { VOCABULARY } from "../deadline/vocabulary";
import { continuesRowAbove, isDay, isFragment } from "./continuation";
import { parseNumbering, type Numbering } from "../numbering";
import type { RepeatedHeader } from "./repeated-header";
import { namesPartOfYear } from "./period-heading";
import { continuesSection, isHeadingText, isMonthHeading, isPeriodHeading, isSectionRow, loneCell, type LoneCell } from "./sections";
import { endsTable, isClosingSentence, isNote, isPageMark, isPageNumber, isTotalRow } from "./table-end";

/** What one sheet row under the header is. Rows are 0-based sheet rows; blank rows are not listed. */
export type BodyRow =
  | { kind: "task"; row: number; numbering: Numbering | null }
  | { kind: "continuation"; row: number }
  | { kind: "section"; row: number; text: string }
  | { kind: "sectionContinuation"; row: number; text: string }
  | { kind: "note"; row: number; text: string }
  | { kind: "repeatedHeader"; row: number }
  | { kind: "pageMark"; row: number };

export interface Body {
  /** The rows of the table under its header, in sheet order, up to its last task row. */
  rows: BodyRow[];
  /** Sheet row of the last task line, or -1 when the table has none. */
  lastRow: number;
  /** Task rows with a number, and rows taken as continuations (not counting rows under a task merged down over them). */
  numbered: number;
  continuations: number;
}

/** Text going on in lower case continues something; it heads nothing. */
const STARTS_LOWER_CASE = /^\p{Ll}/u;

/**
 * More words than a title beside its number has (four at most; a longer text there is a parent
 * task), asked of many rows of a large plan without splitting each (`split(/\s+/).length > 4`):
 * four runs of spaces at least.
 */
const LONGER_THAN_TITLE = /\s\S+\s\S+\s\S+\s/;
/** A parent task's text ends as a sentence does; a title does not. */
const ENDS_AS_SENTENCE = /[.:;]$/;
/** Columns a sub-heading is merged across, at least. */
const HEADING_SPAN = 3;

/**
 * A section row of several cells (`Освітнє середовище` merged down over its tasks beside `1.1.
 * Забезпечення комфортних умов …` merged across the rest of the table): one cell merged across the
 * task columns, every other merged down over the rows below. Its words, in column order, or null.
 */
function headingAcross(rows: SheetRows, r: number): string | null {
  const { cols, texts } = rows.cells(r);
  if (cols.length < 2 || cols.length > 3) return null;
  let across = 0;
  for (const c of cols) {
    const m = rows.mergeAt(r, c);
    if (!m || m.row !== r || m.col !== c) return null;
    if (m.colCount >= HEADING_SPAN && m.rowCount === 1) across++;
    else if (m.rowCount < 2) return null;
  }
  return across === 1 ? texts.join(" / ") : null;
}

/**
 * A group's heading row in a numbered table (`Gliding & Karting | Margaret | Go Karting` over actions
 * numbered from 1): no number, no deadline, and every cell but the task text merged down over the
 * group's rows (the group's name, its lead). Its words in column order, or null.
 */
function groupHeading(rows: SheetRows, r: number, activityCol: number, deadlineCol: number): string | null {
  if (deadlineCol >= 0 && rows.text(r, deadlineCol) !== "") return null;
  const { cols, texts } = rows.cells(r);
  let down = 0;
  for (const c of cols) {
    if (c === activityCol) continue;
    const m = rows.mergeAt(r, c);
    if (!m || m.row !== r || m.col !== c || m.rowCount < 2) return null;
    down++;
  }
  return down > 0 ? texts.join(" / ") : null;
}

/**
 * A group's title in capitals with no day beside it (`OPEN MORNINGS | 9am to 11.15am`) over rows
 * dated one by one with the task column left empty: the heading of those dates. Its words, or null.
 */
function groupTitle(rows: SheetRows, r: number, activityCol: number, deadlineCol: number): string | null {
  if (activityCol < 0 || deadlineCol < 0) return null;
  const title = rows.text(r, activityCol);
  const letters = title.replace(/[^\p{L}]/gu, "");
  if (letters.length < 3 || letters !== letters.toUpperCase() || LONGER_THAN_TITLE.test(title) || readsAsDeadline(rows.text(r, deadlineCol))) return null;
  const next = rows.nextNonBlank(r);
  const dates = rows.cells(next);
  if (next < 0 || dates.cols.length !== 1 || dates.cols[0] !== deadlineCol || rows.mergeAt(next, activityCol) || !isDay(dates.texts[0])) return null;
  return rows.cells(r).texts.join(" / ");
}

/**
 * A numbered heading over the tasks numbered under it (`1 | Задача "Обеспечение …"` merged across
 * the rest of the table, then `1.1`, `1.2`): the number and one cell beside it, the next task
 * numbered one level deeper.
 */
function numberedHeading(rows: SheetRows, r: number, numberCol: number, numberingOf: (r: number) => Numbering | null, matcher: RoleMatcher): boolean {
  const { cols, texts } = rows.cells(r);
  if (cols.length !== 2 || cols[0] !== numberCol) return false;
  // Merged across the columns, or a short title alone beside its number (`1 | Діагностика`), or a
  // title opening with a section word however long (`1 | Задача "Обеспечение …"`, not merged); a
  // parent task ends as a sentence does (`1. | Взаимодействие с родителите.`).
  const m = rows.mergeAt(r, cols[1]);
  const across = !!m && m.row === r && m.col === cols[1] && m.colCount >= HEADING_SPAN && m.rowCount === 1;
  if (!across && !matcher.opensSection(texts[1]) && (LONGER_THAN_TITLE.test(texts[1]) || ENDS_AS_SENTENCE.test(texts[1]))) return false;
  const own = numberingOf(r);
  const next = numberingOf(rows.nextNonBlank(r));
  // A Roman numeral with its title across the table (`I. | Центральный городской праздник` over
  // tasks `1.`, `2.`) numbers the parts of the plan, not its tasks, unless the rows under it go on in
  // Roman numerals too.
  if (own?.style === "roman" && across && next?.style !== "roman") return true;
  return !!own && !!next && next.path.length === own.path.length + 1 && own.path.every((p, i) => next.path[i] === p);
}

/** Items, at least, under a numbered group's heading: one row alone may be a task split at a page break. */
const GROUP_ITEMS = 2;
/** Item text going on in lower case: the rest of a sentence, not an item of its own. */
const ITEM_STARTS_LOWER = /^[(«"“„']*\p{Ll}/u;

/**
 * A numbered row naming only a group (`12. | Kołobrzeskie przedszkola`, its term and executor
 * left empty) over rows without a number that each give their own text, term and a further cell
 * (`1. P-3 Festiwal Piosenki Przedszkolnej | wg oferty | wychowawcy`): the group's heading, each row
 * under it a task of its own. A term and an executor written for every row say each row is done on
 * its own; a task's split text would leave them to its first line. The rows of its items, or null.
 */
function numberedGroupItems(rows: SheetRows, r: number, numberCol: number, deadlineCol: number, bottom: number, spacing: number): number[] | null {
  if (numberCol < 0 || deadlineCol < 0 || deadlineCol === numberCol) return null;
  const { cols } = rows.cells(r);
  // The group's name stands in the column its items' text does (the task, the partner, the event).
  const textCol = cols[1];
  if (cols.length !== 2 || cols[0] !== numberCol || textCol === deadlineCol) return null;
  // A cell merged down from the heading over the rows under it makes them one task's lines.
  for (let i = 0; i < cols.length; i++) if ((rows.mergeAt(r, cols[i])?.rowCount ?? 1) > 1) return null;
  // Asked of every numbered row of a large plan, nearly none of which heads items: the list is made for the first.
  let items: number[] | null = null;
  // A paste's paragraph spacing stands between the items too: only a wider gap ends them.
  for (let above = r, next = rows.nextNonBlank(r); next >= 0 && next <= bottom && next - above - 1 <= spacing; above = next, next = rows.nextNonBlank(next)) {
    const { cols: own } = rows.cells(next);
    if (own.includes(numberCol) || !own.includes(textCol) || !own.includes(deadlineCol) || own.length < 3) break;
    if (ITEM_STARTS_LOWER.test(rows.text(next, textCol))) break;
    (items ??= []).push(next);
  }
  return items !== null && items.length >= GROUP_ITEMS ? items : null;
}

/**
 * A footnote written as one sentence merged across the table between its rows (`Обучающиеся 11
 * классов пишут … в форме единого государственного экзамена.` under the rows whose class it marks
 * with a star): prose that ends as a sentence does, not a heading (no section word, not in capitals).
 */
function sentenceAcross(cell: LoneCell, matcher: RoleMatcher): boolean {
  return cell.spans && isClosingSentence(cell.text) && /[.!]$/.test(cell.text.trimEnd()) && !matcher.opensSection(cell.text) && !isHeadingText(cell.text);
}

/** Text opening as a sentence or a name does. */
const STARTS_UPPER = /^[«"“„'(]*\p{Lu}/u;

/** Words two task texts share from their start, at least, to name one subject. */
const SUBJECT_WORDS = 2;

/**
 * Two task texts naming one subject in two parts: they open with the same words, at least two and
 * all but the last of the shorter (`Музика – ООП писмен`, `Музика – ООП практически`).
 */
function sameSubject(first: string, second: string): boolean {
  const a = first.toLowerCase().split(/[\s\-–—]+/u).filter((w) => w !== "");
  const b = second.toLowerCase().split(/[\s\-–—]+/u).filter((w) => w !== "");
  const shorter = Math.min(a.length, b.length);
  let shared = 0;
  while (shared < shorter && a[shared] === b[shared]) shared++;
  return shared < Math.max(a.length, b.length) && shared >= SUBJECT_WORDS && shared >= shorter - 1;
}

const NO_TITLES: ReadonlySet<string> = new Set();

/** Cells a page's footer is pasted over, at most. */
const FOOTER_CELLS = 3;
/** A footer's other cells are this short: a date, a form's number, a file name. */
const FOOTER_CELL_LENGTH = 40;

/**
 * A page's footer pasted over two or three cells of a row: one gives the page in words (`Page 2 of
 * 7`, `Strona 3`), the others are short (`Printed 21.12.1995`, `Form PPB-1`), none a task number.
 */
function isFooterRow(rows: SheetRows, r: number): boolean {
  const { cols, texts, values } = rows.cells(r);
  if (cols.length < 2 || cols.length > FOOTER_CELLS || parseNumbering(values[0])) return false;
  return texts.some((t) => isPageMark(t)) && texts.every((t) => t.length <= FOOTER_CELL_LENGTH || isPageMark(t));
}

/** Rows looked at under a re-typed header for the task number that shows whether the numbering runs on. */
const LOOK_PAST_HEADER = 4;

export interface BodyLayout {
  /** First sheet row under the header. */
  top: number;
  /** Last sheet row the table may reach (the end of a block without a header); the sheet's last row when absent. */
  bottom?: number;
  /** First sheet column of the table: a lone cell there (or left of it) may be a section title. */
  firstCol: number;
  /** Sheet column of task numbers, or -1. */
  numberCol: number;
  /** False to keep every row as its own task even when it has no number. */
  joinSplitRows: boolean;
  /** Sheet columns of the task text and of the deadline, or -1: they tell a fragment of a row from a task. */
  activityCol?: number;
  deadlineCol?: number;
  /** Sheet column that opens every task when it is the table's first (a calendar's dates), or -1. */
  keyCol?: number;
  /** True when the key column is written once for a group of rows (a month over its activities). */
  groupedKey?: boolean;
  /** Sheet column of the day within the grouped key's month (`April` merged down, `2nd April` beside), or -1. */
  dayCol?: number;
  /**
   * Sheet column of the text that tells one task from the next where there is no task column: the
   * most specific of a list of indicators (the criterion beside the indicator), or -1.
   */
  textCol?: number;
  /**
   * The lines above the table that a printed page repeats at its top (the document's running
   * title), keyed as `runningTitleKey` keys them: met again between the rows, they mark a page break.
   */
  runningTitles?: ReadonlySet<string>;
}

/** A title line reduced for comparison: case, spacing and punctuation aside. */
export function runningTitleKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** A title this long at least, in letters, is the document's own and not a word that may recur (`Plan`, `2024`). */
const RUNNING_TITLE_LETTERS = 12;

/**
 * The lines alone above a table that may be its running title: long enough to be the document's
 * own, and no month, period or section heading (those open the table's first section).
 */
export function runningTitles(rows: SheetRows, matcher: RoleMatcher, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let r = from; r <= to; r++) {
    const lone = loneCell(rows, r);
    if (!lone || typeof lone.value !== "string" || lone.text.replace(/[^\p{L}]/gu, "").length < RUNNING_TITLE_LETTERS) continue;
    if (isMonthHeading(lone.text) || isPeriodHeading(lone.text) || matcher.opensSection(lone.text)) continue;
    out.add(runningTitleKey(lone.text));
  }
  return out;
}

/** Rows under the header that show a paste's paragraph spacing when each stands one blank row from the next. */
const SPACED_ROWS = 4;
/** Gaps between the first rows under the header looked at to tell a paste's spacing. */
const SPACING_LOOK = 8;

/**
 * Blank rows a paste puts between every two rows of the table: 1 when the first rows under the
 * header stand one blank row apart (a Word table pasted with spacing after its paragraphs), four
 * at least and more than twice the rows kept together (a task's lines split over two rows, which
 * the paste does not set apart), with no wider gap among them; else 0. Such a blank row is the
 * table's spacing, not a break: only a wider gap may end the table or set a title apart.
 */
export function paragraphSpacing(rows: SheetRows, top: number, bottom: number): number {
  let r = rows.isBlank(top) ? rows.nextNonBlank(top) : top;
  let apart = 0;
  let together = 0;
  for (let i = 0; i < SPACING_LOOK && r >= 0; i++) {
    const next = rows.nextNonBlank(r);
    if (next < 0 || next > bottom) break;
    const gap = next - r - 1;
    if (gap > 1) return 0;
    if (gap === 1) apart++;
    else together++;
    r = next;
  }
  return apart >= SPACED_ROWS && apart > 2 * together ? 1 : 0;
}

/**
 * Reads a table's rows in one pass from under its header down to where it ends: a new header
 * (a different one, or the same one under a title of its own: a second table), or closing rows
 * after a blank row (see `endsTable`).
 */
export function readBody(scanner: HeaderScanner, repeated: RepeatedHeader | null, layout: BodyLayout): Body {
  const rows: SheetRows = scanner.rows;
  const { firstCol, numberCol } = layout;
  /** The column whose numbers tell tasks from the lines of a split row, or -1. */
  const splitCol = layout.joinSplitRows ? numberCol : -1;
  const matcher = scanner.matcher;
  const out: BodyRow[] = [];
  const numberingOf = (r: number): Numbering | null => (numberCol >= 0 ? parseNumbering(rows.value(r, numberCol)) : null);
  /** A task row: numbered where numbers tell tasks apart, else any row of several cells. */
  // Without numbers, a row of several cells, or a day alone in the deadline column (an entry of a
  // group whose title stands above: `INSET DAYS (5)` over five dates).
  const isTask = (r: number): boolean => r >= 0 && (splitCol >= 0 ? !!numberingOf(r) : rows.cells(r).cols.length > 1 || dayAlone(r));
  const dayAlone = (r: number): boolean => {
    const { cols, texts } = rows.cells(r);
    return cols.length === 1 && cols[0] === layout.deadlineCol && isDay(texts[0]);
  };

  const activityCol = layout.activityCol ?? -1;
  const deadlineCol = layout.deadlineCol ?? -1;
  const keyCol = layout.keyCol ?? -1;
  const fragmentOf = (r: number) => isFragment(rows, r, activityCol, deadlineCol, keyCol, layout.groupedKey === true, layout.dayCol ?? -1);
  /** A line alone, without a number, over tasks numbered from 1 again: the heading of their section. */
  const opensNumbering = (r: number, numbering: Numbering | null): boolean => {
    if (numbering) return false;
    if (numberCol < 0) return opensNumberedText(r);
    // A list's first item, at any depth (`1.`, or `1.1` under the goal's line and a label line
    // `Индикатор достижения цели Программы` alone in the indicator column).
    const next = numberingOf(rows.nextNonBlank(r));
    return !!next && next.path[next.path.length - 1] === 1;
  };
  /**
   * With no number column, the tasks' numbers open their text (`1. Kształtowanie kultury…`): a
   * line alone in the task column, with no number, over a task numbered 1 heads the tasks under it.
   */
  const opensNumberedText = (r: number): boolean => {
    const lone = loneCell(rows, r);
    if (!lone || activityCol < 0 || lone.col !== activityCol || parseNumbering(lone.value)) return false;
    const next = rows.nextNonBlank(r);
    if (next < 0 || next > bottom || rows.cells(next).cols.length < 2) return false;
    const n = parseNumbering(rows.value(next, activityCol));
    return !!n && (n.style === "decimal" || n.style === "parenthesis") && n.path.length === 1 && n.path[0] === 1;
  };
  /**
   * A numbered title written alone in the first column (`2. Індивідуальна робота з читачами`, merged
   * across the row or not) over the header repeated and the tasks numbered under it (`2.1`, `2.2`):
   * the heading of their group, as a header under it says. Straight over its parts, the same line
   * is a parent task written in one cell.
   */
  const headsNumberedGroup = (r: number, lone: LoneCell, numbering: Numbering | null): boolean => {
    if (!numbering || numbering.path.length !== 1 || numbering.style === "roman" || lone.col > firstCol) return false;
    if (!/\p{L}{3}/u.test(lone.text.slice(numbering.text.length))) return false;
    let headed = false;
    for (let i = 0, next = r; i < LOOK_PAST_HEADER; i++) {
      next = rows.nextNonBlank(next);
      if (next < 0 || next > bottom) return false;
      if (repeated && repeated.repetition(next) === "same") {
        headed = true;
        continue;
      }
      const n = numberingOf(next);
      return headed && !!n && n.path.length === 2 && n.path[0] === numbering.path[0] && n.path[1] === 1;
    }
    return false;
  };
  /**
   * A numbered title alone in the table's first column where that column holds no task text and
   * no number column stands (`2. Празници и неучебни дни:` in the dates' column of a pasted list of
   * dates and what they are), straight over a full row: the heading of the rows under it. A parent
   * task would stand in the task column; a numbered line over another line alone heads nothing.
   */
  const headsRowsFromDateColumn = (r: number, lone: LoneCell): boolean => {
    if (numberCol >= 0 || lone.col !== firstCol || lone.col === activityCol || activityCol < 0) return false;
    const n = parseNumbering(lone.value);
    if (!n || n.style !== "decimal" || n.path.length !== 1 || !/\p{L}{3}/u.test(lone.text.slice(n.text.length))) return false;
    const next = rows.nextNonBlank(r);
    return next >= 0 && next <= bottom && next - r - 1 <= spacing && rows.cells(next).cols.length > 1 && rows.text(next, activityCol) !== "";
  };
  /**
   * A line alone in the task column, where that column is the table's first, heading the rows under
   * it in plain words, unmerged (`Школьные и классные мероприятия`, `До проекта`): the table's first
   * line over full rows (a task with nothing filled in does not open a table), and once a table opens
   * so, every such line over full rows; or a line alone straight over a heading (`Inset/ Occasional
   * days` over `Autumn 2024`).
   */
  const headsInTaskColumn = (r: number, lone: LoneCell, numbering: Numbering | null): boolean => {
    if (numbering || activityCol !== firstCol || lone.col !== activityCol || parseNumbering(lone.value) || STARTS_LOWER_CASE.test(lone.text)) return false;
    const next = rows.nextNonBlank(r);
    if (next < 0 || next > bottom) return false;
    const below = loneCell(rows, next);
    if (below) return next - r - 1 <= spacing && below.col <= activityCol && !parseNumbering(below.value) && isSectionRow(below, firstCol, matcher, activityCol);
    if (rows.cells(next).cols.length < 2 || (repeated && repeated.repetition(next)) || scanner.isHeader(next)) return false;
    return !taskRead || plainHeadings;
  };
  /** Whether a task has been read yet, and whether the table opened with a line alone in the task column over its rows. */
  let taskRead = false;
  let plainHeadings = headingRightAbove(rows, layout, activityCol, repeated);
  /** The task number last read, to tell a header repeated inside the numbering from one opening other tasks. */
  let lastNumbering: Numbering | null = null;
  const numberingRunsOn = (r: number): boolean => {
    if (!lastNumbering) return false;
    for (let i = 0, next = r; i < LOOK_PAST_HEADER; i++) {
      next = rows.nextNonBlank(next);
      if (next < 0) return false;
      const n = numberingOf(next);
      if (n) return n.style === lastNumbering.style && n.path[0] >= lastNumbering.path[0];
    }
    return false;
  };
  const textCol = activityCol >= 0 ? activityCol : (layout.textCol ?? -1);
  /** The row of the cell merged down over this row's cell from a row of the body above, or -1. */
  const mergedFrom = (r: number, c: number): number => {
    const m = c >= 0 && rows.text(r, c) === "" ? rows.mergeAt(r, c) : null;
    return m && m.row < r && m.row >= layout.top ? m.row : -1;
  };
  /**
   * A row under a task's number merged down over it that is part of that task: its text covered by
   * the task's own merged down too (the same task on another date or hour; an indicator's other
   * condition and score under its criterion), or naming the same subject as the numbered row
   * (`Музика – ООП практически` under `Музика – ООП писмен`: one exam's second part). Text of its
   * own on another subject, opening as a sentence does, is a task of its own under the same number
   * (another event that day, the indicator's next criterion). Null for a row under no such number.
   * Under an object of control merged down over its checks (a cyclogram), a row with a recurring
   * term of its own other than the first row's (`1 раз на квартал` under `1 раз на тиждень`) and a
   * further cell of its own (what is checked, who checks) is a check of its own: one term would
   * not be true of both.
   */
  const underMergedNumber = (r: number): "part" | "own" | null => {
    // Without a number column, the task's own text merged down over the rows says the same.
    const anchorCol = numberCol >= 0 ? numberCol : textCol;
    if (anchorCol < 0 || textCol < 0) return null;
    const top = mergedFrom(r, anchorCol);
    if (top < 0) return numberCol < 0 ? underMergedDate(r) : null;
    // One text over rows each dated on its own (`Holiday` over its dates) is that many tasks.
    if (numberCol < 0 && deadlineCol >= 0 && rows.text(r, deadlineCol) !== "") return "own";
    if (mergedFrom(r, textCol) >= 0) return checkOfItsOwn(r, top) ? "own" : "part";
    const text = rows.text(r, textCol);
    if (sameSubject(rows.text(top, textCol), text)) return "part";
    return STARTS_UPPER.test(text) ? "own" : null;
  };
  /**
   * Without a number column, a row under a date merged down over it whose text names the same
   * subject as the first row's (`Музика – ООП практически` under `21.10.2019 | Музика – ООП писмен`):
   * one exam's second part, as under a number merged down. Other text that day is a task of its own.
   */
  const underMergedDate = (r: number): "part" | null => {
    const top = mergedFrom(r, deadlineCol);
    if (top < 0 || deadlineCol === textCol) return null;
    const text = rows.text(r, textCol);
    return text !== "" && sameSubject(rows.text(top, textCol), text) ? "part" : null;
  };
  /** A row under a merged object of control with its own recurring term, different from the first row's, and another cell of its own. */
  const checkOfItsOwn = (r: number, top: number): boolean => {
    if (deadlineCol < 0 || deadlineCol === numberCol || deadlineCol === textCol || rows.mergeAt(r, deadlineCol)) return false;
    const term = rows.text(r, deadlineCol);
    const first = rows.text(top, deadlineCol);
    if (term === "" || term === first || !isRecurring(term) || !isRecurring(first)) return false;
    return rows.cells(r).cols.some((c) => c !== deadlineCol && c !== numberCol && c !== textCol && rows.text(r, c) !== "");
  };
  /** A task row, or a row continuing the task above. */
  const classify = (r: number, numbering: Numbering | null): BodyRow => {
    const merged = !numbering && hasRowAbove ? underMergedNumber(r) : null;
    if (merged === "part") {
      // Rows under one number merged down over them are not split lines: they say nothing of how the number column is used.
      spread++;
      return { kind: "continuation", row: r };
    }
    if (merged === "own" || groupItems.has(r)) return { kind: "task", row: r, numbering };
    if (continuesRowAbove(!!numbering, splitCol, hasRowAbove, !numbering && hasRowAbove ? fragmentOf(r) : "unknown")) return { kind: "continuation", row: r };
    return { kind: "task", row: r, numbering };
  };
  /** True when a task row follows within a few rows. */
  const taskAhead = (r: number): boolean => {
    for (let i = 0, next = r; i < LOOK_PAST_HEADER; i++) {
      next = rows.nextNonBlank(next);
      if (next < 0 || next > bottom) return false;
      if (rows.cells(next).cols.length > 1 || isTask(next)) return true;
    }
    return false;
  };
  /** Rows under a numbered group's heading, each a task of its own (see `numberedGroupItems`). */
  const groupItems = new Set<number>();
  /** Rows taken in by such merges: they say nothing about how the number column is used. */
  let spread = 0;
  let gap = 0;
  let last: BodyRow | null = null;
  let hasRowAbove = false;
  /** The section title being read: whether blank rows stood above it, and how many lines it has. */
  let titleAfterGap = false;
  let titleLines = 0;
  /** Whether the row just read is a section title written beside its number. */
  let numberedTitle = false;
  let titleText = "";
  /** The lines alone read since the last task: how many, and whether a blank row stood between two of them. */
  const sinceTask = { lines: 0, gap: false };
  const bottom = layout.bottom ?? rows.last;
  const spacing = paragraphSpacing(rows, layout.top, bottom);
  const runningTitleSet = layout.runningTitles ?? NO_TITLES;
  const footerRow = (r: number): boolean => isFooterRow(rows, r);
  const isRunningTitle = (text: string): boolean => runningTitleSet.size > 0 && runningTitleSet.has(runningTitleKey(text));
  /** True when the header, word for word, comes next, past nothing but a page's marks. */
  const headerRepeatsNext = (r: number): boolean => {
    if (!repeated) return false;
    for (let i = 0, next = r; i < LOOK_PAST_HEADER; i++) {
      next = rows.nextNonBlank(next);
      if (next < 0 || next > bottom) return false;
      if (repeated.repetition(next) === "same") return true;
      const mark = loneCell(rows, next);
      if (!mark || !(isPageMark(mark.text) || isPageNumber(mark.text) || isRunningTitle(mark.text))) return false;
    }
    return false;
  };
  const isMark = (text: string): boolean => isPageMark(text) || isPageNumber(text) || isRunningTitle(text);
  /**
   * True when the title met again opens a title block of its own: two lines or more alone under it
   * that are no page's marks (`Project Title: …`, `Problem Statement: …`) before the header comes
   * again. A page prints its title and perhaps a line more; a new part of the document states itself.
   */
  const opensTitleBlock = (r: number): boolean => {
    let lines = 0;
    for (let next = r; lines < 2; ) {
      next = rows.nextNonBlank(next);
      if (next < 0 || next > bottom || (repeated && repeated.repetition(next))) return false;
      const below = loneCell(rows, next);
      if (!below) return false;
      if (!isMark(below.text)) lines++;
    }
    return true;
  };
  /** True when a line alone is the title met again over a block of its own, or a line of that block. */
  const inTitleBlock = (r: number): boolean => {
    for (let x = r; x >= layout.top; x--) {
      if (rows.isBlank(x)) continue;
      const line = loneCell(rows, x);
      if (!line) return false;
      if (isRunningTitle(line.text) && opensTitleBlock(x)) return true;
    }
    return false;
  };
  /**
   * True when a row follows a row of the table or a page's mark: the document's title met again
   * there opens a page; under a heading (`ЖОВТЕНЬ` / `Організаційна робота` / the header) it is
   * the heading's second line, a part of the plan named again.
   */
  const afterRowOrMark = (r: number): boolean => {
    for (let x = r - 1; x >= layout.top; x--) {
      if (rows.isBlank(x)) continue;
      const above = loneCell(rows, x);
      const latest = out[out.length - 1];
      return !above || isMark(above.text) || (latest !== undefined && latest.kind === "pageMark" && latest.row === x);
    }
    return true;
  };
  /**
   * True when a line alone stands among lines alone that hold a page's mark, right before the
   * header repeated word for word: all of them are what a page break printed.
   */
  const besideMarks = (lone: LoneCell, r: number): boolean => {
    if (!repeated || lone.spans || isHeadingText(lone.text) || isPeriodHeading(lone.text) || matcher.opensSection(lone.text) || parseNumbering(lone.value) || inTitleBlock(r)) return false;
    let marked = false;
    for (let x = r - 1; x >= layout.top && !marked; x--) {
      if (rows.isBlank(x)) continue;
      const above = loneCell(rows, x);
      if (!above) break;
      marked = isMark(above.text);
    }
    for (let i = 0, next = r; i < LOOK_PAST_HEADER; i++) {
      next = rows.nextNonBlank(next);
      if (next < 0 || next > bottom) return false;
      if (repeated.repetition(next) === "same") return marked;
      const below = loneCell(rows, next);
      if (!below) return false;
      marked ||= isMark(below.text);
    }
    return false;
  };
  for (let r = layout.top; r <= bottom; r++) {
    if (rows.isBlank(r)) {
      gap++;
      continue;
    }
    // Blank rows that set a row apart: the paste's own spacing is none.
    const blankAbove = Math.max(0, gap - spacing);
    gap = 0;
    const inSection = last !== null && (last.kind === "section" || last.kind === "sectionContinuation");
    // A title written beside its number (`II. | Мероприятия в районах города`) is whole on its row: a
    // line alone under it (`Кировский и Куйбышевский районы:`) heads a part of that section.
    const numberedTitleAbove = numberedTitle;
    numberedTitle = false;
    const repetition = repeated ? repeated.repetition(r) : null;
    // The header with a column more heads a second table.
    if (repetition === "widened") break;
    if (repetition) {
      // The header again under a title block of its own (after blank rows, or of several lines, and
      // no section word) starts a second table; under a section or month heading that follows the
      // tasks straight on, it is the same table's header repeated.
      if (inSection && (titleAfterGap || titleLines > 1) && !matcher.opensSection(titleText) && !namesPartOfYear(titleText)) break;
      // So do lines alone read since the last task with a blank row between two of them: what
      // closed the block above (`Resources: …`, `Evaluation: …`), then the next block's title
      // (`RECOMMENDATION B` / its text / `Objectives: …`), whatever words that title uses.
      if (inSection && sinceTask.gap) break;
      // Word repeats a header word for word. The same columns headed in other words (`Олимпиада`,
      // then `Национално състезание`) head other tasks, unless the numbering runs on across them.
      if (repetition === "retyped" && !numberingRunsOn(r)) break;
      out.push({ kind: "repeatedHeader", row: r });
      continue;
    }
    const lone = loneCell(rows, r);
    // The document's marking, page number or footer, pasted between two rows at a page break, and
    // the running title the next page opens with: no part of the table's text.
    // So are a page number alone right before the header the next page repeats, and a footer
    // pasted over cells of its own (`Page 2 of 7` … `Printed 21.12.1995`).
    // And the other lines alone beside such a mark before the repeated header (`Printed 21.12.2025`,
    // `Исп. Иванова И.И.`), unless they read as a heading (merged across, in capitals, a month, a
    // term, a part of the plan): a section may open on the next page.
    // A page opens with its title at the left or across the page: the same words alone in a column
    // inside the table (`Община Кюстендил` under the responsible bodies) end the cell above.
    if ((lone && (isPageMark(lone.text) || (isRunningTitle(lone.text) && (lone.col <= firstCol || lone.spans) && afterRowOrMark(r) && !inTitleBlock(r)) || (isPageNumber(lone.text) && headerRepeatsNext(r)) || besideMarks(lone, r))) || footerRow(r)) {
      out.push({ kind: "pageMark", row: r });
      continue;
    }
    // A footer may read as a header (`Стр. 1 из 3 | Исп. Петрова`): it is looked for first.
    if (scanner.isHeader(r)) break;
    // `Итого:`, `Razem`, `Total`: the sums under the tasks close the table.
    if (isTotalRow(rows.cells(r).texts[0])) break;
    // Notes under the last task (`* …`, `Примечание: …`, a dashed sentence) with no task after them
    // close the table; with tasks after them, they are notes inside it.
    if (lone && hasRowAbove && (lone.col <= firstCol || lone.spans) && (isNote(lone.text) || sentenceAcross(lone, matcher))) {
      if (taskAhead(r)) {
        // What follows a note starts afresh: no line under it goes on with the task above it.
        hasRowAbove = false;
        last = { kind: "note", row: r, text: lone.text };
        out.push(last);
        continue;
      }
      if (isNote(lone.text)) break;
    }
    if (blankAbove > 0 && endsTable(rows, matcher, { row: r, gap: blankAbove, lone, inSection, firstCol, isTask })) break;

    let item: BodyRow;
    const numbering = numberingOf(r);
    if (lone && hasRowAbove && blankAbove === 0 && last?.kind !== "note" && isRemarkInBrackets(lone.text)) {
      item = { kind: "continuation", row: r };
    } else if (lone && inSection && !(last?.kind === "section" && numberedTitleAbove) && continuesSection(lone, firstCol, matcher)) {
      item = { kind: "sectionContinuation", row: r, text: lone.text };
    } else if (lone && (isSectionRow(lone, firstCol, matcher, activityCol) || opensNumbering(r, numbering) || headsNumberedGroup(r, lone, numbering) || headsRowsFromDateColumn(r, lone))) {
      item = { kind: "section", row: r, text: lone.text };
    } else if (lone && headsInTaskColumn(r, lone, numbering)) {
      plainHeadings ||= !taskRead;
      item = { kind: "section", row: r, text: lone.text };
    } else if (!lone && !numbering) {
      const heading = headingAcross(rows, r) ?? (opensNumbering(r, numbering) ? groupHeading(rows, r, activityCol, deadlineCol) : null) ?? groupTitle(rows, r, activityCol, deadlineCol);
      item = heading !== null ? { kind: "section", row: r, text: heading } : classify(r, numbering);
    } else if (numbering && numberedHeading(rows, r, numberCol, numberingOf, matcher)) {
      item = { kind: "section", row: r, text: rows.cells(r).texts.join(" ") };
      numberedTitle = true;
    } else {
      const items = numbering && splitCol >= 0 ? numberedGroupItems(rows, r, numberCol, deadlineCol, bottom, spacing) : null;
      if (items) for (const g of items) groupItems.add(g);
      item = items ? { kind: "section", row: r, text: rows.cells(r).texts.join(" ") } : classify(r, numbering);
    }

    if (item.kind === "task" || item.kind === "continuation") {
      sinceTask.lines = 0;
      sinceTask.gap = false;
    } else if (item.kind === "section" || item.kind === "sectionContinuation") {
      sinceTask.lines++;
      sinceTask.gap ||= blankAbove > 0 && sinceTask.lines > 1;
    }
    if (item.kind === "section") {
      hasRowAbove = false;
      titleAfterGap = blankAbove > 0;
      titleLines = 1;
      titleText = item.text;
    } else if (item.kind === "sectionContinuation") titleLines++;
    if (item.kind === "task" || item.kind === "continuation") taskRead = true;
    if (item.kind === "task") {
      hasRowAbove = true;
      if (item.numbering) lastNumbering = item.numbering;
    }
    last = item;
    out.push(item);
  }

  // Titles or repeated headers after the last task belong to whatever follows, not to this table.
  let end = out.length;
  while (end > 0 && out[end - 1].kind !== "task" && out[end - 1].kind !== "continuation") end--;
  // A heading right under the last task (past the paste's spacing) whose own cell lists its tasks as
  // blanks still to be written (`Spotkanie z przedstawicielami ciekawych zawodów:` over lines of
  // dashes) is the table's last section, with nothing under it yet: it heads nothing that follows.
  const after = out[end];
  if (end > 0 && after?.kind === "section" && after.row - out[end - 1].row - 1 <= spacing && isPlaceholderSection(after.text)) end++;
  out.length = end;
  let numbered = 0;
  let continuations = 0;
  for (let i = 0; i < out.length; i++) {
    const item = out[i];
    if (item.kind === "task" && item.numbering) numbered++;
    else if (item.kind === "continuation") continuations++;
  }
  return { rows: out, lastRow: end > 0 ? out[end - 1].row : -1, numbered, continuations: Math.max(0, continuations - spread) };
}

/**
 * A table found without a header whose rows start right under a line alone in their task column,
 * unmerged and in plain words (`On Time School Applications` over `Allocation Date | Monday 3 March
 * 2025`): the table's first heading, left above the rows, so the table opens with plain headings
 * and the like lines further down head their rows too (`Late School Applications`). A line naming
 * a plan (`График на дейностите`) is the table's title, no heading of its rows.
 */
function headingRightAbove(rows: SheetRows, layout: BodyLayout, activityCol: number, repeated: RepeatedHeader | null): boolean {
  if (repeated || activityCol < 0 || activityCol !== layout.firstCol) return false;
  const above = layout.top - 1;
  if (above < rows.first || rows.isBlank(above) || rows.isBlank(above - 1)) return false;
  const lone = loneCell(rows, above);
  return !!lone && !lone.spans && lone.col === activityCol && typeof lone.value === "string" && !parseNumbering(lone.value) && !STARTS_LOWER_CASE.test(lone.text) && !VOCABULARY.planWords.test(fold(lone.text));
}

/**
 * A remark wholly in brackets on a line of its own (`(в ред. постановления … от 04.10.2011 N 766-ПГ)`,
 * a legal database's amendment note): it qualifies the row above it and heads nothing.
 */
function isRemarkInBrackets(text: string): boolean {
  const t = text.trim();
  return t.startsWith("(") && t.endsWith(")") && t.indexOf(")") === t.length - 1 && /\p{L}{3}/u.test(t);
}

/** A line held for an item still to be written: only dashes, dots or underscores. */
const PLACEHOLDER_LINE = /^[-–—_.…•\s]+$/u;

/** A heading whose cell goes on with lines held for its items (`Spotkanie z …:` / `-` / `-`), none written. */
function isPlaceholderSection(text: string): boolean {
  const lines = text.split("\n");
  return lines.length >= 2 && !PLACEHOLDER_LINE.test(lines[0]) && lines.slice(1).every((l) => PLACEHOLDER_LINE.test(l));
}

/** A term that recurs (`щомісяця`, `1 раз на квартал`, `Двічі на рік`): how often a check is done. */
function isRecurring(text: string): boolean {
  return parseDeadline(text).kind === "recurring";
}
