import { isoDate, parseIsoDate } from "./calendar";
import { MAX_YEAR, MIN_YEAR, yearAt } from "./parsers/numbers";
import { parsePart } from "./parsers/span";
import { resolveParts } from "./resolve";
import { anchorOf, type PeriodAnchor } from "./resolve";
import { LOCALES } from "./locales";
import { fold, tokenize, type Token } from "./text";
import type { PlanPeriod } from "./types";
import { monthOf, VOCABULARY, wordClass } from "./vocabulary";

/**
 * The period a plan covers, from its title lines or the `--period` option.
 * A year is 1 January to 31 December; two years with a dash are calendar years (`на 2020-2021
 * годы`); two consecutive years with a slash, with a school word or written `2022-23`, are a school
 * year (`2017/2018`, `w roku szkolnym 2017/2018`): 1 September to 31 August.
 */

/** Where a table's plan period comes from, or why it has none: shown to the user beside the period. */
export type PeriodSource =
  /** Read from a line above the table, quoted as written. */
  | { from: "title"; line: string }
  /** Given by the user (`--period`, the pane) or kept in the workbook's record. */
  | { from: "given" }
  /** Taken from the table above on the same sheet, which names it. */
  | { from: "table-above" }
  /**
   * A school's plan with no year in its title, adopted between August and December: the school
   * year that adoption opens (`Протокол № 1 / 7. Х. 2013` -> 2013/2014), the adopting line quoted.
   */
  | { from: "adopted"; line: string }
  | { from: "none"; reason: NoPeriodReason };

/**
 * Why no period was read: no line names one (`no-year`); the only years above the table are a
 * document's (an approval, an annex's decree, minutes: `document-dates`); years written `2025/26` in
 * a budget, which are financial years (`financial-years`); two title lines name different periods
 * (`contradictory`).
 */
export type NoPeriodReason = "no-year" | "document-dates" | "financial-years" | "contradictory";

export interface PlanPeriodReading {
  period: PlanPeriod | null;
  source: PeriodSource;
}

const YEAR_PAIR = /^(\d{4})\s*([-/\u2010-\u2015\u2212])\s*(\d{4}|\d{2})$/;
const SINGLE_YEAR = /^\d{4}$/;
const ISO_SPAN = /^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|\/|[\u2013\u2014])\s*(\d{4}-\d{2}-\d{2})$/;
// A year or a pair of years standing on their own: not inside a date (`25.04.2019`) or a number,
// but joined by a dash to the name of what it is the year of (`ЕГЭ-2024`, `ВПР -2022`).
const PERIOD_IN_LINE =
  /(?:(?<![\p{L}\p{N}./\\-])|(?<=\p{L}\s?[-\u2010-\u2015]))((?:19|20|21)\d\d)(?:\s*([-/\\\u2010-\u2015\u2212])\s*((?:19|20|21)\d\d|\d\d)(?![\p{N}]|[./-]\d))?(?![\p{N}]|[./]\d)/gu;
// `2025-2026 н.р.`, `2025-2026 уч. г.`, `2024-25 AY`: school years by their abbreviations.
const SCHOOL_ABBREVIATION = /(?<!\p{L})(?:н\.\s*р|навч\.\s*р|уч\.\s*г|уч\.\s*год\p{L}*|r\.\s*szk|r\.\s*s)(?!\p{L})/u;
const LIST_ITEM = /^\s*(?:\d+[.)](?!\s*\d)|[a-zа-я]\)|[-•▪✓*\u2022\uF02D])/iu;
const LETTERS = /\p{L}/gu;
const UPPER = /\p{Lu}/gu;
const ANY_YEAR = /(?<!\p{N})((?:19|20|21)\d\d)(?!\p{N})/gu;
// A run of years that ended this long before another year of the same line is history, not the plan's.
const HISTORY_YEARS = 10;
const LONG_LINE = 250;
const SHORT_LINE = 60;
// A title set over several rows (`ПЛАН` / `основных мероприятий ...` / `на апрель 2018 года`): how many
// lines after the one naming the plan still belong to it.
const TITLE_CONTINUATION = 3;
// A sentence (`The Local Development Scheme (LDS) sets out a timetable ... documents.`) ends a title.
const SENTENCE = new RegExp(`^.{${SHORT_LINE},}[.!?]\\s*$`, "su");
const SPACED_LETTERS = /(?<![\p{L}])\p{L}(?: \p{L}){2,}(?![\p{L}])/gu;
const TRAILING_DASH = /[-\u2010-\u2015\u2212]\s*$/u;
// `№ 1125-VII`, `N 3096`, `nr 12`: a document's number, which with a date marks the document's own line.
const NUMBER_SIGN = /(?:№|(?<![\p{L}])(?:n|no|nr)\.?\s*\d)/iu;
const NUMERIC_DATE = /(?<!\d)\d{1,2}\s*[./]\s*(?:\d{1,2}|[IVXLC]+|[ІХ]+)\s*[./]\s*(?:\d{4}|\d{2})(?!\d)/u;
// `2025/26` as a budget writes a financial year.
const SCHOOL_YEAR_SAID = /(?<!\p{L})(?:academic|school)\s+year/u;
const SHORT_SECOND_YEAR = /\d{4}\s*[/\u2010-\u2015\u2212-]\s*\d{2}(?!\d)/u;
// A programme runs for years, not for generations: a longer run of years (`1878–2028`) is history's.
const LONGEST_PROGRAMME = 30;
const RUN_END = /\d{4}\s*[-\u2010-\u2015\u2212]\s*$/u;

