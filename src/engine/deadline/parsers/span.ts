import type { Narrowing } from "../locales";
import type { Token } from "../text";
import { VOCABULARY, isPlainWording, monthOf, wordClass, type PhraseTable } from "../vocabulary";
import { parseDayMonth, parseNumericDate } from "./date";
import { isSym, smallNumber, type Match, type Parser } from "./match";
import { parseNamedMonth, parseRomanMonth, parseSeason } from "./month";
import { parseDayNumber, parseOrdinal, parseYear, romanAt, twoDigitYear } from "./numbers";
import type { Point, RawPart, RawPoint } from "./point";
import { parseQuarterOrHalf } from "./quarter";
import { parseTerm } from "./term";
import { parseSchoolWords, parseYearPoint, parseYears, parseYearWordAlone } from "./year";

/**
 * How the small parsers combine, after chrono's refiners: a cell is one or more parts; a part is an
 * optional deadline word, then a point or a range of two points (`м. юли – август 2019 г.`).
 */

/** Most specific first: `2019/2020` before `2019`, `1 марта` before `марта`. */
const POINT_PARSERS: readonly Parser<Point>[] = [
  parseNumericDate,
  parseYears,
  parseDayMonth,
  parseTerm,
  parseQuarterOrHalf,
  parseNamedMonth,
  parseSeason,
  parseRomanMonth,
  parseSchoolWords,
  parseYearPoint,
];

function parsePoint(tokens: readonly Token[], i: number, yearAlone: boolean): Match<Point> | null {
  for (const parse of POINT_PARSERS) {
    const found = parse(tokens, i);
    if (found) return found;
  }
  return yearAlone ? parseYearWordAlone(tokens, i) : null;
}

interface Prefix {
  by: boolean;
  /** A start word (`from`, `с`, `з`, `od`): with no end after it, the period runs on (`з 1 вересня`). */
  from: boolean;
  narrowing: Narrowing | null;
  week: number | null;
  /** The narrowing is a decade (`1 декада`): ten days, a range. */
  decade?: true;
  monthHalf?: 1 | 2;
  next: number;
}

/** Words that open a period with no end: `from`, `с`, `od`, `з`, `від`, `от`. */
const FROM_WORDS = new Set(["from", "с", "со", "от", "з", "із", "від", "od", "starting"]);

/** `1 декада`, `I декада`, `третья декада`, `2 dekada`: a third of the month that follows. */
const DECADE_WORD = /^(?:декад|dekad)/;

export function parseDecade(tokens: readonly Token[], i: number): { narrowing: Narrowing; next: number } | null {
  const n = parseOrdinal(tokens, i, 3);
  if (!n || !DECADE_WORD.test(tokens[n.next]?.text ?? "")) return null;
  return { narrowing: (["begin", "middle", "end"] as const)[n.value - 1], next: n.next + 1 };
}

const HALF_WORD = /^(?:половин|polow|połow|half)/;

/**
 * `друга половина вересня`, `во второй половине октября`, `pierwsza połowa września`, `first half of
 * September`: a half of the month named next (not of a year: `first half of 2020` is a half-year).
 */
function parseMonthHalf(tokens: readonly Token[], i: number): Match<1 | 2> | null {
  const n = parseOrdinal(tokens, i, 2);
  if (!n || !HALF_WORD.test(tokens[n.next]?.text ?? "")) return null;
  let next = n.next + 1;
  if (tokens[next]?.text === "of" || tokens[next]?.text === "на") next++;
  return monthOf(tokens[next]) !== undefined ? { value: n.value as 1 | 2, next } : null;
}

const WEEK_WORD = /^(?:тижд|тижн|недел|седмиц|tydz|tygod|week)/;

/** `I тиждень`, `2 неделя`, `first week of`: the week of a month, counted from its first day. */
function parseWeek(tokens: readonly Token[], i: number): Match<number> | null {
  const n = parseOrdinal(tokens, i, 5);
  if (!n || !WEEK_WORD.test(tokens[n.next]?.text ?? "")) return null;
  let next = n.next + 1;
  if (tokens[next]?.text === "of") next++;
  return { value: n.value, next };
}

/** The word of a decade, a half or a week of a month, which comes right after its ordinal. */
const PART_OF_MONTH_WORD = new RegExp([DECADE_WORD, HALF_WORD, WEEK_WORD].map((w) => w.source).join("|"));

