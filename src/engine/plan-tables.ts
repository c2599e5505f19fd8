import { parseRangeAddress, rangeAddress, type SheetGrid } from "./grid";
import { parseDeadline } from "./deadline";
import type { PlanTable } from "./plan";
import type { Role } from "./roles";
import { readBody, runningTitles } from "./normalize/body";
import { normaliseBody } from "./normalize/plan-rows";
import { isHeadingText, isMonthHeading, loneCell, type LoneCell } from "./normalize/sections";
import { namesPartOfYear } from "./normalize/period-heading";
import { RepeatedHeader } from "./normalize/repeated-header";
import { isGroupedColumn } from "./normalize/grouped-column";
import { opensWithNumber, parseNumbering } from "./numbering";
import { CONTENT_SAMPLE, readColumnContent, readsAsDeadline, share, type ColumnContent } from "./detect/column-content";
import { columnHeads, headerShiftedLeft, headRoles, planColumns, readRoleOverrides, shiftHeadsRight, type ColumnHead } from "./detect/columns";
import { typeColumns } from "./detect/content-roles";
import { HeaderScanner, opensWithTaskNumber, type HeaderLayout } from "./detect/header-rows";
import { headerKey } from "./detect/header-text";
import { firstLinePastApproval } from "./detect/approval";
import { ROLE_MATCHER } from "./detect/role-matcher";
import { SheetRows } from "./detect/sheet-rows";

export { roleOfHeader } from "./detect/role-matcher";
export type { RoleSource } from "./detect/content-roles";

export interface DetectOptions {
  /** Roles the user corrected, by column letter (`{ E: "financing" }`); they win over the header and the cells. */
  roles?: Record<string, Role>;
  /**
   * The table's range as the user selected it (`B4:G60`): one plan table is read there and nowhere
   * else; its first row is the header when it reads as one, and the cells type the columns it leaves
   * unnamed.
   */
  range?: string;
}

/**
 * The plan tables on a sheet, in sheet order. A table starts at a header row naming roles in any of
 * PlanCheck's languages; rows above it (title, glossary, a passport table without such a header) are
 * its preamble. A sheet without such a header may still hold a plan table without one: a block of
 * rows where one column holds task text and another deadlines. Throws a RangeError when
 * `options.roles` names something that is not a column or a role, or `options.range` is no range.
 */
export function detectPlanTables(grid: SheetGrid, options: DetectOptions = {}): PlanTable[] {
  const overrides = readRoleOverrides(options.roles);
  const area = options.range !== undefined ? clipToRange(grid, options.range) : grid;
  const sheet = new SheetRows(area);
  const scanner = new HeaderScanner(sheet, ROLE_MATCHER);
  const tables: PlanTable[] = [];
  let floor = sheet.first;
  for (let r = sheet.first; r <= sheet.last; r++) {
    if (!scanner.isHeader(r)) continue;
    let layout = scanner.layout(r, floor);
    let table = readTable(sheet, scanner, layout, overrides, floor, undefined, nextCaptionedTable(sheet, layout));
    tables.push(table.table);
    floor = table.end + 1;
    // The header again with a column more, after the table: the next block's header (the next
    // class's tests with a third subject), read as this header is.
    for (let next = sheet.nextNonBlank(table.end); next >= 0 && !scanner.isHeader(next) && widensHeader(sheet, scanner, layout.lower, next); next = sheet.nextNonBlank(table.end)) {
      layout = scanner.layout(next, floor);
      table = readTable(sheet, scanner, layout, overrides, floor);
      tables.push(table.table);
      floor = table.end + 1;
    }
    r = table.end;
  }
  if (options.range !== undefined) {
    if (tables.length > 0) return tables.slice(0, 1);
    const forced = rangeTable(sheet, scanner, overrides);
    return forced ? [forced] : [];
  }
  if (tables.length === 0) return headerlessTables(sheet, scanner, overrides, true);
  return [...listsAbove(area, sheet, tables[0], overrides), ...tables, ...listsBelow(area, sheet, tables[tables.length - 1], overrides)];
}

/**
 * Plan tables without a header PlanCheck knows under the last table with one (the exams' schedule of
 * applications by session under the sessions' dates), read as on a sheet of their own.
 */
function listsBelow(grid: SheetGrid, sheet: SheetRows, last: PlanTable, overrides: Map<number, Role>): PlanTable[] {
  const bottom = parseRangeAddress(last.range)!.bottom;
  if (sheet.last - bottom < MIN_BLOCK_ROWS || sheet.right < sheet.left) return [];
  const below = new SheetRows(clipToRange(grid, rangeAddress(bottom + 1, sheet.left, sheet.last, sheet.right)));
  return headerlessTables(below, new HeaderScanner(below, ROLE_MATCHER), overrides);
}

/**
 * Plan tables without a header above the first table with one (the school year's dates, `what |
 * when`, over the parents' meetings headed `Lp. | Data | Tematyka`), read as on a sheet of their own.
 */
function listsAbove(grid: SheetGrid, sheet: SheetRows, first: PlanTable, overrides: Map<number, Role>): PlanTable[] {
  const top = parseRangeAddress(first.range)!.top;
  if (top - sheet.first < MIN_BLOCK_ROWS + 1 || sheet.right < sheet.left) return [];
  const above = new SheetRows(clipToRange(grid, rangeAddress(sheet.first, sheet.left, top - 1, sheet.right)));
  return headerlessTables(above, new HeaderScanner(above, ROLE_MATCHER), overrides);
}

/**
 * The last row of a table's body where its header comes again under a numbered caption with the
 * numbering starting over under it (`2. Terminy klasyfikacji`, `Lp. | Opis | Termin`, `1 | …`): the
 * next table of a page of numbered tables, not the same list's header repeated under a month's
 * heading (whose numbering runs on). Undefined where no such header follows.
 */
function nextCaptionedTable(sheet: SheetRows, layout: HeaderLayout): number | undefined {
  const header = layout.lower;
  const first = sheet.cells(header).cols[0];
  for (let r = layout.rows[layout.rows.length - 1] + 2; r + 1 <= sheet.last; r++) {
    // The numbered caption two rows up is rare and cheap to test; comparing labels reads every cell.
    if (sheet.cells(r).cols[0] === first && numberedTableUnder(sheet, r - 1) && sameLabels(sheet, header, r)) return r - 2;
  }
  return undefined;
}

/**
 * True when the line alone at `caption` opens with a number (`2. Terminy klasyfikacji`) and the
 * first row under the header right below it is numbered 1: a numbered table of its own.
 */
function numberedTableUnder(sheet: SheetRows, caption: number): boolean {
  const line = loneCell(sheet, caption);
  if (!line || !parseNumbering(line.value) || caption + 2 > sheet.last) return false;
  const first = sheet.cells(caption + 1).cols[0];
  const restart = first === undefined ? null : parseNumbering(sheet.value(caption + 2, first));
  return !!restart && restart.path.length === 1 && restart.path[0] === 1;
}

/** True when a row says what a header row says, in the same columns, with more columns beside. */
function widensHeader(sheet: SheetRows, scanner: HeaderScanner, header: number, row: number): boolean {
  const left = sheet.cells(header).cols[0];
  return new RepeatedHeader(scanner, { ...noHeader(left, left), rows: [header], lower: header }, []).widens(row);
}

/** The part of a sheet inside an A1 range, in sheet coordinates. */
function clipToRange(grid: SheetGrid, range: string): SheetGrid {
  const r = parseRangeAddress(range);
  if (!r) throw new RangeError(`Table range: "${range}" is not an A1 range`);
  const values = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const src = grid.values[row - grid.origin.row];
    const out = [];
    for (let col = r.left; col <= r.right; col++) {
      const v = src ? src[col - grid.origin.col] : null;
      out.push(v === undefined ? null : v);
    }
    values.push(out);
  }
  const merges = grid.merges.filter(
    (m) => m.row <= r.bottom && m.row + m.rowCount - 1 >= r.top && m.col <= r.right && m.col + m.colCount - 1 >= r.left,
  );
  return { ...grid, origin: { row: r.top, col: r.left }, values, merges };
}

/** A layout for a table with no header row: its columns are typed by their cells alone. */
function noHeader(left: number, right: number): HeaderLayout {
  return { rows: [], upper: -1, lower: -1, columnNumbers: -1, left, right };
}

/**
 * The table in a range the user selected, when no header naming its roles was found there: the
 * first row is the header when its cells are short labels, else every row is data.
 */
function rangeTable(sheet: SheetRows, scanner: HeaderScanner, overrides: Map<number, Role>): PlanTable | null {
  const first = sheet.nextNonBlank(sheet.first - 1);
  if (first < 0) return null;
  const { values, texts } = sheet.cells(first);
  const labels = values.every((v, i) => typeof v === "string" && texts[i].length <= 60 && !/^\d/.test(texts[i]));
  const layout = labels && values.length >= 2 ? { ...noHeader(sheet.left, sheet.right), rows: [first], lower: first } : noHeader(sheet.left, sheet.right);
  return readTable(sheet, scanner, layout, overrides, sheet.first, layout.rows.length > 0 ? first + 1 : first).table;
}

