import type { RoleMatcher } from "../detect/role-matcher";
import type { SheetRows } from "../detect/sheet-rows";
import type { LoneCell } from "./sections";

/**
 * Where a plan table stops. After the last task, sheets pasted from Word carry closing text: the
 * council's decision (`Настоящият Годишен план ... е приет с Решение №1030 ...`), signatures
 * (`Изготвил: | ...`), a page number. Such rows cannot belong to the table; taking them in would
 * make them tasks or glue them to the last task.
 */

const PAGE_NUMBER = /^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$/;
const PAGE_OF = /^(?:стр|страница|str|strona|page|с|сторінка)\.?\s*\d{1,4}(?:\s*(?:от|z|of|из|з)\s*\d{1,4})?$/i;
const SPACES = /\s+/;

/** Blank rows after which a row that is not a task ends the table. */
const TABLE_GAP = 3;
/** A lone cell with this many words is prose, not a title. */
const SENTENCE_WORDS = 8;

/** A row of sums under the tasks: `Итого:`, `Всего`, `Razem`, `Total`, `Общо`, `Усього`, `Разом`. */
const TOTAL = /^(?:итого|всего|общо|razem|ogółem|suma|total|totals|усього|разом|всього)(?![\p{L}\p{N}])/iu;

export function isTotalRow(firstText: string | undefined): boolean {
  return firstText !== undefined && firstText.length < 40 && TOTAL.test(firstText);
}

/** Rows looked at below a line alone for a task that would keep it in the table. */
const LOOK_AHEAD = 5;

/**
 * True when a task follows within a few rows, or may follow further down: rows of several cells
 * come next. A caption over lines alone (`Terminy zebrań z rodzicami:` over one date and meeting
 * a line) heads a list of its own, not more of the table.
 */
function taskAhead(rows: SheetRows, at: RowAfterGap): boolean {
  let r = at.row;
  let several = false;
  for (let i = 0; i < LOOK_AHEAD; i++) {
    r = rows.nextNonBlank(r);
    if (r < 0) return false;
    if (at.isTask(r)) return true;
    if (rows.cells(r).cols.length > 1) several = true;
  }
  return several;
}

/** A page number left from a printed page: `1`, `- 2 -`, `стр. 3`, `Strona 2 z 5`. */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text) || PAGE_OF.test(text);
}

const TRAFFIC_LIGHT = /\bTLP\s*[:\-–]?\s*(?:CLEAR|WHITE|GREEN|AMBER|RED)\b/i;
const MARKING =
  /^(?:ниво на конфиденциалност|уровень конфиденциальности|рівень конфіденційності|poziom poufności|confidentiality level|security classification)\s*[:\-–]?\s*\S|^(?:для служебного пользования|для службового користування|за служебно ползване)\.?$/iu;
const DASHED_PAGE = /^[-–—]\s*\d{1,4}\s*[-–—]$/;
const MARK_LENGTH = 80;

/**
 * A document's marking printed on every page, which a page break pastes between two rows of the
 * table: its security level (`Ниво на конфиденциалност 0 [TLP-WHITE]`, `TLP:CLEAR`, `Для служебного
 * пользования`) or its page number in words or dashes (`стр. 3`, `- 2 -`). A bare number may be a
 * parent task's number, so it is left to the rules for lines after a blank row.
 */
export function isPageMark(text: string): boolean {
  if (text.length > MARK_LENGTH) return false;
  return TRAFFIC_LIGHT.test(text) || MARKING.test(text) || DASHED_PAGE.test(text) || PAGE_OF.test(text) || isPageFooter(text) || CONTINUED.test(text);
}

/**
 * The line a document prints over a table going on from the page before (`Продолжение таблицы 2`,
 * `Продовження додатка 1`, `Ciąg dalszy tabeli`, `cd. tabeli 3`, `Table 1 (continued)`).
 */
