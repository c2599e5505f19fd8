import { placementOf, type Placement } from "./context";
import { addDays, isoDate, isValidDate, monthEnd, parseIsoDate } from "./calendar";
import type { Narrowing } from "./locales";
import { countDatePoints, dateFromSerial, parseCellDate, parseDecade, parseParts, parseRomanMonthsAlone, startsWithoutYear, undatedKindAt, type CellParts, type Point, type RawPart, type RawPoint } from "./parsers";
import { withoutLabel } from "./label";
import { namesABreak } from "./parsers/break";
import { readEaster } from "./parsers/feast";
import { monthDashTwoDigits } from "./parsers/month";
import { parseYear, romanAt, twoDigitYear } from "./parsers/numbers";
import { anchorOf, contiguous, followInStages, narrow, resolveParts, type PeriodAnchor } from "./resolve";
import { fold, tokenize as tokenizeText, type Token } from "./text";
import { noteCallsOff, noteSplits } from "./trailing-note";
import { withPlainSlipsRead } from "./written-forms";
import type { Deadline, DeadlineContext, Every, PlanPeriod, UnparsedReason } from "./types";
import { PhraseTable, VOCABULARY, isPlainWording, isWeekdayAt, monthOf, weekdayAt, wordClass } from "./vocabulary";

/**
 * A free-text deadline cell -> its period. Reads bg, pl, ru, uk and en in any mix; never throws.
 * Order: a date as Excel stores it; recurring work (`щомісяця`, `raz w semestrze`); the periods the
 * words name; days under a month heading (`до 15`); wordings with no date (continuous work takes the
 * plan period, event-driven work has none); else `unparsed` with the reason. A reading is given only
 * when it is certain: a wrong period makes confident findings that are false.
 */

/**
 * A cell is read by several readings in turn (the whole cell, its periods, a day of a process,
 * the weekdays it names), each from its text's tokens: the tokens of the texts read last are kept
 * and shared, since nothing changes a token once it is made. A few dozen texts are enough for one
 * cell and its parts; the list starts over when full.
 */
const TOKENS = new Map<string, readonly Token[]>();
const TOKENS_KEPT = 64;

function tokenize(text: string): readonly Token[] {
  let tokens = TOKENS.get(text);
  if (tokens === undefined) {
    tokens = tokenizeText(text);
    if (TOKENS.size >= TOKENS_KEPT) TOKENS.clear();
    TOKENS.set(text, tokens);
  }
  return tokens;
}

/** Cells longer than this are read for an opening wording only; no plan writes a deadline so long. */
const MAX_TOKENS = 200;

function unparsed(text: string, reason: UnparsedReason): Deadline {
  return { text, kind: "unparsed", start: null, end: null, reason };
}

export function parseDeadline(text: string, ctx: DeadlineContext = {}): Deadline {
  try {
    return readDeadline(text, ctx);
  } catch {
    // readDeadline is total by design (the property tests hold it to that); this keeps a sheet's
    // check going should some input still surprise it.
    return unparsed(typeof text === "string" ? text : "", "unknown-form");
  }
}

/** parseDeadline without its safety net, for the tests that prove the net is never needed. */
export function readDeadline(text: string, ctx: DeadlineContext = {}): Deadline {
  const given: unknown = text;
  const original = typeof given === "string" ? given : given === null || given === undefined ? "" : String(given);
  let read: Deadline;
  if (typeof given === "number") {
    const iso = dateFromSerial(given);
    read = iso ? { text: original, kind: "date", start: iso, end: iso } : unparsed(original, "unknown-form");
  } else read = readNumberedItems(original, ctx ?? {}) ?? parseText(original, ctx ?? {});
  // A weekday names the year as well with a place or a remark after the date (`Tuesday 26th September,
  // school hall`), whose reading without a year falls to the note's reasons, not to year-missing.
  const yearless = read.kind === "unparsed" && (read.reason === "year-missing" || read.reason === "unknown-form" || read.reason === "several-dates");
  if (yearless && (ctx?.column?.years.length ?? 0) > 0) {
    read = inWeekdayYear(original, ctx) ?? read;
  }
  if (read.kind === "unparsed" && ctx?.column?.monthNames) read = misspeltMonth(original, ctx) ?? read;
  if (read.kind === "date" && weekdayDisagrees(original, read.start)) read = unparsed(original, "ambiguous");
  if (read.kind === "range" && !spanWeekdaysAgree(original, read.start, read.end)) read = unparsed(original, "ambiguous");
  if (read.note !== undefined && noteCallsOff(read.note)) read = unparsed(original, "ambiguous");
  if (read.kind !== "unparsed" && ctx?.column?.slips?.includes(original)) read = unparsed(original, "ambiguous");
  return ctx?.column?.by ? asLimit(read) : read;
}

// A sub-item's number (`1. `, `2, `) at the start of the cell or after a space, before a word.
const ITEM_NUMBER = /(^|\s)([1-9])[.,)]\s+(?=\p{L})/gu;

/**
 * `1. Each term   2. As required 3. On going`: a cell of numbered sub-items, each the time of one
 * part of the task. The numbers are no part of any date; when the items say the same time
 * (`1. Termly 2. termly`) the cell says it, otherwise it gives several.
 */
function readNumberedItems(text: string, ctx: DeadlineContext): Deadline | null {
  const trimmed = text.trim();
  // The first item's number opens the cell: most cells are passed by on their first character.
  const opening = trimmed.charCodeAt(0);
  if (!(opening >= 49 && opening <= 57)) return null;
  const marks = [...trimmed.matchAll(ITEM_NUMBER)];
  if (marks.length < 2 || marks[0].index !== 0 || marks.some((m, k) => Number(m[2]) !== k + 1)) return null;
  const items = marks.map((m, k) => trimmed.slice(m.index + m[0].length, k + 1 < marks.length ? marks[k + 1].index : trimmed.length).trim());
  const reads = items.map((item) => parseText(item, ctx));
  const first = reads[0];
  const same = reads.every((r) => r.kind !== "unparsed" && r.kind === first.kind && r.start === first.start && r.end === first.end && r.every === first.every);
  if (same) return { ...first, text };
  return { text, kind: "unparsed", start: null, end: null, reason: "several-dates" };
}

/**
 * `WZESIEŃ` in a column of month names: a word of six letters or more, the whole cell, one letter
 * away (one left out, added or changed) from the name of exactly one month, is that month.
 */
function misspeltMonth(text: string, ctx: DeadlineContext): Deadline | null {
  const tokens = tokenize(text);
  if (tokens.length !== 1 || tokens[0].type !== "word" || tokens[0].text.length < 6) return null;
  // Each month near the word, by one of its names the word is near.
  const near = new Map<number, string>();
  for (const [form, m] of VOCABULARY.months) if (form.length >= 5 && !near.has(m) && oneLetterApart(tokens[0].text, form)) near.set(m, form);
  if (near.size !== 1) return null;
  const [name] = near.values();
  const read = parseText(name, { ...ctx, column: null });
  return read.kind === "month" ? { ...read, text } : null;
}

/** Whether two words differ by one letter left out, added or changed. */
function oneLetterApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * `Tuesday 26th September` with no year and no plan period, in a column whose cells write 2023 and
 * 2024: the day is in the one of those years where it falls on the weekday written. None, or both,
 * and it stays unread.
 */
function inWeekdayYear(text: string, ctx: DeadlineContext): Deadline | null {
  const all = tokenize(text);
  const weekdays = all.map((_, k) => weekdayAt(all, k)).filter((w): w is number => w !== undefined);
  if (weekdays.length !== 1) return null;
  const found: Deadline[] = [];
  for (const y of ctx.column!.years) {
    const period: PlanPeriod = { start: isoDate(y, 1, 1), end: isoDate(y, 12, 31), label: String(y) };
    const d = parseText(text, { ...ctx, period });
    const day = d.kind === "date" && d.start ? parseIsoDate(d.start) : null;
    if (day && new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay() === weekdays[0]) found.push({ ...d, text });
  }
  return found.length === 1 ? found[0] : null;
}

const HAS_LETTER = /\p{L}/u;

function weekdayOfIso(iso: string): number | null {
  const day = parseIsoDate(iso);
  return day ? new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay() : null;
}

/**
 * A span of days with a weekday at each end (`Thur. 30th May – Tue.4th June,2024`) holds when both
 * fall on them. One whose end names no month and comes before the start day (`Mon.27th May –
 * Wed.5th 2024`) runs into the next month only where the two weekdays written confirm it: without
 * them the end might as well be a slip, and the span is not given.
 */
function spanWeekdaysAgree(text: string, start: string | null, end: string | null): boolean {
  if (start === null || end === null || !HAS_LETTER.test(text)) return true;
  const tokens = tokenize(text);
  const weekdays = tokens.map((_, k) => weekdayAt(tokens, k)).filter((w): w is number => w !== undefined);
  const named = tokens.map(monthOf).filter((m) => m !== undefined);
  // `31 - 01 август` names the end's month, the start being the day before it (resolve.ts): only an
  // end carried on into a month it does not name is in doubt.
  // The week a day commences (`w/c 27th February`) ends where its seven days do, in the next month or not.
  const week = WEEK_COMMENCING_INSIDE.test(text);
  const rolled = !week && start.slice(5, 7) !== end.slice(5, 7) && end.slice(8) < start.slice(8) && named.length === 1 && named[0] === Number(start.slice(5, 7)) && !NUMERIC_MONTH.test(text);
  // `1-2 вс октября`: one weekday beside a span is one of its ends' (`Mon 4 - 8 March`); a weekday neither
  // end falls on says the days or the weekday is slipped, or that the figures count weeks, not days.
  if (weekdays.length === 1 && start !== end) return !rolled && (weekdayOfIso(start) === weekdays[0] || weekdayOfIso(end) === weekdays[0]);
  if (weekdays.length !== 2) return !rolled;
  return weekdayOfIso(start) === weekdays[0] && weekdayOfIso(end) === weekdays[1];
}