const NO_ROLES: ReadonlyMap<number, Role> = new Map();

/** Rows a block without a header needs before it is read as a table. */
const MIN_BLOCK_ROWS = 2;
/** Rows a rota (numbered periods, no task text) needs before it is read as a table. */
const MIN_ROTA_ROWS = 5;
/** Terms a grid of dates by term names down its first column before it is read as a table. */
const MIN_TERM_ROWS = 3;
/** Terms (`Autumn Term 1`) down a column in this share of its cells: it labels the rows, naming no task. */
const TERM_LABELS = 0.6;
/** Years a financing table lists before it is read as one. */
const MIN_YEARS = 3;
/** Dates a column of a block without a header holds before half of its cells date the block. */
const MIN_DATES_UNHEADED = 5;
/** Blank rows that end a block. */
const BLOCK_GAP = 2;

/**
 * Plan tables without a header row: blocks of rows of two cells or more where one column holds
 * task text and another deadlines. Lone rows inside a block are its sections; above it, its title.
 */
function headerlessTables(sheet: SheetRows, scanner: HeaderScanner, overrides: Map<number, Role>, wholeSheet = false): PlanTable[] {
  const tables: PlanTable[] = [];
  /** Headings of parts of one kind, each over its own table (`Сесия май-юни`, `Сесия август-септември`): sections, never captions. */
  const partHeadings = new Set<number>();
  let floor = sheet.first;
  let r = sheet.first;
  while (r <= sheet.last) {
    if (sheet.cells(r).cols.length < 2) {
      r++;
      continue;
    }
    // The block: rows from here to a run of blank rows.
    const top = r;
    const lines: number[] = [];
    /** The line alone right above the block, its caption: met again under the block's rows, it opens the next block. */
    const captionKey = captionAbove(sheet, top, floor);
    let multi = 0;
    let gap = 0;
    let bottom = r;
    for (; r <= sheet.last && gap < BLOCK_GAP; r++) {
      const n = sheet.cells(r).cols.length;
      if (n === 0) {
        gap++;
        // A blank row, then a line alone: the caption of the next block, unless the block's rows
        // are each followed by a blank row (a Word paste with spacing after every paragraph).
        const next = sheet.nextNonBlank(r);
        // A month's name after it, in a block of days under months' names, is the next month of the same calendar.
        if (next >= 0 && sheet.cells(next).cols.length === 1 && !spacedBlock(sheet, lines, r, next) && !(gap === 1 && monthLine(sheet, next) && lines.some((x) => monthLine(sheet, x)) && daysDown(sheet, lines, sheet.cells(top).cols[0]))) break;
        // A blank row, then a row of labels over rows of data: the header of the next table
        // (`L.p. | Data | Zebranie z rodzicami | Godzina` under a calendar with no header).
        if (next >= 0 && multi >= MIN_BLOCK_ROWS && headsNextBlock(sheet, lines, r, next)) break;
        continue;
      }
      // Lines of prose alone between two tables (`Продолжительность рабочей недели:` and what
      // follows it): a run of them with no blank row, past rows of the block, ends the block.
      if (n === 1 && multi >= MIN_BLOCK_ROWS && proseRun(sheet, r, sheet.cells(top).cols[0])) break;
      if (n === 1 && multi >= 1 && captionKey !== null && captionAt(sheet, r) === captionKey) break;
      // A line alone, then a row of labels over rows of data (`Planowane terminy wywiadówek` over
      // `LP | data | godzina | Rodzaj spotkania`): the caption and header of the next table, unless
      // the labels repeat the block's own header (one list's header again under each month's
      // heading) and the caption is no numbered one with the numbering starting over under it.
      if (n === 1 && multi >= MIN_BLOCK_ROWS && headsTableUnder(sheet, scanner, r) && (numberedTableUnder(sheet, r) || !lines.some((x) => labelRow(sheet, x) && sameLabels(sheet, x, r + 1)))) break;
      // A note under the rows (`Всички изпити са с начален час 08:30 часа`), then a heading of the
      // same kind as the one over the block (`Сесия август-септември` under `Сесия май-юни`): the
      // note closes this table, the heading opens the next.
      // Rows one blank row apart (a Word paste with spacing after every paragraph) keep the blank row under each heading.
      const headingOver = sheet.isBlank(top - 1) && top - 2 >= floor ? top - 2 : top - 1;
      const nextLine = sheet.nextNonBlank(r);
      if (n === 1 && multi >= MIN_BLOCK_ROWS && nextLine >= 0 && nextLine - r <= 2 && sheet.cells(r).cols[0] <= sheet.cells(top).cols[0] && headingOfTheSameKind(sheet, nextLine, headingOver) && !headingOfTheSameKind(sheet, r, headingOver)) {
        partHeadings.add(headingOver).add(nextLine);
        break;
      }
      gap = 0;
      bottom = r;
      lines.push(r);
      if (n >= 2) multi++;
    }
    // One task alone on a sheet with no other table (a plan of one measure, its header lost): read
    // where its row says all a task row says, by its cells' own kinds.
    const single = multi === 1 && wholeSheet && tables.length === 0 ? singleTask(sheet, lines) : null;
    if (multi < MIN_BLOCK_ROWS && !single) continue;
    // A first row of short labels over columns whose cells read otherwise is the block's header; so
    // is a first row naming the deadline its column's cells hold (`Дата` over dates, `Терміни` over
    // `01.10`), whatever its other cells say, with a second row its cells are merged down into.
    // A row of labels naming money (`Роки | Обсяг фінансування (тис. грн.)`) heads a financing table, its second row too.
    const money = labelRow(sheet, top) && namesMoney(sheet, scanner, top);
    const named = (!labelRow(sheet, top) && namesItsColumn(sheet, scanner, top, lines.slice(1, CONTENT_SAMPLE + 1))) || money ? scanner.layout(top, top) : null;
    // A first row naming its section beside the headings (`Autumn Term | Date:`), repeated for the next ones.
    const sectioned = !named && !labelRow(sheet, top) && headsSections(sheet, scanner, top, lines);
    // So is a first row whose headings are merged down over the second but one, merged across the
    // second row's labels (`Етапи вступної кампанії` merged down beside `Денна форма …` over `Перша
    // сесія | Друга сесія`), however long its words: a header by its merged cells. A numbered heading
    // merged across (`1.1. Забезпечення …` beside its area merged down) opens a section instead.
    const mergedHeader = !named && !sectioned && !labelRow(sheet, top) && !sheet.cells(top).values.some((v) => parseNumbering(v as string | number | boolean | null)) && scanner.splitsUnder(top, top + 1);
    const headerRow = named || labelRow(sheet, top) || sectioned || mergedHeader ? top : -1;
    const headerRows = named ? named.rows : headerRow >= 0 ? [headerRow] : [];
    // The header again with a column more heads the next block: its rows tell nothing of this one's columns.
    const widened = headerRow >= 0 ? lines.findIndex((x) => x > headerRow && widensHeader(sheet, scanner, headerRow, x)) : -1;
    const sample = (widened >= 0 ? lines.slice(0, widened) : lines).filter((x) => !headerRows.includes(x)).slice(0, CONTENT_SAMPLE);
    let left = Number.POSITIVE_INFINITY;
    let right = Number.NEGATIVE_INFINITY;
    for (const m of sample) {
      const cols = sheet.cells(m).cols;
      left = Math.min(left, cols[0]);
      right = Math.max(right, cols[cols.length - 1]);
    }
    // A column of notes on the left, outside the table (`moved`, `отложено` beside a few rows):
    // the table starts where its rows do, so its section headings stay in its first column.
    while (left < right && notesOnTheLeft(sheet, sample, left)) left++;
    const contents: ColumnContent[] = [];
    for (let c = left; c <= right; c++) contents.push(readColumnContent(sheet, sample, c));
    // Without a header the cells are all there is: five dates or more in half of a column date the
    // block, the rest limits written as sentences (`to be heard within 40 school days`); under a
    // header naming no date, half a column of dates is too little to overrule it.
    // Task text: words in most rows (longer ones when the block is only two rows).
    const letters = multi > MIN_BLOCK_ROWS ? 8 : 15;
    // Rows numbered one by one, each number right before its task's words, are a list of tasks:
    // there half a column of dates dates them, the other cells periods written in words
    // (`до 14.03.2017` over `01.04.2017 (з української мови …)`).
    // Days of the month alone down the first column (`21`, `23-25`) under months' names alone on
    // their lines (`October`, `November`): a calendar by month, the days its dates, no numbering.
    const daysUnderMonths = headerRow < 0 && [top - 1, ...lines].filter((x) => x >= floor && monthLine(sheet, x)).length >= 2 && daysDown(sheet, sample, left);
    const numbered = headerRow < 0 && !daysUnderMonths && numbersTheRows(sheet, sample, left);
    const numberedTasks = numbered && contents.length > 2 && isTextColumn(contents[1], letters);
    const dated = daysUnderMonths || contents.some(
      (k, i) =>
        k.filled >= MIN_BLOCK_ROWS &&
        (share(k, k.deadline + (k.labelled.deadline ?? 0)) >= 0.6 || (headerRow < 0 && k.deadline >= MIN_DATES_UNHEADED && share(k, k.deadline) >= 0.5) || (numberedTasks && i > 1 && k.deadline >= 1 && share(k, k.deadline) >= 0.5)),
    );
    const texts = contents.some((k) => k.filled >= MIN_BLOCK_ROWS && k.letters >= letters && share(k, k.deadline + k.numbering + k.amount) < 0.5);
    // Or names merged down over groups of rows dated one by one beside them (a break over its `Close` and `Open` rows).
    const grouped = contents.some((k) => k.filled >= MIN_BLOCK_ROWS && share(k, k.mergedDown) >= 0.5 && contents.some((d) => d.filled > k.filled && share(d, d.deadline) >= 0.6));
    // Or days merged across over their rows (`21 лютого 2022 року`, `21 – 25 лютого 2022 року` over
    // the day's events, the place beside each): two such headings or more, over and inside the
    // block, each a day or a span of days with its year; the rows are dated by them, not by a column.
    const datedHeadings = [top - 1, ...lines].filter((x) => x >= floor && daysAcross(sheet, x)).length >= 2;
    // Or money by year: a column of years beside amounts under a heading naming the money.
    const yearly = money && contents.some((k) => k.filled >= MIN_YEARS && share(k, k.years) >= 0.8) && contents.some((k) => k.filled >= MIN_YEARS && share(k, k.amount) >= 0.8);
    // Or a rota: its rows numbered one by one, each a period under a heading naming the date
    // (`| KLASA | DATA` over `1 | 3 A | 03-14.09.2018 r.`); the task is the caption above it.
    const rota = !texts && dated && headerRow >= 0 && lines.length - 1 >= MIN_ROTA_ROWS && runsOn(sheet, sample, left) && namesItsColumn(sheet, scanner, headerRow, sample, true);
    // Or headings written inside the cells (`Lead officer: …`, `Budget implications: …`): two
    // columns or more whose cells say, each under the same label, what they hold.
    const selfLabelled = new Set(contents.map((k) => mostLabelledRole(k)).filter((x) => x !== null)).size >= 2;
    // Or a grid of dates by term: the parts of the school year down its first column (`Autumn Term 1`,
    // `I семестър`), each row's dates in the columns beside (a committee's meetings a column).
    // Or classes down the first column and a column of dates for each thing done (`Клас | Връщане на
    // учебници | Връчване на удостоверения`): the headings name the tasks, the rows whom they concern.
    const datedColumns = contents.filter((k) => k.filled >= MIN_BLOCK_ROWS && share(k, k.deadline) >= 0.6).length;
    const labelsDown = share(contents[0], contents[0].terms) >= 0.6 || (headerRow >= 0 && datedColumns >= 2 && share(contents[0], contents[0].audience) >= 0.6);
    const termGrid = dated && contents[0].filled >= MIN_TERM_ROWS && labelsDown;
    // Or a term planner by weeks: one row a week, the first column naming each (`Week 1 12th Feb`,
    // `Тиждень 2`), the week's work beside it.
    const weekly = contents[0].filled >= MIN_TERM_ROWS && share(contents[0], sample.filter((x) => WEEK_LABEL.test(sheet.text(x, left))).length) >= 0.8;
    // Or tasks by dated columns, however few: a corner left empty and the columns labelled (`| Сесия
    // януари | Сесия юни | …`), each row a task in the first column and its date under every label.
    const grid = headerRow >= 0 && !named ? datedGrid(sheet, headerRow, lines, left) : null;
    // Or a short page pasted from the web: a plain row of labels, one of them a heading PlanCheck
    // knows, over rows of words in two columns or more (`Section | Objectives | Indicators |
    // Responsible`), however few the rows and whether or not a column dates them.
    // Rows whose first words are themselves headings (`Цель и задачи`, `Ожидаемый результат` under
    // `№ | Наименование | Содержание`) are a form's fields (a roadmap's passport), not tasks.
    const plain =
      headerRow >= 0 &&
      !named &&
      !sectioned &&
      knownHeadings(scanner, sheet, top) >= 1 &&
      textColumns(contents, letters) >= 2 &&
      !fieldsOfAForm(scanner, sheet, sample.filter((x) => x > headerRow));
    const known = ((dated || selfLabelled || weekly || datedHeadings) && (texts || grouped)) || yearly || rota || termGrid || !!grid || !!single;
    if (!known && !plain) continue;
    // One heading merged across the whole block right above it, naming what its columns hold and
    // ending in a colon (`MEETING DATE TO REPORT ON:`), is its header: the cells type the columns.
    const caption = headerRow < 0 && !named && top - 1 >= floor && isCaptionHeader(sheet, scanner, top - 1, left, right) ? top - 1 : -1;
    // A row of labels splitting a heading merged across them (`Дата` over `начало | окончание`) is the header's second row.
    const split = headerRow >= 0 && !named && !sectioned && scanner.splitsUnder(headerRow, headerRow + 1);
    // A third row the header's first cells are merged down over (`(9 клас) | (11 клас)` under
    // `вступники на основі освіти`) belongs to it too, as it does to a header PlanCheck knows.
    const deeper = split ? scanner.layout(headerRow, headerRow) : null;
    const labelled = split ? (deeper && deeper.upper === headerRow && (deeper.middle ?? []).length > 0 ? { ...deeper, left: Math.min(left, deeper.left), right: Math.max(right, deeper.right) } : { ...noHeader(left, right), rows: [headerRow, headerRow + 1], upper: headerRow, lower: headerRow + 1 }) : { ...noHeader(left, right), rows: [headerRow], lower: headerRow, ...(sectioned ? { namesSection: sheet.cells(top).cols[0] } : {}) };
    // A plain header may be two rows deep (`INPUTS | OUTPUTS | OUTCOMES` over `Resources | Action Steps | …`).
    const layout = named ?? (!known ? scanner.layout(top, top) : headerRow >= 0 ? labelled : caption >= 0 ? { ...noHeader(left, right), rows: [caption], lower: caption, caption: true } : noHeader(left, right));
    // A heading right above the first row (`JANUARY`, `Откриване на учебната година` merged across) is its section.
    // A heading naming the span of years the whole list covers (`Kalendarz roku szkolnego 2023/2024`,
    // `Diary of Events 2023-24`) is its title; so is the sheet's first line (`ETAPY BUDŻETU
    // OBYWATELSKIEGO`) or the first past an approval block (`ЗАТВЕРДЖУЮ`, the approver, the date), a caption after a blank row under the table above (`Terminarz zebrań z
    // rodzicami`), and the last line of a title block naming what the rows are (`Key Activities
    // 07-10` under the objective's lines). None is a section; a month or a term with its year is.
    // Rows one blank row apart (a Word paste with spacing after every paragraph) keep the blank row
    // under the heading too: the heading is the line over it, and the rows above it are spaced so.
    const spaced = spacing(sheet, lines);
    const over = top - 1 - spaced;
    const heading = over >= floor ? loneCell(sheet, over) : null;
    const titled =
      !!heading &&
      !namesPartOfYear(heading.text) &&
      !scanner.matcher.opensSection(heading.text) &&
      (YEAR_SPAN.test(heading.text) ||
        firstLinePastApproval(sheet) === over ||
        (tables.length > 0 && sheet.isBlank(over - 1) && (spaced === 0 || sheet.isBlank(over - 2))) ||
        (over - 1 - spaced >= floor && !!loneCell(sheet, over - 1 - spaced) && scanner.label(heading.value, heading.text)?.role === "activity"));
    let start = headerRow < 0 && caption < 0 && over >= floor && isHeadingLine(sheet, over) && !titled ? over : top;
    // A first row whose first column is empty carries the details of a task written on the lines above it.
    const blockLeft = Math.min(...sample.map((x) => sheet.cells(x).cols.find((c) => c >= left) ?? left));
    if (start === top && headerRow < 0 && sheet.cells(top).cols[0] > blockLeft) {
      while (start - 1 >= floor && start > top - 3 && loneCell(sheet, start - 1) && !isHeadingLine(sheet, start - 1)) start--;
    }
    // A header repeated over each section heads the whole list: where it ends, the body says.
    // The column of text that made the block a table of dated tasks holds its tasks, where its cells alone leave it untyped.
    const textAt = texts && (dated || datedHeadings) ? taskTextColumn(contents, letters, numbered) : -1;
    // So does the column of dates that made it one, where some of its cells are sentences of limits (`to be heard within 40 school days`).
    const datesAt = textAt >= 0 ? contents.findIndex((k) => k.filled >= MIN_BLOCK_ROWS && share(k, k.deadline) >= 0.5) : -1;
    // So does a first column numbering the rows that hold cells beside it, where headings alone
    // between the rows (`Методическая работа`) leave too few of its cells numbers for them to say it.
    const shaped: [number, Role][] = [];
    if (textAt >= 0) shaped.push([left + textAt, "activity"]);
    if (daysUnderMonths && textAt !== 0) shaped.push([left, "deadline"]);
    if (datesAt >= 0 && datesAt !== textAt) shaped.push([left + datesAt, "deadline"]);
    if (numbered && textAt !== 0 && datesAt !== 0) shaped.push([left, "number"]);
    // A grid of one column of dates by parts of the year (`Autumn Half Term | 28th Oct – 1st Nov`):
    // each part named is what its row dates, so the names are the rows' items.
    if (termGrid && textAt < 0 && datedColumns === 1 && contents.length === 2 && share(contents[1], contents[1].deadline) >= 0.6) shaped.push([left, "activity"]);
    const shape = grid ?? single ?? (shaped.length > 0 ? new Map<number, Role>(shaped) : NO_ROLES);
    let table = readTable(sheet, scanner, layout, overrides, floor, headerRow >= 0 ? layout.rows[layout.rows.length - 1] + 1 : start, sectioned ? undefined : bottom, [], shape);
    // The heading over the rows is the only one of the list, written as a caption is (`Secondary
    // Phase Timetable and Deadlines – …`: no number, not in capitals, no month, term or section
    // word): the list's caption, no first section of several.
    if (start === over && start < top && !partHeadings.has(start) && onlyLeadingSection(table.table, start) && readsAsCaption(scanner, heading!)) {
      start = top;
      table = readTable(sheet, scanner, layout, overrides, floor, start, sectioned ? undefined : bottom, [], shape);
    }
    const typed = (role: Role) => table.table.columns.some((c) => c.role === role);
    if (table.table.rows.length < (grid || single ? 1 : MIN_BLOCK_ROWS) || !(typed("activity") || ((yearly || rota || termGrid) && typed("deadline") && (rota || termGrid || typed("budget"))))) continue;
    tables.push(table.table);
    floor = table.end + 1;
    // The block's header again in other words (`Олимпиада | клас | …`, then `Национално състезание |
    // клас | …`) ended the table: it heads the next one, however few rows it has.
    // So does the header with a column more (the next class's tests with a third subject).
    for (let next = sheet.nextNonBlank(table.end); headerRow >= 0 && next >= 0 && next < bottom && ((sameColumns(sheet, headerRow, next) && labelRow(sheet, next)) || widensHeader(sheet, scanner, headerRow, next)); next = sheet.nextNonBlank(table.end)) {
      const cols = sheet.cells(next).cols;
      const twin = { ...noHeader(Math.min(left, cols[0]), Math.max(right, cols[cols.length - 1])), rows: [next], lower: next };
      const above = table.table.rows.flatMap((row) => row.sourceRows.map((x) => x - 1));
      table = readTable(sheet, scanner, twin, overrides, floor, next + 1, bottom, above);
      if (table.table.rows.length === 0) break;
      tables.push(table.table);
      floor = table.end + 1;
    }
    // The block's caption again under it (`ГРАФІК` over each school year's rows): the next block,
    // however few its rows, is a table of its own read as this one is.
    for (let next = captionAgain(sheet, table.end, captionKey); headerRow < 0 && captionKey !== null && next >= 0; next = captionAgain(sheet, table.end, captionKey)) {
      const last = captionBlockEnd(sheet, next, captionKey);
      if (last <= next) break;
      const above = table.table.rows.flatMap((row) => row.sourceRows.map((x) => x - 1));
      table = readTable(sheet, scanner, layout, overrides, next + 1, next + 1, last, above, grid ?? NO_ROLES);
      if (table.table.rows.length === 0) break;
      tables.push(table.table);
      floor = table.end + 1;
    }
    r = Math.max(r, floor);
  }
  return tables;
}

