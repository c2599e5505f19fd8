import { opensWithNumber, parseNumbering } from "../numbering";
import { readsAsDeadline } from "./column-content";
import { bareHeading } from "./header-text";
import type { KnownRole } from "./vocabulary";
import type { RoleMatcher, RoleMatch } from "./role-matcher";
import type { RowCells, SheetRows } from "./sheet-rows";

/** Where a table's header sits. Rows and columns are 0-based sheet positions. */
export interface HeaderLayout {
  /** Every header row, top first (a column-numbering row under the header included). */
  rows: number[];
  /** The row over the role row in a two-row header (`MONITOROWANIE`, a scorecard group row), or -1. */
  upper: number;
  /** The row whose cells name the columns' roles (the lower one of two). */
  lower: number;
  /** A `1 | 2 | 3 ...` row numbering the columns under the header, or -1. */
  columnNumbers: number;
  /** Header rows between the upper and the role row of a header three rows deep or more. */
  middle?: number[];
  /** Rows under the role row whose words go on with its headings (`Дата` / `проведення`), as a PDF copy lays them out. */
  lines?: number[];
  /** Remarks in brackets under the header (`(максимальное количество баллов - 45)`): shown with the heading they stand under, typing nothing. */
  notes?: number[];
  /** True for a header in one cell merged over the whole table (`MEETING DATE TO REPORT ON:`): shown over every column, it types none. */
  caption?: boolean;
  /**
   * A column whose header cell names the part of the plan the rows below belong to rather than the
   * column (`Autumn Term | Date:`, then `Spring Term | Date:`): shown as the header, typing nothing.
   */
  namesSection?: number;
  /** First and last columns the header covers. */
  left: number;
  right: number;
}

/** What a year's column holds in an indicator table. */
const MEASURES: ReadonlySet<KnownRole> = new Set<KnownRole>(["baseline", "target", "actual"]);

/** A header cell is short: a label, not a sentence. */
const MAX_HEADER_WORDS = 8;
const MAX_HEADER_LENGTH = 160;
/** A header row names at least this many different roles... */
const MIN_HEADER_ROLES = 3;
/**
 * ...or, in a narrow table (a calendar, a timetable: `Дейност | Срок`, `Meeting | Date`), two:
 * when one of them is the deadline and the other says what or who.
 */
const NARROW_TABLE_CELLS = 6;
/** ...and most of its cells are labels PlanCheck recognises. */
const MIN_LABEL_SHARE = 0.6;
/** A header naming four roles or more, or a narrow one, may leave half of its cells unknown (`Місце проведення`, `Година`). */
const WIDE_HEADER_ROLES = 4;
const LOWEST_LABEL_SHARE = 0.5;

/** Header state of a row, remembered per row: not yet known, a header, or not one. */
const UNKNOWN = 0;
const HEADER = 1;
const NOT_HEADER = 2;

/**
 * Finds header rows: rows most of whose cells are short labels naming at least three roles.
 * The answer per row is computed once, since the same rows are asked about while a table's body is read.
 */
export class HeaderScanner {
  private readonly state: Uint8Array;
  private readonly roles = new Map<number, Set<KnownRole>>();

  constructor(
    readonly rows: SheetRows,
    readonly matcher: RoleMatcher,
  ) {
    this.state = new Uint8Array(Math.max(0, rows.last - rows.first + 1));
  }

  /**
   * The role a cell names when it reads as a header label: short and mostly vocabulary words, or
   * opening with a head word however long the rest (`Термін проведення зимових канікул`, `Назва
   * заходу (враховуючи вікові особливості)`).
   */
  label(value: unknown, text: string): RoleMatch | null {
    if (typeof value !== "string" || text.length > MAX_HEADER_LENGTH || wordCount(text) > MAX_HEADER_WORDS * 2) return null;
    const m = this.matcher.match(text);
    if (!m) return null;
    // `срок – 1-10.09.2013г.`, `отг. – комисия`: a label with its value after it is a data cell.
    if (hasLabelledValue(text)) return null;
    // `месец юли 2019 г.`, `Срок 15.09`: a cell that is itself a date or a period is data, whatever word it opens with;
    // words all naming another role with a year (`Wartość bazowa (2021)`, `Budżet 2024`) head a column.
    const anotherRole = m.role !== "deadline" && m.atStart && m.coverage === 1;
    if (hasDigit(text) && !anotherRole && readsAsDeadline(text)) return null;
    if (m.words <= MAX_HEADER_WORDS && m.coverage >= 0.5) return m;
    // A long cell opening with a head word is a heading with its complement, unless it reads as a
    // sentence: counts and clauses (`Организиране на консултации …; в училищата – 20 участници`).
    return m.atStart && !hasDigit(text) && !CLAUSE_BREAK.test(text) ? m : null;
  }

