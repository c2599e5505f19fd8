import type { Token } from "../text";
import { monthOf, VOCABULARY, wordClass } from "../vocabulary";
import { isSym, smallNumber, type Match } from "./match";
import { parseDayNumber, parseYear, romanAt, skipYearWords, twoDigitYear, yearAt } from "./numbers";
import type { Point } from "./point";
import { parseYears } from "./year";

/**
 * Days and months written in digits: `01.06.2019 г.`, `30.09`, `15/09/2019`, `2019-06-01`,
 * and a month as `06.2019`. Day first, as in every language read here.
 */
export function parseNumericDate(tokens: readonly Token[], i: number): Match<Point> | null {
  // ISO: 2019-06-01
  const isoYear = yearAt(tokens, i);
  if (isoYear !== undefined) {
    const m = smallNumber(tokens, i + 2);
    const d = smallNumber(tokens, i + 4);
    if (isSym(tokens, i + 1, "-") && isSym(tokens, i + 3, "-") && m !== undefined && d !== undefined) {
      return { value: { unit: "day", y: isoYear, m, d }, next: i + 5 };
    }
    return null;
  }
  const first = smallNumber(tokens, i);
  if (first !== undefined && isSym(tokens, i + 1, "-")) return hyphenated(tokens, i, first);
  if (first === undefined || !isSym(tokens, i + 1, ".", "/")) return null;
  const sep = tokens[i + 1].text;
  // Month and year: 06.2019, 6/2019
  // `09.17р.`: a month and a two-digit year with its year word.
  const shortYear = tokens[i + 2];
  if (sep === "." && shortYear?.type === "num" && shortYear.text.length === 2 && wordClass(tokens[i + 3])?.yearWord && first >= 1 && first <= 12) {
    return { value: { unit: "month", y: 2000 + shortYear.value, m: first }, next: skipYearWords(tokens, i + 3) };
  }
  const monthYear = yearAt(tokens, i + 2);
  if (monthYear !== undefined) {
    if (first < 1 || first > 12) return null;
    return { value: { unit: "month", y: monthYear, m: first }, next: skipYearWords(tokens, i + 3) };
  }
  const second = tokens[i + 2];
  const usDate = monthFirst(tokens, i, first);
  if (usDate) return usDate;
  const m = smallNumber(tokens, i + 2);
  if (m === undefined || m < 1 || m > 12 || first < 1 || first > 31) return null;
  if (isSym(tokens, i + 3, sep)) {
    const yearToken = tokens[i + 4];
    // `04.06.\n07.06`: two digits that open the next day and month are no year of this one.
    const nextDay = yearToken?.text.length === 2 && isSym(tokens, i + 5, sep) && smallNumber(tokens, i + 6) !== undefined;
    if (yearToken?.type === "num" && (yearToken.text.length === 4 || yearToken.text.length === 2) && !nextDay) {
      const y = yearToken.text.length === 4 ? yearToken.value : twoDigitYear(yearToken.value);
      return { value: { unit: "day", y, m, d: first }, next: skipYearWords(tokens, i + 5) };
    }
  }
  // No year (`30.09`): only with a two-digit month, so that a decimal such as `12.5` is not a date,
  // or as the start of a range whose end is a whole date written the same way (`21.1-15.2.2019 r.`).
  if (sep !== "." || (second.text.length !== 2 && !startOfDatedRange(tokens, i + 3))) return null;
  // The year on the next line or after spaces belongs to the day (`15.03\n2025`), not a year of its own.
  const apart = yearAt(tokens, i + 3);
  // `12.12 2021-24.12 2021`: the dash after it leads to the range's other day, not to a second year.
  const toDay = isSym(tokens, i + 4, "-") && smallNumber(tokens, i + 5) !== undefined && isSym(tokens, i + 6, ".") && smallNumber(tokens, i + 7) !== undefined;
  if (apart !== undefined && (!isSym(tokens, i + 4, ".", "/", "-") || toDay)) {
    return { value: { unit: "day", y: apart, m, d: first }, next: skipYearWords(tokens, i + 4) };
  }
  // The closing dot of `15.03.-02.04.2025` ends the day.
  const dot = isSym(tokens, i + 3, ".") && tokens[i + 4]?.type !== "num" ? 1 : 0;
  return { value: { unit: "day", y: null, m, d: first }, next: i + 3 + dot };
}

