import type { Narrowing } from "../locales";
import type { Token } from "../text";
import { VOCABULARY, type PhraseTable } from "../vocabulary";
import { parseDayMonth, parseNumericDate } from "./date";
import { isSym, smallNumber, type Match, type Parser } from "./match";
import { parseNamedMonth, parseRomanMonth } from "./month";
import { romanAt } from "./numbers";
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
  narrowing: Narrowing | null;
  next: number;
}

/** Fillers, deadline words and narrowings before a point, in any order (`в срок до`, `до края на`). */
function parsePrefix(table: PhraseTable, tokens: readonly Token[], i: number): Prefix {
  const prefix: Prefix = { by: false, narrowing: null, next: i };
  for (;;) {
    // `Срок: 30.09.2019`, `Deadline: June 2025`
    if (prefix.next > i && isSym(tokens, prefix.next, ":")) {
      prefix.next++;
      continue;
    }
    const p = table.at(tokens, prefix.next);
    if (p === null) return prefix;
    if (p.type === "by") prefix.by = true;
    if (p.narrowing) prefix.narrowing = p.narrowing;
    prefix.next += p.words.length;
  }
}

/** A dash, a slash, or a word such as `до`, `по`, `do`, `to` between the ends of a range. */
function connectorAt(tokens: readonly Token[], i: number): number {
  if (isSym(tokens, i, "-", "/")) return 1;
  return VOCABULARY.rangeWords.at(tokens, i)?.words.length ?? 0;
}

/** The second end of a range, with its own narrowing (`от 1 юни до края на септември`). */
function parseRightEnd(tokens: readonly Token[], i: number): RawPoint | null {
  const prefix = parsePrefix(VOCABULARY.pointPrefix, tokens, i);
  const point = parsePoint(tokens, prefix.next, prefix.narrowing !== null);
  return point ? { point: point.value, narrowing: prefix.narrowing, from: i, to: point.next } : null;
}

/** A bare number or Roman numeral that only the range's other end explains: `1-15 септември`, `II-III квартал`. */
function parseBareLeft(tokens: readonly Token[], i: number): Match<Point> | null {
  const n = smallNumber(tokens, i) ?? romanAt(tokens, i);
  return n === undefined ? null : { value: { unit: "number", n }, next: i + 1 };
}

export function parsePart(tokens: readonly Token[], i: number): Match<RawPart> | null {
  const prefix = parsePrefix(VOCABULARY.partPrefix, tokens, i);
  const start = prefix.next;
  const point = parsePoint(tokens, start, prefix.by || prefix.narrowing !== null);
  const left = point ?? parseBareLeft(tokens, start);
  if (!left) return null;
  const leftEnd: RawPoint = { point: left.value, narrowing: prefix.narrowing, from: start, to: left.next };
  const connector = connectorAt(tokens, left.next);
  const right = connector > 0 ? parseRightEnd(tokens, left.next + connector) : null;
  if (right) return { value: { by: prefix.by, left: leftEnd, right, from: i, to: right.to }, next: right.to };
  if (!point) return null; // a bare number needs the other end
  return { value: { by: prefix.by, left: leftEnd, right: null, from: i, to: left.next }, next: left.next };
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
    const d = smallNumber(tokens, j);
    if (d === undefined || d < 1 || d > 31) break;
    const after = skipSeparators(tokens, j + 1, true);
    if (after === j + 1 || isSym(tokens, j + 1, ".")) break; // `3.` is a date's day, not a list item
    days.push({ d, at: j });
    j = after;
  }
  if (days.length === 0) return null;
  const last = parsePart(tokens, j);
  if (!last || last.value.right || last.value.left.point.unit !== "day") return null;
  const { y, m } = last.value.left.point;
  const parts: RawPart[] = days.map(({ d, at }) => ({
    by: false,
    left: { point: { unit: "day", y, m, d }, narrowing: null, from: at, to: at + 1 },
    right: null,
    from: at,
    to: at + 1,
  }));
  return { value: [...parts, last.value], next: last.next };
}

/** What a cell's periods are: its parts, and whether it ends in an open dash (`05.11 –`: from then on). */
export interface CellParts {
  parts: RawPart[];
  openEnd: boolean;
  /** Token position where words that leave the period as it is begin (a condition, a weekday), or -1. */
  noteFrom: number;
}

/**
 * The parts of a cell, or null when some of it is not a period. A condition after the periods
 * (`2019 г., при необходимост`) ends the reading: the periods still stand, the words are a note.
 * So does a trailing row of dashes.
 */
export function parseParts(tokens: readonly Token[], source = ""): CellParts | null {
  const parts: RawPart[] = [];
  let noteFrom = -1;
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
      return undatedKindAt(tokens, rest) !== null ? { parts, openEnd: false, noteFrom: i } : null;
    }
    if (list) parts.push(...list.value);
    else parts.push(part!.value);
    i = skipSeparators(tokens, list ? list.next : part!.next, true);
  }
  return parts.length > 0 ? { parts, openEnd: false, noteFrom } : null;
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
  return null;
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
