import { parseDeadline } from "../deadline";
import { memoizeBounded } from "../memo";
import { capitalsAsWords, namesSomeone } from "../executors/entry-kind";
import { letterAt } from "../letter-class";
import { parseNumbering, type Numbering } from "../numbering";
import type { KnownRole } from "./vocabulary";
import { ROLE_MATCHER } from "./role-matcher";
import { isAudienceText } from "./vocabulary/audience";
import { isRatingText } from "./vocabulary/ratings";
import { isTermName } from "./vocabulary/term-names";
import type { SheetRows } from "./sheet-rows";

/**
 * What a column's cells say about its role, read from a sample of the table's rows: how many read
 * as a task number, a deadline, people or bodies, an amount of money, and how much free text they
 * hold. Where a heading is missing, unknown or misleading, this decides the column's role.
 */
export interface ColumnContent {
  /** 0-based sheet column. */
  col: number;
  /** Cells with text in the sample. */
  filled: number;
  /** Cells holding only a task number (`1.`, `2.1`, `3`). */
  numbering: number;
  /** Cells read as a deadline (a date, month, period, `постоянно`). */
  deadline: number;
  /** Cells naming only people, positions or bodies (`директор`, `K. Nowak`, `РУО`). */
  people: number;
  /** Cells holding an amount (`12 500`, `3,5 тыс. руб.`). */
  amount: number;
  /** Cells holding only a year or a span of years (`2021`, `2021- 2025`, `2007/8`, `2007-10`): the rows of a financing table by year. */
  years: number;
  /** Cells holding only a dash: nothing to report in this row (`-` in a money column). */
  nil: number;
  /** Cells holding a share, with a bound perhaps (`100%`, `менее 100%`, `≥ 85 %`): an indicator's target. */
  percents: number;
  /** Cells holding only a time of day (`09:00`, `14.30`, `10:00-12:00`). */
  times: number;
  /** Cells holding only a length of time (`45 минут`, `2 godz.`, `90 хв`, `1.5 hours`): how long, not when. */
  durations: number;
  /** Cells holding only a red/amber/green rating (`Amber`, `зелено`): the row's monitoring. */
  ratings: number;
  /** Cells holding only a code of capitals and digits (`A1.2`, `КПМ-1`, `PL/2023/05`): a reference, never a body. */
  codes: number;
  /** Mean letters per filled cell: the task text is the longest free text of a task table. */
  letters: number;
  /** Cells merged down over the rows below: a group's name spread over its rows (`Редовни сесии` over two sessions). */
  mergedDown: number;
  /** Cells naming only whom an event concerns (`Year 11`, `All Staff`, `учащиеся 5-9 классов`): participants, not executors. */
  audience: number;
  /** Cells naming only a part of the school year (`Autumn Term 1`, `I семестър`, `Semestr zimowy`): labels of the rows' dates. */
  terms: number;
  /**
   * Of the `people` cells, those written in capitals that name no one once their long words are read
   * as words (`1 (СУББОТА)`: a day and its weekday, no body called `СУББОТА`). Absent when none.
   */
  shoutedPeople?: number;
  /** Cells opening with the place a thing happens in (`с. Реселец, общ. Червен бряг`, `гр. Костинброд`): where, not what. */
  places: number;
  /** Cells opening with a label of their own (`срок: 28 януари`, `отг. председателя`), by the role it names. */
  labelled: Partial<Record<KnownRole, number>>;
}