const CYRILLIC = /[\u0400-\u04FF]/u;

/** Whether the cell writes a date with hyphens whose first number is over 12: its day comes first. */
function dayFirstSaid(tokens: readonly Token[]): boolean {
  return tokens.some((t, j) => {
    const m = smallNumber(tokens, j + 2);
    return t.type === "num" && t.value > 12 && t.value <= 31 && isSym(tokens, j + 1, "-") && m !== undefined && m >= 1 && m <= 12 && isSym(tokens, j + 3, "-") && yearAt(tokens, j + 4) !== undefined;
  });
}

/** A dash and then a day, month and year in figures parted by dots (`- 15.2.2019`): the end of a range. */
function startOfDatedRange(tokens: readonly Token[], i: number): boolean {
  const d = smallNumber(tokens, i + 1);
  const m = smallNumber(tokens, i + 3);
  return isSym(tokens, i, "-") && d !== undefined && d >= 1 && d <= 31 && isSym(tokens, i + 2, ".") && m !== undefined && m >= 1 && m <= 12 && isSym(tokens, i + 4, ".") && yearAt(tokens, i + 5) !== undefined;
}

/**
 * `15-10-2024`: a day, month and year parted by hyphens, as many officials type a date. Only with
 * the year written in full: without it (`15-10`) the hyphen parts the days of a range.
 */
function hyphenated(tokens: readonly Token[], i: number, first: number): Match<Point> | null {
  // Hyphens on both sides of the day (`2.10-15-10-2019`): which one parts the range is not said.
  const before = tokens[i - 1];
  const dayBefore = tokens[i - 2]?.type === "num" && tokens[i - 2].text.length <= 2;
  if (before?.type === "sym" && before.text === "-" && before.end === tokens[i].start && dayBefore) return null;
  // `05-2020`: a month in two figures and its year in full, as `05.2020` with a hyphen; no day's
  // range reaches a year, and the month's leading zero tells it from a number of the plan.
  const monthYear = yearAt(tokens, i + 2);
  if (monthYear !== undefined) {
    const pairedYear = isSym(tokens, i + 3, "/", "-") && yearAt(tokens, i + 4) !== undefined;
    // `04-\n05-2024`: a day and month before it make it a date's month and year, broken over lines.
    const figuresBefore = isSym(tokens, i - 1, "-") && tokens[i - 2]?.type === "num" && tokens[i - 2].text.length <= 2;
    if (tokens[i].text.length !== 2 || first < 1 || first > 12 || pairedYear || figuresBefore) return null;
    return { value: { unit: "month", y: monthYear, m: first }, next: skipYearWords(tokens, i + 3) };
  }
  const m = smallNumber(tokens, i + 2);
  if (m === undefined || m < 1 || m > 12 || first < 1 || first > 31 || !isSym(tokens, i + 3, "-")) return null;
  const y = yearAt(tokens, i + 4);
  // `01-09-2023-2024`: the year is the first of a pair, not this day's alone.
  if (y === undefined || (isSym(tokens, i + 5, "-") && yearAt(tokens, i + 6) !== undefined)) return null;
  // `03-04-2024` is 3 April where day comes first and 4 March in American plans, which write dates
  // with hyphens too: read only where the cell says which — a year word (`г.`, `r.`), Cyrillic
  // words, or another such date whose first number can only be a day (`01-04-2018-20-04-2018`).
  const yearWord = wordClass(tokens[i + 5])?.yearWord === true;
  if (first <= 12 && m <= 12 && first !== m && !yearWord && !tokens.some((t) => t.type === "word" && CYRILLIC.test(t.text)) && !dayFirstSaid(tokens)) return null;
  return { value: { unit: "day", y, m, d: first }, next: skipYearWords(tokens, i + 5) };
}

