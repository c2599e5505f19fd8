import type { Token } from "../text";
import { monthOf, VOCABULARY, wordClass } from "../vocabulary";
import type { Match } from "./match";
import { parseYear, romanAt } from "./numbers";
import type { Point } from "./point";

/** A month by name, with its year if written: `м. септември 2019 г.`, `maj 2018`, `в сентябре 2020`, `Sept`. */
export function parseNamedMonth(tokens: readonly Token[], i: number): Match<Point> | null {
  let j = i;
  while (wordClass(tokens[j])?.marker) j++;
  const m = monthOf(tokens[j]);
  if (m === undefined) return null;
  const year = parseYear(tokens, j + 1);
  return { value: { unit: "month", y: year?.value ?? null, m }, next: year?.next ?? j + 1 };
}

/** A month in Roman numerals with its year, as Polish plans write it: `IX 2018`. */
export function parseRomanMonth(tokens: readonly Token[], i: number): Match<Point> | null {
  const m = romanAt(tokens, i);
  if (m === undefined) return null;
  const year = parseYear(tokens, i + 1);
  return year ? { value: { unit: "month", y: year.value, m }, next: year.next } : null;
}

/** A season with its year if written: `Літо`, `весной 2024`, `jesień 2025 r.`. */
export function parseSeason(tokens: readonly Token[], i: number): Match<Point> | null {
  const t = tokens[i];
  const n = t?.type === "word" ? VOCABULARY.seasons.get(t.text) : undefined;
  if (n === undefined) return null;
  const year = parseYear(tokens, i + 1);
  return { value: { unit: "season", n, y: year?.value ?? null }, next: year?.next ?? i + 1 };
}