/** Rows of a table read for its columns' content: enough to judge, few enough to stay fast. */
export const CONTENT_SAMPLE = 40;
/** A deadline or a name is a short cell; a sentence holding a date is a task. */
const SHORT_CELL = 80;
const MAX_PARTS = 8;
const AMOUNT = /^[-–]?\d{1,3}(?:[\s\u00a0.,]?\d{3})*(?:[.,]\d{1,3})?\s*(?:тыс\.?|тис\.?|млн\.?|mln|tys\.?|k)?\s*(?:лв\.?|zł|руб\.?|р\.|грн\.?|€|\$|eur|usd|pln|bgn|uah|rub)?\.?$/iu;
const PERCENT = /^[^\d]{0,16}\d{1,3}(?:[.,]\d{1,2})?\s*%$/u;
/** `09:00`, `14.30`, `10:00–12:00`, `о 14:00`, `18.00 ч.`: a dot only before minutes a clock shows in plans (00, 15, 30, 45). */
const TIME_OF_DAY = /^(?:\p{L}{1,3}\.?\s*)?(?:[01]?\d|2[0-3])(?::[0-5]\d|\.(?:00|15|30|45))(?:\s*[-–—]\s*(?:[01]?\d|2[0-3])(?::[0-5]\d|\.(?:00|15|30|45)))?(?:\s*(?:ч|h|год|godz|hrs)\.?)?$/iu;
/** `14.35`, `9.05`: an hour and its minutes after a dot, counted a time where it reads as no date. */
const DOTTED_TIME = /^(?:[01]?\d|2[0-3])\.[0-5]\d$/;
const DURATION = /^\d{1,3}(?:[.,]\d{1,2})?\s*(?:мин(?:ут[аы]?|ути?)?|час(?:а|ов)?|часа|хв(?:илин[аи]?)?|годин[аи]?|min(?:ut[ay]?|utes?|s)?|godz(?:in[ay]?)?|h|hrs?|hours?)\.?$/iu;
/** A code: capitals and digits, with dots, slashes or dashes between, no spaces; a digit and a letter both. */
const CODE = /^(?=[^\d]*\d)(?=[^\p{L}]*\p{L})[\p{Lu}\d](?:[\p{Lu}\d]|[./-](?=[\p{Lu}\d])){1,15}$/u;
const YEARS = /^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2}|\s*[-–/]\s*\d{1,2})?(?:\s*(?:рр?|гг?|r|roku|год|годы|роки|рік|година|години)\.?|\.)?$/u;
const ROMAN = /^[IVXІХ]{1,4}\.?$/u;
const ZERO = /^0(?:[.,]0+)?$/;
const NIL = /^[-–—]$/u;
/**
 * A settlement or a quarter before its name (`с. Реселец`, `гр. Свищов`, `кв. Кумарица`, `смт Рокитне`,
 * `пос. Лесной`): a place. Lower case only where one letter abbreviates it, so that `С. Петров`
 * (an initial) stays a name.
 */
const PLACE = /^(?:[сг]\.|[Гг]р\.|[Кк]в\.|[Пп]ос\.|[Сс]мт\.?|[Сс]-ще)\s*\p{Lu}/u;
const PART_SEPARATOR = /[,;\n]+/u;

/** The letters of a text, as `/\p{L}/gu` counts them, without a list of them made. */
function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const width = letterAt(text, i);
    if (width > 0) {
      n++;
      i += width;
    } else i++;
  }
  return n;
}

/** The task number a cell holds and nothing else; null when it holds none. */
function numberIn(value: unknown, text: string): Numbering | null {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 && value < 1000 ? { text, path: [value], style: "decimal" } : null;
  // `01.10`, `15.09`: a day and a month written as two two-digit parts are a date, not `1.10`.
  if (/^\d{2}\.\d{2}\.?$/.test(text)) return null;
  const n = parseNumbering(text);
  return n && text.length <= n.text.length + 1 && n.style !== "letter" ? n : null;
}

/** `1.2` after `1.1`, `2` after `1.3`, `1.1` after `1`: the number a list gives next. */
function follows(prev: readonly number[], next: readonly number[]): boolean {
  if (next.length === prev.length + 1) return prev.every((v, i) => v === next[i]) && next[next.length - 1] === 1;
  if (next.length > prev.length) return false;
  const k = next.length - 1;
  return prev.slice(0, k).every((v, i) => v === next[i]) && next[k] === prev[k] + 1;
}