  /**
   * A row's cells with the texts its headings are read by. A row opening with a task number is data,
   * whatever its words; headings numbered one after another (`3.SMART target | 4.Measures |
   * 5.Tasks/Actions`) are a form's numbered columns, read without their numbers.
   */
  private headings(row: number): Headings {
    return headingsOf(this.rows.cells(row));
  }

  /** True when a row reads as a table header on its own. */
  isHeader(row: number): boolean {
    const i = row - this.rows.first;
    if (i < 0 || i >= this.state.length) return false;
    if (this.state[i] === UNKNOWN) {
      const roles = this.headerRoles(row);
      this.state[i] = roles ? HEADER : NOT_HEADER;
      if (roles) this.roles.set(row, roles);
    }
    return this.state[i] === HEADER;
  }

  /** Roles a header row names (empty for a row that is not one). */
  rolesOf(row: number): Set<KnownRole> {
    return this.isHeader(row) ? (this.roles.get(row) ?? new Set()) : new Set();
  }

  /** The roles a row names when it is a header, else null. */
  private headerRoles(row: number): Set<KnownRole> | null {
    const { values, texts, opensWithTask } = this.headings(row);
    if (values.length < 2 || opensWithTask) return null;
    const roles = new Set<KnownRole>();
    let labels = 0;
    let years = 0;
    const n = values.length;
    for (let i = 0; i < n; i++) {
      const m = this.label(values[i], texts[i]);
      if (m) {
        labels++;
        roles.add(m.role);
      } else if (isYear(values[i], texts[i])) years++;
      // `Место проведения`, `Uczestnicy`: a heading PlanCheck knows, of a column it does not check.
      else if (typeof values[i] === "string" && texts[i].length <= MAX_HEADER_LENGTH && this.matcher.namesNoRole(texts[i])) labels++;
      else if (n - (i + 1 - labels - years) < LOWEST_LABEL_SHARE * n) return this.yearsBelow(row);
    }
    // A plain header: three roles, most cells labels; a wide one: four roles, half of its cells.
    if (roles.size >= MIN_HEADER_ROLES && labels >= MIN_LABEL_SHARE * n) return roles;
    if (roles.size >= WIDE_HEADER_ROLES && labels >= LOWEST_LABEL_SHARE * n) return roles;
    // Years over money or targets (`Наименование мероприятий | 2013 | 2014 | …`).
    if (years >= 2 && roles.size >= 2 && (roles.has("activity") || roles.has("indicator")) && labels + years >= MIN_LABEL_SHARE * n) return roles;
    // Years alone over a row naming each year's measure (`SY2022 | SY2023` over `Baseline | Target`).
    if (years === n && years >= 2) return this.measuresUnder(row);
    const narrow = roles.size === 2 && n <= NARROW_TABLE_CELLS && roles.has("deadline") && (roles.has("activity") || roles.has("responsible"));
    if (narrow && labels >= LOWEST_LABEL_SHARE * n) return roles;
    return this.yearsBelow(row);
  }