/**
 * True when `row` is a line alone opening with the word the line alone at `over` opens with, the
 * two differing after it (`Сесия май-юни`, `Сесия август-септември`): headings of parts of one kind.
 */
function headingOfTheSameKind(sheet: SheetRows, row: number, over: number): boolean {
  const a = row <= sheet.last ? captionAt(sheet, row) : null;
  const b = over >= sheet.first ? captionAt(sheet, over) : null;
  if (a === null || b === null || a === b) return false;
  const word = (t: string) => /^\p{L}{3,}/u.exec(t)?.[0] ?? null;
  return word(a) !== null && word(a) === word(b);
}

/** Cells of a row that read as a heading PlanCheck knows, of a column it checks or not. */
function knownHeadings(scanner: HeaderScanner, sheet: SheetRows, row: number): number {
  const { values, texts } = sheet.cells(row);
  return values.filter((v, i) => !!scanner.label(v, texts[i]) || (typeof v === "string" && scanner.matcher.namesNoRole(texts[i]))).length;
}

/** True when most rows open (past a number) with a heading PlanCheck knows: the field names of a form. */
function fieldsOfAForm(scanner: HeaderScanner, sheet: SheetRows, rows: readonly number[]): boolean {
  let fields = 0;
  for (const row of rows) {
    const { values, texts } = sheet.cells(row);
    const at = typeof values[0] === "number" || /^\d{1,3}[.)]?$/.test(texts[0] ?? "") ? 1 : 0;
    if (at < values.length && typeof values[at] === "string" && scanner.label(values[at], texts[at])) fields++;
  }
  return fields * 2 > rows.length;
}

