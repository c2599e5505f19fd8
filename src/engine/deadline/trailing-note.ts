import { countDatePoints } from "./parsers";
import { tokenize, type Token } from "./text";
import { VOCABULARY, isPlainWording, monthOf, wordClass } from "./vocabulary";

/**
 * Words written after a period that say what happens then, not when: `Tuesday 05 September 2023 -
 * Year 7&11 start, Y12&13 Tutor appointments`, `17-22 kwiecień; Wyjazd uczniów do domów 16.04.2025r.,
 * powrót do szkoły 23.04.2024r.`. Such a note is split off where the period ends, at a spaced dash
 * or a semicolon, and kept; the period is read from what comes before it. A note is taken only when
 * nothing in it could move the period: otherwise the cell stays unread.
 */

export interface NoteSplit {
  /** The text before the separator, where the period is. */
  period: string;
  /** The note after it, trimmed. */
  note: string;
  /**
   * `dash`: a spaced dash, after which the note names no date; `clause`: a semicolon and a clause of
   * its own; `place`: a comma after a day and its month, then where (`6 мая, МОБУ «СОШ №2»`).
   */
  by: "dash" | "clause" | "place";
}

/** A dash with space on both sides (`2023 - Year`), never the dash of a range `1-15`; or a semicolon. */
const SEPARATOR = /\s[-‐‑‒–—―]\s|;/gu;

/** Words a class or year group is named by before its number: `Year 7`, `Y12`, `klasa 3`, `5 клас`. */
const CLASS_WORDS = /^(?:year|years|yr|y|form|grade|grades|klas|klasa|klasy|klase|клас|класс|класи|класа|класове|классы)$/u;

/** Where a cell may be split into a period and a note after it, first separator first. */
export function noteSplits(source: string): NoteSplit[] {
  const out: NoteSplit[] = [];
  for (const m of source.matchAll(SEPARATOR)) {
    const period = source.slice(0, m.index).trim();
    const note = source.slice(m.index + m[0].length).trim();
    if (period === "" || note === "") continue;
    const by = m[0] === ";" ? "clause" : "dash";
    const tokens = tokenize(note);
    if (by === "dash" ? isDashNote(tokens, note) : isClauseNote(tokens)) out.push({ period, note, by });
  }
  const place = placeAfterComma(source);
  if (place) out.push(place);
  return out;
}

/**
 * `6 мая, МОБУ «Сясьстройская СОШ №2»`, `26 апреля, Сясьстрой,\nул. Ленина №82е`: a day and its
 * month, then after the first comma where the event is held, in words that name no time (as after a
 * dash). A list of days (`6 мая, 13 мая`) or a year after the comma is no place.
 */
function placeAfterComma(source: string): NoteSplit | null {
  // `Понедельник, 6 мая, Сясьстрой, …`: the comma after a weekday that opens the cell parts no place.
  const opening = tokenize(source);
  const skip = opening.length > 2 && wordClass(opening[0])?.weekday && opening[1].text === "," ? opening[1].end : 0;
  const at = source.indexOf(",", skip);
  if (at < 0) return null;
  const period = source.slice(0, at).trim();
  const note = source.slice(at + 1).trim();
  if (note !== "" && isOneDay(period)) return isDashNote(tokenize(note), note) ? { period, note, by: "place" } : null;
  // `пн. 6 мая, Сясьстрой, гражданское кладбище`: a weekday before the day, the place after its first comma.
  if (note !== "" && isOneDay(withoutLeadingWeekday(period)) && isDashNote(tokenize(note), note)) return { period, note, by: "place" };
  return placeAfterLastComma(source);
}

/**
 * `Friday 6th October 2023, school hall`, `August 11, 2008, school hall`, `Mon 28th October - Fri 1st
 * November, school hall`: any date or span of days, then after the last comma words that name no
 * time. Only a date or a span of days is read before such a place (see parse.ts).
 */
function placeAfterLastComma(source: string): NoteSplit | null {
  const at = source.lastIndexOf(",");
  if (at < 0 || /\n/.test(source)) return null;
  const period = source.slice(0, at).trim();
  const note = source.slice(at + 1).trim();
  if (period === "" || note === "" || !/[\p{L}\d.]$/u.test(period)) return null;
  return isDashNote(tokenize(note), note) ? { period, note, by: "place" } : null;
}

/** One day in figures, however its author writes them: `06.05`, `6.05`, `6.V`, `02.05.24`, `02.05.2024 г.`. */
const DAY_IN_FIGURES = /^\d{1,2}\.\s?(?:\d{2}|[IVXІХ]+)\.?(?:\s?(?:\d{4}|\d{2})(?:\s?(?:г|р|r)\.?)?)?$/u;

/**
 * A day and its month by name (`6 мая`) or in figures, nothing else. A day by name with its year
 * (`1 марта 2020, …`) is read with what follows its comma where the period is read (span.ts).
 */
function isOneDay(period: string): boolean {
  if (DAY_IN_FIGURES.test(period)) return true;
  const head = tokenize(period);
  return head.length === 2 && head[0].type === "num" && monthOf(head[1]) !== undefined;
}

