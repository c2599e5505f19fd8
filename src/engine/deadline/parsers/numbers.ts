import type { Token } from "../text";
import { VOCABULARY, wordClass } from "../vocabulary";
import { isSym, smallNumber, type Match } from "./match";

/** Years a plan can name; other four-digit numbers (`№1030`) are not years. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** A year written with two digits: `30.09.19` is 2019; 70 to 99 are the 1900s. */
export function twoDigitYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

const ROMAN: ReadonlyMap<string, number> = new Map([
  ["i", 1], ["ii", 2], ["iii", 3], ["iv", 4], ["v", 5], ["vi", 6],
  ["vii", 7], ["viii", 8], ["ix", 9], ["x", 10], ["xi", 11], ["xii", 12],
]);
// Cyrillic letters typed for Roman numerals: і (uk), х.
const CYRILLIC_ROMAN = /[іх]/g;
const LATIN_FOR_CYRILLIC: Record<string, string> = { "і": "i", "х": "x" };

/** A four-digit year token, or undefined. */
export function yearAt(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i];
  if (t === undefined || t.type !== "num" || t.text.length !== 4) return undefined;
  return t.value >= MIN_YEAR && t.value <= MAX_YEAR ? t.value : undefined;
}

/** Position after the year words that follow a year (`2019 г.`, `2018 roku`, `2019/2020 н.р.`). */
export function skipYearWords(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < i + 2 && wordClass(tokens[j])?.yearWord) j++;
  return j;
}

/** A year with its words: `2019`, `2019 година`, `2018 r.`, `roku 2019`. */
export function parseYear(tokens: readonly Token[], i: number): Match<number> | null {
  const lead = wordClass(tokens[i])?.yearWord && yearAt(tokens, i + 1) !== undefined ? 1 : 0;
  const y = yearAt(tokens, i + lead);
  return y === undefined ? null : { value: y, next: skipYearWords(tokens, i + lead + 1) };
}

/** The value of a Roman numeral word (I to XII), Latin or Cyrillic-typed, or undefined. */
export function romanAt(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i];
  if (t === undefined || t.type !== "word" || t.text.length > 4) return undefined;
  return ROMAN.get(t.text.replace(CYRILLIC_ROMAN, (c) => LATIN_FOR_CYRILLIC[c]));
}

/** An ordinal up to max: `II`, `2`, `2-ри`, `2nd`, `второе`, `drugie`, `second`. */
export function parseOrdinal(tokens: readonly Token[], i: number, max: number): Match<number> | null {
  const roman = romanAt(tokens, i);
  if (roman !== undefined) {
    if (roman > max) return null;
    // `I-ви срок`, `II-ри срок`: a Roman numeral with its ordinal ending, as Bulgarian writes it.
    const ending = isSym(tokens, i + 1, "-") && wordClass(tokens[i + 2])?.ordinalSuffix && tokens[i + 1].start === tokens[i].end;
    return { value: roman, next: ending ? i + 3 : i + 1 };
  }
  const n = smallNumber(tokens, i, 1);
  if (n !== undefined) {
    if (n < 1 || n > max) return null;
    const dash = isSym(tokens, i + 1, "-") ? 1 : 0;
    const suffix = wordClass(tokens[i + 1 + dash])?.ordinalSuffix ? 1 : 0;
    return { value: n, next: suffix ? i + 2 + dash : i + 1 };
  }
  const t = tokens[i];
  if (t?.type !== "word") return null;
  for (const { stem, n: value } of VOCABULARY.ordinalStems) {
    if (value <= max && t.text.startsWith(stem) && t.text.length <= stem.length + 5) return { value, next: i + 1 };
  }
  return null;
}

/** A day number written after or before a month, with an ordinal ending if any (`30-ти`, `1st`). */
/**
 * `28 и 29 юли`: a word that is both an ordinal's ending (`5-й`, folded) and a joining word, standing
 * apart between two numbers, joins two days; an ending is written on its number or after a dash.
 */
function joinsDays(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k];
  return tokens[k - 1]?.type === "num" && word.start > tokens[k - 1].end && tokens[k + 1]?.type === "num" && VOCABULARY.listWords.at(tokens, k) !== null;
}

export function parseDayNumber(tokens: readonly Token[], i: number): Match<number> | null {
  const d = smallNumber(tokens, i);
  if (d === undefined || d < 1 || d > 31) return null;
  const dash = isSym(tokens, i + 1, "-") ? 1 : 0;
  const suffix = wordClass(tokens[i + 1 + dash])?.ordinalSuffix && !joinsDays(tokens, i + 1 + dash) ? 1 : 0;
  return { value: d, next: suffix ? i + 2 + dash : i + 1 };
}
