import { parseDeadline, type Deadline } from "../deadline";

/**
 * An unread deadline cell that holds a whole date — day, month and year — with nothing else
 * date-like around it: `21.10.2019г понеделник`, `Tuesday 05 September 2023 - Year 7&11 start`,
 * `11.09.2020 р., 15 00 год., стадіон`, `Between 1 and 5 June 2025`. The plan wrote its date; what
 * PlanCheck could not place is the words beside it (a weekday, a time, a place, who it concerns).
 * Saying the deadline cannot be read would blame the plan for PlanCheck's reading, so the deadline
 * rule says nothing of such a cell. A cell with two dates apart, a date beside a day and month of
 * another (`м. септември 2025 01.09. - 11.09.2026 г.`), or a date mistyped (`5.60.2014`) has no
 * single whole date and nothing else: it keeps its finding.
 */

/** A year of four digits, as plans of this century and the last write it. */
export const YEAR = String.raw`(?:19|20)\d{2}(?!\d)`;
/** What may follow a year: `г.`, `р.`, `r.`, `року`, `года`. */
const YEAR_WORD = String.raw`(?:\s?(?:г\.?|р\.?|r\.?|року|рік|года|година|roku))?`;
const NUMERIC = String.raw`(?<!\d)\d{1,2}\s?[./]\s?\d{1,2}\s?[./]\s?${YEAR}`;
/** A day, or a span of days (`9 - 11 июня 2003 г.`), before the month's name and the year. */
const DAY_MONTH_YEAR = String.raw`(?<![\d\p{L}])(?:\d{1,2}\s?[-–—]\s?)?\d{1,2}(?:st|nd|rd|th)?\.?\s+\p{L}{3,}\.?,?\s+${YEAR}`;
const MONTH_DAY_YEAR = String.raw`(?<!\p{L})\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+${YEAR}`;
const WHOLE_DATE = new RegExp(`(?:${NUMERIC}|${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})${YEAR_WORD}`, "giu");

/** Two whole dates joined by a dash or `to` are one span (`11.09.2020 – 20.10.2020 р.`). */
const SPAN_JOIN = /^\s*(?:[-‐‑‒–—]|to|до|do|по)\s*$/iu;

/** What is left beside the date may not name another day or year. */
const OTHER_DATE = new RegExp(String.raw`${YEAR}|(?<!\d)\d{1,2}\s*[./]\s*(?:0?[1-9]|1[0-2])(?!\d)`, "u");

/** A number just before the date, joined to it by a dash, dot or slash. */
export const RUN_IN = /\d\s*[-‐‑‒–—./]\s*$/u;

/** Cells longer than this are prose, not a deadline written in an unknown form. */
export const LONGEST = 200;

/** True when the cell holds one whole date (or one span of two) and nothing else a date could be read from. */
export function holdsOneWholeDate(text: string): boolean {
  if (text.length > LONGEST) return false;
  const found = [...text.matchAll(WHOLE_DATE)].filter((m) => isDated(parseDeadline(m[0])));
  if (found.length === 0 || found.length > 2) return false;
  const first = found[0];
  const last = found[found.length - 1];
  const start = first.index!;
  const end = last.index! + last[0].length;
  if (found.length === 2 && !SPAN_JOIN.test(text.slice(start + first[0].length, last.index!))) return false;
  const before = text.slice(0, start);
  // A number run into the date (`31.0-09.04.2018`, `10 - 12 июня 2003`) makes it part of something else.
  if (RUN_IN.test(before)) return false;
  const rest = `${before} ${text.slice(end)}`;
  if (OTHER_DATE.test(rest)) return false;
  if (rest.trim() === "") return true;
  const r = parseDeadline(rest);
  return r.kind === "unparsed" && r.reason === "unknown-form" && !namesAnotherDay(rest);
}

/** A day and a month's name left beside the date (`Friday 11th August and Monday 14th August 2023`), either way round. */
const DAY_THEN_WORD = /(?<![\d\p{L}])\d{1,2}(?:st|nd|rd|th)?\.?\s+\p{L}{3,}/gu;
const WORD_THEN_DAY = /(?<!\p{L})\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?![\d\p{L}])/gu;

function namesAnotherDay(rest: string): boolean {
  for (const pattern of [DAY_THEN_WORD, WORD_THEN_DAY]) {
    for (const m of rest.matchAll(pattern)) {
      const d = parseDeadline(m[0]);
      if (d.kind !== "unparsed" || d.reason !== "unknown-form") return true;
    }
  }
  return false;
}

function isDated(d: Deadline): boolean {
  return (d.kind === "date" || d.kind === "range") && d.start !== null;
}