/** The period without a weekday written before it (`пн. 6 мая`, `Monday 6 May`): the weekday is checked where the period is read. */
function withoutLeadingWeekday(period: string): string {
  const tokens = tokenize(period);
  if (tokens.length < 2 || !wordClass(tokens[0])?.weekday) return period;
  const next = tokens[1].text === "." || tokens[1].text === "," ? tokens[2] : tokens[1];
  return next ? period.slice(next.start).trim() : period;
}

/** Roman numerals as written, in capitals: a month or a term by number. */
const ROMAN_CAPITALS = /^[IVXІХ]+$/u;

/**
 * How many words at i say nothing of when (a filler such as `for`, `the`, `w` counts as its words),
 * or 0 for a word that could move the period: a limit, a narrowing, a range word, a month, season,
 * weekday, year, quarter or half-year word, a Roman numeral. `school` and `start` alone say no time.
 */
function wordSaysNoTime(tokens: readonly Token[], i: number, source: string): number {
  const p = VOCABULARY.partPrefix.at(tokens, i);
  if (p) return p.type === "filler" ? p.words.length : 0;
  if (VOCABULARY.rangeWords.at(tokens, i)) return 0;
  const t = tokens[i];
  if (monthOf(t) !== undefined || VOCABULARY.seasons.has(t.text) || ROMAN_CAPITALS.test(source.slice(t.start, t.end))) return 0;
  const c = wordClass(t);
  return c && (c.weekday || c.yearWord || c.quarter || c.half || c.marker) ? 0 : 1;
}

/**
 * After a dash: words that open with a word and name no date, month or year, no limit, range,
 * narrowing or recurrence; numbers only as a count or a class (`Years 7,8,9 & 10`).
 */
function isDashNote(tokens: readonly Token[], source: string): boolean {
  if (tokens[0]?.type !== "word" || countDatePoints(tokens) > 0) return false;
  if (tokens.some((t) => t.type === "word" && VOCABULARY.turnWords.has(t.text))) return false;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    if (t.type === "sym") {
      i++;
      continue;
    }
    if (t.type === "num") {
      if (t.text.length > 2) return false;
      i++;
      continue;
    }
    if (CLASS_WORDS.test(t.text) && tokens[i + 1]?.type === "num") {
      i++;
      continue;
    }
    const grades = gradesBeforeClassWord(tokens, i, source);
    if (grades > 0) {
      i += grades;
      continue;
    }
    if (VOCABULARY.recurring.at(tokens, i) || VOCABULARY.undated.at(tokens, i)?.type === "continuous" || VOCABULARY.undated.at(tokens, i)?.type === "event") return false;
    const n = wordSaysNoTime(tokens, i, source);
    if (n === 0) return false;
    i += n;
  }
  return true;
}

/**
 * `за І - ХІІ клас`, `V-VII класс`: Roman numerals, alone or joined by dashes and commas, right
 * before a class word are the grades the note is for, not months. How many tokens they and the
 * class word take, or 0.
 */
function gradesBeforeClassWord(tokens: readonly Token[], i: number, source: string): number {
  let j = i;
  let numerals = 0;
  while (j < tokens.length) {
    const t = tokens[j];
    if (t.type === "word" && ROMAN_CAPITALS.test(source.slice(t.start, t.end))) numerals++;
    else if (!(t.type === "sym" && (t.text === "-" || t.text === ","))) break;
    j++;
  }
  return numerals > 0 && tokens[j] !== undefined && CLASS_WORDS.test(tokens[j].text) ? j + 1 - i : 0;
}

/**
 * After a semicolon: a clause of its own, opening with two words that name no time (`Wyjazd uczniów
 * do domów 16.04.2025r.`). The dates it gives are its subject's; a month by name, or a date right
 * after a word of time (`na 15.10`, `do 20.04`), would move the period instead, and is no note.
 */
function isClauseNote(tokens: readonly Token[]): boolean {
  if (tokens.length < 2 || !isPlainWording(tokens, 0, 2)) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (monthOf(t) !== undefined || VOCABULARY.seasons.has(t.text)) return false;
    if (t.type !== "num" || tokens[i - 1]?.type !== "word") continue;
    if (!isPlainWording(tokens, i - 1, i)) return false;
  }
  return true;
}

/**
 * A note that calls the day off: cancelled, postponed, moved or split into other sessions
 * (`Monday 22nd July 2019 (Decoupled for 3 x 2 hour Twilight Sessions)`, `15.05 (перенесено)`).
 * The date as written no longer holds, and the new one is not given: no deadline is sure.
 */
const CALLED_OFF = /(?<![\p{L}\p{M}])(?:cancel|postpon|reschedul|decoupl|deferr|called off|отмен|перенес|отлож|скасов|відклад|пренес|анулир|odwol|przeloz|przesuni)/u;

export function noteCallsOff(note: string): boolean {
  return CALLED_OFF.test(note.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/ł/gu, "l"));
}