  /**
   * The roles of a two-row header whose lower row lists years under a heading merged across them
   * (`Оценка расходов (тыс. руб.), годы` over `Всего | 2015 | 2016 | …`, `В том числе по годам` over
   * `2019 | … | 2025`), every other heading merged down over both rows: the years head the columns
   * as they do written in one row, so the two rows read as one header of names over money by year.
   */
  private yearsBelow(row: number): Set<KnownRole> | null {
    const below = row + 1;
    if (below > this.rows.last) return null;
    const { values, texts, cols } = this.rows.cells(row);
    const roles = new Set<KnownRole>();
    let labels = 0;
    let n = 0;
    const across: MergedSpan[] = [];
    for (let i = 0; i < cols.length; i++) {
      const m = this.rows.mergeAt(row, cols[i]);
      if (!m || m.row !== row || m.col !== cols[i]) return null;
      if (m.rowCount === 1 && m.colCount >= 2) {
        across.push({ left: m.col, right: m.col + m.colCount - 1 });
        continue;
      }
      if (m.rowCount < 2) return null;
      n++;
      const label = this.label(values[i], texts[i]);
      if (label) {
        labels++;
        roles.add(label.role);
      }
    }
    if (across.length === 0) return null;
    const lower = this.rows.cells(below);
    let years = 0;
    for (let i = 0; i < lower.cols.length; i++) {
      if (!across.some((s) => s.left <= lower.cols[i] && lower.cols[i] <= s.right)) return null;
      n++;
      if (isYear(lower.values[i], lower.texts[i])) years++;
    }
    if (years < MIN_YEARS_BELOW || !(roles.has("activity") || roles.has("indicator"))) return null;
    return labels + years >= MIN_LABEL_SHARE * n ? roles : null;
  }

  /**
   * The header around a header row: a lower row under it (`Wskaźnik | Miernik | ...` under
   * `MONITOROWANIE`), or else a group row over it (`СТРАТЕГИЧЕСКА ТЕМА ... | BALANCED SCORECARD |
   * ПЛАН` over the scorecard header), and a column-numbering row under either.
   * `floor` is the first row not taken by an earlier table.
   */
  layout(row: number, floor: number): HeaderLayout {
    let upper = -1;
    let lower = row;
    if (this.isLowerHeader(row, row + 1)) {
      upper = row;
      lower = row + 1;
    } else if (row - 1 >= floor && (this.isUpperHeader(row - 1, row) || this.isGroupRow(row - 1, row))) {
      upper = row - 1;
    } else if (this.splitsUnder(row, row + 1)) {
      upper = row;
      lower = row + 1;
    }
    // Deeper headers (funding split by total, capital and current spending, each by source): rows
    // of labels that cells merged down from the header's first rows reach into belong to it.
    const middle: number[] = [];
    if (upper >= 0) {
      for (let reach = this.mergedReach(upper, lower); lower + 1 <= reach && this.isDeeperHeader(lower + 1); reach = Math.max(reach, this.mergedReach(lower, lower))) {
        middle.push(lower);
        lower++;
      }
    }
    const rows = upper >= 0 ? [upper, ...middle, lower] : [lower];
    const lines: number[] = [];
    for (let r = lower + 1; lines.length < MAX_HEADING_LINES && this.continuesHeadings(r, rows); r++) lines.push(r);
    rows.push(...lines);
    // A remark wholly in brackets merged across under the header (`(максимальное количество баллов
    // - 45)`) says something of the headings over it: a row of the header, heading no column.
    const notes = this.isHeaderNote(rows[rows.length - 1] + 1) ? [rows[rows.length - 1] + 1] : [];
    rows.push(...notes);
    const bottom = rows[rows.length - 1];
    const columnNumbers = isColumnNumbering(this.rows, bottom + 1, true) ? bottom + 1 : -1;
    if (columnNumbers >= 0) rows.push(columnNumbers);
    let left = Number.POSITIVE_INFINITY;
    let right = Number.NEGATIVE_INFINITY;
    for (const r of rows) {
      for (const c of this.rows.cells(r).cols) {
        const m = this.rows.mergeAt(r, c);
        left = Math.min(left, m ? m.col : c);
        right = Math.max(right, m ? m.col + m.colCount - 1 : c);
      }
    }
    // The block's name beside the measures under the years (`1.A Empathy | Baseline | Target`) names a section, not a column.
    const blockName = upper >= 0 && this.measuresUnder(upper) ? this.rows.cells(lower).cols.find((c) => this.rows.text(upper, c) === "") : undefined;
    return { rows, upper, lower, columnNumbers, left, right, lines, middle, ...(notes.length > 0 ? { notes } : {}), ...(blockName !== undefined ? { namesSection: blockName } : {}) };
  }