const CONTINUED =
  /^(?:(?:продолжение|окончание|продовження|закінчення|продължение|ciąg dalszy|cd\.|dokończenie|continued|continuation)(?:\s+(?:таблицы|таблиці|таблица|табл\.|приложения|додатка|приложение|tabeli|tab\.|załącznika|of table|table|of annex))?|(?:таблица|таблиця|tabela|table|приложение|додаток|załącznik|annex)\s*(?:№\s*)?[\dIVX.]*\s*\((?:продолжение|продовження|продължение|ciąg dalszy|cd\.|continued)\))\s*(?:№\s*)?[\dIVX]*[.:]?\s*$/iu;

/**
 * A printed page's footer: its page number in words first, then what the page prints beside it
 * (`Page 1 FY97 December 21 '95`, `Strona 3 z 7 – Plan pracy 2024`, `Стр. 2, форма ПП-1`), or a
 * short line ending in `page 3 of 7`. A task may name a page (`Update page 3 of the handbook`), but
 * does not open with one or end counting the document's pages.
 */
const FOOTER_OPENING = /^(?:page|strona|str\.|стр\.|страница|сторінка|стор\.)\s*\d{1,4}(?:\s*(?:of|z|от|из|з)\s*\d{1,4})?(?:[\s,;:–—-]|$)/iu;
const FOOTER_CLOSING = /(?:^|\s)(?:page|strona|str\.|стр\.|страница|сторінка|стор\.)\s*\d{1,4}\s*(?:of|z|от|из|з)\s*\d{1,4}\.?$/iu;

export function isPageFooter(text: string): boolean {
  return text.length <= MARK_LENGTH && (FOOTER_OPENING.test(text) || FOOTER_CLOSING.test(text));
}

const NOTE_WORD = /^(?:\*+|(?:note|notes|nb|n\.b|примечани[ея]|примітк[аи]|забележк[аи]|бележк[аи]|uwag[ai]|przypis|objaśnieni[ae])(?![\p{L}]))/iu;
const DASH_OPENING = /^[-–—•]\s*\S/u;

/**
 * A note under a table: a line opening with a footnote's star or a note word (`* Terminy mogą ulec
 * zmianie`, `Примечание: …`, `Uwaga:`, `Note`), or a sentence set off by a dash (`- Appeals received
 * by the Clerk will be acknowledged in writing within 5 working days.`). A short dashed line is more
 * likely an item of the task above (`- конкурс рисунков`), so only a sentence counts.
 */
export function isNote(text: string): boolean {
  return NOTE_WORD.test(text) || (DASH_OPENING.test(text) && isClosingSentence(text));
}