/**
 * Whether a column's task numbers count as a list counts: from a first number (`1`, `1.1`, `I`) on,
 * or, where the sample starts inside a list, nearly always the next number. A column of dates
 * that also read as numbers (`14.10.23`, `31.10.23`; Roman months `ІХ.`, `Х.`, `ХІ.`, `ХІІ.`, `І.`)
 * does not: its numbers repeat, jump and turn back with the year.
 */
function countsInOrder(paths: readonly (readonly number[])[]): boolean {
  if (paths.length < 2) return true;
  let next = 0;
  for (let i = 1; i < paths.length; i++) if (follows(paths[i - 1], paths[i])) next++;
  const steps = paths.length - 1;
  const first = paths[0][paths[0].length - 1] === 1;
  return next / steps >= (first ? 0.5 : 0.8);
}

/** Share of a column's number cells that read as deadlines too, above which the column's order decides. */
const DATE_LIKE_NUMBERS = 0.8;

function isDeadlineCell(value: unknown, text: string): boolean {
  // A bare number is a count or a task number far more often than a date serial.
  if (typeof value === "number" || text.length > SHORT_CELL) return false;
  if (/^\d{1,3}\.?$/.test(text)) return false;
  return readsAsDeadline(text);
}

/** Texts a column's content is read from are kept this many at most (a few MB). */
const KEPT_READINGS = 20_000;

/** Text that reads as a deadline: a date, month or period, also one without its year or one of several dates. */
export const readsAsDeadline = memoizeBounded(readsAsDeadlineOnce, KEPT_READINGS);

function readsAsDeadlineOnce(text: string): boolean {
  const d = parseDeadline(text);
  if (d.kind !== "unparsed") return true;
  // A date without its year, or several dates in one cell, is still a deadline column's content.
  const reason = (d as { reason?: string }).reason;
  return reason === "year-missing" || reason === "several-dates";
}

/** A label opening a cell: one or two words and a colon, full stop or dash (`СРОК :`, `отг.`, `Termin –`). */
const INLINE_LABEL = /^\s*(\p{L}{2,}(?:\s\p{L}{2,})?)\s*[:.–—-]\s*/u;

/**
 * A heading written inside the cell before a colon (`Lead officer: …`, `Performance measures and
 * monitoring arrangements: …`): a few words, the first naming a role.
 */
const COLON_LABEL = /^\s*(\p{L}[\p{L} ]{1,70}?)\s*:\s*(?=\S)/u;
const COLON_LABEL_WORDS = 6;
const COLON_LABEL_COVERAGE = 0.4;

/** The role a cell's own opening label names, and the text after it; null when it opens with none. */
function inlineLabel(text: string): { role: KnownRole; rest: string } | null {
  const m = INLINE_LABEL.exec(text);
  const match = m ? ROLE_MATCHER.match(m[1]) : null;
  if (m && match && match.coverage === 1) return { role: match.role, rest: text.slice(m[0].length) };
  const c = COLON_LABEL.exec(text);
  if (!c || c[1].trim().split(/\s+/).length > COLON_LABEL_WORDS) return null;
  const heading = ROLE_MATCHER.match(c[1]);
  return heading && heading.atStart && heading.coverage >= COLON_LABEL_COVERAGE ? { role: heading.role, rest: text.slice(c[0].length) } : null;
}

/** A numbered branch of a library or school system (`Ф.3`, `Філія №2`, `Filia nr 1`), or a village branch (`Ф.с. Скребиші`): the body holding the event. */
const BRANCH = /^(?:(?:ф|філія|филиал|filia|branch)\.?\s*(?:№|nr|no\.?)?\s*\d{1,2}|ф\.\s*с\.\s*\p{Lu}[\p{L}.\s-]{2,40})$/iu;