/**
 * Whether a decade, a half or a week of a month may start at token i: an ordinal takes one to three
 * tokens (`2`, `2-ри`, `II-ри`), and the word after it says which. Most prefixes have none, and are
 * then not read for an ordinal three times over.
 */
function partOfMonthMayStart(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) if (PART_OF_MONTH_WORD.test(tokens[k].text)) return true;
  return false;
}

/** Fillers, deadline words and narrowings before a point, in any order (`в срок до`, `до края на`). */
function parsePrefix(table: PhraseTable, tokens: readonly Token[], i: number): Prefix {
  const prefix: Prefix = { by: false, from: false, narrowing: null, week: null, next: i };
  for (;;) {
    // `Срок: 30.09.2019`, `Deadline: June 2025`
    if (prefix.next > i && (isSym(tokens, prefix.next, ":") || (isSym(tokens, prefix.next, "-") && tokens[prefix.next - 1]?.type === "word"))) {
      prefix.next++;
      continue;
    }
    const partOfMonth = partOfMonthMayStart(tokens, prefix.next);
    const decade = partOfMonth ? parseDecade(tokens, prefix.next) : null;
    if (decade) {
      prefix.narrowing = decade.narrowing;
      prefix.decade = true;
      prefix.next = decade.next;
      continue;
    }
    const half = partOfMonth ? parseMonthHalf(tokens, prefix.next) : null;
    if (half) {
      prefix.monthHalf = half.value;
      prefix.next = half.next;
      continue;
    }
    const week = partOfMonth ? parseWeek(tokens, prefix.next) : null;
    if (week) {
      prefix.week = week.value;
      prefix.next = week.next;
      continue;
    }
    const p = table.at(tokens, prefix.next);
    if (p === null) return prefix;
    if (p.type === "by") prefix.by = true;
    if (p.type === "filler" && p.words.length === 1 && FROM_WORDS.has(p.words[0])) prefix.from = true;
    if (p.narrowing) prefix.narrowing = p.narrowing;
    prefix.next += p.words.length;
  }
}

/** A dash, a slash, or a word such as `до`, `по`, `do`, `to` between the ends of a range. */
function connectorAt(tokens: readonly Token[], i: number, words = true): number {
  if (isSym(tokens, i, "-", "/")) return 1;
  return words ? VOCABULARY.rangeWords.at(tokens, i)?.words.length ?? 0 : 0;
}

/** The second end of a range, with its own narrowing (`от 1 юни до края на септември`, `– по 20.09.`). */
function parseRightEnd(tokens: readonly Token[], i: number): RawPoint | null {
  const word = VOCABULARY.rangeWords.at(tokens, i)?.words.length ?? 0;
  const prefix = parsePrefix(VOCABULARY.pointPrefix, tokens, i + word);
  // `31-Mar-26 - 15-Apr-26`: the end written as Excel shows a date, as the start is.
  const point = parseDayDashMonth(tokens, prefix.next) ?? parsePoint(tokens, prefix.next, prefix.narrowing !== null);
  return point ? { point: point.value, narrowing: prefix.narrowing, from: i, to: point.next } : null;
}

/** `January 19-26`, `June 17 - 21, 2024`: the end of a range of days written as a bare day of the same month. */
function parseRightDay(tokens: readonly Token[], i: number, left: Point): RawPoint | null {
  if (left.unit !== "day") return null;
  const day = parseDayNumber(tokens, i);
  // `October 10-17\nOctober 17-22`: a month on the next line opens the next period, not this day's.
  if (!day || isSym(tokens, day.next, ".", "/") || (monthOf(tokens[day.next]) !== undefined && !tokens[day.next].lineStart)) return null;
  const comma = isSym(tokens, day.next, ",") && parseYear(tokens, day.next + 1) ? 1 : 0;
  const year = parseYear(tokens, day.next + comma);
  // `Mon.27th May – Wed.5th 2024`: an end day before the start day is in the next month (the reader
  // holds such a span to the weekdays written, see parse.ts); a year written is the end's own.
  const rolls = day.value < left.d;
  const m = rolls ? (left.m % 12) + 1 : left.m;
  const y = year?.value ?? (rolls && left.m === 12 && left.y !== null ? left.y + 1 : left.y);
  return { point: { unit: "day", y, m, d: day.value }, narrowing: null, from: i, to: year?.next ?? day.next };
}

