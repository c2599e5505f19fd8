import { parseDeadline, type Deadline, type PlanPeriod } from "../deadline";
import { LONGEST, RUN_IN, YEAR } from "./whole-date";

/**
 * An unread deadline cell of a plan whose period PlanCheck knows, in which a day is written that
 * the period places: `21.09\n(среда)`, `12.03 14.00`, `20 IX`, `Do 15 listopada Do godziny 18.00`,
 * `23 листопада\n понеділок`, `12th - 16th February`. The plan gave its day; what PlanCheck could
 * not read is the form around it (a weekday, a time, a Roman month, a word before it). Saying the
 * deadline cannot be read would blame the plan for PlanCheck's reading: the deadline rule says
 * nothing of such a cell, and the table still shows it unread.
 *
 * Replayed on every verdict given on the corpus (each cell read at first contact, its reason then
 * `unknown-form`), this holds back 57 `deadline.unparsed` judged wrong and none judged right.
 *
 * Only a reading PlanCheck is sure of is held back, so the plan keeps its finding where:
 * - no period is known: a day and month with no year anywhere is a real gap (`13 марта 10-00`);
 * - the reader gave another reason (`year-missing`, `several-dates`, `ambiguous`): those are said
 *   as they are;
 * - a written date is mistyped (`5.60.2014`) or a day is run into a number before it
 *   (`31.0-09.04.2018`);
 * - more than two days are written, or two not joined as one span (a list of days off);
 * - the only date material is a month or a year (`I tydzień września 2022 r.`): no day is given.
 */

/**
 * Pieces of a cell that may name one day; each is read alone against the plan period. A Roman
 * month is written in capitals (`20 IX`): a lone `i` after a number is a conjunction (`1 i 2 klasy`).
 */
const DAY_PIECES = [
  // `14 лютого`, `20 IX`, `2nd September`, `17. ІХ.`, `5 maja 2024`
  new RegExp(String.raw`(?<![\d\p{L}])\d{1,2}(?:st|nd|rd|th)?\.?\s*(?:\p{L}{3,}|[IVXІХ]{1,4}(?!\p{L}))\.?(?:,?\s+${YEAR})?`, "gu"),
  // `September 5`, `October 10`, `July 28, 2008`
  new RegExp(String.raw`(?<!\p{L})\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?![\d\p{L}])(?:,?\s+${YEAR})?`, "gu"),
  // `21.09`, `07.10.`, `11.09.2020`
  new RegExp(String.raw`(?<![\d.])\d{1,2}\s?[./]\s?\d{1,2}(?:\s?[./]\s?${YEAR})?\.?(?!\d)`, "gu"),
];

/** What may join the two days of one span: a dash, `&`, `and`, `to`, `do`, `до`, `по`, `od`. */
const SPAN_JOIN = /^\s*(?:[-‐‑‒–—&,]|to|and|i|и|і|й|do|до|по|od|от|з|from)?\s*$/iu;

/** A written day, month and year; one out of range is the plan's slip, not PlanCheck's. */
const NUMERIC_DATE = /(?<!\d)(\d{1,2})\s?[./]\s?(\d{1,2})\s?[./]\s?(?:19|20)\d{2}/gu;

/** A year of its own, outside the pieces read as days. */
const LONE_YEAR = new RegExp(`(?<!\\d)${YEAR}`, "u");

/** True when the cell, unread as a whole, writes one day (or a span of two) the plan period places. */
export function holdsAPlacedDay(text: string, reading: Deadline, period: PlanPeriod | null): boolean {
  if (period === null || reading.kind !== "unparsed" || (reading.reason ?? "unknown-form") !== "unknown-form") return false;
  if (text.length > LONGEST) return false;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  }
  const days = dayPieces(text, period);
  if (days === null || days.length === 0 || days.length > 2) return false;
  // A year beside the days (`м. септември 2025 01.09. - 11.09.2026 г.`) may disagree with theirs.
  if (LONE_YEAR.test(outside(text, days))) return false;
  if (days.length === 2) {
    const [a, b] = days;
    return SPAN_JOIN.test(text.slice(a.end, b.start));
  }
  return true;
}

interface Piece {
  start: number;
  end: number;
}

/**
 * The pieces that read as days, in text order, each stretch of text counted once (`14 лютого 15`
 * is one day however it is cut); null when a piece is run into a number before it.
 */
function dayPieces(text: string, period: PlanPeriod): Piece[] | null {
  const pieces: Piece[] = [];
  for (const pattern of DAY_PIECES) {
    for (const m of text.matchAll(pattern)) {
      if (!isDay(parseDeadline(m[0], { period }))) continue;
      if (RUN_IN.test(text.slice(0, m.index))) return null;
      pieces.push({ start: m.index!, end: m.index! + m[0].length });
    }
  }
  pieces.sort((a, b) => a.start - b.start);
  const apart: Piece[] = [];
  for (const p of pieces) if (apart.length === 0 || p.start >= apart[apart.length - 1].end) apart.push(p);
  return apart;
}

/** The text with the pieces taken out. */
function outside(text: string, pieces: readonly Piece[]): string {
  let rest = "";
  let at = 0;
  for (const p of pieces) {
    rest += `${text.slice(at, p.start)} `;
    at = p.end;
  }
  return rest + text.slice(at);
}

/** A reading that names a day or days the period places. */
function isDay(d: Deadline): boolean {
  return d.start !== null && (d.kind === "date" || d.kind === "range" || d.kind === "by");
}
