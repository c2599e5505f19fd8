import type { Narrowing } from "../locales";
import type { Token } from "../text";
import { VOCABULARY, type PhraseTable } from "../vocabulary";
import { parseDayMonth, parseNumericDate } from "./date";
import { isSym, smallNumber, type Match, type Parser } from "./match";
import { parseNamedMonth, parseRomanMonth } from "./month";
import { romanAt } from "./numbers";
import type { Point, RawPart, RawPoint } from "./point";
import { parseQuarterOrHalf } from "./quarter";
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
 * The parts of a cell, or null when some of it is not a period. A condition after the periods
 * (`2019 г., при необходимост`) ends the reading: the periods still stand.
 */
export function parseParts(tokens: readonly Token[]): RawPart[] | null {
  const parts: RawPart[] = [];
  let i = skipSeparators(tokens, 0, false);
  while (i < tokens.length) {
    const part = parsePart(tokens, i);
    if (!part) return parts.length > 0 && undatedKindAt(tokens, skipSymbols(tokens, i)) !== null ? parts : null;
    parts.push(part.value);
    i = skipSeparators(tokens, part.next, true);
  }
  return parts.length > 0 ? parts : null;
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