/** `07-wrz`, `15-сен`: a day and a short month joined by a dash, as Excel shows a date. */
function parseDayDashMonth(tokens: readonly Token[], i: number): Match<Point> | null {
  const [d, dash, m] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (d?.type !== "num" || d.text.length > 2 || !isSym(tokens, i + 1, "-") || m === undefined) return null;
  const month = monthOf(m);
  if (month === undefined || d.end !== dash.start || dash.end !== m.start || d.value < 1 || d.value > 31) return null;
  const year = isSym(tokens, i + 3, "-") ? parseYear(tokens, i + 4) ?? shortYearAt(tokens, i + 4) : null;
  return { value: { unit: "day", y: year?.value ?? null, m: month, d: d.value }, next: year?.next ?? i + 3 };
}

/** `31-Mar-26`: the two-digit year Excel shows after a day and a short month, joined to them by a dash. */
function shortYearAt(tokens: readonly Token[], i: number): Match<number> | null {
  const [dash, y] = [tokens[i - 1], tokens[i]];
  if (y?.type !== "num" || y.text.length !== 2 || dash.end !== y.start || tokens[i + 1]?.start === y.end) return null;
  return { value: twoDigitYear(y.value), next: i + 1 };
}

/**
 * `2.10-15-10`: after a day and month written with a dot, the range's end written with a dash
 * (`15-10`, day and month joined, nothing after) is a day and month too, of the same year.
 */
function parseRightDashedDay(tokens: readonly Token[], i: number, start: number, left: Point): RawPoint | null {
  if (left.unit !== "day" || tokens[start]?.type !== "num" || !isSym(tokens, start + 1, ".")) return null;
  const [d, dash, m] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (d?.type !== "num" || !isSym(tokens, i + 1, "-") || m?.type !== "num" || d.end !== dash.start || dash.end !== m.start) return null;
  if (d.text.length > 2 || m.text.length > 2 || d.value < 1 || d.value > 31 || m.value < left.m || m.value > 12 || i + 3 !== tokens.length) return null;
  return { point: { unit: "day", y: left.y, m: m.value, d: d.value }, narrowing: null, from: i, to: i + 3 };
}

/** A bare number or Roman numeral that only the range's other end explains: `1-15 септември`, `II-III квартал`. */
function parseBareLeft(tokens: readonly Token[], i: number): Match<Point> | null {
  const n = smallNumber(tokens, i) ?? romanAt(tokens, i);
  if (n === undefined) return null;
  // `12th - 16th February`: the bare day may carry its ordinal ending, as the day at the other end does.
  const suffix = wordClass(tokens[i + 1])?.ordinalSuffix ? 1 : 0;
  return { value: { unit: "number", n }, next: i + 1 + suffix };
}

/**
 * `жовтня 2023/2024`, `March 2019/20`: a month or day followed by the next year after a slash is in
 * the school year the two years name, not a range up to the second year's end. September to
 * December fall in the first year, January to June in the second; July and August may be either
 * end of it (null: not read). Undefined when the two are not a month or day and the next year.
 */
function inSchoolYearAfter(left: Point, right: Point): Point | null | undefined {
  if ((left.unit !== "month" && left.unit !== "day") || left.y === null || right.unit !== "year" || right.y !== left.y + 1) return undefined;
  if (left.m >= 9) return left;
  if (left.m <= 6) return { ...left, y: left.y + 1 };
  return null;
}

/**
 * `10.06.2026 r. / 16.06.2026 r.`: two days a slash joins with days between them are two days to
 * choose from, not every day from one to the other; each is read on its own. Days next to each
 * other (`December 12th / 13th`) cover the same days either way.
 */
function alternativeDays(left: Point, right: Point): boolean {
  if (left.unit !== "day" || right.unit !== "day") return false;
  const y = right.y ?? left.y ?? 2000;
  const from = Date.UTC(left.y ?? y, left.m - 1, left.d);
  const to = Date.UTC(y, right.m - 1, right.d);
  return to - from > 86_400_000;
}