// `27 May – 5.06`: a day written with its month in figures.
const NUMERIC_MONTH = /\d\s*[./]\s*\d/;

/**
 * `04.09 (wtorek)` read as 4 September 2023, a Monday: the day and its weekday disagree, and which of
 * them (or the year the plan gave) is the slip is not said, so the day is not given.
 */
function weekdayDisagrees(text: string, iso: string | null): boolean {
  // A weekday is written in letters: a cell of figures alone (most dates) is not read again.
  if (iso === null || !HAS_LETTER.test(text)) return false;
  const all = tokenize(text);
  const weekdays = all.map((_, k) => weekdayAt(all, k)).filter((w): w is number => w !== undefined);
  const day = weekdays.length === 1 && iso ? parseIsoDate(iso) : null;
  return day !== null && new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay() !== weekdays[0];
}

/**
 * A date or a month under a header of limits (`не позднее указанной даты`) is the latest day the
 * work may be done: due by that day, by the month's last. Ranges, lists and longer periods keep
 * their reading: the header speaks of the one date a cell gives.
 */
function asLimit(d: Deadline): Deadline {
  if ((d.kind !== "date" && d.kind !== "month") || d.parts || d.end === null) return d;
  return { ...d, kind: "by", start: null };
}

/** A row's placement in time, with what its column says of how it writes months. */
interface Reading extends Placement {
  /** The column writes months in Roman numerals (DeadlineColumn.romanMonths). */
  romanMonths: boolean;
  /** The column writes Bulgarian: school halves split at 1 February (DeadlineColumn.februaryHalves). */
  februaryHalves: boolean;
}

/**
 * A plan of two calendar years (`YEAR PLANNER 2020-2021`) whose months run from April: the twelve
 * months from April of the first year, as a session across two years is written.
 */
function sessionFrom(anchor: PeriodAnchor, month: number): PeriodAnchor | null {
  const { start, end } = anchor.period;
  const y = Number(start.slice(0, 4));
  if (start !== isoDate(y, 1, 1) || end !== isoDate(y + 1, 12, 31)) return null;
  const session = anchorOf({ start: isoDate(y, month, 1), end: monthEnd(y + 1, month - 1), label: "" });
  return session ? { ...session, multi: false, school: false } : null;
}

/** A closing note in brackets with no digits and no month in it: `(за потреби)`, `(w zależności od środków)`. */
const TRAILING_NOTE = /\s*[([]([^()[\]\d]*)[)\]][\s.,;]*$/u;

/** A cell whose lines all say the same (`September 5 - 22\nSeptember 5 - 22`, pasted twice) says it once. */
function onceIfRepeated(text: string): string {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== "");
  return lines.length > 1 && lines.every((l) => l === lines[0]) ? lines[0] : text;
}

/** `Between 28 April and 5 June 2025`, `між 1 і 15 травня`: the two ends of one range, over a line break too (`5 June\n2025`). */
const BETWEEN = /^(?:between|між|между|pomiędzy|między)\s+(.+?)\s+(?:and|та|і|и|a|i)\s+(.+)$/isu;

/** `Jul 3 '95`, `Aug 15, '95`, `31 August '95`: a year cut to two digits after an apostrophe, at the end of a date. */
const APOSTROPHE_YEAR = /([\d\p{L}][,.]?\s*)['’‘`](\d{2})(?![\d'’])/gu;

/** The year written whole, as the dotted dates' two-digit years are read (`30.09.19` is 2019). */
function withWholeYears(text: string): string {
  return text.includes("'") || text.includes("’") || text.includes("‘") || text.includes("`")
    ? text.replace(APOSTROPHE_YEAR, (_, before: string, yy: string) => `${before.trimEnd()} ${twoDigitYear(Number(yy))}`)
    : text;
}

/** A day, month and year with hyphens (`03-04-2024`), not run on from a number before it, in a column that puts the day first. */
const HYPHEN_DATE = /(?<![\d.\-/])(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)/gu;

/** Hyphens between a day, month and year written as dots where the column says the day comes first. */
function withDayFirstDots(text: string): string {
  return text.includes("-") ? text.replace(HYPHEN_DATE, "$1.$2.$3") : text;
}

/** `15..10.2025`, `15.10..2025`: a dot typed twice between the numbers of a date is one dot. */
const DOUBLED_DOT = /(?<=\d)\.\.(?=\d)/gu;

function withSingleDots(text: string): string {
  return text.includes("..") ? text.replace(DOUBLED_DOT, ".") : text;
}

/**
 * `не раніше 14:00 години 22 липня 2024 року\nне пізніше 12:00 год 24 липня 2024 року`, `nie wcześniej
 * niż 1 lipca i nie później niż 5 lipca 2024`: a window opened by its earliest day and closed by its
 * latest, each end with its own hour, over a line break or after a conjunction.
 */
const WINDOW =
  /^[\s\-\u2010-\u2015]*(?:не\s+раніше|не\s+ранее|не\s+раньше|не\s+по-рано\s+от|nie\s+wcze[sś]niej\s+ni[zż]|no\s+earlier\s+than|not\s+earlier\s+than|not\s+before)\s+(.+?)[\s,;]+(?:(?:та|і|й|и|а|i|oraz|and)\s+)?((?:не\s+пізніше|не\s+позднее|не\s+позже|не\s+по-късно\s+от|nie\s+p[oó]źniej\s+ni[zż]|no\s+later\s+than|not\s+later\s+than)\s+.+)$/isu;

/** The window's two ends read each on its own: the first a day, the second a day or the day it is due by. */
function readWindow(source: string, original: string, ctx: DeadlineContext): Deadline | null {
  const m = WINDOW.exec(source);
  if (!m) return null;
  const [from, to] = [parseText(m[1], ctx), parseText(m[2], ctx)];
  if (from.kind !== "date" || (to.kind !== "date" && to.kind !== "by") || from.start === null || to.end === null || from.start > to.end) return null;
  const note = joinNotes(from.note, to.note ?? "").trim();
  return { text: original, kind: "range", start: from.start, end: to.end, ...(note ? { note } : {}) };
}

/**
 * `2007 - 2010\n2007\n2008\n2009\n2010`: a programme's span of years, then one line for each year its
 * money is set out by, beside the money column's lines. The years under the span are inside it and
 * add nothing: the cell says the span.
 */
const SPAN_THEN_YEARS = /^((?:19|20)\d\d)\s*[-\u2010-\u2015]\s*((?:19|20)\d\d)[^\S\n]*(?:гг?\.?|годы|рр?\.?|роки)?((?:[^\S\n]*\n\s*(?:19|20)\d\d[^\S\n]*(?:гг?\.?|год|рр?\.?|рік)?)+)\.?\s*$/u;

function spanOverItsYears(source: string, original: string, ctx: DeadlineContext): Deadline | null {
  const m = SPAN_THEN_YEARS.exec(source);
  if (!m) return null;
  const [from, to] = [Number(m[1]), Number(m[2])];
  const years = m[3].match(/\d{4}/gu)!.map(Number);
  if (to <= from || years.some((y) => y < from || y > to)) return null;
  const span = parseText(source.slice(0, source.indexOf("\n")), ctx);
  return span.kind === "unparsed" ? null : { ...span, text: original };
}

function rangeForBetween(text: string): string {
  const m = BETWEEN.exec(text);
  return m ? `${m[1]} – ${m[2]}` : text;
}

// `Â w/c 18 December 2023`: a web page's no-break space read as Latin-1 (see text.ts), gone before the
// wordings that open a cell (`w/c`, `Between`) are looked for.
const DEBRIS = /(?<!\p{L})Â(?=[\s\u00A0])/gu;