/** Columns of words: `letters` a cell on average in two rows or more, few of their cells dates, numbers or amounts. */
function textColumns(contents: readonly ColumnContent[], letters: number): number {
  return contents.filter((k) => isTextColumn(k, letters)).length;
}

/** A column of words: `letters` a cell on average in two rows or more, few of its cells dates, numbers or amounts. */
function isTextColumn(k: ColumnContent, letters: number): boolean {
  return k.filled >= MIN_BLOCK_ROWS && k.letters >= letters && share(k, k.deadline + k.numbering + k.amount) < 0.5;
}

/** A column of notes is filled in at most one in this many of the block's rows. */
const NOTES_SPARSE = 4;

/**
 * True when column `col` is a column of notes beside the block, not its first column: a few words
 * (no figure: no number, no date) in at most one row in four, each beside a row filled in two
 * columns or more to its right, while the column to its right is filled in nearly every row.
 */
function notesOnTheLeft(sheet: SheetRows, rows: readonly number[], col: number): boolean {
  const noted = rows.filter((r) => sheet.cells(r).cols.includes(col));
  if (noted.length === 0 || noted.length * NOTES_SPARSE > rows.length) return false;
  const next = rows.filter((r) => sheet.cells(r).cols.includes(col + 1)).length;
  if (next * 4 < rows.length * 3) return false;
  return noted.every((r) => !/\d/u.test(sheet.text(r, col)) && /\p{L}/u.test(sheet.text(r, col)) && sheet.cells(r).cols.filter((c) => c > col).length >= 2);
}

/** True when two rows hold the same words in the same columns, case and spacing aside. */
function sameLabels(sheet: SheetRows, a: number, b: number): boolean {
  const x = sheet.cells(a);
  const y = sheet.cells(b);
  return x.cols.length === y.cols.length && x.cols.every((c, i) => c === y.cols[i] && headerKey(x.texts[i]) === headerKey(y.texts[i]));
}

/**
 * True when the line alone at `row` has a row of labels right under it, two of them headings
 * PlanCheck knows (`LP | data`: a stage and its date, `Offer day | Variable date`, is no header),
 * and a row of data under that.
 */
function headsTableUnder(sheet: SheetRows, scanner: HeaderScanner, row: number): boolean {
  const header = row + 1;
  const under = row + 2;
  return under <= sheet.last && labelRow(sheet, header) && knownHeadings(scanner, sheet, header) >= 2 && sheet.cells(under).cols.length >= 2 && !labelRow(sheet, under);
}

/**
 * True when the row at `next`, after the blank row at `blank` under a block's rows written without
 * blank rows between them, is a row of labels with a row of data right under it: another table's header.
 */
function headsNextBlock(sheet: SheetRows, lines: readonly number[], blank: number, next: number): boolean {
  if (next !== blank + 1 || lines[lines.length - 1] !== blank - 1 || lines[lines.length - 1] - lines[0] !== lines.length - 1) return false;
  // The block's own header over its rows: a row of labels after the blank row, over the same
  // columns in other words, is the next table's header (`Holiday | Dates` under `Term | Dates` and
  // its terms); the header again with a column more is the next block's of the same table.
  const ownHeader = labelRow(sheet, lines[0]) ? 1 : 0;
  if (lines.some((x, i) => i >= ownHeader && labelRow(sheet, x)) || !labelRow(sheet, next) || (ownHeader === 1 && (!sameColumns(sheet, lines[0], next) || sameLabels(sheet, lines[0], next)))) return false;
  const under = next + 1;
  return sheet.cells(under).cols.length >= 2 && !labelRow(sheet, under);
}