export function parsePart(tokens: readonly Token[], i: number): Match<RawPart> | null {
  const prefix = parsePrefix(VOCABULARY.partPrefix, tokens, i);
  const start = prefix.next;
  const point = parseDayDashMonth(tokens, start) ?? parsePoint(tokens, start, prefix.by || prefix.narrowing !== null);
  const left = point ?? parseBareLeft(tokens, start);
  if (!left) return null;
  // `Вересень І тиждень`: the week may follow the month too.
  const after = prefix.week === null && point ? parseWeek(tokens, left.next) : null;
  const week = prefix.week ?? after?.value ?? null;
  const leftNext = after?.next ?? left.next;
  const leftEnd: RawPoint = {
    point: left.value,
    narrowing: prefix.narrowing,
    from: start,
    to: leftNext,
    ...(week ? { week } : {}),
    ...(prefix.decade ? { decade: true as const } : {}),
    ...(prefix.monthHalf ? { monthHalf: prefix.monthHalf } : {}),
  };
  // After a deadline word, `до` opens the next deadline (`До 28.04.06 До 05.05.06`), not a range's end.
  // `26.05.2026. – 02.06 2026г.`: a stop typed after a whole date, before the dash to the end.
  const stop = point && left.value.unit === "day" && left.value.y !== null && isSym(tokens, leftNext, ".") && isSym(tokens, leftNext + 1, "-") ? 1 : 0;
  const connector = connectorAt(tokens, leftNext + stop, !prefix.by);
  const rightAt = leftNext + stop + connector;
  // `October 10-17\nOctober 17-22`: after a month written first, a day before a month that opens
  // the next line ends this range; the month is the next line's.
  const dayThenLine = monthOf(tokens[start]) !== undefined && tokens[rightAt + 1]?.lineStart === true && monthOf(tokens[rightAt + 1]) !== undefined;
  const right = connector > 0
    ? (dayThenLine ? parseRightDay(tokens, rightAt, left.value) : null) ??
      parseRightDashedDay(tokens, rightAt, start, left.value) ??
      parseRightEnd(tokens, rightAt) ??
      parseRightDay(tokens, rightAt, left.value)
    : null;
  if (right && point && isSym(tokens, leftNext, "/")) {
    const inSchoolYear = inSchoolYearAfter(left.value, right.point);
    if (inSchoolYear !== undefined) {
      if (inSchoolYear === null) return null;
      const dated: RawPoint = { ...leftEnd, point: inSchoolYear, to: right.to };
      return { value: { by: prefix.by, left: dated, right: null, from: i, to: right.to }, next: right.to };
    }
  }
  if (right && point && isSym(tokens, leftNext + stop, "/") && alternativeDays(left.value, right.point)) {
    return { value: { by: prefix.by, left: leftEnd, right: null, from: i, to: leftNext }, next: leftNext };
  }
  if (right) return { value: { by: prefix.by, left: leftEnd, right, from: i, to: right.to }, next: right.to };
  if (!point) return null; // a bare number needs the other end
  const opens = prefix.from ? { opens: true as const } : {};
  return { value: { by: prefix.by, left: leftEnd, right: null, from: i, to: leftNext, ...opens }, next: leftNext };
}

function skipSymbols(tokens: readonly Token[], i: number): number {
  let j = i;
  while (tokens[j]?.type === "sym") j++;
  return j;
}

/** Punctuation, and at most one joining word (`и`, `oraz`, `and`): `i` may also be the Roman I that follows. */
function skipSeparators(tokens: readonly Token[], i: number, words: boolean): number {
  let j = i;
  while (isSym(tokens, j, ",", ";", ".", ":")) j++;
  const list = words ? VOCABULARY.listWords.at(tokens, j) : null;
  if (!list) return j;
  j += list.words.length;
  while (isSym(tokens, j, ",", ";", ".", ":")) j++;
  return j;
}

/**
 * Days listed before the month they share: `3, 10 i 17 października`, `5 і 12 вересня 2025`,
 * `3, 10, 17.10.2025`. One part a day, each with the month and year of the last.
 */
