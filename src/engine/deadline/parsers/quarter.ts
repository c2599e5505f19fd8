import type { Token } from "../text";
import { VOCABULARY, wordClass } from "../vocabulary";
import { isSym, smallNumber, type Match } from "./match";
import { parseOrdinal, parseYear } from "./numbers";
import type { Point } from "./point";
import { parseYears } from "./year";

type Unit = "quarter" | "half";

/**
 * Quarters and half-years: `IV квартал 2021`, `I тримесечие`, `2 квартал`, `Q3 2024`,
 * `II półrocze`, `друге півріччя`, `во втором полугодии 2020 года`, `first half of 2020`,
 * `II półrocze roku szkolnego 2018/2019`.
 */
export function parseQuarterOrHalf(tokens: readonly Token[], i: number): Match<Point> | null {
  // Ordinal first: `IV квартал`
  const ordinal = parseOrdinal(tokens, i, 4);
  if (ordinal) {
    // `първи учебен срок`, `второе учебное полугодие`: the school word says whose half it is.
    const at = wordClass(tokens[ordinal.next])?.school && unitOf(tokens[ordinal.next + 1]) === "half" ? ordinal.next + 1 : ordinal.next;
    const unit = unitOf(tokens[at]);
    if (unit && ordinal.value <= countOf(unit)) return withYear(unit, ordinal.value, tokens, at + 1, tokens[at]);
  }
  // Letter first: `Q3`, `H1`
  const unit = unitOf(tokens[i]);
  const n = smallNumber(tokens, i + 1, 1);
  if (unit && n !== undefined && n >= 1 && n <= countOf(unit)) return withYear(unit, n, tokens, i + 2, tokens[i]);
  return null;
}

function countOf(unit: Unit): number {
  return unit === "quarter" ? 4 : 2;
}

function unitOf(token: Token | undefined): Unit | null {
  const c = wordClass(token);
  return c?.quarter ? "quarter" : c?.half ? "half" : null;
}

/** What the unit word says of the school year: a school quarter, or halves split at 1 January. */
function flagsOf(unit: Unit, token: Token | undefined): { school?: true; januarySplit?: true; semester?: true } {
  const c = wordClass(token);
  if (unit === "quarter") return c?.schoolQuarter ? { school: true } : {};
  return {
    ...(c?.januaryHalf ? { januarySplit: true as const } : {}),
    ...(SEMESTER.test(token?.text ?? "") ? { semester: true as const } : {}),
  };
}

const SEMESTER = /^(?:semest|семест|okres)/;

function withYear(unit: Unit, n: number, tokens: readonly Token[], i: number, unitWord: Token | undefined): Match<Point> {
  const found = yearOf(unit, n, tokens, i);
  const flags = flagsOf(unit, unitWord);
  return { value: { ...found.value, ...flags } as Point, next: found.next };
}

function yearOf(unit: Unit, n: number, tokens: readonly Token[], i: number): Match<Point> {
  let j = i;
  // `half-year`
  if (isSym(tokens, j, "-") && wordClass(tokens[j + 1])?.yearWord) j += 2;
  // `of`, `на`
  for (let filler = VOCABULARY.pointPrefix.at(tokens, j); filler?.type === "filler"; filler = VOCABULARY.pointPrefix.at(tokens, j)) {
    j += filler.words.length;
  }
  const years = parseYears(tokens, j);
  if (years && years.value.unit === "years" && years.value.school) {
    return { value: { unit, y: null, n, schoolYear: years.value.from }, next: years.next };
  }
  const year = parseYear(tokens, j);
  if (year) return { value: { unit, y: year.value, n }, next: year.next };
  return { value: { unit, y: null, n }, next: i };
}