/**
 * True when a block's rows so far stand one blank row apart, as a Word paste with spacing after
 * every paragraph leaves them, so the blank row at `blank` before the line alone at `next` is that
 * spacing, not the end of the block: the lines so far one blank row apart each (two lines at least),
 * or, after the block's first line, the line alone and the row after it one blank row apart too.
 */
function spacedBlock(sheet: SheetRows, lines: readonly number[], blank: number, next: number): boolean {
  if (lines.length === 0 || blank !== lines[lines.length - 1] + 1 || next !== blank + 1) return false;
  if (taskOverDetails(sheet, next) && lines[0] - 1 >= sheet.first && taskOverDetails(sheet, lines[0] - 1)) return true;
  if (lines.length >= 2) return lines.every((x, i) => i === 0 || x - lines[i - 1] === 2);
  const after = sheet.nextNonBlank(next);
  return after === next + 2 && sheet.cells(after).cols.length >= 2 && after + 1 <= sheet.last && sheet.isBlank(after + 1);
}

/**
 * True when the line alone at `row` is a task whose details (who, when) are on the row right under
 * it, that row's first column left empty, as the block's first row is: the pair is one task, and an
 * empty row between two pairs spaces the tasks, ending no block.
 */
function taskOverDetails(sheet: SheetRows, row: number): boolean {
  const lone = sheet.cells(row).cols;
  if (lone.length !== 1 || row + 1 > sheet.last) return false;
  const details = sheet.cells(row + 1).cols;
  return details.length >= 2 && details[0] > lone[0];
}

/** 1 when the block's first rows stand one blank row apart and its first row has a blank row over it; 0 otherwise. */
function spacing(sheet: SheetRows, lines: readonly number[]): number {
  const top = lines[0];
  return lines.length >= 2 && lines[1] - top === 2 && top - 1 >= sheet.first && sheet.isBlank(top - 1) ? 1 : 0;
}

/** The words of a line alone, as captions are compared (case and spacing aside), or null for any other row. */
function captionAt(sheet: SheetRows, row: number): string | null {
  const lone = row >= 0 ? loneCell(sheet, row) : null;
  return lone ? lone.text.toLowerCase().replace(/\s+/gu, " ").trim() : null;
}

/**
 * The block's one column of task text, by its place among the block's columns: words in most rows,
 * `letters` a cell on average, few of its cells dates, numbers or amounts, and no parts of the school
 * year labelling the rows (`Autumn Term 1`). -1 when no column or several read so: which of several
 * texts is the task, the block's shape does not say.
 */
function taskTextColumn(contents: readonly ColumnContent[], letters: number, numbered = false): number {
  const found = contents.flatMap((k, i) => (k.filled < MIN_BLOCK_ROWS || k.letters < letters || share(k, k.deadline + k.numbering + k.amount) >= 0.5 || share(k, k.terms) >= TERM_LABELS ? [] : [i]));
  if (found.length <= 1) return found.length === 1 ? found[0] : -1;
  // Which of several is the task, their order says only over enough rows that none of them is a
  // header of labels the reader did not know (`3.SMART target | 4.Measures | 5.Tasks/Actions`),
  // or where the first column numbers the rows: the text its numbers stand right before is what
  // they number, the task (`1. | Сбор информации … | до 15 июня | Министерство …`).
  const fullest = Math.max(...found.map((i) => contents[i].filled));
  if (fullest < MIN_ORDERED_ROWS) return numbered && found.includes(1) && share(contents[1], contents[1].people) < PEOPLE_TEXT ? 1 : -1;
  // Names of people and bodies are text too, but never the task. Of the texts left, officials
  // write the task first, after its number and its date, and then what details it: how it is
  // done, for whom, where (`Футбол | V - Х клас | Спортна площадка`, `Dzień Przedszkolaka |
  // Inscenizacje, zabawy`), however long those details run. A column filled in fewer rows than
  // half of the fullest names groups of rows (`Редовни сесии` over its sessions), and a first
  // column of short labels beside lists far longer (`Свята | «Моя Україна» … Осіння казка …`)
  // names kinds of the tasks listed beside it.
  const texts = found.filter((i) => share(contents[i], contents[i].people) < PEOPLE_TEXT && share(contents[i], contents[i].places) < PLACE_TEXT && contents[i].filled * 2 >= fullest);
  if (texts.length === 0) return -1;
  const longest = texts.reduce((a, b) => (contents[b].letters > contents[a].letters ? b : a));
  return contents[longest].letters >= LABEL_BESIDE_LIST * contents[texts[0]].letters ? longest : texts[0];
}

/** Share of a block's rows of cells whose first cell is a task number before that column numbers them. */
const NUMBERED_ROWS = 0.8;

/**
 * True when column `col` numbers the block's rows: of the rows holding two cells or more, those
 * with a cell in it hold a task number there (`1.`, `2.1`), no date, in nearly all of them, and two
 * rows at least. Lines alone (a section's heading) number nothing and are left out.
 */
function numbersTheRows(sheet: SheetRows, rows: readonly number[], col: number): boolean {
  const k = readColumnContent(sheet, rows.filter((r) => sheet.cells(r).cols.length >= 2), col);
  return k.filled >= MIN_BLOCK_ROWS && k.numbering >= MIN_BLOCK_ROWS && share(k, k.numbering) >= NUMBERED_ROWS;
}

/** Letters the words of a task alone on its sheet say at least: a sentence, not a label. */
const SINGLE_TASK_LETTERS = 20;

/**
 * Roles of the one row of two cells or more among `lines` when it reads as a task row alone: a task
 * number first (`1.`), a sentence right after it, and a deadline in a cell further right (`до
 * 19.01.2024 р.`); null for any other row.
 */
function singleTask(sheet: SheetRows, lines: readonly number[]): Map<number, Role> | null {
  const rows = lines.filter((r) => sheet.cells(r).cols.length >= 2);
  if (rows.length !== 1) return null;
  const { cols, values, texts } = sheet.cells(rows[0]);
  if (cols.length < 3 || !/^\d{1,2}(?:\.\d{1,2})*\.?$/u.test(texts[0].trim())) return null;
  if (typeof values[1] !== "string" || (texts[1].match(/\p{L}/gu) ?? []).length < SINGLE_TASK_LETTERS || readsAsDeadline(texts[1])) return null;
  const dated = cols.findIndex((_, i) => i >= 2 && readsAsDeadline(texts[i]));
  if (dated < 0) return null;
  return new Map<number, Role>([
    [cols[0], "number"],
    [cols[1], "activity"],
    [cols[dated], "deadline"],
  ]);
}

/** A column this much names of people or bodies lists who does the work, not what. */
const PEOPLE_TEXT = 0.5;
/** A column this much naming places says where the work is done, not what. */
const PLACE_TEXT = 0.5;
/** A column of text this many times as long as the first one of the block holds the tasks the first one labels. */
const LABEL_BESIDE_LIST = 2;
/** Rows a block needs before the order of its columns of text says which holds the tasks. */
const MIN_ORDERED_ROWS = 4;

/** The caption right above a block's first row: a line alone there, no month, period or section heading. */
function captionAbove(sheet: SheetRows, top: number, floor: number): string | null {
  if (top - 1 < floor) return null;
  const lone = loneCell(sheet, top - 1);
  if (!lone || namesPartOfYear(lone.text)) return null;
  return captionAt(sheet, top - 1);
}

/** Lines alone under a block before its caption is met again: a footnote and a signature, no more. */
const FOOTER_LINES = 3;

/**
 * The row where the block's caption is met again under its last row `end`, past at most a few lines
 * alone (the footnote and the signature closing the block above); -1 where another row comes first.
 */
function captionAgain(sheet: SheetRows, end: number, key: string | null): number {
  if (key === null) return -1;
  let next = sheet.nextNonBlank(end);
  for (let lines = 0; next >= 0 && lines <= FOOTER_LINES; lines++, next = sheet.nextNonBlank(next)) {
    if (captionAt(sheet, next) === key) return next;
    if (!loneCell(sheet, next)) return -1;
  }
  return -1;
}

/** Last row of the block under a caption met again: up to a run of blank rows or the caption once more. */
function captionBlockEnd(sheet: SheetRows, caption: number, key: string): number {
  let last = caption;
  let gap = 0;
  for (let r = caption + 1; r <= sheet.last && gap < BLOCK_GAP; r++) {
    if (sheet.isBlank(r)) {
      gap++;
      continue;
    }
    if (captionAt(sheet, r) === key) break;
    gap = 0;
    last = r;
  }
  return last;
}

/** Lines alone in a row, at least, that are prose between two tables rather than a section's heading. */
const PROSE_LINES = 3;

/**
 * True when the row opens a run of lines alone written from the block's first column, as text
 * between tables is (a line alone further right is the rest of a row above).
 */
function proseRun(sheet: SheetRows, row: number, left: number): boolean {
  let lines = 0;
  for (let r = row; r <= sheet.last && lines < PROSE_LINES; r++) {
    const { cols } = sheet.cells(r);
    if (cols.length !== 1 || cols[0] > left) return false;
    lines++;
  }
  return lines >= PROSE_LINES;
}