function parseDayList(tokens: readonly Token[], i: number): Match<RawPart[]> | null {
  const days: { d: number; at: number }[] = [];
  let j = i;
  for (;;) {
    const day = parseDayNumber(tokens, j);
    if (!day) break;
    const after = skipSeparators(tokens, day.next, true);
    if (after === day.next || isSym(tokens, day.next, ".")) break; // `3.` is a date's day, not a list item
    days.push({ d: day.value, at: j });
    j = after;
  }
  if (days.length === 0) return null;
  const last = parsePart(tokens, j);
  if (!last || last.value.right || last.value.left.point.unit !== "day") return null;
  const { y, m } = last.value.left.point;
  const parts: RawPart[] = days.map(({ d, at }) => ({
    by: false,
    listed: i,
    left: { point: { unit: "day", y, m, d }, narrowing: null, from: at, to: at + 1 },
    right: null,
    from: at,
    to: at + 1,
  }));
  return { value: [...parts, { ...last.value, listed: i }], next: last.next };
}

/** Bare days after a day (`August 29 & 30`, `June 3, 10 and 17`): the same month's, listed with it. */
function trailingDays(tokens: readonly Token[], i: number, first: RawPart): Match<RawPart[]> | null {
  const p = first.left.point;
  if (first.right || p.unit !== "day" || i === first.to) return null;
  const parts: RawPart[] = [];
  let j = i;
  let next = i;
  for (;;) {
    const day = parseDayNumber(tokens, j);
    if (!day || isSym(tokens, day.next, ".", "/", "-") || monthOf(tokens[day.next]) !== undefined || tokens[day.next]?.type === "num") break;
    parts.push({ by: first.by, listed: first.from, left: { point: { ...p, d: day.value }, narrowing: null, from: j, to: day.next }, right: null, from: j, to: day.next });
    next = day.next;
    const after = skipSeparators(tokens, day.next, true);
    if (after === day.next) break;
    j = after;
  }
  return parts.length > 0 ? { value: parts, next } : null;
}

/** What a cell's periods are: its parts, and whether it ends in an open dash (`05.11 –`: from then on). */
export interface CellParts {
  parts: RawPart[];
  openEnd: boolean;
  /** Token position where words that leave the period as it is begin (a condition, dashes), or -1. */
  noteFrom: number;
}

/**
 * The parts of a cell, or null when some of it is not a period. A condition after the periods
 * (`2019 г., при необходимост`) ends the reading: the periods still stand, the words are a note.
 * So does a trailing row of dashes.
 */
export function parseParts(tokens: readonly Token[], source = ""): CellParts | null {
  const parts: RawPart[] = [];
  let i = skipSeparators(tokens, 0, false);
  while (i < tokens.length) {
    const list = parseDayList(tokens, i);
    const part = list ? null : parsePart(tokens, i);
    if (!list && !part) {
      if (parts.length === 0) return null;
      const rest = skipSymbols(tokens, i);
      if (rest === tokens.length) {
        const open = isOpenEnd(tokens, i, source, parts[parts.length - 1]);
        return { parts, openEnd: open, noteFrom: open ? -1 : i };
      }
      if (parts.length === 1 && parts[0].opens) return null;
      if (undatedKindAt(tokens, rest) !== null) return { parts, openEnd: false, noteFrom: i };
      // `24.05.2011, общеобразовательные учреждения города`: a place after a comma, which the period does not need;
      // `Tuesday 15th August 2023 Pupils Return`: after a year written in full, what happens that day.
      const after = isSym(tokens, i - 1, ",") || yearClosesAt(tokens, i - 1);
      return after && isPlainWording(tokens, i, tokens.length) && !opensOn(tokens, i) ? { parts, openEnd: false, noteFrom: i } : null;
    }
    if (list) parts.push(...list.value);
    else parts.push(part!.value);
    i = skipSeparators(tokens, list ? list.next : part!.next, true);
    // `August 29 & 30`: days after a month-first day share its month.
    const trailing = part ? trailingDays(tokens, i, part.value) : null;
    if (trailing) {
      parts[parts.length - 1] = { ...part!.value, listed: part!.value.from };
      parts.push(...trailing.value);
      i = skipSeparators(tokens, trailing.next, true);
    }
  }
  if (parts.length === 0) return null;
  // `з 1 вересня`, `From October 2024`: a start and no end.
  const openStart = parts.length === 1 && !!parts[0].opens && !parts[0].right;
  return { parts, openEnd: openStart, noteFrom: -1 };
}

/**
 * Whether token k ends a year written in full (`2023`, `2023 г.`, `2019 roku`), or the two-digit year
 * closing a day and month in figures (`15.08.23`), which is as whole a date.
 */