function parseText(original: string, ctx: DeadlineContext): Deadline {
  const trimmed = original.trim();
  const clean = trimmed.includes("Â") ? trimmed.replace(DEBRIS, "").trim() : trimmed;
  const written = rangeForBetween(withWholeYears(withSingleDots(withPlainSlipsRead(onceIfRepeated(withoutLabel(clean))))));
  const source = ctx?.column?.dayFirst ? withDayFirstDots(written) : written;
  if (source === "") return unparsed(original, "unknown-form");
  const cell = parseCellDate(source);
  if (cell === "invalid") return unparsed(original, "unknown-form");
  if (cell) return { text: original, kind: "date", start: cell.iso, end: cell.iso };
  const window = source.length > 20 ? readWindow(source, original, ctx) ?? spanOverItsYears(source, original, ctx) : null;
  if (window) return window;

  const period = anchorOf(ctx?.period);
  // Built field by field: a spread followed by more fields made every cell's reading a tenth slower.
  const { anchor, dayMonth, day } = placementOf(ctx?.period, ctx?.section);
  const placement: Reading = {
    anchor,
    dayMonth,
    day,
    romanMonths: ctx?.column?.romanMonths === true,
    februaryHalves: ctx?.column?.februaryHalves === true,
  };
  if (ctx?.column?.summerLast && placement.anchor?.school && !placement.anchor.summerOpens) {
    placement.anchor = { ...placement.anchor, summerCloses: true };
  }
  const opensIn = ctx?.column?.opensIn;
  if (opensIn && placement.anchor?.multi && !placement.dayMonth) placement.anchor = sessionFrom(placement.anchor, opensIn) ?? placement.anchor;
  const all = tokenize(source);
  const planned = (kind: "continuous" | "recurring"): Deadline => ({
    text: original,
    kind,
    start: period?.period.start ?? null,
    end: period?.period.end ?? null,
  });

  // Every form below but the dates themselves is told by a word (a frequency, a weekday, a feast, a
  // holiday): a cell of figures alone is not looked at for them.
  const worded = all.some((t) => t.type === "word");
  if (worded && yearCountedFromUnknown(all)) return unparsed(original, "ambiguous");
  const every = worded ? recurrenceIn(all) ?? annualWithoutDate(all) ?? weeklyOnAWeekday(all, source) : null;
  if (every !== null) {
    if (timesOnSeveralLines(source)) return unparsed(original, "several-dates");
    const over = worded ? spanOfRecurrence(all, source, placement) : null;
    if (over) return { text: original, kind: "recurring", start: over.start, end: over.end, ...(every ? { every } : {}) };
    // `Кожного дня з 2.09` with no plan period: when it starts is not known.
    if (!period && startsWithoutYear(all)) return unparsed(original, "year-missing");
    return { ...planned("recurring"), ...(every ? { every } : {}) };
  }
  // `В течение учебного года`, `СРОК: ЦЕЛОГОДИШЕН`: the whole cell says the work goes on.
  if (undatedWhole(all) === "continuous") return campaignUnsaid(all, period?.period ?? null) ? unparsed(original, "ambiguous") : planned("continuous");

  // `Великдень`, `до Wielkanocy`: a feast's day, read in a deadline column only (see inBreak below).
  const easter = ctx?.column && worded ? readEaster(all, ctx.period ?? null) : null;
  if (typeof easter === "string") return unparsed(original, easter);
  if (easter) return easter.by ? { text: original, kind: "by", start: null, end: easter.day } : { text: original, kind: "date", start: easter.day, end: easter.day };

  const monthDash = worded ? monthDashTwoDigits(all) : null;
  if (monthDash && monthDash.n <= 31) return unparsed(original, "ambiguous");
  if (monthDash) {
    const y = twoDigitYear(monthDash.n);
    return { text: original, kind: "month", start: isoDate(y, monthDash.m, 1), end: monthEnd(y, monthDash.m) };
  }

  let reason: UnparsedReason | null = null;
  if (all.length <= MAX_TOKENS) {
    const read = readWithNotes(source, original, placement, ctx?.period ?? null);
    if (read === "continuous") return planned("continuous");
    if (typeof read !== "string") return read;
    reason = read;
  }
  const kind = undatedKindAt(all, 0);
  // School holidays are a row's time only in its deadline column: named alone elsewhere (a calendar
  // listing `Коледна ваканция`, `Ferie zimowe`) they are the item itself.
  const inBreak = !!ctx?.column && worded && namesABreak(all);
  if (kind === "event" || beforeAnEvent(all) || dayOfAProcess(source) || inBreak) return { text: original, kind: "event", start: null, end: null };
  // `в течение года 21 февраля 23 февраля … 7 ноября`: the days of the year the work falls on, listed
  // after the words for all year, are several dates, not work that goes on.
  const daysListed = kind === "continuous" && countDatePoints(all) >= 2;
  if (kind === "continuous" && !daysListed) {
    return { text: original, kind, start: period?.period.start ?? null, end: period?.period.end ?? null };
  }
  if (daysListed) reason = "several-dates";
  if (reason === null || reason === "unknown-form") reason = countDatePoints(all) >= 2 ? "several-dates" : "unknown-form";
  return unparsed(original, reason);
}

/** Units of a time counted back from an event: days, weeks, months, in every language. */
const COUNTED_UNITS = /^(?:дн|ден|днів|дни|недел|неделя|седмиц|тиждень|тижн|месяц|месец|місяц|dni|dzien|dzień|tydzien|tygodni|miesiac|miesiec|miesięcy|day|week|month)/u;
const BEFORE_WORDS = new Set(["до", "перед", "преди", "przed", "before", "prior"]);
/** Words opening a time counted on from an event: `в течение`, `протягом`, `w ciągu`, `within`. */
const WITHIN = new PhraseTable(
  ["в течение", "в течении", "втечение", "в теч", "протягом", "упродовж", "впродовж", "в рамките на", "в срок до", "w ciągu", "w terminie", "within"].map((t) => ({ words: tokenize(t).map((w) => w.text), type: "filler" as const })),
);
const AFTER_WORDS = new Set(["после", "с", "со", "після", "від", "з", "след", "от", "po", "od", "after", "of", "from"]);
/** Words that say "after" with no `within` before the count (`45 days after`): not `from`, `с`, `od`, which open a period. */
const PLAINLY_AFTER = new Set(["после", "після", "след", "po", "after"]);

/**
 * A time counted back from an event the cell names (`За 1 месяц до проекта`, `10 дни преди
 * събитието`, `2 weeks before the event`), or on from one (`в течение 3 дней после поступления`,
 * `w ciągu 14 dni od zgłoszenia`): due by a day the event sets, whose date is not written. A date
 * or a year after it (`за 10 дней до 1 сентября`) is not this.
 */
function beforeAnEvent(tokens: readonly Token[]): boolean {
  // `в течение 3 дней после поступления`, `within 10 days of the request`: counted on from it.
  const within = WITHIN.at(tokens, 0);
  let i = within ? within.words.length : tokens[0]?.type === "word" && (tokens[0].text === "за" || tokens[0].text === "na") ? 1 : 0;
  if (tokens[i]?.type !== "num" || tokens[i + 1]?.type !== "word" || !COUNTED_UNITS.test(tokens[i + 1].text)) return false;
  i += 2;
  const word = tokens[i]?.text ?? "";
  if (!(within ? AFTER_WORDS.has(word) : BEFORE_WORDS.has(word) || PLAINLY_AFTER.has(word))) return false;
  const rest = tokens.slice(i + 1);
  return rest.length > 0 && rest.every((t) => t.type === "word" && monthOf(t) === undefined && !wordClass(t)?.yearWord);
}

/** The word of a day counted in a process: `Day 3`, `День 3`, `Dzień 3`, `Ден 3`. */
const DAY_OF = new Set(["day", "день", "dzień", "dzien", "ден"]);

/**
 * `Day 1`, `Day 3` beside the steps of a procedure (an absence followed up, a complaint handled):
 * the day counted from the event that starts it, which no date says. The whole cell, a closing
 * note in brackets aside.
 */
function dayOfAProcess(source: string): boolean {
  const note = TRAILING_NOTE.exec(source);
  const tokens = tokenize(note && note.index > 0 ? source.slice(0, note.index) : source);
  return tokens.length === 2 && DAY_OF.has(tokens[0].text) && tokens[1].type === "num" && tokens[1].text.length <= 2 && tokens[1].value >= 1;
}

function joinNotes(a: string | undefined, b: string): string {
  return a ? `${a} ${b}` : b;
}

/** `continuous` or `event` when wordings of that kind, after fillers, make up the whole cell. */
function undatedWhole(tokens: readonly Token[]): "continuous" | "event" | null {
  let j = 0;
  let kind: "continuous" | "event" | null = null;
  while (j < tokens.length) {
    if (tokens[j].type === "sym") {
      j++;
      continue;
    }
    const p = VOCABULARY.undated.at(tokens, j);
    if (p === null) return null;
    if (p.type === "continuous" || p.type === "event") {
      if (kind !== null && kind !== p.type) return null;
      kind = p.type;
    }
    j += p.words.length;
  }
  return kind;
}

/** `w/c 18 December 2023`, `week commencing 4 March`: the week that starts that day. */
const WEEK_COMMENCING = /^(?:w\/c|w\/b|wc|wb|week\s+(?:commencing|beginning|starting))\s*:?\s+/i;
/** The same words anywhere in a cell, after a label or debris (`Deadline: w/c 27th February`). */
const WEEK_COMMENCING_INSIDE = /(?<!\p{L})(?:w\/c|w\/b|week\s+(?:commencing|beginning|starting))(?!\p{L})/iu;

/**
 * The periods a cell names, reading past the notes officials add: a closing bracket without a date
 * (`до 15.10 (за потреби)`), lines after the first that name no date (`30 marca 2021r.\no godz. 14:00`,
 * `27.12\n10.00`), a time in a plan of one day (`10.00\n229 кабинет`). "continuous" when the
 * periods are followed by a wording of continuous work (`сентябрь, в течение года`): the work
 * starts then and goes on.
 */
