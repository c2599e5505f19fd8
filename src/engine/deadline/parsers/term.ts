import { fold, type Token } from "../text";
import { isSym, smallNumber, type Match } from "./match";
import { parseOrdinal, parseYear } from "./numbers";
import type { Point } from "./point";
import { parseYears } from "./year";

/**
 * Terms of an English school year: `Term 2`, `2nd term`, `Autumn term`, `Spring Term 2026`,
 * `Michaelmas`, `Lent term`, `Trinity term`, `Summer term 2025/26`. A season alone (`Spring 2026`)
 * is not read: it may be the season or the term.
 */

const SEASONS: ReadonlyMap<string, { n: number; alone: boolean }> = new Map([
  ["autumn", { n: 1, alone: false }],
  ["fall", { n: 1, alone: false }],
  ["michaelmas", { n: 1, alone: true }],
  ["spring", { n: 2, alone: false }],
  ["lent", { n: 2, alone: false }],
  ["hilary", { n: 2, alone: true }],
  ["summer", { n: 3, alone: false }],
  ["trinity", { n: 3, alone: false }],
]);
const TERM = new Set(["term", "terms"]);
const SEMESTER = new Set(["semester", "semesters"]);

export function parseTerm(tokens: readonly Token[], i: number): Match<Point> | null {
  const t = tokens[i];
  if (t?.type !== "word") return null;
  // `Autumn term`, `Michaelmas`
  const season = SEASONS.get(t.text);
  // `Fall semester`, `Spring semester 2026`: the school half-years, split at the new year.
  if (season && SEMESTER.has(tokens[i + 1]?.text ?? "")) return season.n <= 2 ? semester(season.n, tokens, i + 2) : null;
  // `Autumn 1`, `Spring 2`: a half of the term, which ends at a half-term each school sets; read as
  // a term by number is, the form known and its dates not (see placeSchoolOnly).
  const half = season && !season.alone ? smallNumber(tokens, i + 1, 1) : undefined;
  if (season && half !== undefined && (half === 1 || half === 2) && !isSym(tokens, i + 2, ".", "/", "-")) {
    return withYear(season.n, false, tokens, i + 2);
  }
  if (season) {
    const termWord = TERM.has(tokens[i + 1]?.text ?? "");
    if (!termWord && !season.alone) return null;
    return withYear(season.n, true, tokens, termWord ? i + 2 : i + 1);
  }
  // `Term 2`, `term 3`
  if (TERM.has(t.text)) {
    const n = smallNumber(tokens, i + 1, 1);
    return n !== undefined && n >= 1 && n <= 6 ? withYear(n, false, tokens, i + 2) : null;
  }
  // `2nd term`, `second term`
  const ordinal = parseOrdinal(tokens, i, 4);
  if (ordinal && tokens[ordinal.next]?.text === "term") return withYear(ordinal.value, false, tokens, ordinal.next + 1);
  return null;
}

function semester(n: number, tokens: readonly Token[], i: number): Match<Point> {
  const found = withYear(n, true, tokens, i);
  if (found.value.unit !== "term") return found;
  const { y, schoolYear } = found.value;
  return {
    value: { unit: "half", n, y, semester: true, januarySplit: true, named: true, ...(schoolYear !== undefined ? { schoolYear } : {}) },
    next: found.next,
  };
}

function withYear(n: number, named: boolean, tokens: readonly Token[], i: number): Match<Point> {
  let j = i;
  if (tokens[j]?.type === "word" && ["of", "in"].includes(fold(tokens[j].text))) j++;
  if (isSym(tokens, j, ",")) j++;
  const years = parseYears(tokens, j);
  if (years && years.value.unit === "years" && years.value.school) {
    return { value: { unit: "term", n, named, y: null, schoolYear: years.value.from }, next: years.next };
  }
  const year = parseYear(tokens, j);
  if (year) return { value: { unit: "term", n, named, y: year.value }, next: year.next };
  return { value: { unit: "term", n, named, y: null }, next: i };
}