function yearClosesAt(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.type === "num") return (tokens[k].text.length === 4 && parseYear(tokens, k) !== null) || closesDayInFigures(tokens, k);
  return wordClass(tokens[k])?.yearWord === true && tokens[k - 1]?.type === "num" && (tokens[k - 1].text.length === 4 || closesDayInFigures(tokens, k - 1));
}

function closesDayInFigures(tokens: readonly Token[], k: number): boolean {
  const dot = (j: number) => isSym(tokens, j, ".");
  const num = (j: number) => tokens[j]?.type === "num" && tokens[j].text.length <= 2;
  return tokens[k].text.length === 2 && dot(k - 1) && num(k - 2) && dot(k - 3) && num(k - 4);
}

/** Words that leave a start open after its date (`1 September 2023 onwards`, `и далее`): no note. */
const OPEN_AFTER = new Set(["onwards", "onward", "forward", "later", "dalej", "далее", "далі", "нататък"]);

function opensOn(tokens: readonly Token[], from: number): boolean {
  return tokens.slice(from).some((t) => OPEN_AFTER.has(t.text));
}

/** One dash after the last period, on the same line, with nothing after it: `05.11 –`. */
function isOpenEnd(tokens: readonly Token[], i: number, source: string, last: RawPart): boolean {
  if (last.right || i !== tokens.length - 1 || !isSym(tokens, i, "-")) return false;
  const between = source.slice(tokens[i - 1].end, tokens[i].start);
  return !/[\r\n]/.test(between) && tokens[i].end - tokens[i].start === 1;
}

/** `continuous` or `event` when the tokens from i on open with such a wording (after fillers), else null. */
export function undatedKindAt(tokens: readonly Token[], i: number): "continuous" | "event" | null {
  let j = i;
  for (let p = VOCABULARY.undated.at(tokens, j); p !== null; p = VOCABULARY.undated.at(tokens, j)) {
    if (p.type === "continuous" || p.type === "event") return p.type;
    j += p.words.length;
  }
  return eventWithAdjectiveAt(tokens, j) ? "event" : null;
}

/** Endings of an adjective in the case a preposition governs (`річним`, `годовому`, `rocznym`, `годишния`). */
const ADJECTIVE_ENDING = /(?:ним|ным|ому|ого|ій|ий|ым|ym|ego|emu|nym|ия|ата)$/u;

/**
 * `Згідно з річним планом`, `zgodnie z rocznym planem`, `по годовому плану`: a phrase of a time set
 * by another plan (`згідно з планом`) with an adjective before its noun. Only an adjective is passed
 * over, and only where the phrase then ends the cell or the words read as one.
 */
function eventWithAdjectiveAt(tokens: readonly Token[], j: number): boolean {
  for (let k = j + 1; k <= j + 2 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type !== "word" || t.text.length < 5 || !ADJECTIVE_ENDING.test(t.text)) continue;
    const without = [...tokens.slice(0, k), ...tokens.slice(k + 1)];
    const p = VOCABULARY.undated.at(without, j);
    if (p?.type === "event" && j + p.words.length > k) return true;
  }
  return false;
}

/** How many days and months the cell names anywhere, read one after another: two or more make a list. */
export function countDatePoints(tokens: readonly Token[]): number {
  let count = 0;
  for (let i = 0; i < tokens.length; ) {
    const found = parseNumericDate(tokens, i) ?? parseDayMonth(tokens, i) ?? parseNamedMonth(tokens, i);
    if (found && found.value.unit !== "years") {
      count++;
      i = Math.max(found.next, i + 1);
    } else i++;
  }
  return count;
}

/**
 * Whether the cell starts something on a day or month with no year and none written anywhere in it
 * (`Кожного дня з 2.09`): the start is not dated without a plan period.
 */
export function startsWithoutYear(tokens: readonly Token[]): boolean {
  if (tokens.some((t, k) => parseYear(tokens, k) !== null)) return false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!FROM_WORDS.has(tokens[i].text)) continue;
    const found = parseNumericDate(tokens, i + 1) ?? parseDayMonth(tokens, i + 1) ?? parseNamedMonth(tokens, i + 1);
    if (found && (found.value.unit === "day" || found.value.unit === "month") && found.value.y === null) return true;
  }
  return false;
}