  /** A line alone merged across two columns or more, wholly in brackets and short as a heading is. */
  private isHeaderNote(row: number): boolean {
    if (row > this.rows.last) return false;
    const { cols, texts } = this.rows.cells(row);
    if (cols.length !== 1 || texts[0].length > MAX_HEADER_LENGTH || !BRACKETED.test(texts[0])) return false;
    const m = this.rows.mergeAt(row, cols[0]);
    return !!m && m.colCount >= 2;
  }

  /**
   * A second header row of labels that split a heading merged across them (`Дата` over `начало
   * модуля | окончание модуля`), every other heading merged down over it (`модуль`,
   * `Продолжительность`): the header's lower row, whatever words its labels use.
   */
  splitsUnder(row: number, next: number): boolean {
    if (next > this.rows.last || !this.isDeeperHeader(next)) return false;
    let split = 0;
    for (const c of this.rows.cells(row).cols) {
      const m = this.rows.mergeAt(row, c);
      if (!m || m.row !== row || m.col !== c) return false;
      if (m.rowCount >= 2) continue;
      if (m.colCount < 2) return false;
      split++;
    }
    if (split === 0) return false;
    // Every label stands under a heading merged across.
    return this.rows.cells(next).cols.every((c) => {
      const m = this.rows.mergeAt(row, c);
      return !!m && m.row === row && m.rowCount === 1 && m.colCount >= 2;
    });
  }

  /** The lowest row reached by cells merged down from the given header rows. */
  private mergedReach(from: number, to: number): number {
    let reach = -1;
    for (let r = from; r <= to; r++) {
      for (const c of this.rows.cells(r).cols) {
        const m = this.rows.mergeAt(r, c);
        if (m && m.row === r) reach = Math.max(reach, m.row + m.rowCount - 1);
      }
    }
    return reach;
  }

  /** A row of short labels, no task number, no figures: a level of a header merged over it. */
  private isDeeperHeader(row: number): boolean {
    const { values, texts, opensWithTask } = this.headings(row);
    if (values.length === 0 || opensWithTask) return false;
    return values.every((v, i) => typeof v === "string" && texts[i].length <= MAX_HEADER_LENGTH && wordCount(texts[i]) <= MAX_HEADER_WORDS && !/^[\d\s.,]+$/.test(texts[i]));
  }

  /**
   * A row whose every cell goes on with a heading above it: a few words in lower case, no digits,
   * under a column the header names (`проведення` under `Дата`, `про` / `виконання` under `Відмітка`).
   */
  private continuesHeadings(row: number, header: number[]): boolean {
    const { values, texts, cols } = this.rows.cells(row);
    // A few columns' headings go on; a row filling as many cells as the header is a row of its own.
    if (cols.length === 0 || cols.length * 2 > this.rows.cells(header[header.length - 1]).cols.length) return false;
    for (let i = 0; i < cols.length; i++) {
      if (typeof values[i] !== "string" || texts[i].length > 30 || wordCount(texts[i]) > 2 || hasDigit(texts[i]) || !HEADING_GOES_ON.test(texts[i])) return false;
      // A month in the date column (`м. ЯНУАРИ`, `м.февруари`) is the first month's heading, not the heading's words going on.
      if (readsAsDeadline(texts[i])) return false;
      if (!header.some((h) => this.rows.text(h, cols[i]) !== "")) return false;
    }
    return true;
  }

  /**
   * The measures a row names under every cell of a row of years above it (`Baseline | Target |
   * Target`), its first cell free to name the block (`1.A Empathy`); null when it names none under some year.
   */
  private measuresUnder(years: number): Set<KnownRole> | null {
    const roles = new Set<KnownRole>();
    for (const c of this.rows.cells(years).cols) {
      const m = this.label(this.rows.value(years + 1, c), this.rows.text(years + 1, c));
      if (!m || !MEASURES.has(m.role)) return null;
      roles.add(m.role);
    }
    return roles;
  }