/**
 * `10/15/2025`: a month written first, as American plans write dates, where the second number can
 * only be a day (13 to 31) and the year is written in full. Where both could be a month
 * (`03/04/2026`) the day comes first, as everywhere else.
 */
function monthFirst(tokens: readonly Token[], i: number, first: number): Match<Point> | null {
  const day = tokens[i + 2];
  if (!isSym(tokens, i + 1, "/") || !isSym(tokens, i + 3, "/") || day?.type !== "num" || day.text.length > 2) return null;
  if (first < 1 || first > 12 || day.value < 13 || day.value > 31) return null;
  const y = yearAt(tokens, i + 4);
  if (y === undefined) return null;
  return { value: { unit: "day", y, m: first, d: day.value }, next: skipYearWords(tokens, i + 5) };
}

/** A day with a month name: `30 września 2018`, `1 марта`, `30-ти септември`, `June 1, 2025`. */
export function parseDayMonth(tokens: readonly Token[], i: number): Match<Point> | null {
  const dayFirst = parseDayNumber(tokens, i);
  if (dayFirst) {
    // `1 IX 2022 r.`: a Roman month between a day and a year, as Polish plans write it.
    // `17. ІХ.` (dots on both sides) needs no year to be a date.
    const dotBefore = isSym(tokens, dayFirst.next, ".") ? 1 : 0;
    const roman = romanAt(tokens, dayFirst.next + dotBefore);
    if (roman !== undefined) {
      const at = dayFirst.next + dotBefore + 1;
      const dotAfter = isSym(tokens, at, ".") ? 1 : 0;
      // The tokenizer keeps a word's closing dot with the word (`ІХ.`): its span is a character longer.
      const romanToken = tokens[at - 1];
      const dotted = dotAfter === 1 || romanToken.end - romanToken.start > romanToken.text.length;
      const romanYear = parseYear(tokens, at + dotAfter);
      if (romanYear) return { value: { unit: "day", y: romanYear.value, m: roman, d: dayFirst.value }, next: romanYear.next };
      if (dotBefore && dotted) return { value: { unit: "day", y: null, m: roman, d: dayFirst.value }, next: at + dotAfter };
      // `20 IX`, `od 16 X do 3 XI`: a day and a Roman month ending the cell or a part of it.
      const after = tokens[at + dotAfter];
      // A new line after the month ends it too (`21.X` over the weekday).
      const ends = after === undefined || after.type === "sym" || after.lineStart === true || VOCABULARY.rangeWords.at(tokens, at + dotAfter) !== null || VOCABULARY.listWords.at(tokens, at + dotAfter) !== null;
      // `16.I`, `27.XII-28.XII`: a day and a Roman month with a dot between end the cell or a part of it just as well.
      if (ends) return { value: { unit: "day", y: null, m: roman, d: dayFirst.value }, next: at + dotAfter };
    }
    const m = monthOf(tokens[dayFirst.next]);
    if (m === undefined) return null;
    return withYear({ unit: "day", y: null, m, d: dayFirst.value }, tokens, dayFirst.next + 1);
  }
  const m = monthOf(tokens[i]);
  if (m === undefined) return null;
  const dayAfter = parseDayNumber(tokens, i + 1);
  if (!dayAfter) return null;
  return withYear({ unit: "day", y: null, m, d: dayAfter.value }, tokens, dayAfter.next);
}

function withYear(point: Point & { unit: "day" }, tokens: readonly Token[], i: number): Match<Point> {
  const comma = isSym(tokens, i, ",") && yearAt(tokens, i + 1) !== undefined ? 1 : 0;
  // `15 kwietnia 2018/2019`: two years follow, and the day is in neither one alone (but
  // `24 February 2025 - 28 February` is a range).
  const pair = yearAt(tokens, i + comma) !== undefined && (isSym(tokens, i + comma + 1, "/") || yearAt(tokens, i + comma + 2) !== undefined);
  if (pair && parseYears(tokens, i + comma)) return { value: point, next: i + comma };
  const year = parseYear(tokens, i + comma);
  return year ? { value: { ...point, y: year.value }, next: year.next } : { value: point, next: i };
}