/** Letters a task in a grid of dated columns says at least: a sentence, not a label. */
const GRID_TASK_LETTERS = 20;

/**
 * Roles of a block of tasks by dated columns (`| Сесия януари | Сесия юни` over `Подаване на
 * заявления | До 29.11.2025 г. | До 16.05.2026 г.`): the header leaves the first column's cell empty
 * and labels two columns or more; under it every row holds a task sentence in the first column and,
 * under the labels, only cells that read as deadlines, under every label. The task column and the
 * dated ones, by sheet column; null for any other block.
 */
function datedGrid(sheet: SheetRows, header: number, lines: readonly number[], left: number): Map<number, Role> | null {
  const { cols: heads, texts: headTexts } = sheet.cells(header);
  // The corner may name the task column (`ДЕЙНОСТ | РЕДОВНА СЕСИЯ … | …`) instead of being left empty.
  const named = heads[0] === left && ROLE_MATCHER.match(headTexts[0])?.role === "activity";
  const labels = named ? heads.slice(1) : heads;
  if (labels.length < 2 || labels[0] <= left) return null;
  const rows = lines.filter((x) => x > header);
  if (rows.length === 0) return null;
  for (const r of rows) {
    const { cols, texts } = sheet.cells(r);
    if (cols[0] !== left || cols.length !== labels.length + 1 || !cols.slice(1).every((c, i) => c === labels[i])) return null;
    if ((texts[0].match(/\p{L}/gu) ?? []).length < GRID_TASK_LETTERS || readsAsDeadline(texts[0])) return null;
    if (!texts.slice(1).every((t) => readsAsDeadline(t))) return null;
  }
  const roles = new Map<number, Role>([[left, "activity"]]);
  for (const c of labels) roles.set(c, "deadline");
  return roles;
}

/** A line naming what a list is rather than a part of it: unnumbered, not in capitals, no month, period or section word. */
function readsAsCaption(scanner: HeaderScanner, line: LoneCell): boolean {
  return !parseNumbering(line.value) && !isHeadingText(line.text) && !namesPartOfYear(line.text) && !scanner.matcher.opensSection(line.text);
}

/** True when a table's one section is the heading on the given 0-based sheet row. */
function onlyLeadingSection(table: PlanTable, row: number): boolean {
  return table.sections.length === 1 && table.sections[0].row === row + 1;
}

/** A week named by its number, perhaps after a word (`Week 1`, `Prep Week 1.1`, `Тиждень 3`, `Tydzień 2`). */
const WEEK_LABEL = /^(?:\p{L}+\s+)?(?:week|wk|тиждень|неделя|седмица|tydzień)\.?\s*\d/iu;

/** Two years joined, as a school or plan year is written (`2023/2024`, `2023-24`, `2016 – 2017`). */
const YEAR_SPAN = /(?:^|\D)(?:19|20)\d{2}\s*[/–-]\s*(?:(?:19|20)\d{2}|\d{2})(?!\d)/u;

/** A cell this short may name a section (`Autumn Term`, `Spring Term 2024`). */
const SECTION_NAME = 40;

/**
 * A row naming its section in the first cell and heading the columns in the others (`Autumn Term |
 * Date:`): the other cells labels, one naming the deadline over a column dated below, the first a
 * short name; and a later row of the block says the same beside another name (`Spring Term | Date:`).
 */
function headsSections(sheet: SheetRows, scanner: HeaderScanner, row: number, lines: readonly number[]): boolean {
  const cells = sheet.cells(row);
  const { cols, values, texts } = cells;
  if (cols.length < 2 || typeof values[0] !== "string" || texts[0].length > SECTION_NAME || opensWithTaskNumber(cells)) return false;
  const below = lines.filter((x) => x > row).slice(0, CONTENT_SAMPLE);
  let dated = false;
  for (let i = 1; i < cols.length; i++) {
    if (typeof values[i] !== "string" || readsAsDeadline(texts[i])) return false;
    const role = scanner.label(values[i], texts[i])?.role;
    if (!role) return false;
    if (role === "deadline") {
      const k = readColumnContent(sheet, below, cols[i]);
      dated ||= k.filled >= MIN_BLOCK_ROWS && share(k, k.deadline) >= 0.6;
    }
  }
  const key = texts.slice(1).map(headerKey).join("\u0001");
  const again = (x: number) => {
    const other = sheet.cells(x);
    return sameColumns(sheet, row, x) && other.texts[0] !== texts[0] && other.texts[0].length <= SECTION_NAME && other.texts.slice(1).map(headerKey).join("\u0001") === key;
  };
  return dated && below.some(again);
}

/** The role most of a column's cells name with a label of their own, when they do. */
function mostLabelledRole(k: ColumnContent): string | null {
  for (const [role, n] of Object.entries(k.labelled)) if (k.filled >= MIN_BLOCK_ROWS && share(k, n ?? 0) >= 0.6) return role;
  return null;
}

/**
 * A row heading a block without a header PlanCheck knows: no task number, no date in it, and a cell
 * naming the deadline over a column whose cells below read as deadlines.
 */
function namesItsColumn(sheet: SheetRows, scanner: HeaderScanner, row: number, below: number[], labels = false): boolean {
  const cells = sheet.cells(row);
  const { values, texts, cols } = cells;
  if (cols.length < 2 || opensWithTaskNumber(cells) || (labels && !labelRow(sheet, row))) return false;
  let agreeing = 0;
  for (let i = 0; i < cols.length; i++) {
    if (typeof values[i] !== "string" || readsAsDeadline(texts[i])) return false;
    if (scanner.label(values[i], texts[i])?.role !== "deadline") continue;
    const k = readColumnContent(sheet, below, cols[i]);
    if (k.filled >= MIN_BLOCK_ROWS && share(k, k.deadline) >= 0.6) agreeing++;
  }
  return agreeing > 0;
}

/** A row with a cell naming the money a table gives (`Обсяг фінансування`, `Budżet`, `Финансирование`). */
function namesMoney(sheet: SheetRows, scanner: HeaderScanner, row: number): boolean {
  const { values, texts } = sheet.cells(row);
  return values.some((v, i) => {
    const role = scanner.label(v, texts[i])?.role;
    return role === "budget" || role === "financing";
  });
}

/** A line alone merged across the block's columns that names a role and ends in a colon: a header in one cell. */
function isCaptionHeader(sheet: SheetRows, scanner: HeaderScanner, row: number, left: number, right: number): boolean {
  const lone = loneCell(sheet, row);
  if (!lone || !lone.spans || !/:\s*$/.test(lone.text) || scanner.matcher.opensSection(lone.text)) return false;
  const m = sheet.mergeAt(row, lone.col);
  return !!m && m.col <= left && m.col + m.colCount - 1 >= right && !!scanner.matcher.match(lone.text.replace(/:\s*$/, ""));
}

/** True when the first column of the rows numbers them one by one from 1 (`1`, `2`, `3` …). */
function runsOn(sheet: SheetRows, rows: readonly number[], col: number): boolean {
  return rows.every((r, i) => {
    const n = parseNumbering(sheet.value(r, col));
    return !!n && n.style === "decimal" && n.path.length === 1 && n.path[0] === i + 1;
  });
}

/** Two rows filling the same columns. */
function sameColumns(sheet: SheetRows, a: number, b: number): boolean {
  const x = sheet.cells(a).cols;
  const y = sheet.cells(b).cols;
  return x.length === y.length && x.every((c, i) => c === y[i]);
}

/** A line alone that reads as a heading: merged across, in capitals, a month, or a term or semester with its year or its number. */
function isHeadingLine(sheet: SheetRows, row: number): boolean {
  const lone = loneCell(sheet, row);
  return !!lone && (lone.spans || isHeadingText(lone.text) || namesPartOfYear(lone.text));
}

/** The number a form puts before a column's heading (`3.` in `3. Термін`). */
const FORM_NUMBER = /^\s*\d{1,2}\.\s*/u;

/**
 * A heading naming the months its column's dates fall in among its words (`РЕДОВНА СЕСИЯ ОКТОМВРИ /
 * НОЕМВРИ` over `До 01.10.2020 г.`): no date of a day, no period the parser joins, only months
 * beside other words, which a date never has.
 */
function namesMonths(text: string): boolean {
  if (/\d/.test(text)) return false;
  const d = parseDeadline(text);
  return d.kind === "unparsed" && (d as { reason?: string }).reason === "several-dates";
}

/** A row of short text labels (no numbers, no dates): the header of a block whose columns its cells do not describe in words PlanCheck knows. */
function labelRow(sheet: SheetRows, row: number): boolean {
  const cells = sheet.cells(row);
  const { values } = cells;
  if (values.length < 2) return false;
  // A form numbers its columns' headings (`1. Клас | 2. Дата`): the numbers are no data.
  const texts = opensWithNumber(values[0]) && !opensWithTaskNumber(cells) ? cells.texts.map((t) => t.replace(FORM_NUMBER, "")) : cells.texts;
  return values.every(
    // A count with its noun (`12 клас`) labels a column; a number alone or a date is data. Spaces
    // Word pads a heading with to centre it (`      Учебни \n      предмет`) are no words.
    (v, i) => typeof v === "string" && texts[i].replace(/\s+/g, " ").trim().length <= 60 && !/\d{1,2}[./]\d{1,2}|^\d(?!\d*\s+\p{L})/u.test(texts[i]) && texts[i].split(/\s+/).length <= 6 && (!readsAsDeadline(texts[i]) || namesMonths(texts[i])),
  );
}