function readWithNotes(source: string, original: string, placement: Reading, plan: PlanPeriod | null): Deadline | UnparsedReason | "continuous" {
  const week = WEEK_COMMENCING.exec(source);
  if (week) {
    // The day may carry what officials write around a date (`w/c 27th February, school hall`).
    const read = readWithNotes(source.slice(week[0].length), original, placement, plan);
    if (typeof read === "string") return read === "continuous" ? "unknown-form" : read;
    if (read.kind !== "date" || !read.start) return "unknown-form";
    return { text: original, kind: "range", start: read.start, end: addDays(read.start, 6), ...(read.note !== undefined ? { note: read.note } : {}) };
  }
  const read = readPeriods(source, original, placement);
  if (read === "continuous" || typeof read !== "string" || (read !== "unknown-form" && read !== "several-dates")) return read;
  const closed = withClosingBracket(source, original, placement);
  if (closed) return closed;
  // A period, then what happens on it after a spaced dash or a semicolon (`… 2023 - Year 10 start`).
  const noted = readBeforeNote(source, original, placement);
  if (noted) return noted;
  const stages = readStages(source, original, placement, plan);
  if (stages) return stages;
  // The first line names the period; the lines after it, with no date of their own, are notes.
  const lines = source.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== "");
  // Lines that each give a date and say what happens on it (rows joined under one task): separate dates.
  if (lines.length > 1) {
    const each = lines.map((l) => readPeriods(l, l, placement));
    const withNotes = lines.map((l, k) => (typeof each[k] === "string" ? readBeforeNote(l, l, placement) : null));
    const noted = (d: Deadline | UnparsedReason | "continuous", k: number) => withNotes[k] !== null || (isDatedReading(d) && typeof d !== "string" && d.note !== undefined);
    if (each.some(noted) && each.every((d, k) => isDatedReading(d) || withNotes[k] !== null)) {
      const parts = each.map((d, k) => withNotes[k] ?? (d as Deadline));
      // Days in turn, each with what happens on it (`13 maj 2025 r. - j. polski\n14 maj 2025 r. - matematyka`):
      // one period, as the same days written without their notes are.
      const spans = parts.map((p) => (p.kind === "date" || p.kind === "range") && p.start && p.end ? { start: p.start, end: p.end } : null);
      if (spans.every((sp): sp is { start: string; end: string } => sp !== null) && contiguous(spans)) {
        return { text: original, kind: "range", start: spans[0].start, end: spans[spans.length - 1].end, parts };
      }
      if (withNotes.some((d) => d !== null)) return { text: original, kind: "unparsed", start: null, end: null, reason: "several-dates", parts };
    }
  }
  // Days one under another under a month heading (`18\n28`, one for each event beside them): separate dates.
  if (lines.length > 1 && placement.dayMonth) {
    const days = lines.map((l) => headingDays(withoutNotes(tokenize(l), l).tokens, l, placement));
    if (days.every((d): d is Deadline => d !== null && d.kind === "date")) {
      return { text: original, kind: "unparsed", start: null, end: null, reason: "several-dates", parts: days };
    }
  }
  // A time of day on the first line and the days under it (a group's hours, then its dates): the days, the time a note.
  if (lines.length > 1 && isTimeOfDayOnly(lines[0])) {
    const days = readWithNotes(lines.slice(1).join("\n"), original, placement, plan);
    if (typeof days !== "string" && (days.kind !== "unparsed" || (days.parts?.length ?? 0) > 0)) {
      return { ...days, text: original, note: joinNotes(lines[0], days.note ?? "").trim() };
    }
  }
  if (lines.length > 1) {
    const rest = lines.slice(1).join("\n");
    if (countDatePoints(tokenize(rest)) === 0) {
      const whole = undatedWhole(tokenize(lines[0]));
      if (whole === "continuous") return "continuous";
      if (whole === "event") return { text: original, kind: "event", start: null, end: null, note: rest };
      const first = withClosingBracket(lines[0], original, placement) ?? readPeriods(lines[0], original, placement);
      if (typeof first !== "string") return { ...first, note: joinNotes(first.note, rest) };
      if (typeof first === "string" && first !== "unknown-form") return first;
      const day = timeInOneDay(lines[0], original, plan);
      if (day) return { ...day, note: rest };
    }
  }
  return timeInOneDay(source, original, plan) ?? timeUnderDay(source, original, placement.day) ?? (read === "unknown-form" && noteLeavesYearMissing(source, original, placement) ? "year-missing" : read);
}

/**
 * A closing note in brackets that the periods do not need (`do 31 sierpnia (zdalnie)`): read without
 * it, keep it. Null when the line has none, or is not read without it.
 */
function withClosingBracket(line: string, original: string, placement: Reading): Deadline | null {
  const bracket = TRAILING_NOTE.exec(line);
  if (!bracket || bracket.index === 0 || bracket[1].split(/\s+/).some((w) => monthOf(tokenize(w)[0]) !== undefined)) return null;
  const without = readPeriods(line.slice(0, bracket.index), original, placement);
  return typeof without !== "string" ? { ...without, note: joinNotes(without.note, bracket[0].trim()) } : null;
}

/**
 * `4th September (online)`, `15 септември, актова зала`: a day whose place or remark is passed over
 * and which then lacks only its year is unread for want of the year, as the day written alone is.
 */
function noteLeavesYearMissing(source: string, original: string, placement: Reading): boolean {
  const bracket = TRAILING_NOTE.exec(source);
  if (bracket && bracket.index > 0 && readPeriods(source.slice(0, bracket.index), original, placement) === "year-missing") return true;
  return noteSplits(source).some((split) => split.by !== "clause" && readPeriods(split.period, original, placement) === "year-missing");
}

function isDatedReading(d: Deadline | UnparsedReason | "continuous"): d is Deadline {
  return typeof d !== "string" && d.kind !== "unparsed" && (d.start !== null || d.end !== null);
}

/**
 * A period followed by a note (see trailing-note.ts): after a dash, a date or a range of days; after
 * a semicolon, any dated period. The note is kept with the reading.
 */
function readBeforeNote(source: string, original: string, placement: Reading): Deadline | null {
  for (const split of noteSplits(source)) {
    const read = readPeriods(split.period, original, placement);
    if (!isDatedReading(read)) continue;
    if (split.by !== "clause" && read.kind !== "date" && read.kind !== "range") continue;
    return { ...read, text: original, note: joinNotes(read.note, split.note) };
  }
  return null;
}

/**
 * `01.02.2021 – 11.02.2021 классный тур; 15.02.2021 – 25.02.2021 школьный тур`: clauses parted by
 * semicolons, each a span of days with what is held then, one stage after the other: the event runs
 * from the first stage's start to the last one's end.
 */
function readStages(source: string, original: string, placement: Reading, plan: PlanPeriod | null): Deadline | null {
  let clauses = source.split(";").map((c) => c.trim()).filter((c) => c !== "");
  // One stage a line, where every line names its stage (`… школьный этап⏎… муниципальный этап`).
  if (clauses.length < 2) clauses = source.split(/\r\n|\r|\n/).map((c) => c.trim()).filter((c) => c !== "");
  if (clauses.length < 2 || clauses.some((c) => !/\p{L}/u.test(c))) return null;
  if (!source.includes(";") && clauses.some((c) => !STAGE_WORD.test(c))) return null;
  const reads = clauses.map((c) => {
    const span = withoutStageNumber(c);
    return readWithNotes(span, span, placement, plan);
  });
  const spans: Deadline[] = [];
  for (const r of reads) {
    if (typeof r === "string" || r.kind !== "range" || r.start === null || r.end === null) return null;
    spans.push(r);
  }
  if (!followInStages(spans as { start: string; end: string }[])) return null;
  return { text: original, kind: "range", start: spans[0].start, end: spans[spans.length - 1].end, parts: spans };
}

/** The words that name a stage of an event, in the five languages. */
const STAGE = "(?:етап|этап|etap|stage|тур|tura|turu|round|фаза|faza|phase)\\p{L}*";
const STAGE_WORD = new RegExp(`(?<!\\p{L})${STAGE}`, "iu");
// `I етап`, `этап 2`, `2-й тур`, `Etap II:`: a stage's number beside its word, which no date reads.
const STAGE_ORDINAL = "(?:[1-9]|[IVXІХ]{1,4})";
const STAGE_NUMBER = new RegExp(`(?<![\\p{L}\\d.])(?:${STAGE_ORDINAL}(?:-?(?:й|ый|ий|ри|ти|ви|и))?\\.?\\s*${STAGE}|${STAGE}\\s+${STAGE_ORDINAL}(?![\\p{L}\\d.]))\\s*:?`, "giu");

/** A stage's clause with its number and word set apart: the words are a note, the number no date. */
function withoutStageNumber(clause: string): string {
  const m = [...clause.matchAll(STAGE_NUMBER)];
  if (m.length !== 1) return clause;
  const at = m[0].index;
  return (clause.slice(0, at) + " " + clause.slice(at + m[0][0].length)).trim();
}

/**
 * A cell that gives a time of day and nothing else (`9am to 11.15am`, `18.00`): when in a day, not
 * which day. A row holding one may head the rows below that give the days (see rules/deadline.ts).
 */
export function isTimeOfDayOnly(text: string): boolean {
  if (typeof text !== "string") return false;
  const tokens = tokenize(text);
  const { tokens: left, notes } = withoutNotes(tokens, text);
  return tokens.length > 0 && left.length === 0 && notes.length > 0 && tokens.some((t) => t.type === "num");
}

/** A time of day alone (`10.00`, `11:30`) in a plan of one day is that day. */
function timeInOneDay(line: string, text: string, plan: PlanPeriod | null): Deadline | null {
  if (!plan || plan.start !== plan.end || !parseIsoDate(plan.start)) return null;
  const tokens = tokenize(line);
  const { tokens: left } = withoutNotes(tokens, line);
  if (left.length !== 0 || tokens.length === 0) return null;
  return { text, kind: "date", start: plan.start, end: plan.end, note: line.trim() };
}

/**
 * `9.15.  муз. зала` under the heading `І ДЕНЬ 21.10.2024.`: a time of day, with at most where,
 * in words that name no other time, is on the heading's day.
 */
function timeUnderDay(line: string, text: string, day: string | undefined): Deadline | null {
  if (day === undefined) return null;
  if (PARTS_OF_DAY.has(fold(line.trim().replace(/\s+/gu, " ")))) return { text, kind: "date", start: day, end: day, note: line.trim() };
  const tokens = tokenize(line);
  const { tokens: left, notes } = withoutNotes(tokens, line);
  if (notes.length === 0 || !tokens.some((t) => t.type === "num")) return null;
  if (left.some((t) => t.type === "num" || wordClass(t) !== undefined || monthOf(t) !== undefined)) return null;
  return { text, kind: "date", start: day, end: day, note: line.trim() };
}

/**
 * `Останній день місяця\n2 рази на місяць\n\n1 раз на`: the times of several items joined under one
 * row, a line each. Lines that each say how often, or which day of the month, and not alike are
 * several times, not one recurrence.
 */