function isPeopleCell(text: string): boolean {
  if (BRANCH.test(text)) return true;
  // `ІХ`, `XII`: a month or a term in Roman numerals (Cyrillic look-alikes too), not a body's initials.
  if (text.length > SHORT_CELL * 2 || !/\p{L}/u.test(text) || ROMAN.test(text)) return false;
  const parts = text.split(PART_SEPARATOR).map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length === 0 || parts.length > MAX_PARTS) return false;
  return parts.every((p) => {
    return p.length <= SHORT_CELL && p.split(/\s+/).length <= 6 && namesSomeone(p);
  });
}

function isYearCell(value: unknown, text: string): boolean {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1990 && value <= 2100;
  return YEARS.test(text);
}

function isAmountCell(value: unknown, text: string): boolean {
  if (typeof value === "number") return value >= 0 && !(Number.isInteger(value) && value >= 1900 && value <= 2100);
  // A single digit is a count more often than money; zero (`0`, `0,00`) is money nobody planned.
  return AMOUNT.test(text) && (/\d{2}/.test(text) || ZERO.test(text));
}

/** Reads one column over the sample rows. */
export function readColumnContent(rows: SheetRows, sample: readonly number[], col: number): ColumnContent {
  const out: ColumnContent = { col, filled: 0, numbering: 0, deadline: 0, people: 0, amount: 0, years: 0, nil: 0, percents: 0, times: 0, durations: 0, ratings: 0, codes: 0, letters: 0, mergedDown: 0, audience: 0, terms: 0, places: 0, labelled: {} };
  let letters = 0;
  const numbers: number[][] = [];
  let dateLike = 0;
  for (const r of sample) {
    const value = rows.value(r, col);
    let text = rows.text(r, col);
    if (text === "") continue;
    out.filled++;
    const m = rows.mergeAt(r, col);
    if (m && m.row === r && m.rowCount > 1) out.mergedDown++;
    const label = typeof value === "string" ? inlineLabel(text) : null;
    if (label) {
      out.labelled[label.role] = (out.labelled[label.role] ?? 0) + 1;
      text = label.rest;
    }
    if (TIME_OF_DAY.test(text) || (DOTTED_TIME.test(text) && !readsAsDeadline(text))) out.times++;
    else if (PERCENT.test(text)) out.percents++;
    else if (DURATION.test(text)) out.durations++;
    if (isYearCell(value, text)) out.years++;
    if (typeof value === "string" && isAudienceText(text)) out.audience++;
    if (typeof value === "string" && PLACE.test(text)) out.places++;
    const term = typeof value === "string" && isTermName(text);
    if (term) out.terms++;
    if (typeof value === "string" && isRatingText(text)) out.ratings++;
    const code = CODE.test(text) && !BRANCH.test(text);
    if (code) out.codes++;
    const number = NIL.test(text) ? null : numberIn(value, text);
    if (number) {
      numbers.push(number.path);
      // `Х.` and `І.` read as no sure date alone, but among `ІХ.`, `ХІ.` they are months too.
      if (isDeadlineCell(value, text) || (number.style === "roman" && number.path[0] <= 12)) dateLike++;
    }
    if (NIL.test(text)) out.nil++;
    else if (number) out.numbering++;
    else if (isDeadlineCell(value, text)) out.deadline++;
    else if (isAmountCell(value, text)) out.amount++;
    // `II семестър` names a half of the year, not a body.
    else if (!term && !code && isPeopleCell(text)) {
      out.people++;
      if (!/\p{Ll}/u.test(text) && !isPeopleCell(capitalsAsWords(text))) out.shoutedPeople = (out.shoutedPeople ?? 0) + 1;
    }
    letters += countLetters(text);
  }
  out.letters = out.filled === 0 ? 0 : letters / out.filled;
  // Cells that read both as a task number and as a date are dates where the column does not count.
  if (dateLike >= 2 && dateLike >= DATE_LIKE_NUMBERS * numbers.length && !countsInOrder(numbers)) {
    out.numbering -= dateLike;
    out.deadline += dateLike;
  }
  return out;
}

/** Share of a column's filled cells that read a given way. */
export function share(c: ColumnContent, n: number): number {
  return c.filled === 0 ? 0 : n / c.filled;
}