  /** A second header row: no task number, short labels, tied to the row above by merges or words. */
  private isLowerHeader(upper: number, row: number): boolean {
    const { values, texts, cols, numbered } = this.headings(row);
    if (values.length === 0 || (parseNumbering(values[0]) && !numbered && !(upper === row - 1 && this.isHeader(upper) && this.measuresUnder(upper)))) return false;
    let labels = 0;
    let allText = true;
    for (let i = 0; i < values.length; i++) {
      if (typeof values[i] !== "string") {
        allText = false;
        continue;
      }
      if (texts[i].length > MAX_HEADER_LENGTH || wordCount(texts[i]) > MAX_HEADER_WORDS) return false;
      if (this.label(values[i], texts[i])) labels++;
    }
    // Upper header cells merged down into this row say so outright.
    const mergedDown = this.rows.cells(upper).cols.some((c) => {
      const m = this.rows.mergeAt(upper, c);
      return !!m && m.row === upper && m.rowCount > 1;
    });
    // A lone short title under the header is a section row (`Cel szczegółowy 1`), not a header.
    if (cols.length === 1) return mergedDown && !this.matcher.opensSection(texts[0]);
    if (labels === cols.length) return true;
    return mergedDown || (allText && labels * 2 >= cols.length);
  }

  /**
   * The upper row of a two-row header found by its lower row (when the upper names too few roles
   * to be a header on its own): short labels, no task number, merged down into the header row or,
   * with two cells or more, heading columns the header row leaves empty.
   */
  private isUpperHeader(row: number, header: number): boolean {
    const { values, texts, cols, numbered } = this.headings(row);
    if (cols.length === 0 || (parseNumbering(values[0]) && !numbered)) return false;
    let labels = 0;
    for (let i = 0; i < cols.length; i++) {
      if (typeof values[i] !== "string" || texts[i].length > MAX_HEADER_LENGTH || wordCount(texts[i]) > MAX_HEADER_WORDS) return false;
      if (this.label(values[i], texts[i])) labels++;
    }
    const mergedDown = cols.some((c) => {
      const m = this.rows.mergeAt(row, c);
      return !!m && m.row === row && m.rowCount > 1;
    });
    const headsEmptyColumns = cols.some((c) => this.rows.text(header, c) === "");
    // A lone label over an empty header cell is more likely a title line (`Cele szczegółowe:`).
    return mergedDown || (cols.length > 1 && labels > 0 && headsEmptyColumns);
  }

  /**
   * A group row: two or more titles directly over the header, each heading a group of at least two
   * columns (merged across them, or followed by empty cells up to the next title), like the
   * scorecard's `СТРАТЕГИЧЕСКА ТЕМА ... | BALANCED SCORECARD | ПЛАН`. Two glossary cells side by
   * side (`ЕС | Европейски съюз`) head no groups.
   */
  private isGroupRow(row: number, header: number): boolean {
    const { values, cols, numbered } = this.headings(row);
    if (cols.length < 2 || (parseNumbering(values[0]) && !numbered) || this.isHeader(row)) return false;
    const headerCols = this.rows.cells(header).cols;
    const first = headerCols[0];
    const last = headerCols[headerCols.length - 1];
    if (cols[0] < first || cols[cols.length - 1] > last) return false;
    return cols.every((c, i) => {
      const m = this.rows.mergeAt(row, c);
      const width = m ? m.col + m.colCount - c : (i + 1 < cols.length ? cols[i + 1] : last + 1) - c;
      return width >= 2;
    });
  }
}

/** Columns a heading merged across the header's first row covers. */
interface MergedSpan {
  left: number;
  right: number;
}

/** Years a header's lower row lists under a heading merged across them before the two rows read as a header of money by year. */
const MIN_YEARS_BELOW = 3;

/** A text wholly in one pair of brackets. */
const BRACKETED = /^\s*\([^()]*\)\s*$/u;