function timesOnSeveralLines(source: string): boolean {
  const lines = source.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== "");
  if (lines.length < 2) return false;
  const telling = lines.filter((l) => {
    const tokens = tokenize(l);
    return recurrenceIn(tokens) !== null || tokens.some((t, i) => t.type === "word" && (VOCABULARY.theMonth.has(t.text) || (TIMES_WORDS.has(t.text) && tokens[i - 1]?.type === "num")));
  });
  return telling.length >= 2 && new Set(telling.map((l) => fold(l))).size > 1;
}

/** A part of the day written for the time (`ранкові години`, `rano`, `morning`), folded. */
const PARTS_OF_DAY = new Set(
  [
    "ранкові години", "вранці", "зранку", "у першій половині дня", "у другій половині дня", "ввечері",
    "утренние часы", "утром", "в первой половине дня", "во второй половине дня", "вечером",
    "rano", "w godzinach porannych", "przed południem", "po południu",
    "сутрин", "сутринта", "следобед",
    "morning", "in the morning", "afternoon", "in the afternoon",
  ].map(fold),
);

// Letters that stand for a year a model plan leaves open (`X`, `N`).
const YEAR_LETTERS = new Set(["x", "n", "х"]);

/**
 * `1 октября X - 1 года, далее ежегодно`, `до 1 сентября года N`: the year is counted from one the
 * plan leaves open, so neither the date nor a recurrence from it can be placed in the plan period.
 */
function yearCountedFromUnknown(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.type !== "word" || !YEAR_LETTERS.has(t.text)) return false;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const counted = (next?.text === "-" || next?.text === ",") && tokens[i + 2]?.type === "num" && wordClass(tokens[i + 3])?.yearWord === true;
    return counted || wordClass(next)?.yearWord === true || wordClass(prev)?.yearWord === true;
  });
}

// A campaign month (`месячник`, `місячник`): its own weeks, not the plan's calendar month.
const CAMPAIGN = /^(?:месячник|місячник)/u;
// The longest a campaign month runs (`21.01–23.02.2022`): a plan period longer is not its.
const CAMPAIGN_DAYS = 62;

/**
 * `В течение месячника` is the campaign the plan's title names when the plan period is that
 * campaign; in a plan of a whole school year the campaign's weeks are not said.
 */
function campaignUnsaid(tokens: readonly Token[], plan: PlanPeriod | null): boolean {
  if (!tokens.some((t) => t.type === "word" && CAMPAIGN.test(t.text))) return false;
  const start = plan ? parseIsoDate(plan.start) : null;
  const end = plan ? parseIsoDate(plan.end) : null;
  if (!start || !end) return true;
  return (Date.UTC(end.y, end.m - 1, end.d) - Date.UTC(start.y, start.m - 1, start.d)) / 86_400_000 > CAMPAIGN_DAYS;
}

/** Kinds of period a recurrence may run over: spans of time, not one day or a limit. */
const SPANS = new Set(["range", "year", "school-year", "half-year", "quarter"]);

/**
 * `2008 - 2010\nежемесячно`, `щокварталу 2024`, `co miesiąc, 2023-2025`: how often, and the span
 * written beside it, which the work recurs over. The span must be all the rest of the cell, read
 * with no note: `ежемесячно до 5 числа` names the day of each month, not a span.
 */
function spanOfRecurrence(tokens: readonly Token[], source: string, placement: Reading): { start: string; end: string } | null {
  for (let i = 0; i < tokens.length; i++) {
    const length = VOCABULARY.recurring.at(tokens, i)?.words.length ?? 0;
    if (length === 0) continue;
    const rest = `${source.slice(0, tokens[i].start)} ${source.slice(tokens[i + length - 1].end)}`.replace(/^[\s,;.]+|[\s,;]+$/gu, "");
    if (rest === "") return null;
    const read = readPeriods(rest, rest, placement);
    if (typeof read === "string" || read.note || !SPANS.has(read.kind) || !read.start || !read.end || read.start >= read.end) return null;
    return { start: read.start, end: read.end };
  }
  return null;
}

/** How often a cell's work recurs when it says so anywhere (`до 15 числа щомісяця`): "" if not how often, null if it does not recur. */
function recurrenceIn(tokens: readonly Token[]): Every | "" | null {
  for (let i = 0; i < tokens.length; i++) {
    const p = VOCABULARY.recurring.at(tokens, i);
    if (p) return (p.every ?? "") as Every | "";
    const per = timesPer(tokens, i);
    if (per !== null) return per;
    if (weekdayOfTheMonth(tokens, i)) return "month";
  }
  return null;
}

/**
 * `по средам`, `w każdy piątek`, `every Friday, 3.30 pm`: a weekday that comes back each week is
 * weekly work. With a date or a month beside it (`май 2020, по субботам`) it is only that period's
 * weekdays, which no one period says: not this.
 */
function weeklyOnAWeekday(tokens: readonly Token[], source: string): Every | null {
  if (!tokens.some((_, i) => VOCABULARY.weekdayWeekly.at(tokens, i) !== null)) return null;
  const { tokens: left } = withoutNotes(tokens, source);
  return left.some((t) => t.type === "num" || monthOf(t) !== undefined) ? null : "week";
}

/**
 * `pierwsze czwartki miesiąca`, `первый понедельник месяца`, `first Monday of the month`: a weekday
 * named with the month itself comes back every month. With a day number anywhere, it is a date.
 */
function weekdayOfTheMonth(tokens: readonly Token[], i: number): boolean {
  if (!isWeekdayAt(tokens, i)) return false;
  const month = tokens.slice(i + 1, i + 4).some((t) => t.type === "word" && VOCABULARY.theMonth.has(t.text));
  return month && tokens.every((t, k) => t.type !== "num" || ordinalOfWeekday(tokens, k, i));
}

// The endings an ordinal figure takes (`2-я`, `2-ї`, `2-ри`, `2nd`, `1st`).
const ORDINAL_ENDINGS = new Set(["я", "й", "ая", "ой", "ий", "ый", "ша", "га", "ї", "а", "ри", "ви", "ти", "ми", "st", "nd", "rd", "th"]);

/**
 * `2-я суббота месяца`, `2nd Saturday of the month`: the figure is which weekday of the month (one to
 * five), written as an ordinal right before it, not a day.
 */
function ordinalOfWeekday(tokens: readonly Token[], k: number, weekday: number): boolean {
  if (tokens[k].value < 1 || tokens[k].value > 5) return false;
  let j = k + 1;
  if (tokens[j]?.text === "-") j++;
  if (tokens[j]?.type === "word" && ORDINAL_ENDINGS.has(tokens[j].text)) j++;
  else if (tokens[j]?.text === ".") j++;
  return j === weekday && j > k + 1;
}

/** The unit a count is written per (`1/miesiąc`, `2 раза/год`), by the stem of its word. */
const PER_UNITS: readonly [RegExp, Every][] = [
  [/^(?:тиж|недел|седмиц|tydz|tydzien|tyg|week)/u, "week"],
  [/^(?:месяц|месец|місяц|мес|міс|miesi|mies|month)/u, "month"],
  [/^(?:квартал|kwarta|kw|quarter)/u, "quarter"],
  [/^(?:семестр|semestr|четверт|чверт|триместр|trymestr|trimester|term)/u, "term"],
  [/^(?:год|году|рік|року|рок|година|годината|rok|roku|year)$/u, "year"],
];
/** A year's count that is another unit's one: twice a year is each half-year. */
const PER_YEAR: ReadonlyMap<number, Every> = new Map([[1, "year"], [2, "half-year"], [4, "quarter"], [12, "month"]]);
const TIMES_WORDS = new Set(["раз", "раза", "разів", "рази", "razy", "raz", "пъти", "път", "times", "time", "x"]);

/** Words a count of times is said per a unit with: `2x w roku`, `3 раза в месяц`, `2 times a year`. */
const PER_WORDS = new Set(["w", "na", "в", "на", "у", "per", "a", "an"]);

/** `1/miesiąc`, `2 раза/год`, `1x/tydzień`, `2x w roku`: a count of times per unit at token i; null if none. */
function timesPer(tokens: readonly Token[], i: number): Every | "" | null {
  const n = tokens[i];
  if (n?.type !== "num" || n.text.length > 2 || n.value < 1) return null;
  // `11.12 /неделя/`: the month of a day, its weekday in slashes after it, is no count.
  if (tokens[i - 1]?.text === "." && tokens[i - 2]?.type === "num") return null;
  let j = i + 1;
  const times = TIMES_WORDS.has(tokens[j]?.text ?? "");
  if (times) j++;
  const per = tokens[j]?.text === "/" || (times && PER_WORDS.has(tokens[j]?.text ?? ""));
  if (!per || tokens[j + 1]?.type !== "word") return null;
  // `5/2025` and the like never reach here: the word after the slash names the unit.
  const unit = PER_UNITS.find(([stem]) => stem.test(tokens[j + 1].text))?.[1];
  if (unit === undefined) return null;
  if (unit === "year") return PER_YEAR.get(n.value) ?? "";
  return n.value === 1 ? unit : "";
}

/**
 * `Annual review in May`, `Annual report`: work named as yearly, with no date written, recurs each
 * year of the plan. A cell with a number in it (`Annual report by 31 March 2025`) is read for its date.
 */
function annualWithoutDate(tokens: readonly Token[]): Every | null {
  return (tokens[0]?.text === "annual" || tokens[0]?.text === "yearly") && tokens.every((t) => t.type !== "num") ? "year" : null;
}

