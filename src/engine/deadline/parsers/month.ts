import type { Token } from "../text";
import { monthOf, VOCABULARY, wordClass } from "../vocabulary";
import { parseNumericDate } from "./date";
import { isSym, smallNumber, type Match } from "./match";
import { parseYear, romanAt } from "./numbers";
import type { Point, RawPart, RawPoint } from "./point";

/** A month by name, with its year if written: `м. септември 2019 г.`, `maj 2018`, `в сентябре 2020`, `Sept`. */
export function parseNamedMonth(tokens: readonly Token[], i: number): Match<Point> | null {
  let j = i;
  while (wordClass(tokens[j])?.marker) j++;
  const m = monthOf(tokens[j]);
  if (m === undefined) return null;
  const year = parseYear(tokens, j + 1);
  return { value: { unit: "month", y: year?.value ?? null, m }, next: year?.next ?? j + 1 };
}

/**
 * A month in Roman numerals with its year, as Polish plans write it: `IX 2018`; or after the word
 * for a month, which says what the number is (`м. X`, `м. 09`, `м.09.2025 г.`).
 */
export function parseRomanMonth(tokens: readonly Token[], i: number): Match<Point> | null {
  let j = i;
  while (wordClass(tokens[j])?.marker) j++;
  if (j > i) {
    const numeric = parseNumericDate(tokens, j);
    if (numeric?.value.unit === "month") return numeric;
  }
  const digits = j > i && !numericDateAt(tokens, j) ? smallNumber(tokens, j) : undefined;
  const m = romanAt(tokens, j) ?? (digits !== undefined && digits >= 1 && digits <= 12 ? digits : undefined);
  if (m === undefined) return null;
  const year = parseYear(tokens, j + 1);
  if (year) return { value: { unit: "month", y: year.value, m }, next: year.next };
  return j > i ? { value: { unit: "month", y: null, m }, next: j + 1 } : null;
}

/** Whether a day and month in digits (`15.09`) start at token i: not a month after `м.`. */
function numericDateAt(tokens: readonly Token[], i: number): boolean {
  return isSym(tokens, i + 1, ".", "/") && tokens[i + 2]?.type === "num";
}

/** A season with its year if written: `Літо`, `весной 2024`, `jesień 2025 r.`. */
export function parseSeason(tokens: readonly Token[], i: number): Match<Point> | null {
  const t = tokens[i];
  const n = t?.type === "word" ? VOCABULARY.seasons.get(t.text) : undefined;
  if (n === undefined) return null;
  // `есента на 2025 г.`, `autumn of 2025`
  let j = i + 1;
  for (let filler = VOCABULARY.pointPrefix.at(tokens, j); filler?.type === "filler"; filler = VOCABULARY.pointPrefix.at(tokens, j)) j += filler.words.length;
  const year = parseYear(tokens, j);
  return { value: { unit: "season", n, y: year?.value ?? null }, next: year?.next ?? i + 1 };
}

/**
 * A cell that is nothing but a month in Roman numerals, or a range of two (`XII`, `ХІІ`, `IX–X`,
 * `IX/X`), as Polish and Bulgarian calendars write the month of an event. Numerals up to IV are also
 * how a quarter, a half-year or a term is written alone (`I`, `II` for `I półrocze`): a cell whose
 * numerals all stay within IV is `ambiguous`, not a month, and so is a lone `X`. A range with one
 * end past IV is of months. In a column that writes its months so (`monthsColumn`: `IX`, `20 XI`,
 * `XII` in the cells around it, and no quarter or term), a lone `I` or `X` is a month like the others.
 * Null when the cell is anything else.
 */
export function parseRomanMonthsAlone(tokens: readonly Token[], monthsColumn = false): RawPart[] | "ambiguous" | null {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1].type === "sym" && tokens[end - 1].text !== "-") end--;
  const left = romanAt(tokens, 0);
  if (left === undefined) return null;
  let right: number | undefined;
  if (end === 3 && tokens[1].type === "sym" && (tokens[1].text === "-" || tokens[1].text === "/")) right = romanAt(tokens, 2);
  if (end !== 1 && right === undefined) return null;
  if (!monthsColumn && left <= 4 && (right === undefined || right <= 4)) return "ambiguous";
  // A lone `X` is as often the cross officials type for "not applicable" (a filler to the checks).
  if (!monthsColumn && left === 10 && right === undefined) return "ambiguous";
  const point = (m: number, at: number): RawPoint => ({ point: { unit: "month", y: null, m }, narrowing: null, from: at, to: at + 1 });
  return [{ by: false, left: point(left, 0), right: right === undefined ? null : point(right, 2), from: 0, to: end }];
}

/**
 * `Sep-25`, `Jul-95`: a short month joined by a dash to two digits, the whole cell. Excel shows a
 * month and its year so, and a day of the month too (`September 25`): the two digits are a year
 * surely only past 31. Null when the cell is anything else.
 */
export function monthDashTwoDigits(tokens: readonly Token[]): { m: number; n: number } | null {
  if (tokens.length !== 3) return null;
  const [word, dash, digits] = tokens;
  const m = monthOf(word);
  if (m === undefined || !isSym(tokens, 1, "-") || digits.type !== "num" || digits.text.length !== 2) return null;
  return word.end === dash.start && dash.end === digits.start ? { m, n: digits.value } : null;
}