/**
 * Sheet rows under a header that show what its columns hold: rows of two cells or more, up to the
 * next header of another table or a long run of blank rows.
 */
function sampleRows(sheet: SheetRows, scanner: HeaderScanner, repeated: RepeatedHeader | null, top: number, bottom: number, lone = false): number[] {
  const out: number[] = [];
  let gap = 0;
  for (let r = top; r <= bottom && out.length < CONTENT_SAMPLE && gap < 3; r++) {
    const n = sheet.cells(r).cols.length;
    if (n === 0) {
      gap++;
      continue;
    }
    gap = 0;
    const repetition = repeated ? repeated.repetition(r) : null;
    // A header re-typed in other words most often heads other tasks: its rows are not this table's sample.
    if (repetition === "retyped" || repetition === "widened") break;
    if (repetition) continue;
    if (scanner.isHeader(r)) break;
    if (n >= 2 || lone) out.push(r);
  }
  return out;
}

/** Widens a header's columns to those its rows fill in most of the sample (a `№` column left without a heading). */
function widen(sheet: SheetRows, sample: number[], left: number, right: number): { left: number; right: number } {
  if (sample.length === 0) return { left, right };
  const counts = new Map<number, number>();
  for (const r of sample) for (const c of sheet.cells(r).cols) counts.set(c, (counts.get(c) ?? 0) + 1);
  const enough = Math.max(1, Math.ceil(sample.length * 0.3));
  let l = left;
  let rgt = right;
  for (const [c, n] of counts) {
    if (n < enough) continue;
    if (c < l) l = c;
    if (c > rgt) rgt = c;
  }
  return { left: l, right: rgt };
}

/** Roles of columns from their headings, their cells and the user, with where each came from. */
function typedColumns(sheet: SheetRows, scanner: HeaderScanner, heads: ColumnHead[], sample: number[], overrides: Map<number, Role>, fromBlock: ReadonlyMap<number, Role> = NO_ROLES) {
  const headerRoles = headRoles(heads, scanner.matcher);
  const typed = typeColumns(
    heads.map((h, i) => ({
      header: headerRoles[i],
      headerText: h.roleText,
      groupText: h.upperText,
      content: sample.length > 0 ? readColumnContent(sheet, sample, h.index) : null,
      user: overrides.get(h.index),
      noRole: headerRoles[i] === "unknown" && h.roleText !== "" && scanner.matcher.namesNoRole(h.roleText),
    })),
  );
  // Roles the block's shape gave (too few rows for a column's cells to say it alone) fill what stays unknown.
  heads.forEach((h, k) => {
    const role = fromBlock.get(h.index);
    // One column holds the task text: the cells' own typing may have found it elsewhere. Only a
    // heading or the user outweighs the block's shape there; the cells' own choice of the longest
    // text gives way to the first column of text, where officials write the task.
    if (role === "activity" && typed.some((t) => t.role === "activity" && t.source !== "content")) return;
    if (role === "activity" && typed[k].source !== "user" && typed[k].role === "unknown") {
      const elsewhere = typed.findIndex((t) => t.role === "activity");
      if (elsewhere >= 0) typed[elsewhere] = { role: "unknown", source: "content" };
      typed[k] = { role, source: "content" };
      return;
    }
    // A table has one number column: one its cells or heading found stays the one.
    if (role === "number" && typed.some((t) => t.role === "number")) return;
    if (role && typed[k].role === "unknown" && typed[k].source !== "user") typed[k] = { role, source: "content" };
  });
  return { headerRoles, typed };
}

/** A table's headings, each moved one column right where the header was pasted one column left of its body. */
function alignHeads(sheet: SheetRows, scanner: HeaderScanner, layout: HeaderLayout, heads: ColumnHead[], sample: number[]): ColumnHead[] {
  if (layout.rows.length !== 1 || layout.caption || layout.namesSection !== undefined || sample.length === 0 || heads.length < 3 || heads[heads.length - 1].header !== "") return heads;
  const shifted = shiftHeadsRight(heads);
  const contents = heads.map((h) => readColumnContent(sheet, sample, h.index));
  return headerShiftedLeft(heads, headRoles(heads, scanner.matcher), headRoles(shifted, scanner.matcher), contents) ? shifted : heads;
}

function readTable(
  sheet: SheetRows,
  scanner: HeaderScanner,
  layout: HeaderLayout,
  overrides: Map<number, Role>,
  floor: number,
  bodyStart?: number,
  bodyLimit?: number,
  /** Rows of a table above with the same header, read with this one's own for what its columns hold. */
  borrowed: readonly number[] = [],
  /** Roles the block's shape gives its columns, by sheet column, where their cells are too few to say. */
  fromBlock: ReadonlyMap<number, Role> = NO_ROLES,
): { table: PlanTable; end: number } {
  const headed = layout.rows.length > 0;
  const headerBottom = headed ? layout.rows[layout.rows.length - 1] : (bodyStart ?? floor) - 1;
  const bodyTop = bodyStart ?? headerBottom + 1;
  const limit = bodyLimit ?? sheet.last;

  // Roles of the header's own columns come first: the number column decides what a split row is.
  const preliminary = headed ? new RepeatedHeader(scanner, layout, headRoles(columnHeads(sheet, layout, layout.left, layout.right), scanner.matcher)) : null;
  // Without a header, lines alone are rows too (a task's text above its `отг. … срок …` line).
  const sample = sampleRows(sheet, scanner, preliminary, bodyTop, limit, !headed);
  const span = widen(sheet, sample, layout.left, layout.right);
  const typingSample = borrowed.length > 0 ? [...borrowed, ...sample].slice(-CONTENT_SAMPLE) : sample;
  const heads = alignHeads(sheet, scanner, layout, columnHeads(sheet, layout, span.left, span.right), typingSample);
  const { headerRoles, typed } = typedColumns(sheet, scanner, heads, typingSample, overrides, fromBlock);
  const numberAt = typed.findIndex((t) => t.role === "number");
  const colOf = (role: Role) => {
    const i = typed.findIndex((t) => t.role === role);
    return i >= 0 ? heads[i].index : -1;
  };
  const repeated = headed ? new RepeatedHeader(scanner, layout, headerRoles) : null;
  // A date column first (a calendar): a row with no date goes on with the date above, unless the
  // column names a month once over a group of rows, each a task of that month.
  const keyCol = typed[0]?.role === "deadline" ? heads[0].index : -1;
  // The deadline column written once for a group of rows dates each row of the group, wherever it stands.
  const deadlineAt = colOf("deadline");
  const groupedCol = deadlineAt >= 0 && isGroupedColumn(sheet, deadlineAt, bodyTop, limit) ? deadlineAt : -1;
  const groupedKey = keyCol >= 0 && groupedCol === keyCol;
  // The date within the month written beside the month, in the next column typed a deadline.
  const dayAt = keyCol >= 0 ? typed.findIndex((t, i) => i > 0 && t.role === "deadline") : -1;
  const bodyLayout = {
    top: bodyTop,
    bottom: limit,
    firstCol: span.left,
    numberCol: numberAt >= 0 ? heads[numberAt].index : -1,
    joinSplitRows: true,
    activityCol: colOf("activity"),
    deadlineCol: colOf("deadline"),
    keyCol,
    groupedKey,
    dayCol: dayAt >= 0 ? heads[dayAt].index : -1,
    // Without a task column, the last indicator column (the criterion beside its indicator) tells tasks apart.
    textCol: lastOf(typed, heads, "indicator"),
    runningTitles: runningTitles(sheet, scanner.matcher, floor, (headed ? layout.rows[0] : bodyTop) - 1),
  };
  let body = readBody(scanner, repeated, bodyLayout);
  // A number column mostly left empty says nothing about split rows: joining would glue tasks together.
  if (body.continuations > 0 && body.numbered * 2 < body.numbered + body.continuations) {
    body = readBody(scanner, repeated, { ...bodyLayout, joinSplitRows: false });
  }

  // Cells the body holds beside the header's columns become columns too: never dropped.
  let left = span.left;
  let right = span.right;
  const ends = { first: -1, last: -1 };
  // Indexed: a loop run once over a large plan's rows makes an iterator object a row until it is compiled.
  for (let i = 0; i < body.rows.length; i++) {
    sheet.filledEnds(body.rows[i].row, ends);
    if (ends.first < 0) continue;
    left = Math.min(left, ends.first);
    right = Math.max(right, ends.last);
  }
  let columns;
  if (left === span.left && right === span.right) columns = planColumns(heads, typed);
  else {
    const allHeads = alignHeads(sheet, scanner, layout, columnHeads(sheet, layout, left, right), typingSample);
    columns = planColumns(allHeads, typedColumns(sheet, scanner, allHeads, typingSample, overrides, fromBlock).typed);
  }

  const normalised = normaliseBody(sheet, body, columns, bodyTop, layout.rows, groupedCol);
  const end = body.lastRow >= 0 ? body.lastRow : headerBottom;
  let top = headed ? layout.rows[0] : firstRowOf(body, bodyTop);
  // A table pasted with spacing after every paragraph keeps an empty row under its heading too.
  const spaced = headed && spacedUnder(sheet, top, layout.rows[layout.rows.length - 1]) ? 1 : 0;
  if (headed && leadingSection(sheet, scanner, normalised, top - 1 - spaced, floor, end)) top -= 1 + spaced;
  const preamble: PlanTable["preamble"] = [];
  for (let r = floor; r < top; r++) {
    const { texts } = sheet.cells(r);
    if (texts.length > 0) preamble.push({ row: r + 1, text: texts.join(" | ") });
  }
  return {
    table: {
      sheet: sheet.grid.sheet,
      range: rangeAddress(top, left, Math.max(end, top), right),
      headerRows: layout.rows.map((r) => r + 1),
      columns,
      ...normalised,
      preamble,
    },
    end: Math.max(end, top),
  };
}