/** Words that say a range includes its last day: `вкл.`, `włącznie`, `inclusive`. */
const INCLUSIVE = new Set(["вкл", "вкл.", "включително", "включительно", "включно", "wlacznie", "inclusive", "incl", "incl."]);
/** Words written with a time: `godz.`, `год.`, `ч.`, `o`, `в`, `at`. */
const TIME_WORDS = new Set(["godz", "godz.", "godziny", "godzinie", "год", "год.", "ч", "ч.", "h", "hrs", "o", "в", "at", "о", "об", "начало", "початок", "start", "начиная", "from", "с", "з", "от", "do", "od", "до", "по", "until"]);
/** Words written after a time: `часа`, `ч.`, `hrs`. */
const AFTER_TIME_WORDS = new Set(["часа", "час", "часов", "ч", "ч.", "h", "hrs", "год", "год.", "години", "годин", "godz", "godz.", "am", "pm"]);
/** `am`, `pm` after an hour. */
const MERIDIEM = new Set(["am", "pm"]);
/** Words between the two times of a span of hours (`9am to 11.15am`, `з 9.00 до 12.00`). */
const TIME_SPAN_WORDS = new Set(["to", "until", "till", "do", "до", "по"]);
/** Words of hours that make two bare numbers a time (`15 00 год.`): not `год` of a Russian year, which no minutes precede. */
const HOUR_WORDS = new Set(["год", "godz", "ч", "h", "hrs", "часа", "час"]);

/** `godz,.8.00`: an hour's word, then only stops and commas, before token i: the dot is no day's. */
function afterHourWord(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k].text === "." || tokens[k].text === ",")) k--;
  return k >= 0 && HOUR_WORDS.has(tokens[k].text);
}

/**
 * `20 липня 2018 року, 1800`, `4 września godz. 1700`: a time whose minutes were written raised (18⁰⁰)
 * and came down beside the hour when pasted: after the hour's word, or as the cell's last figures
 * after a comma that follows a year's word, where no other year can stand.
 */
function raisedMinutesAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  const [hours, minutes] = [Math.floor(t.value / 100), t.value % 100];
  const afterYear = tokens[i - 1]?.text === "," && wordClass(tokens[i - 2])?.yearWord === true && tokens[i - 3]?.type === "num";
  // Not a year near the date's own (`2018 року, 2019`), whatever it would mean there.
  const nearYear = Math.abs(t.value - (tokens[i - 3]?.value ?? 0)) <= 5;
  // The cell's last figures: a stop or semicolon may close it.
  const last = tokens.slice(i + 1).every((k) => k.type === "sym" && (k.text === "." || k.text === ";"));
  const clock = hours <= 23 && minutes <= 59 && minutes % 5 === 0;
  // `4 września godz. 1700`: after the hour's word the figures are the time, wherever they stand.
  // Not after `год`, Russian for the year as much as Ukrainian for the hour (`учебный год 2020/2021`).
  if (clock && afterHourWord(tokens, i) && !tokens.slice(0, i).some((k) => k.text === "год")) return 1;
  return afterYear && !nearYear && last && clock && t.text[0] !== "0" ? 1 : 0;
}

/** A time of day at token i (`10.00`, `14:30`, `9.45`) that no date could be: minutes after a colon, `00` or over 12. */
function timeAt(tokens: readonly Token[], i: number): number {
  // Every time of day opens with its hour: a cell's words are passed by at once.
  if (tokens[i]?.type !== "num") return 0;
  const [h, sep, m] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  const spaced = spacedTimeAt(tokens, i) || wordedTimeAt(tokens, i);
  if (spaced > 0) return spaced;
  if (h.text.length === 4) return raisedMinutesAt(tokens, i);
  // `9am`, `6 pm`: an hour of the clock; `9.05am`: its minutes told by the `am` after them.
  if (h?.type === "num" && h.text.length <= 2 && h.value >= 1 && h.value <= 12 && MERIDIEM.has(sep?.text ?? "")) return 1;
  const meridiem = MERIDIEM.has(tokens[i + 3]?.text ?? "") && tokens[i + 3]?.start === m?.end;
  if (sep?.type === "sym" && sep.text === "-") return dashedTimeAt(tokens, i);
  if (h?.type !== "num" || h.text.length > 2 || h.value > 23 || sep?.type !== "sym" || m?.type !== "num" || m.text.length !== 2) return 0;
  // `14,00 ч.`: a comma for the dot, told a time by the word of hours after it.
  const commaTime = sep.text === "," && h.end === sep.start && sep.end === m.start && HOUR_WORDS.has(tokens[i + 3]?.text ?? "");
  if (sep.text !== ":" && !commaTime && !(sep.text === "." && (m.text === "00" || m.value > 12 || meridiem))) return 0;
  // `01.10.00` is a date; `23.04. 10.00` a date and a time; `29. 10.16` and `15. 08.17` a day, a month and a year.
  if (m.value > 59 || (tokens[i - 1]?.type === "sym" && tokens[i - 1].text === "." && tokens[i - 1].end === h.start && !afterHourWord(tokens, i))) return 0;
  // `23:59:59`: seconds go with the time.
  if (sep.text === ":" && tokens[i + 3]?.text === ":" && tokens[i + 4]?.type === "num" && tokens[i + 4].text.length === 2) return 5;
  const dayBefore = tokens[i - 1]?.text === "." && tokens[i - 2]?.type === "num" && tokens[i - 3]?.text !== ".";
  if (dayBefore && h.value >= 1 && h.value <= 12) return 0;
  if (m.text !== "00" && wordClass(tokens[i + 3])?.yearWord) return 0; // `09.17р.`, but `12.00 год.` is a time
  if (tokens[i + 3]?.type === "sym" && tokens[i + 3].text === "." && tokens[i + 4]?.type === "num") return 0; // a date after all
  return 3;
}

/**
 * How many of `kept`'s last tokens are a clock time (`14.10`, `9:30`) that a span of hours opens with:
 * an hour and its two-figure minutes, no date's stop before them, earlier than the time `hour`:`minutes`
 * after the dash. 0 where they are not.
 */
function clockBefore(kept: readonly Token[], hour: Token | undefined, minutes: Token | undefined): number {
  const n = kept.length;
  const [h, sep, m] = [kept[n - 3], kept[n - 2], kept[n - 1]];
  if (!isHour(h) || !isMinutes(m) || sep?.type !== "sym" || (sep.text !== "." && sep.text !== ":")) return 0;
  if (h.end !== sep.start || sep.end !== m.start || kept[n - 4]?.text === "." || kept[n - 4]?.text === ":") return 0;
  if (hour?.type !== "num" || minutes?.type !== "num" || !isMinutes(minutes)) return 0;
  return h.value * 60 + m.value < hour.value * 60 + minutes.value ? 3 : 0;
}

function isMinutes(t: Token | undefined): boolean {
  return t?.type === "num" && t.text.length === 2 && t.value <= 59;
}

function isHour(t: Token | undefined): boolean {
  return t?.type === "num" && t.text.length <= 2 && t.value <= 23;
}

/** `15 00 год.`: an hour and its minutes apart, told a time by the word of hours after them. */
function spacedTimeAt(tokens: readonly Token[], i: number): number {
  const [h, m, word] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!isHour(h) || !isMinutes(m)) return 0;
  if (word?.type === "word" && HOUR_WORDS.has(word.text)) return 2;
  // `11.09.2020 р., 15 00`: closing the cell after a comma that follows a whole date's year, two numbers are its hour.
  const y = wordClass(tokens[i - 2])?.yearWord === true ? i - 3 : i - 2;
  const year = tokens[y];
  const dateYear = year?.type === "num" && year.text.length === 4 && (tokens[y - 1]?.text === "." || monthOf(tokens[y - 1]) !== undefined);
  return tokens[i - 1]?.text === "," && dateYear && m.text.length === 2 && i + 2 === tokens.length ? 2 : 0;
}

/** Words for minutes after their figures: `хв.`, `мин.`, `min.`. */
const MINUTE_WORDS = new Set(["хв", "хвилин", "мин", "минут", "min", "minut", "mins"]);

/**
 * `18 год. 00 хв.`, `10 ч. 30 мин.`: an hour and its minutes each followed by its word. Both words are
 * asked for: `год` alone after a number is as often a year.
 */
function wordedTimeAt(tokens: readonly Token[], i: number): number {
  const [h, hourWord, m, minuteWord] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!isHour(h) || hourWord?.type !== "word" || !HOUR_WORDS.has(hourWord.text) || !isMinutes(m)) return 0;
  return minuteWord?.type === "word" && MINUTE_WORDS.has(minuteWord.text) ? 4 : 0;
}

/**
 * `12-00-14-00`, `11-30-13-30` after a day (`12 марта 12-00-14-00`): hours and minutes joined by
 * dashes, right after a day's month or year. Only a span of two such times, or an hour on the dot,
 * is a time: `11-30` alone is days 11 to 30.
 */
function dashedTimeAt(tokens: readonly Token[], i: number): number {
  const [h1, , m1, d2, h2, d3, m2] = tokens.slice(i, i + 7);
  // `до 06.03.2023 г., 10-00`: a comma may part the time from the day's last word or figure.
  const comma = tokens[i - 1]?.text === "," ? 1 : 0;
  const before = tokens[i - 1 - comma];
  // After a comma, also a day's figures (`06.03.2024, 10-00`), their closing dot (`06.01., 10-00`) or a Roman month (`20 IX, 10-00`).
  const afterComma = comma === 1 && (before?.type === "num" || (before?.text === "." && tokens[i - 3]?.type === "num") || romanAt(tokens, i - 2) !== undefined);
  const closesDay = monthOf(before) !== undefined || wordClass(before)?.yearWord === true || afterComma;
  if (!isHour(h1) || !isMinutes(m1) || !closesDay) return 0;
  const span = d2?.text === "-" && isHour(h2) && d3?.text === "-" && isMinutes(m2) && h1.value * 60 + m1.value < h2.value * 60 + m2.value;
  if (span && tokens[i + 7]?.text !== "-") return 7;
  if (m1.text === "00" && tokens[i + 3]?.text !== "-") return 3;
  return 0;
}

