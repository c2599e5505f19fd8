import type { Token } from "../text";
import { VOCABULARY, wordClass } from "../vocabulary";
import { isSym, type Match } from "./match";
import { parseYear, yearAt } from "./numbers";
import type { Point } from "./point";

/**
 * Two years: a school year (`2019/2020`, `Rok szkolny 2018/2019`, `учебната 2019/2020 година`,
 * `2020/21 н.р.`) or a run of calendar years (`2020-2021 годы`). A slash between consecutive years
 * or a school word makes a school year; a dash alone, calendar years.
 */
export function parseYears(tokens: readonly Token[], i: number): Match<Point> | null {
  let j = i;
  let school = false;
  for (let c = wordClass(tokens[j]); c?.school || c?.yearWord; c = wordClass(tokens[++j])) school ||= !!c.school;
  const from = yearAt(tokens, j);
  if (from === undefined || !isSym(tokens, j + 1, "/", "-")) return null;
  const slash = tokens[j + 1].text === "/";
  const second = tokens[j + 2];
  if (second?.type !== "num") return null;
  let to: number | undefined;
  if (second.text.length === 4) to = yearAt(tokens, j + 2);
  else if (second.text.length === 2) {
    to = from - (from % 100) + second.value; // 2019/20
    // `2007-10` in a council's business plan runs over financial years (April to March): a short
    // second year further off than the next is not read as calendar years.
    if (to !== from + 1) return null;
  }
  if (to === undefined || to <= from) return null;
  j += 3;
  let singular = false;
  let plural = false;
  for (let c = wordClass(tokens[j]); c?.school || c?.yearWord; c = wordClass(tokens[++j])) {
    school ||= !!c.school;
    if (c.yearWord) {
      if (VOCABULARY.pluralYearWords.has(tokens[j].text)) plural = true;
      else singular = true;
    }
  }
  if (slash && to === from + 1) school = true;
  return { value: { unit: "years", from, to, school, ...(singular && !plural ? { singular: true as const } : {}) }, next: j };
}

/**
 * A school year named in words only, its years left to the plan period: `учебната година`,
 * `rok szkolny`, `учебного года`, `school year`. A lone abbreviation (`уч.`, `н.`) is not enough.
 */
export function parseSchoolWords(tokens: readonly Token[], i: number): Match<Point> | null {
  let j = i;
  let schoolWords = 0;
  let yearWords = 0;
  let longSchoolWord = false;
  for (let c = wordClass(tokens[j]); c?.school || c?.yearWord; c = wordClass(tokens[++j])) {
    if (c.school) {
      schoolWords++;
      longSchoolWord ||= tokens[j].text.length > 3;
    } else yearWords++;
  }
  if (schoolWords === 0 || (yearWords === 0 && !longSchoolWord)) return null;
  return { value: { unit: "school" }, next: j };
}

/** A calendar year: `2019`, `2019 година`, `2019 г.`, `2019 год`, `2019 рік`. */
export function parseYearPoint(tokens: readonly Token[], i: number): Match<Point> | null {
  const year = parseYear(tokens, i);
  return year ? { value: { unit: "year", y: year.value }, next: year.next } : null;
}

/** "The year" with no number, read only after a narrowing or deadline word (`до конца года`). */
// The English year words: `end of year` in a school's plan is the end of its school year.
const ENGLISH_YEAR = new Set(["year", "yr"]);

export function parseYearWordAlone(tokens: readonly Token[], i: number): Match<Point> | null {
  if (!wordClass(tokens[i])?.yearWord) return null;
  return { value: { unit: "year", y: null, ...(ENGLISH_YEAR.has(tokens[i].text) ? { academic: true as const } : {}) }, next: i + 1 };
}