/**
 * The heading over the first header of a table whose header is repeated under each section or
 * month heading (`WRZESIEŃ` / header / tasks / `PAŹDZIERNIK` / header / tasks): the first section.
 * Added to the table's sections, and the tasks before the next one fall under it.
 */
function leadingSection(sheet: SheetRows, scanner: HeaderScanner, body: ReturnType<typeof normaliseBody>, row: number, floor: number, end: number): boolean {
  if (row < floor) return false;
  const sectioned = body.repeatedHeaderRows.length > 0 && body.repeatedHeaderRows.some((h) => body.sections.some((s) => s.row === h - 1));
  // The next numbered line opening a table of its own under the table (`2. Terminy klasyfikacji`
  // over the header again, numbering from 1): this one is the first table's caption, no direction.
  const after = sheet.nextNonBlank(end);
  const direction = firstDirection(sheet, row, body) && !(after >= 0 && numberedTableUnder(sheet, after));
  if (!(sectioned || direction || namedSection(sheet, scanner, row, body) || areaOfPart(sheet, row, body, floor)) || !isHeadingLine(sheet, row)) return false;
  const title = loneCell(sheet, row)!.text;
  body.sections.unshift({ row: row + 1, title });
  const next = body.sections[1]?.row ?? Number.POSITIVE_INFINITY;
  for (const r of body.rows) if (r.row < next && r.section === null) r.section = title;
  return true;
}

/**
 * A heading merged across right over the header that names itself a part of the plan (`Goal Area
 * I: Student Achievement and Readiness`, `Cel szczegółowy 1`, `Раздел 2. Кадры`), in a table with
 * no section of its own: the first section, however many the plan has after it.
 */
function namedSection(sheet: SheetRows, scanner: HeaderScanner, row: number, body: ReturnType<typeof normaliseBody>): boolean {
  const lone = loneCell(sheet, row);
  return !!lone && lone.spans && body.sections.length === 0 && scanner.matcher.opensSection(lone.text);
}

/**
 * A heading merged across right over the header, with no number of its own, under a numbered part of
 * the plan, numbered as parts are (`I. Plan pracy w głównych obszarach działalności szkoły`, then `Zarządzanie i
 * organizacja` over `Zadania | Osoba odpowiedzialna | Termin realizacji`), in a table with no
 * section of its own: the part's first area, so a section, though it uses no section word. A title
 * stands over the plan's parts, never under one.
 */
function areaOfPart(sheet: SheetRows, row: number, body: ReturnType<typeof normaliseBody>, floor: number): boolean {
  const lone = loneCell(sheet, row);
  if (!lone || !lone.spans || body.sections.length > 0 || parseNumbering(lone.value) || namesPartOfYear(lone.text)) return false;
  let above = row - 1;
  while (above >= floor && sheet.isBlank(above)) above--;
  const part = above >= floor ? loneCell(sheet, above) : null;
  const n = part ? parseNumbering(part.value) : null;
  return !!part && !!n && n.style === "roman" && n.path.length === 1 && part.text.length > n.text.length + 1 && !part.text.trimEnd().endsWith(":");
}

/** Sheet column of the last column typed with a role, or -1. */
function lastOf(typed: readonly { role: Role }[], heads: readonly ColumnHead[], role: Role): number {
  for (let i = typed.length - 1; i >= 0; i--) if (typed[i].role === role) return heads[i].index;
  return -1;
}

/**
 * The first of a plan's numbered directions merged across right over the header of its tasks (`1.
 * Kształtowanie myślenia analitycznego …` over `Lp. | Rodzaj zadania | …`), in a table with no
 * section of its own: its heading, numbered 1 as the directions after it are.
 */
function firstDirection(sheet: SheetRows, row: number, body: ReturnType<typeof normaliseBody>): boolean {
  const lone = loneCell(sheet, row);
  if (!lone || !lone.spans || body.sections.length > 0) return false;
  const n = parseNumbering(lone.value);
  // A line ending in a colon introduces the list under it (`1. Връщане на учебниците …:`): a caption, not a direction.
  // A cell listing numbered lines (`1. Wprowadzenie …` / `2. Przygotowanie …`) is the aims over the table, no one direction.
  return !!n && n.path.length === 1 && n.path[0] === 1 && lone.text.length > n.text.length + 1 && !lone.text.trimEnd().endsWith(":") && !listsNumberedLines(lone.text);
}

/** A line alone merged across the block naming a day or a span of days with its year (`21 – 25 лютого 2022 року`). */
function daysAcross(sheet: SheetRows, row: number): boolean {
  const lone = loneCell(sheet, row);
  if (!lone || !lone.spans || !/(?:^|\D)(?:19|20)\d{2}(?!\d)/u.test(lone.text)) return false;
  const d = parseDeadline(lone.text);
  return (d.kind === "date" || d.kind === "range") && d.start !== null && d.end !== null && d.start.slice(0, 7) === d.end.slice(0, 7);
}

/** A day of the month or a few of them, alone in a cell (`21`, `23-25`, `6 and 9`). */
const DAY_OF_MONTH = /^(?:[1-9]|[12]\d|3[01])(?:\s*(?:[-–,]|and|і|и|i)\s*(?:[1-9]|[12]\d|3[01]))?$/u;

/**
 * True when the block's rows of two cells or more hold a day of the month in column `col`, nearly all
 * of them, and the numbers do not count the rows (`1`, `2`, `3`, again from `1` under the next month):
 * events numbered under each month are no events on the 1st, 2nd and 3rd.
 */
function daysDown(sheet: SheetRows, rows: readonly number[], col: number): boolean {
  const full = rows.filter((x) => sheet.cells(x).cols.length >= 2);
  if (full.length < MIN_BLOCK_ROWS || full.filter((x) => DAY_OF_MONTH.test(sheet.text(x, col).trim())).length < 0.8 * full.length) return false;
  let single = 0;
  let counting = 0;
  let previous = 0;
  for (const x of full) {
    const text = sheet.text(x, col).trim();
    if (!/^\d{1,2}$/u.test(text)) continue;
    const n = Number(text);
    single++;
    if (n === previous + 1 || (n === 1 && previous > 1)) counting++;
    previous = n;
  }
  return !(single >= MIN_BLOCK_ROWS && counting >= 0.8 * single);
}

/** A month's name alone on its line (`October`, `м. ЯНУАРИ`). */
function monthLine(sheet: SheetRows, row: number): boolean {
  const lone = loneCell(sheet, row);
  return !!lone && isMonthHeading(lone.text);
}

/** True when a cell's text holds two lines or more opening with a number one after another (`1. …` / `2. …`). */
function listsNumberedLines(text: string): boolean {
  let numbered = 0;
  for (const line of text.split("\n")) {
    const n = parseNumbering(line.trim());
    if (n && n.path.length === 1 && n.path[0] === numbered + 1) numbered++;
  }
  return numbered >= 2;
}

/**
 * True when an empty row stands over the header at `top` and the first rows under its last row
 * `header` stand one empty row apart (a row, an empty row, a row, an empty row): the spacing a Word paste
 * with space after every paragraph leaves, so the row over that empty row is the one over the header.
 */
function spacedUnder(sheet: SheetRows, top: number, header: number): boolean {
  const first = sheet.nextNonBlank(header);
  return top - 1 >= sheet.first && sheet.isBlank(top - 1) && first >= 0 && first <= header + 2 && first + 3 <= sheet.last && sheet.isBlank(first + 1) && !sheet.isBlank(first + 2) && sheet.isBlank(first + 3);
}

/** First sheet row of a table without a header: its first section or task row. */
function firstRowOf(body: { rows: { row: number }[] }, fallback: number): number {
  return body.rows.length > 0 ? body.rows[0].row : fallback;
}