/**
 * What a date says no more of, left out of the reading and kept as a note: a weekday next to it
 * (`1 сентября (вт.)`, `Monday 30th`), `вкл.`, times of day (`01.10.16 10.00`, `19.00-22.00`).
 */
function withoutNotes(tokens: readonly Token[], source: string): { tokens: Token[]; note: string | undefined; notes: { text: string; at: number }[] } {
  const kept: Token[] = [];
  const notes: { text: string; at: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // What is around a weekday is looked at only for a weekday.
    if (isWeekdayAt(tokens, i)) {
      const prev = kept[kept.length - 1];
      // `Monday 30th`, `Wednesday October 15, 2025`: the date follows its weekday (a month with no day
      // after it does not: `1-я неделя сентября` is a week, `неделя` also Bulgarian for Sunday).
      const dayAt = (k: number) => tokens[k]?.type === "num" || (monthOf(tokens[k]) !== undefined && tokens[k + 1]?.type === "num");
      const nextIsDay = dayAt(i + 1);
      // `21.10.2019г     понеделник`: the year's word closes the date the weekday follows.
      const yearClosed = prev !== undefined && wordClass(prev)?.yearWord === true && kept[kept.length - 2]?.type === "num";
      // `4 IX (poniedziałek)`, `21.X суббота`: a Roman month after its day closes the date too.
      const romanClosed = prev !== undefined && romanAt(kept, kept.length - 1) !== undefined && (kept[kept.length - 2]?.type === "num" || (kept[kept.length - 2]?.text === "." && kept[kept.length - 3]?.type === "num"));
      // `06.01.     четвъртък`: the stop that closes a day and month closes the date too.
      const stopClosed = prev?.text === "." && kept[kept.length - 2]?.type === "num" && kept[kept.length - 3]?.text === "." && kept[kept.length - 4]?.type === "num";
      const afterDate = prev !== undefined && (prev.type === "num" || monthOf(prev) !== undefined || yearClosed || romanClosed || stopClosed);
      const nextIsDayAfterComma = tokens[i + 1]?.text === "," && dayAt(i + 2);
      // `15 октября, понедельник`: a comma between the date and its weekday goes with the weekday.
      const beforeComma = kept[kept.length - 2];
      const romanBeforeComma = beforeComma !== undefined && romanAt(kept, kept.length - 2) !== undefined && kept[kept.length - 3]?.type === "num";
      const afterDateComma = prev?.text === "," && beforeComma !== undefined && (beforeComma.type === "num" || monthOf(beforeComma) !== undefined || wordClass(beforeComma)?.yearWord === true || romanBeforeComma);
      // `10-11 IX, WT-SR`: the weekdays of a span's two days, written after it; the span's reading checks them.
      const last = tokens[i + 1]?.text === "-" && isWeekdayAt(tokens, i + 2) && (afterDate || afterDateComma) ? i + 2 : i;
      if (afterDateComma && last === tokens.length - 1) {
        kept.pop();
        notes.push({ text: source.slice(t.start, tokens[last].end), at: t.start });
        i = last;
        continue;
      }
      if (afterDate || nextIsDay || nextIsDayAfterComma) {
        notes.push({ text: source.slice(t.start, tokens[last].end), at: t.start });
        if (nextIsDayAfterComma) i++; // `Monday, 28 October`
        i = Math.max(i, last);
        continue;
      }
    }
    if (t.type === "word" && INCLUSIVE.has(t.text)) continue;
    const time = timeAt(tokens, i);
    if (time > 0) {
      // The words before a time (`o godz.`) and a dash to a second time go with it.
      let from = t.start;
      // `godz,.8.00`: stops and commas slipped in between an hour's word and its time go with them.
      let slipped = kept.length;
      while (slipped > 0 && (kept[slipped - 1].text === "," || kept[slipped - 1].text === ".")) slipped--;
      if (slipped < kept.length && HOUR_WORDS.has(kept[slipped - 1]?.text ?? "")) kept.length = slipped;
      while (kept.length > 0 && TIME_WORDS.has(kept[kept.length - 1].text)) from = kept.pop()!.start;
      // `02. юли – от 9:00 часа`, `15 юни - 10.00`: a dash before a time leads to the time, not to a
      // second date left out (a span of hours starts at its first time and takes its dash with it).
      if (kept[kept.length - 1]?.text === "-") {
        from = kept.pop()!.start;
        // `14.10-14.30`: a clock time before the dash, earlier than the one after it, opens a span of
        // hours; read as a day and month it would be a date nobody wrote (14 October).
        const opening = time === 3 ? clockBefore(kept, tokens[i], tokens[i + 2]) : 0;
        if (opening > 0) from = kept.splice(kept.length - opening)[0].start;
      }
      let end = i + time;
      // `9am to 11.15am`: the first time's `am` comes before the word to the second.
      const meridiemAt = MERIDIEM.has(tokens[end]?.text ?? "") && TIME_SPAN_WORDS.has(tokens[end + 1]?.text ?? "") ? end + 1 : end;
      const joined = (tokens[meridiemAt]?.type === "sym" && tokens[meridiemAt].text === "-") || TIME_SPAN_WORDS.has(tokens[meridiemAt]?.text ?? "");
      if (joined && timeAt(tokens, meridiemAt + 1) > 0) end = meridiemAt + 1 + timeAt(tokens, meridiemAt + 1);
      if (tokens[end]?.text === "." && AFTER_TIME_WORDS.has(tokens[end + 1]?.text ?? "")) end++;
      while (tokens[end]?.type === "word" && AFTER_TIME_WORDS.has(tokens[end].text)) end++;
      // `16.30к.ч.`: hours of Kyiv time.
      if (tokens[end]?.text === "к" && tokens[end + 1]?.text === "ч") end += 2;
      notes.push({ text: source.slice(from, tokens[end - 1].end), at: from });
      i = end - 1;
      continue;
    }
    kept.push(t);
  }
  // A dash or comma left hanging where a time or weekday was.
  while (kept.length > 0 && kept[kept.length - 1].type === "sym" && kept[kept.length - 1].text !== "-") kept.pop();
  return { tokens: kept, note: notes.length > 0 ? notes.map((n) => n.text).join(", ") : undefined, notes };
}

/**
 * `24. юни`, `5. listopada 2020`: a day written with an ordinal's dot before its month's name is
 * that day of the month. Only before a month spelled in letters: `20.XI` and `24.06.` keep their dots.
 */
function withoutOrdinalDots(tokens: Token[]): Token[] {
  const ordinalDot = (i: number) => {
    const [day, dot, month] = [tokens[i - 1], tokens[i], tokens[i + 1]];
    if (dot.type !== "sym" || dot.text !== "." || day?.type !== "num" || day.text.length > 2 || day.value < 1 || day.value > 31) return false;
    return tokens[i - 2]?.text !== "." && monthOf(month) !== undefined && !/^[ivx]+$/.test(month.text);
  };
  const kept = tokens.filter((_, i) => !ordinalDot(i));
  return kept.length === tokens.length ? tokens : kept;
}

/**
 * `Декабрь, 2022`, `сентябрь-декабрь, 2021 года`, `March, 2023`: a month (or a span of months) and,
 * after a comma, the year that closes the cell is that month of that year, not a list of a month and
 * a whole year; read as if the comma were not there, so the span takes the year written once at its end.
 */
function withoutCommaBeforeYear(tokens: Token[]): Token[] {
  const i = tokens.findIndex((t, k) => t.type === "sym" && t.text === "," && (monthOf(tokens[k - 1]) !== undefined || dayAndMonthEnd(tokens, k)) && tokens[k + 1]?.type === "num");
  if (i < 0 || /^[ivx]+$/.test(tokens[i - 1].text)) return tokens;
  const year = parseYear(tokens, i + 1);
  const end = year ? year.next + (tokens[year.next]?.text === "." ? 1 : 0) : -1;
  return end === tokens.length ? [...tokens.slice(0, i), ...tokens.slice(i + 1)] : tokens;
}

/** `06.05, 2024`: a day and a month in figures, and nothing before them, end just before token `k`. */
function dayAndMonthEnd(tokens: readonly Token[], k: number): boolean {
  const [day, dot, month] = [tokens[k - 3], tokens[k - 2], tokens[k - 1]];
  if (k !== 3 || day?.type !== "num" || dot?.text !== "." || month?.type !== "num") return false;
  return day.value >= 1 && day.value <= 31 && month.value >= 1 && month.value <= 12 && month.text.length <= 2;
}