/** Lines a heading may be broken over below the role row. */
const MAX_HEADING_LINES = 2;
const HEADING_GOES_ON = /^[(«"“„']*\p{Ll}/u;

const CLAUSE_BREAK = /[;!?]|\.\s+\p{L}/u;

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A cell opening with a label and a colon or dash, followed by its value. */
function hasLabelledValue(text: string): boolean {
  // `Срок: 28 януари`, `Отг.: Г. Иванов`: a colon after the label.
  const colon = /^\s*\p{L}{2,}(?:\s\p{L}{2,})?\.?\s*:\s*(\S.*)$/su.exec(text);
  if (colon) return /[\p{L}\d]/u.test(colon[1]);
  // `срок – 1-10.09.2013г.`, `отг. – комисия`, `отг.-Г. Иванов`: a dash after a shortened label, or before a date.
  const dash = /^\s*(\p{L}{2,}(?:\s\p{L}{2,})?)(\.?)\s*[-–—]\s*(\S.*)$/su.exec(text);
  return !!dash && (dash[2] === "." || /\d/.test(dash[3])) && !/^\p{Ll}{1,4}$/u.test(dash[3]);
}

/** A year heading a column (`2013`, `2014 год`, `2025 r.`), or a fiscal or school year (`FY 25`, `SY2022`, `SY 2023-24`). */
function isYear(value: unknown, text: string): boolean {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1990 && value <= 2100;
  // Read as a heading is, without a colon, asterisk, footnote mark or full stop after it (`SY2022:`, `FY 25*`, `2024 р.¹`).
  const bare = bareHeading(text).replace(/(\d)\.$/u, "$1");
  return /^(?:19|20)\d{2}(?:\s*(?:г\.?|год|р\.?|рік|r\.?|rok))?$/u.test(bare) || NAMED_YEAR.test(bare);
}

/** `FY 25`, `FY2025`, `SY2022`, `SY 2023-24`: a year named with its kind, short or whole, alone or as a span. */
const NAMED_YEAR = /^[FS]Y\s*'?(?:(?:19|20)\d{2}|\d{2})(?:\s*[/–-]\s*(?:(?:19|20)\d{2}|\d{2}))?$/iu;

/** A row's cells with the texts its headings are read by, and whether it opens with a task's number. */
interface Headings extends RowCells {
  /** True when the cells are a form's numbered headings, `texts` holding them without their numbers. */
  numbered: boolean;
  /** True when the first cell's number is a task's, not the first of the columns' numbers. */
  opensWithTask: boolean;
}

function headingsOf(cells: RowCells): Headings {
  const bare = numberedHeadings(cells.values, cells.texts);
  // Built field by field: a spread copies through the slow path, and every row asked about makes one.
  return { cols: cells.cols, texts: bare ?? cells.texts, values: cells.values, numbered: bare !== null, opensWithTask: bare === null && opensWithNumber(cells.values[0]) };
}

/**
 * True when a row opens with a task's number: a number in its first cell that does not begin a
 * form's numbered headings (`1. Objective | 2. Action | 3. Lead`), which head columns instead.
 */
export function opensWithTaskNumber(cells: RowCells): boolean {
  return headingsOf(cells).opensWithTask;
}

/**
 * The headings of a row whose cells open with the columns' numbers, numbered one after another
 * from the row's first cell (`3.SMART target | 4.Measures | 5.Tasks/Actions`, `1. № з/п | 2. Назва
 * заходу | 2024 | 2025`), without their numbers; null for any other row. A cell left unnumbered
 * holds no words (a year over money), and at least two are numbered: a task row opens with one
 * number, its other cells are not numbered on from it.
 */
function numberedHeadings(values: readonly unknown[], texts: readonly string[]): string[] | null {
  if (values.length < 2 || typeof values[0] !== "string") return null;
  // Numbered headings open with a figure: a first cell opening with anything else but a space is no heading of them.
  const opening = texts[0].charCodeAt(0);
  if (opening > 32 && (opening < 48 || opening > 57)) return null;
  const out: string[] = [];
  let last = -1;
  let numbered = 0;
  for (let i = 0; i < values.length; i++) {
    const n = typeof values[i] === "string" ? parseNumbering(texts[i]) : null;
    const rest = n ? texts[i].slice(n.text.length).trim() : "";
    if (!n || !HEADING_NUMBER.test(n.text) || !(i === 0 ? FIRST_HEADING_OPENS : HEADING_OPENS).test(rest)) {
      // Only a cell without words may go unnumbered, and never the first.
      if (i === 0 || /\p{L}/u.test(texts[i])) return null;
      out.push(texts[i]);
      continue;
    }
    // Numbers rise one by one; a heading over two columns may leave its number on both (`4. Target | 4. Actual`).
    if (last >= 0 && n.path[0] !== last && n.path[0] !== last + 1) return null;
    last = n.path[0];
    numbered++;
    out.push(rest);
  }
  return numbered >= 2 ? out : null;
}

/** A column's number as a form prints it before the heading: one or two figures and a full stop or bracket (`6.`, `2)`), as `bareHeading` reads it. */
const HEADING_NUMBER = /^\d{1,2}[.)]$/;

/**
 * What a numbered heading's words open with: a letter, or a sign before one (`№ з/п`, `% Complete`);
 * after the first, a figure too (`2. 12 клас`), so long as words follow.
 */
const FIRST_HEADING_OPENS = /^[№#%]?\s*\p{L}/u;
const HEADING_OPENS = /^(?:[№#%]?\s*\p{L}|\d[^\p{L}]{0,8}\p{L})/u;

/** Words in a text, counted without splitting it. */
function wordCount(text: string): number {
  let n = 1;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 32 || c === 10 || c === 9) && text.charCodeAt(i - 1) > 32) n++;
  }
  return n;
}

/** The highest column number a column-numbering row is taken to print. */
const MAX_COLUMN_NUMBER = 40;

/**
 * A `1 | 2 | 3 | ...` row numbering the columns, as Russian and Ukrainian forms put under the header.
 * Right under the header (`partial`) a form may number only some columns (`1 | 2 | | `): small
 * integers rising from 1, none greater than its column's place counted from the `1`, since a column
 * cannot carry a number higher than the columns before it allow. Elsewhere only a full `1 | 2 | 3`
 * counts, as a task row of bare numbers could rise too.
 */
export function isColumnNumbering(rows: SheetRows, row: number, partial = false): boolean {
  const { cols, texts } = rows.cells(row);
  if (texts.length < (partial ? 2 : 3)) return false;
  // Columns moved after the form numbered them (the deadline put last: `1 | 2 | 4 | 5 | 3`) keep
  // their numbers: every number from 1 to the count once is still the form's numbering.
  if (texts.length >= 3 && isShuffledCount(texts)) return true;
  if (!partial) return texts.every((t, i) => t === String(i + 1));
  let last = 0;
  for (let i = 0; i < texts.length; i++) {
    if (!/^\d{1,2}$/.test(texts[i])) return false;
    const n = Number(texts[i]);
    if (i === 0 ? n !== 1 : n <= last) return false;
    if (n > MAX_COLUMN_NUMBER || n > cols[i] - cols[0] + 1) return false;
    last = n;
  }
  return true;
}

/** A column's number in a column-numbering row (a pattern written in a function is a new object at every call). */
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;

/** True when the texts are the numbers from 1 to their count, each once, in any order. */
function isShuffledCount(texts: readonly string[]): boolean {
  // Asked of every row of a large plan, nearly all of which fail at their first cell: the numbers
  // seen are kept only once one is read (at most 99, two digits, so two words of bits hold them).
  let low = 0;
  let high = 0;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    if (!ONE_OR_TWO_DIGITS.test(t)) return false;
    const n = Number(t);
    if (n < 1 || n > texts.length) return false;
    if (n <= 31) {
      const bit = 1 << n;
      if (low & bit) return false;
      low |= bit;
    } else if (n <= 62) {
      const bit = 1 << (n - 31);
      if (high & bit) return false;
      high |= bit;
    } else if (seenAbove(texts, i, n)) return false;
  }
  return true;
}

/** Whether a number above 62 stood before index `i` (a row of so many numbered columns is rare). */
function seenAbove(texts: readonly string[], i: number, n: number): boolean {
  for (let k = 0; k < i; k++) if (Number(texts[k]) === n) return true;
  return false;
}