function stems(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  return new RegExp(`(?<![\\p{L}])(?:${words.map((w) => fold(w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "u");
}
const ANNIVERSARY = stems(LOCALES.flatMap((l) => l.anniversaryWords ?? []));
const EDITION = stems(LOCALES.flatMap((l) => l.editionWords ?? []));
const ANNUAL = stems(LOCALES.flatMap((l) => l.annualWords ?? []));
const SESSION = stems(LOCALES.flatMap((l) => l.sessionWords ?? []));
const FISCAL_YEAR_WORDS = new Set(LOCALES.flatMap((l) => l.fiscalYearWords ?? []).map(fold));
const LAW_YEAR_WORDS = new Set(LOCALES.flatMap((l) => l.lawYearWords ?? []).map(fold));
// Words that make a year a deadline (`до 2030 года`, `by 2030`): the horizon of the work, not its period.
const HORIZON_WORDS = new Set(LOCALES.flatMap((l) => l.byPhrases).filter((f) => !/\s/.test(f)).map(fold));
// A cover's imprint, the place and year it was issued (`Київ – 2024`, `г. Тула, 2023 г.`, `Warszawa, 2024`).
const IMPRINT = /^(?:\p{Ll}{1,3}\.\s*)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*[,\u2013\u2014-]\s*(?:19|20)\d\d\s*(?:\p{L}{1,2}\.?)?$/u;
// Prepositions a period is said with (`на 2020 год`, `w 2025`, `in 2024`).
const PERIOD_PREPOSITIONS = new Set(LOCALES.flatMap((l) => l.fillers).filter((f) => !/\s/.test(f)).map(fold));

function yearsPeriod(from: number, to: number, school: boolean, label: string): PlanPeriod | null {
  if (from < MIN_YEAR || to > MAX_YEAR || to < from || (school && to === from)) return null;
  return school
    ? { start: isoDate(from, 9, 1), end: isoDate(to, 8, 31), label }
    : { start: isoDate(from, 1, 1), end: isoDate(to, 12, 31), label };
}

function secondYear(from: number, written: string): number {
  return written.length === 2 ? from - (from % 100) + Number(written) : Number(written);
}

/** `--period 2019` | `2020-2021` | `2018/2019` | `2018/19` | `2019-09-01..2020-06-30`; null for anything else. */
export function parsePeriodOption(s: string): PlanPeriod | null {
  const text = typeof s === "string" ? s.trim() : "";
  if (SINGLE_YEAR.test(text)) return yearsPeriod(Number(text), Number(text), false, text);
  const pair = YEAR_PAIR.exec(text);
  if (pair) {
    const from = Number(pair[1]);
    const to = secondYear(from, pair[3]);
    if (to <= from) return null;
    return yearsPeriod(from, to, pair[2] === "/", `${pair[1]}${pair[2] === "/" ? "/" : "-"}${pair[3]}`);
  }
  const span = ISO_SPAN.exec(text);
  if (span && parseIsoDate(span[1]) && parseIsoDate(span[2]) && span[1] <= span[2]) {
    return { start: span[1], end: span[2], label: text };
  }
  return null;
}


/** A line above a table, with what it says of itself. */
interface Line {
  text: string;
  folded: string;
  tokens: Token[];
  /** Names a plan (`План работы`, `Harmonogram`, `Timetable`). */
  namesPlan: boolean;
  /** Part of a plan's title: naming a plan, in a cell that does, or continuing such a line. */
  title: boolean;
  /** Names a plan, or shares a cell with a line that does. */
  named: boolean;
  /** An approval, an annex's decree, minutes: its dates are the document's. */
  document: boolean;
}

/** What the whole block above a table says, that a line alone does not. */
interface Surroundings {
  /** The latest year written anywhere above (a document's date too), for years long past. */
  latest: number;
  /** A school word anywhere above (`учебен процес`): two consecutive years are a school year. */
  school: boolean;
  /** Budget words anywhere above: `2025/26` is a financial year. */
  finance: boolean;
}

interface Candidate {
  period: PlanPeriod;
  /** Said as a period: a range, a school year, a year with its year word, or a line of nothing else. */
  explicit: boolean;
  /** The line says nothing but the period (`2017`, `2025-2026 н.р.`, `Сентябрь 2018`). */
  alone: boolean;
  /** Names one day: only a title may make a plan of one day. */
  day: boolean;
  /** A range of months or days, read as a deadline is. */
  span: boolean;
}

/** A range of months or days with their years (`на сентябрь 2025 – май 2026 года`), read as a deadline is. */
function spanInLine(line: string, tokens: readonly Token[], anchor: PeriodAnchor | null): PlanPeriod | null {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== "num" && monthOf(tokens[i]) === undefined) continue;
    const part = parsePart(tokens, i);
    if (!part || !part.value.right) continue;
    const read = resolveParts([part.value], tokens, line, line, anchor);
    if (typeof read === "string" || read.kind !== "range" || !read.start || !read.end || read.parts) continue;
    return { start: read.start, end: read.end, label: line.slice(tokens[part.value.left.from].start, tokens[part.next - 1].end) };
  }
  return null;
}

/**
 * One month or one day with its year (`на сентябрь 2018 года`, `на 6 марта 2021 года`), read as a
 * deadline is; a month with no year takes it from the years of the same line (`жовтня 2023/2024 н.р.`).
 */
function monthOrDayInLine(line: string, tokens: readonly Token[], anchor: PeriodAnchor | null): PlanPeriod | null {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== "num" && monthOf(tokens[i]) === undefined) continue;
    const part = parsePart(tokens, i);
    if (!part || part.value.right) continue;
    const read = resolveParts([part.value], tokens, line, line, anchor);
    if (typeof read === "string" || (read.kind !== "month" && read.kind !== "date") || !read.start || !read.end || read.parts) continue;
    return { start: read.start, end: read.end, label: line.slice(tokens[part.value.left.from].start, tokens[part.next - 1].end) };
  }
  return null;
}

/**
 * A quarter or a half of a calendar year (`на II полугодие 2024 года`, `І квартал 2025 року`, `Q1
 * 2025`), read as a deadline is. A term or a half of a school year is not taken: where it ends differs
 * from one country's school calendar to another's, and the school year that holds it is sure.
 */
function partOfYearInLine(line: string, tokens: readonly Token[]): PlanPeriod | null {
  for (let i = 0; i < tokens.length; i++) {
    const part = parsePart(tokens, i);
    if (!part || part.value.right) continue;
    const read = resolveParts([part.value], tokens, line, line, null);
    if (typeof read === "string" || (read.kind !== "quarter" && read.kind !== "half-year") || !read.start || !read.end || read.parts) continue;
    return { start: read.start, end: read.end, label: line.slice(tokens[part.value.left.from].start, tokens[part.next - 1].end) };
  }
  return null;
}

/** The token that starts at a character offset of the line, or -1. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  return tokens.findIndex((t) => t.start === offset);
}

/** The year at token k is a date's (`October 2021`, `25 октября 2005 г.`, `June 1, 2025`): a month name stands before it. */
function yearOfNamedDate(tokens: readonly Token[], k: number): boolean {
  if (k <= 0) return false;
  if (monthOf(tokens[k - 1]) !== undefined) return true;
  // `June 1, 2025`
  return tokens[k - 1].text === "," && tokens[k - 2]?.type === "num" && monthOf(tokens[k - 3]) !== undefined;
}

/** The year at token k names a holiday (`встрече Нового 2006 года`, `New Year 2020`), not a period. */
function yearOfHoliday(tokens: readonly Token[], k: number): boolean {
  const one = tokens[k - 1]?.text;
  const two = k >= 2 ? `${tokens[k - 2].text} ${one}` : undefined;
  return (one !== undefined && VOCABULARY.holidayYearWords.has(one)) || (two !== undefined && VOCABULARY.holidayYearWords.has(two));
}

/** The year at token k names a law (`Children and Families Act 2014`), not a period. */
function yearOfLaw(tokens: readonly Token[], k: number): boolean {
  return LAW_YEAR_WORDS.has(tokens[k - 1]?.text ?? "");
}

/**
 * In a line of an anniversary (`80-летию Победы ... 1941-1945 годов`), the years are the plan's only
 * where a preposition or a year word says them as its time (`к 75-летию Победы на 2020 год`).
 */
function yearOfRemembrance(line: Line, k: number): boolean {
  if (!ANNIVERSARY?.test(line.folded)) return false;
  const before = line.tokens[k - 1];
  return !(before && (PERIOD_PREPOSITIONS.has(before.text) || !!wordClass(before)?.yearWord));
}

/** A year word in the plural right after token k (`2020-2021 годы`, `на 2024-2028 роки`). */
function pluralYearsAfter(tokens: readonly Token[], k: number): boolean {
  return VOCABULARY.pluralYearWords.has(tokens[k + 1]?.text ?? "");
}

/** The years a line names as a period (`2019`, `2020-2021`, `2017/2018`), or null. */
function yearsInLine(line: Line, around: Surroundings, admission: boolean): { period: PlanPeriod; explicit: boolean; financial: boolean } | null {
  const { text, tokens } = line;
  // A session's months are not the same everywhere (April to March, June to April): its years say no period.
  if (SESSION?.test(line.folded)) return null;
  PERIOD_IN_LINE.lastIndex = 0;
  for (let m = PERIOD_IN_LINE.exec(text); m !== null; m = PERIOD_IN_LINE.exec(text)) {
    const k = tokenAt(tokens, m.index);
    if (k >= 0 && (yearOfHoliday(tokens, k) || yearOfLaw(tokens, k) || yearOfRemembrance(line, k) || HORIZON_WORDS.has(tokens[k - 1]?.text ?? ""))) continue;
    // Outside a title a month's year dates a document or its edition (`Local Development Scheme (October 2021)`).
    if (k >= 0 && !line.title && yearOfNamedDate(tokens, k)) continue;
    // The end of a run of years from long ago (`1878–2028`) is no period of its own.
    if (RUN_END.test(text.slice(0, m.index))) continue;
    const from = Number(m[1]);
    // A financial year's months differ by country (`FY 2025-2030`): it gives no period.
    if (k >= 0 && FISCAL_YEAR_WORDS.has(tokens[k - 1]?.text ?? "") && from >= MIN_YEAR) return { period: yearsPeriod(from, from, false, m[0])!, explicit: true, financial: true };
    const last = k >= 0 ? k + (m[3] === undefined ? 0 : 2) : -1;
    const yearWord = last >= 0 && !!wordClass(tokens[last + 1])?.yearWord;
    if (m[3] === undefined) {
      // Years long past beside the plan's own (`80-летия Победы 1945 года`) are remembered, not planned.
      if (around.latest - from > HISTORY_YEARS) continue;
      const period = yearsPeriod(from, from, false, m[1]);
      if (period) return { period, explicit: yearWord, financial: false };
      continue;
    }
    const to = secondYear(from, m[3]);
    if (to <= from || to - from > LONGEST_PROGRAMME) continue; // `2019-06-01` and the like
    // Years long past beside the plan's own (`годовщине победы ... 1941 — 1945 гг., 5 мая 2006 года`)
    // are what is remembered, not when the work is done.
    if (around.latest - to > HISTORY_YEARS) continue;
    const slash = m[2] === "/" || m[2] === "\\";
    const short = m[3].length === 2;
    const schoolWords = VOCABULARY.schoolWords.test(line.folded) || SCHOOL_ABBREVIATION.test(line.folded);
    const plural = last >= 0 && pluralYearsAfter(tokens, last);
    const consecutive = to === from + 1;
    // `2025/26` or `School budget 2024-2025` is a financial year, which PlanPeriod does not place:
    // only a line that says the academic or school year means one.
    if (to === from + 1 && around.finance && !SCHOOL_YEAR_SAID.test(line.folded)) return { period: yearsPeriod(from, to, false, m[0])!, explicit: true, financial: true };
    // Two years and a year word in the singular (`на 2019-2020 год`, `2017-2018р`) are one year: a school's;
    // so are two years of an annual plan (`Річний план роботи на 2023-2024`).
    const singular = (yearWord || !!ANNUAL?.test(line.folded)) && !plural;
    const school = consecutive && (slash || short || schoolWords || singular || (around.school && !plural));
    const label = `${m[1]}${slash ? "/" : "-"}${m[3]}`;
    // Admission for the school year 2018-2019 happens in 2018, before that year begins; a timetable
    // said to apply in the academic year 2024/25 is of that year itself.
    // Admission for the summer semester of 2019/2020 runs inside that year, before the semester opens.
    if (school && admission && !saidAsDuring(tokens, k) && !SECOND_SEMESTER.test(line.folded)) return { period: yearsPeriod(from, from, false, m[1])!, explicit: true, financial: false };
    const period = yearsPeriod(from, to, school, label);
    if (period) return { period, explicit: school || slash || yearWord || plural, financial: false };
  }
  return null;
}

/** `in`, `during` before the school year the years name: when the work is done, not what it admits to. */
const DURING_WORDS = new Set(["in", "during"]);
const SCHOOL_YEAR_WORDS = new Set(["the", "academic", "school", "year"]);

/** The years at token k are introduced as the time the line's work is done in (`in the academic year 2024/25`). */
/** A school year's second half named as a semester (`semestr letni`, `весенний семестр`, `spring semester`), folded. */
const SECOND_SEMESTER =
  /(?:semestr\p{L}*\s+letni|letni\p{L}*\s+semestr|(?:spring|summer)\s+semester|(?:весенн|летн|весінн|літн|летен|пролетн)\p{L}*\s+семест|(?:ii|2|втор|друг)\p{L}*\s+(?:semestr|семестр|семестър))/u;

function saidAsDuring(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && SCHOOL_YEAR_WORDS.has(tokens[j].text)) j--;
  return j >= 0 && j < k - 1 && DURING_WORDS.has(tokens[j].text);
}

/** Words a line may hold besides its period and still say nothing else (`на`, `рік`, `н.р.`, `year`). */
const PERIOD_ONLY_WORDS = new Set(["на", "за", "в", "у", "во", "през", "for", "in", "the", "w", "na", "of", "r", "rok", "roku", "szkolny", "н", "р", "уч", "г"]);

/** The line says nothing but a period: every word is a month, a year or school word, or a preposition. */
function saysOnlyPeriod(tokens: readonly Token[]): boolean {
  return tokens.every((t) => t.type !== "word" || monthOf(t) !== undefined || !!wordClass(t)?.yearWord || !!wordClass(t)?.school || PERIOD_ONLY_WORDS.has(t.text.replace(/\.$/, "")));
}

/** The period a line names, with what makes it believable; null if none. */
function candidateIn(line: Line, around: Surroundings, admission: boolean): Candidate | { financial: true } | null {
  const years = yearsInLine(line, around, admission);
  if (years?.financial) return { financial: true };
  const alone = saysOnlyPeriod(line.tokens);
  const anchor = years ? anchorOf(years.period) : null;
  const span = spanInLine(line.text, line.tokens, anchor);
  if (span) {
    if (around.finance && SHORT_SECOND_YEAR.test(span.label)) return { financial: true };
    return { period: span, explicit: true, alone, day: false, span: true };
  }
  if (line.title || alone) {
    const single = monthOrDayInLine(line.text, line.tokens, anchor);
    // Admission for entry in September 2025 is done in 2025, before the month it names.
    if (single && admission && single.start !== single.end) {
      const y = single.start.slice(0, 4);
      return { period: yearsPeriod(Number(y), Number(y), false, y)!, explicit: true, alone, day: false, span: false };
    }
    if (single && (line.title || single.start !== single.end)) return { period: single, explicit: true, alone, day: single.start === single.end, span: false };
    const schoolYear = years !== null && isSchoolYear(years.period);
    const part = line.title && !schoolYear && !VOCABULARY.schoolWords.test(line.folded) ? partOfYearInLine(line.text, line.tokens) : null;
    if (part) return { period: part, explicit: true, alone, day: false, span: false };
  }
  return years ? { period: years.period, explicit: years.explicit, alone, day: false, span: false } : null;
}

function hasNamedOrNumericDate(text: string, tokens: readonly Token[]): boolean {
  if (NUMERIC_DATE.test(text)) return true;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i].type === "num" && monthOf(tokens[i + 1]) !== undefined && yearAt(tokens, i + 2) !== undefined) return true;
  }
  return false;
}

/** A cover's imprint: a place, then the year the document was issued, which is not the plan's period. */
function isImprint(text: string): boolean {
  const m = IMPRINT.exec(text);
  if (!m) return false;
  return tokenize(m[1]).every((t) => t.type === "word" && monthOf(t) === undefined && !wordClass(t) && !VOCABULARY.planWords.test(t.text));
}

/** A line of a document's own (a decree an annex belongs to, an approval, minutes), whose dates are not the plan's. */
function isDocumentLine(text: string, folded: string, tokens: readonly Token[]): boolean {
  if (VOCABULARY.referenceWords.test(folded) || VOCABULARY.approvalWords.test(folded)) return true;
  // The cited part of a line (`відповідно до Стратегії ... на 2021-2030 роки`) is the other document's.
  if (VOCABULARY.citationWords.exec(folded)?.index === 0) return true;
  if (isImprint(text)) return true;
  // An edition's line (`Updated October 2023`) that names no plan dates the document, not its work.
  if (EDITION?.exec(folded)?.index === 0 && !VOCABULARY.planWords.test(folded)) return true;
  return NUMBER_SIGN.test(text) && hasNamedOrNumericDate(text, tokens);
}

/** A word written with its letters spaced out (`П Л А Н`), as titles are, read as the word. */
function joinSpacedLetters(folded: string): string {
  return folded.replace(SPACED_LETTERS, (m) => m.replace(/\s+/g, ""));
}

/** A cell's lines; a line ending in a dash goes on on the next (`в 2012 –` / `2013 учебном году`). */
function cellLines(cell: string): string[] {
  const out: string[] = [];
  for (const line of cell.split(/\r\n|\r|\n/)) {
    const last = out.length - 1;
    if (last >= 0 && TRAILING_DASH.test(out[last])) out[last] = `${out[last].trimEnd()} ${line.trim()}`;
    else out.push(line);
  }
  return out;
}

/**
 * A line that goes on to cite another document (`за учебната 2014/2015 г. съгласно Наредба №11 от
 * 28.03.2005 г.`, `План ... відповідно до Стратегії ... на 2021-2030 роки`) is two: what it says of
 * the plan, and the citation, whose years and dates are the other document's.
 */
function atCitation(line: string): string[] {
  const folded = fold(line);
  if (folded.length !== line.length) return [line];
  // An approval or an edition said after a title that names its years (`Дорожная карта на 2024–2026 годы,
  // утвержденная приказом от 12.01.2024`, `на 2024 год (по состоянию на 15.03.2024)`) is the document's too.
  const signedOff = [VOCABULARY.approvalWords.exec(folded), EDITION?.exec(folded) ?? null].filter((m) => m !== null && latestYear(line.slice(0, m.index)) > 0);
  const found = [VOCABULARY.citationWords.exec(folded), VOCABULARY.referenceWords.exec(folded), ...signedOff].filter((m): m is RegExpExecArray => m !== null && m.index > 0);
  if (found.length === 0) return [line];
  const at = Math.min(...found.map((m) => m.index));
  const head = line.slice(0, at).trim();
  // A line that is a document's from its start (`Настоящият план е приет ... с Протокол № 1`) stays whole.
  if (head === "" || !/\p{L}/u.test(head) || VOCABULARY.approvalWords.test(fold(head))) return [line];
  return [head, line.slice(at)];
}

/** The lines above a table, each with what it says of itself. */
function linesOf(texts: readonly string[]): Line[] {
  const out: Line[] = [];
  let continuing = 0;
  for (const t of texts) {
    if (typeof t !== "string") continue;
    const foldedCell = joinSpacedLetters(fold(t));
    // A title written in one cell over several lines names the plan on one and its period on another.
    const cellNamesPlan = t.length <= LONG_LINE && VOCABULARY.planWords.test(foldedCell);
    // A block of approval or annex lines (`Приложение N 2 / к постановлению / ... / от 25 октября 2005 г.`)
    // that names no plan is the document's throughout.
    const cellIsDocument = !cellNamesPlan && (VOCABULARY.referenceWords.test(foldedCell) || VOCABULARY.approvalWords.test(foldedCell));
    for (const raw of cellLines(t).flatMap(atCitation)) {
      const text = raw.trim();
      if (text === "") continue;
      const folded = joinSpacedLetters(fold(text));
      const tokens = tokenize(text);
      const document = cellIsDocument || isDocumentLine(text, folded, tokens);
      const namesPlan = !document && VOCABULARY.planWords.test(folded);
      let title = namesPlan || (cellNamesPlan && !document);
      // A sentence that names a plan (`The Local Development Scheme (LDS) sets out a timetable ...`) is
      // no title for the lines after it.
      if (namesPlan) continuing = SENTENCE.test(text) ? 0 : TITLE_CONTINUATION;
      else if (!document && continuing > 0 && text.length <= LONG_LINE && !LIST_ITEM.test(text) && !SENTENCE.test(text)) {
        title = true;
        continuing--;
      } else continuing = 0;
      out.push({ text, folded, tokens, namesPlan, title, named: namesPlan || (cellNamesPlan && !document), document });
    }
  }
  return out;
}

function surroundingsOf(lines: readonly Line[]): Surroundings {
  let latest = 0;
  let school = false;
  let finance = false;
  for (const l of lines) {
    latest = Math.max(latest, latestYear(l.text));
    school ||= VOCABULARY.schoolWords.test(l.folded) || SCHOOL_ABBREVIATION.test(l.folded);
    finance ||= VOCABULARY.financeWords.test(l.folded);
  }
  return { latest, school, finance };
}

/** The latest four-digit year written in a line (in a date too), or 0. */
function latestYear(line: string): number {
  let latest = 0;
  for (const m of line.matchAll(ANY_YEAR)) latest = Math.max(latest, Number(m[1]));
  return latest;
}

function mostlyUpperCase(line: string): boolean {
  const letters = line.match(LETTERS)?.length ?? 0;
  return letters >= 4 && (line.match(UPPER)?.length ?? 0) >= letters * 0.8;
}

function days(p: PlanPeriod): number {
  return Date.parse(p.end) - Date.parse(p.start);
}

function isSchoolYear(p: PlanPeriod): boolean {
  return p.start.endsWith("-09-01") && p.end.endsWith("-08-31");
}

function overlap(a: PlanPeriod, b: PlanPeriod): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * The plan period from the lines above a table (title, approvals, intro, glossary), and where it
 * came from. Only a line that names the plan or belongs to its title gives a period freely (a line
 * that names a plan: `ГОДИШЕН ПЛАН ... – 2019 ГОДИНА`, `Plan pracy ... w roku szkolnym 2017/2018`,
 * and the lines continuing it: `ПЛАН` / `основных мероприятий ...` / `на апрель 2018 года`); another
 * line only when it says a period outright: a range (`з 23 по 29 листопада 2020 року`), a school
 * year (`на учебный 2008 — 2009 год`), a short line with a year and its year word, a line of nothing
 * but the period (`2025-2026 н.р.`). A document's lines never do: an approval (`УТВЕРЖДАЮ ... «4»
 * марта 2021 г`), the decree an annex belongs to (`Приложение ... от 25 октября 2005 г. N 3096`),
 * minutes; nor laws and decisions cited, list items, long paragraphs, a holiday's year (`Нового 2006
 * года`), years long before the others written above (`1941 — 1945`), a month's year outside a title
 * (`Local Development Scheme (October 2021)`), nor financial years (`Strategy 2025/26-2029/30` in a
 * budget). The best line wins (a plan's name over a continuation, then the shortest period, then the
 * first); two best lines naming periods that do not meet are contradictory, and give none.
 */
export function readPlanPeriod(texts: readonly string[]): PlanPeriodReading {
  const lines = linesOf(Array.isArray(texts) ? texts : []);
  const around = surroundingsOf(lines);
  let best: { period: PlanPeriod; score: number; line: string } | null = null;
  let contradicted = false;
  let financial = false;
  let documentYears = false;
  let previousAdmits = false;
  for (const line of lines) {
    // A title split over two lines names the admission on one and the school year on the next.
    const admits = VOCABULARY.admissionWords.test(line.folded);
    const admission = admits || previousAdmits;
    previousAdmits = admits;
    if (line.document) {
      documentYears ||= latestYear(line.text) > 0;
      continue;
    }
    if (line.text.length > LONG_LINE || LIST_ITEM.test(line.text) || VOCABULARY.referenceWords.test(line.folded)) continue;
    const found = candidateIn(line, around, admission);
    if (!found) continue;
    if ("financial" in found) {
      financial = true;
      continue;
    }
    const short = line.text.length <= SHORT_LINE;
    // Outside a title only a period said outright: a range, a school year, a short line with its year word.
    const believable = line.title || found.alone || (found.explicit && (found.span || isSchoolYear(found.period) || short));
    // A plan of one day names it with the plan (`План ... на 6 марта 2021 года`); a day on a line of its
    // own under a title is the day it was written or approved (`16.03.2020`).
    if (!believable || (found.day && !line.named)) continue;
    let score = line.namesPlan ? 4 : line.title ? 3 : 0;
    if (found.explicit) score += 2;
    if (found.alone) score += 3;
    if (mostlyUpperCase(line.text)) score += 1;
    if (short) score += 1;
    if (!best || score > best.score || (score === best.score && days(found.period) < days(best.period))) {
      // Two lines as good as each other naming periods that do not meet: neither is surely the plan's.
      contradicted = !!best && score === best.score && !overlap(found.period, best.period);
      best = { period: found.period, score, line: line.text };
    } else if (score === best.score && !overlap(found.period, best.period)) contradicted = true;
  }
  if (best && !contradicted) return { period: best.period, source: { from: "title", line: best.line } };
  if (!best && !financial) {
    const dated = spanDatedBeside(lines);
    if (dated) return dated;
    const adopted = schoolYearAdopted(lines, around);
    if (adopted) return adopted;
  }
  const reason: NoPeriodReason = best ? "contradictory" : financial ? "financial-years" : documentYears ? "document-dates" : "no-year";
  return { period: null, source: { from: "none", reason } };
}

/** The first full date a line writes (`14.09.2022`, `7. Х. 2013`, `25 октября 2005 г.`), or null. */
function dateInLine(line: Line): string | null {
  const { tokens, text } = line;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== "num") continue;
    const part = parsePart(tokens, i);
    if (!part || part.value.right) continue;
    const read = resolveParts([part.value], tokens, text, text, null);
    if (typeof read !== "string" && read.kind === "date" && read.start) return read.start;
  }
  return null;
}

/**
 * A title's range of days with no year (`месячник ... с 16 марта по 17 апреля`) under a date that
 * falls in it (`16.03.2020`): the plan was dated as its work began, so the range is of that date's
 * year. A date outside the range, or dates of different years in it, give none.
 */
function spanDatedBeside(lines: readonly Line[]): PlanPeriodReading | null {
  const dates = lines.map(dateInLine).filter((d): d is string => d !== null);
  if (dates.length === 0) return null;
  let found: PlanPeriodReading | null = null;
  for (const line of lines) {
    if (!line.title || line.document || spanInLine(line.text, line.tokens, null)) continue;
    for (const date of dates) {
      const y = Number(date.slice(0, 4));
      const span = spanInLine(line.text, line.tokens, anchorOf(yearsPeriod(y, y, false, String(y))));
      if (!span || date < span.start || date > span.end) continue;
      if (found && (found.period!.start !== span.start || found.period!.end !== span.end)) return null;
      found = { period: span, source: { from: "title", line: line.text } };
    }
  }
  return found;
}

/**
 * A school's plan whose title names no year, with one date of adoption above it (by the school's
 * council, or under a title speaking of school work) between August and December: plans are adopted
 * at the start of the school year they are for, so that school year. Any other month, or two dates
 * that disagree, give none.
 */
function schoolYearAdopted(lines: readonly Line[], around: Surroundings): PlanPeriodReading | null {
  const school = lines.some((l) => VOCABULARY.schoolBodyWords.test(l.folded) || (l.title && (VOCABULARY.schoolWords.test(l.folded) || SCHOOL_ABBREVIATION.test(l.folded))));
  if (!school || around.finance) return null;
  let found: { year: number; line: string; date: string } | null = null;
  for (const line of lines) {
    if (!line.document) continue;
    const date = dateInLine(line);
    if (!date) continue;
    const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
    if (m < 8) return null;
    if (found && found.year !== y) return null;
    if (!found || date < found.date) found = { year: y, line: line.text, date };
  }
  if (!found) return null;
  const period = yearsPeriod(found.year, found.year + 1, true, `${found.year}/${found.year + 1}`);
  if (!period) return null;
  // Adopted in the last days of August, the plan is at work from that day: what it sets for the day
  // it was adopted (`31.08.2020` under `протокол № 1 від 31.08.2020`) is inside it.
  const opens = found.date < period.start ? { ...period, start: found.date } : period;
  return { period: opens, source: { from: "adopted", line: found.line } };
}

/** The plan period from the lines above a table, or null: `readPlanPeriod` without its source. */
export function planPeriodFromTexts(texts: string[]): PlanPeriod | null {
  return readPlanPeriod(texts).period;
}