/** The periods a text names, with the row's placement; the reason when it names none surely. */
function readPeriods(source: string, original: string, placement: Reading): Deadline | UnparsedReason | "continuous" {
  const { tokens: noted, notes } = withoutNotes(tokenize(source), source);
  const all = withoutCommaBeforeYear(withoutOrdinalDots(noted));
  const heading = headingDays(all, original, placement) ?? headingMonth(all, original, placement);
  if (heading) return heading;
  let tokens = all;
  let cell = parseParts(tokens, source);
  let lead = "";
  if (!cell) {
    const roman = parseRomanMonthsAlone(all, placement.romanMonths);
    if (roman === "ambiguous") return roman;
    if (roman) cell = { parts: roman, openEnd: false, noteFrom: -1 };
    else {
      const place = placeBefore(all, source) ?? dayBeforeSessions(all, source, notes.length);
      if (!place) return "unknown-form";
      ({ tokens, cell, lead } = place);
    }
  }
  if (cell.noteFrom >= 0 && undatedKindAt(tokens, skipSymbolsAt(tokens, cell.noteFrom)) === "continuous") return "continuous";
  const read = resolveParts(placement.februaryHalves ? cell.parts.map(splitInFebruary) : cell.parts, tokens, source, original, placement.anchor);
  if (typeof read === "string") return read;
  let out: Deadline = read;
  if (cell.openEnd) {
    // `05.11 –`: from that day to the end of the plan period.
    const end = placement.anchor?.period.end;
    const start = read.start ?? read.end;
    if (!end || !start || end < start || read.kind === "by") return "unknown-form";
    out = { text: original, kind: "range", start, end };
  }
  const trailFrom = cell.noteFrom >= 0 ? tokens[cell.noteFrom - 1]?.end ?? tokens[cell.noteFrom].start : source.length;
  const trailing = source.slice(trailFrom).trim();
  // A time or weekday inside the trailing words is quoted with them, once.
  const weekdays = notes.filter((n) => n.at < trailFrom).map((n) => n.text).join(", ");
  const note = [lead, weekdays, trailing].filter((n) => n).join(" ");
  return note ? { ...out, note } : out;
}

/** A part's school halves as Bulgarian schools split the year: the first runs to 31 January. */
function splitInFebruary(part: RawPart): RawPart {
  const bg = (raw: RawPoint): RawPoint => {
    if (raw.point.unit !== "half" || !raw.point.januarySplit) return raw;
    const { januarySplit: _, ...point } = raw.point;
    return { ...raw, point };
  };
  const left = bg(part.left);
  const right = part.right ? bg(part.right) : null;
  return left === part.left && right === part.right ? part : { ...part, left, right };
}

/** Words of classes or year groups written after their numbers: `1 i 2 klasy`, `5-6 класи`. */
const CLASSES_AFTER = /^(?:klasy|klas|klasa|класи|класів|класа|класове|классы|классов|класс|клас|grades|years|forms)$/u;

/**
 * `14 września dwie tury: 16.00 1 i 2 klasy 17.15 3, 4, 5 klasy`: a day, then the sessions of that
 * day told by their times of day and the classes at each: that day. Only a day and month opening the
 * cell with words after it; the times already set aside; every number left a class's number.
 */
function dayBeforeSessions(tokens: readonly Token[], source: string, times: number): { tokens: Token[]; cell: CellParts; lead: string } | null {
  const words = tokens.findIndex((t) => t.type === "word" && monthOf(t) === undefined);
  if (times === 0 || words < 2 || monthOf(tokens[words - 1]) === undefined) return null;
  const cell = parseParts(tokens.slice(0, words), source);
  if (!cell || cell.parts.length !== 1 || cell.parts[0].right || cell.noteFrom >= 0 || cell.openEnd) return null;
  for (let k = words; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type === "word") {
      if (monthOf(t) !== undefined || wordClass(t) !== undefined) return null;
      continue;
    }
    if (t.type === "sym") {
      if (t.text !== "," && t.text !== ":") return null;
      continue;
    }
    // A number: one of a list of classes that a word of classes closes (`3, 4, 5 klasy`, `1 i 2 klasy`).
    let j = k;
    while (tokens[j]?.type === "num" || tokens[j]?.text === "," || tokens[j]?.text === "i" || tokens[j]?.text === "и" || tokens[j]?.text === "і" || tokens[j]?.text === "and") j++;
    if (!CLASSES_AFTER.test(tokens[j]?.text ?? "")) return null;
    k = j;
  }
  return { tokens: [...tokens], cell: { ...cell, noteFrom: words }, lead: "" };
}

/** Words a number is the label of: weeks, days, stages, terms, classes, years of study. */
const LABEL_WORDS = /^(?:тижд|тижн|недел|седмиц|tydz|tygod|week|day|ден|дня|дни|днів|dzie|dni|етап|этап|etap|stage|phase|faza|фаз|term|cohort|year|klas|клас|класс|grade|group|груп|grup|№|nr|no)/u;

/**
 * `Библиотеки образовательных учреждений 9 - 11 июня 2003 г.`: a place or body written before a
 * period that gives its year in full and ends the cell. The words before it name no time at all.
 */
function placeBefore(tokens: readonly Token[], source: string): { tokens: Token[]; cell: CellParts; lead: string } | null {
  const at = tokens.findIndex((t) => t.type === "num" || monthOf(t) !== undefined);
  // Two words at least, the last no label of the number after it (`Week 3 March`, `Etap 2 2025`);
  // one only when it is the step done that day (`Adopt July 28, 2008`): a word alone (`Отчет`) may change the date.
  const words = tokens.slice(0, at).filter((t) => t.type === "word").length;
  if (at <= 0 || words < 1 || LABEL_WORDS.test(tokens[at - 1].text) || !isPlainWording(tokens, 0, at)) return null;
  if (words === 1 && !VOCABULARY.stepVerbs.has(tokens[at - 1].text)) return null;
  const rest = tokens.slice(at);
  const cell = parseParts(rest, source);
  if (!cell || cell.noteFrom >= 0 || cell.openEnd || !cell.parts.every(daysWithYear)) return null;
  return { tokens: rest, cell, lead: source.slice(tokens[0].start, tokens[at - 1].end) };
}

/**
 * A part of days that writes its year at one of its ends (`9 - 11 июня 2003 г.`): a place with a
 * year or a month alone (`смт. Чернелиця\n2021р.`) is how a title is signed, not a deadline.
 */
function daysWithYear(part: RawPart): boolean {
  const day = (p: Point) => p.unit === "day" || p.unit === "number";
  const year = (p: Point) => p.unit === "day" && p.y !== null;
  if (!day(part.left.point) || (part.right !== null && !day(part.right.point))) return false;
  return year(part.left.point) || (part.right !== null && year(part.right.point));
}

function skipSymbolsAt(tokens: readonly Token[], i: number): number {
  let j = i;
  while (tokens[j]?.type === "sym") j++;
  return j;
}

const DAY_WORDS = new Set(["числа", "число", "чис", "dnia", "dzień", "дня", "день", "day", "го"]);

/**
 * A day with no month under a month heading: `до 15`, `15`, `10-15`, `до 15 числа`. Only a month
 * heading gives these a month; elsewhere they are no date.
 */
function headingDays(tokens: readonly Token[], text: string, placement: Placement): Deadline | null {
  const month = placement.dayMonth;
  if (!month || tokens.length === 0) return null;
  let i = 0;
  let by = false;
  for (let p = VOCABULARY.partPrefix.at(tokens, i); p !== null && p.type !== "narrowing"; p = VOCABULARY.partPrefix.at(tokens, i)) {
    by ||= p.type === "by";
    i += p.words.length;
  }
  const day = (k: number) => (tokens[k]?.type === "num" && tokens[k].text.length <= 2 ? tokens[k].value : undefined);
  const skipDayWords = (k: number) => {
    let j = k;
    if (tokens[j]?.type === "sym" && tokens[j].text === "-" && DAY_WORDS.has(tokens[j + 1]?.text ?? "")) j++;
    while (DAY_WORDS.has(tokens[j]?.text ?? "") || wordClass(tokens[j])?.ordinalSuffix) j++;
    return j;
  };
  const first = day(i);
  if (first === undefined) return null;
  let j = skipDayWords(i + 1);
  let last = first;
  if (!by && tokens[j]?.type === "sym" && tokens[j].text === "-" && day(j + 1) !== undefined) {
    last = day(j + 1)!;
    j = skipDayWords(j + 2);
  }
  while (tokens[j]?.type === "sym" && tokens[j].text !== "-") j++;
  if (j !== tokens.length || last < first) return null;
  if (!isValidDate(month.y, month.m, first) || !isValidDate(month.y, month.m, last)) return null;
  const start = isoDate(month.y, month.m, first);
  const end = isoDate(month.y, month.m, last);
  if (by) return { text, kind: "by", start: null, end };
  return { text, kind: first === last ? "date" : "range", start, end };
}

/**
 * `До края на месеца`, `do końca miesiąca`, `by the end of the month` under a month heading: the
 * heading's month, narrowed or made a limit as the words say. Elsewhere which month is not known.
 */
function headingMonth(tokens: readonly Token[], text: string, placement: Placement): Deadline | null {
  const month = placement.dayMonth;
  if (!month) return null;
  // `TBA` under `SEPTEMBER`: the day is still to be set, the month is the heading's.
  const words = tokens.filter((t) => t.type === "word");
  if (words.length === tokens.length && VOCABULARY.toBeSet.has(words.map((t) => t.text).join(" "))) {
    return { text, kind: "month", start: isoDate(month.y, month.m, 1), end: monthEnd(month.y, month.m) };
  }
  let i = 0;
  let by = false;
  let narrowing: Narrowing | null = null;
  for (let p = VOCABULARY.partPrefix.at(tokens, i); p !== null; p = VOCABULARY.partPrefix.at(tokens, i)) {
    by ||= p.type === "by";
    if (p.narrowing) narrowing = p.narrowing;
    i += p.words.length;
  }
  // `II декада`, `III dekada`: a third of the heading's month.
  const decade = narrowing === null ? parseDecade(tokens, i) : null;
  if (decade) narrowing = decade.narrowing;
  if ((!by && narrowing === null) || (!decade && !VOCABULARY.theMonth.has(tokens[i]?.text ?? ""))) return null;
  let j = decade?.next ?? i + 1;
  while (tokens[j]?.type === "sym" && tokens[j].text !== "-") j++;
  if (j !== tokens.length) return null;
  const span = narrow({ start: isoDate(month.y, month.m, 1), end: monthEnd(month.y, month.m) }, narrowing);
  if (by) return { text, kind: "by", start: null, end: span.end };
  return { text, kind: decade ? "range" : "month", ...span };
}