/** A name as signed with initials: `О.П. Іваненко`, `В.П.Кузьмина`, `Жапарова Б.К`, `J. Smith`. */
const INITIALLED = String.raw`(?:(?:\p{Lu}\.\s?){1,2}\p{Lu}[\p{Ll}'’-]+|\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}\.\s?(?:\p{Lu}\.?)?)`;
/** A name written out (`Anna Kowalska`, `Тетяна ІВАНУХА`): only after the line left to sign on. */
const WRITTEN_OUT = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}`;
/**
 * A post (or nothing), the line left for the signature and the name (`Директор ________ О.П.
 * Іваненко`, `______________    Тетяна ІВАНУХА`), or a post and an initialled name set apart by the
 * spaces a tab left (`Директор училища        І.В. Стрижеус`).
 */
const SIGNATURES = [
  new RegExp(String.raw`^(?:\p{Lu}[^_\n]{0,60}?)?_{3,}\s*(?:` + INITIALLED + "|" + WRITTEN_OUT + String.raw`)\s*$`, "u"),
  new RegExp(String.raw`^\p{Lu}[^_\n]{1,60}?\s{3,}` + INITIALLED + String.raw`\s*$`, "u"),
];
/** A signature's line this long at most. */
const SIGNATURE_LENGTH = 120;

/**
 * A signature line under a table (`Директор ________ О.П. Іваненко`, `Директор училища      І.В.
 * Стрижеус`): a post, a line left to sign on, a name. What follows it is the document's next part,
 * however many rows of several cells (another table under its own title) come after.
 */
export function isSignatureLine(text: string): boolean {
  const line = text.trim();
  return line.length <= SIGNATURE_LENGTH && SIGNATURES.some((p) => p.test(line));
}

/** A closing sentence: prose in one cell, long enough not to be a title. */
export function isClosingSentence(text: string): boolean {
  return text.split(SPACES).length >= SENTENCE_WORDS;
}

/**
 * A line opening the minutes of a meeting written on the sheet under the plan: the word for minutes
 * (`ПРОТОКОЛ № 1`, `Protokół`, `Minutes of the meeting`) or the words the minutes go on with (`Присутні:
 * 30 чоловік`, `Слушали:`, `Ухвалили:`, `Obecni:`, `Дневен ред:`, `Present:`).
 */
/** Lines alone looked at for the minutes' opening and for a task row among or under them. */
const MINUTES_AHEAD = 10;

const MINUTES =
  /^(?:(?:протокол|protokół|protokol|minutes)(?![\p{L}])|(?:присутні|присутствовали|присъстваха|присъстващи|obecni|present|attendees|слухали|слушали|ухвалили|вирішили|постановили|решили|реши|postanowiono|ustalono|resolved|порядок денний|повестка дня|дневен ред|porządek obrad|porządek zebrania|agenda)\s*:)/iu;

export function opensMinutes(text: string): boolean {
  return MINUTES.test(text.trim());
}

/**
 * True when the lines alone from `at.row` on are the minutes of a meeting: one of the next few opens
 * them, and no row of several cells comes among them or right after, so no task of the plan is left
 * below. A meeting heading inside a plan of meetings (`Протокол № 1` over its agenda) has tasks under it.
 */
function minutesAhead(rows: SheetRows, at: RowAfterGap): boolean {
  let found = false;
  for (let i = 0, r = at.row; r >= 0 && i < MINUTES_AHEAD; i++, r = rows.nextNonBlank(r)) {
    const { cols, texts } = rows.cells(r);
    if (cols.length > 1) return false;
    if (opensMinutes(texts[0])) found = true;
  }
  return found;
}

/** What the body reader knows when it meets a row after blank rows. */
export interface RowAfterGap {
  row: number;
  /** Blank rows right above it. */
  gap: number;
  lone: LoneCell | null;
  /** True when the rows since the last task are a section title (its second line may follow). */
  inSection: boolean;
  firstCol: number;
  /** True when a sheet row is a task row (numbered, or several cells in a table without numbers). */
  isTask(row: number): boolean;
}

/**
 * True when the table ends above `at.row`. Only a row after at least one blank row can end it,
 * and only when no task follows right after it:
 * - a page number alone (`1` under the Bochnia harmonogram);
 * - a closing sentence alone in the first column (not a section title, not a title's second line);
 * - after a long gap of blank rows, any lone line that is not a section title;
 * - a row of several cells that is not a task, followed by nothing or by more such rows (signatures),
 *   unless a section title with tasks under it comes next.
 */
export function endsTable(rows: SheetRows, matcher: RoleMatcher, at: RowAfterGap): boolean {
  if (at.gap === 0) return false;
  if (at.lone && !matcher.opensSection(at.lone.text) && minutesAhead(rows, at)) return true;
  const next = rows.nextNonBlank(at.row);
  if (at.isTask(next)) return false;
  if (at.lone && isPageNumber(at.lone.text)) return true;
  if (at.isTask(at.row)) return false;
  if (at.lone) {
    if (matcher.opensSection(at.lone.text)) return false;
    if (at.gap >= TABLE_GAP || isSignatureLine(at.lone.text)) return true;
    // A signature block (`Заместитель главы администрации` / name): no task follows it. A line in
    // lower case goes on with the last task instead.
    if (!/^\p{Ll}/u.test(at.lone.text) && !taskAhead(rows, at)) return true;
    return !at.inSection && (at.lone.col <= at.firstCol || at.lone.spans) && isClosingSentence(at.lone.text);
  }
  // A lone line next may be a section title with tasks under it; then this row is still the table's.
  if (next < 0 || rows.cells(next).cols.length > 1) return true;
  return !matcher.opensSection(rows.cells(next).texts[0]) && !at.isTask(rows.nextNonBlank(next));
}
