import { fold } from "./text";
import { monthOf } from "./vocabulary";

/**
 * Slips of typing in a date that leave its meaning plain to any reader, written as the reader
 * already reads them. Each is taken only where a month's name makes the meaning sure:
 * - `04 April-2022`, `April 4-2022`, `April 4th-2022`: a dash run between a month (or a day after its month) and a
 *   four-digit year joins the year to its date (no range runs from a day to a whole year);
 * - `Mon 29thOct 2018`, `29THOCT`: an ordinal run into the month's name;
 * - `06,07,08, Oct.`: a comma left after the last day of a list, before its month;
 * - `01.- 08.05.15г.`: the stop after the first day of a range of days of one month;
 * - `март - април - май 2022г.`: months in a row joined by dashes, the span from the first to the last;
 * - `02 липня – 27 липн 2018 року`: a range's end whose month, the start's, lost its last letters;
 * - `11.02.2026. środa`, `2 мая 2024. в 14:45`: a stop typed after a whole date's year, before what follows;
 * - `с 12-го по 15-е сентября`, `3-ти – 21-ви май`: a day's ordinal ending, where a month's name follows
 *   the day or the span it opens;
 * - `Вере-сень`, `Жов-тень-березень`: a month's name broken by the hyphen of a narrow printed column,
 *   where the two halves joined make the month and the second half alone is none.
 */
export function withPlainSlipsRead(text: string): string {
  let out = text;
  if (out.includes("-")) out = out.replace(ORDINAL_DAY, (all, day: string, word: string) => (isMonth(word) ? day : all));
  // Asked of every cell: the dash-borne slips only where a dash is, the comma's only where a comma is.
  if (DASH.test(out)) out = withDashSlipsRead(out);
  out = out.replace(ORDINAL_INTO_MONTH, (all, day: string, word: string) => (isMonth(word) ? `${day} ${word}` : all));
  if (out.includes(",")) out = out.replace(COMMA_BEFORE_MONTH, (all, days: string, word: string) => (isMonth(word) ? `${days} ${word}` : all));
  out = out.replace(STOP_AFTER_FIGURES_YEAR, "$1");
  out = out.replace(STOP_AFTER_NAMED_YEAR, (all, date: string, word: string) => (isMonth(word) ? date : all));
  return out;
}

const DASH = /[-\u2010-\u2015]/u;

function withDashSlipsRead(text: string): string {
  let out = text;
  out = out.replace(MONTH_HYPHENATED, (all, head: string, tail: string) => (isMonth(head + tail) && !isMonth(tail) ? head + tail : all));
  out = out.replace(YEAR_AFTER_MONTH_DASH, (all, word: string, year: string) => (isMonth(word) ? `${word} ${year}` : all));
  out = out.replace(YEAR_AFTER_DAY_DASH, (all, word: string, day: string, year: string) => (isMonth(word) ? `${word} ${day} ${year}` : all));
  out = out.replace(DAY_STOP_BEFORE_DASH, "$1-");
  out = out.replace(MONTH_CHAIN, (all: string) => monthSpanOf(all) ?? all);
  out = out.replace(CUT_MONTH_AT_END, (all, head: string, month: string, dash: string, cut: string) => (isCutOf(cut, month) ? `${head}${month}${dash}${month}` : all));
  return out;
}

/** `липн` of `липня`: four letters or more, the start of the month's name as written there, and no month itself. */
function isCutOf(cut: string, month: string): boolean {
  return cut.length >= 4 && cut.length < month.length && isMonth(month) && !isMonth(cut) && month.toLowerCase().startsWith(cut.toLowerCase());
}

const LETTERS = "[\\p{L}\\p{M}]+";
// `April-2022`, not `April-20` (a day) nor `April-20225`.
// A month already joined to its day by a dash (`15-Oct-2025`) is a date of dashes, read as such.
const YEAR_AFTER_MONTH_DASH = new RegExp(`(?<![-\u2010-\u2015\\p{L}\\p{M}])(${LETTERS})\\.?-((?:19|20)\\d{2})(?!\\d)`, "gu");
// `April 4-2022`, `April 4th-2022`: a month, its day (an ordinal's ending too), and the year after a dash.
const YEAR_AFTER_DAY_DASH = new RegExp(`(${LETTERS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th|ST|ND|RD|TH)?-((?:19|20)\\d{2})(?!\\d)`, "gu");
// `29thOct`, `29THOCT`: an English ordinal ending, then the month's name with no space.
const ORDINAL_INTO_MONTH = new RegExp(`(?<!\\d)(\\d{1,2}(?:st|nd|rd|th))(${LETTERS})`, "giu");
// `06,07,08, Oct.`: at least two days before the stray comma, so `2022, October` is left alone.
const COMMA_BEFORE_MONTH = new RegExp(`(?<![\\d.])(\\d{1,2}(?:\\s*,\\s*\\d{1,2})+)\\s*,\\s*(${LETTERS})`, "gu");
// `01.- 08.05.15`, `01.- 8 мая`: a day, its stop, a dash, then a day with its month.
const DAY_STOP_BEFORE_DASH = new RegExp("(?<![\\d.])(\\d{1,2})\\.\\s*[-\u2010-\u2015]\\s*(?=\\d{1,2}(?:\\s*[./]\\s*(?:\\d{1,2}|[IVXІХ]+)(?![\\d\\p{L}])|\\s+\\p{L}))", "gu");
// `02 липня – 27 липн 2018 року`: a range's end whose month is the start's, its last letters cut off.
const CUT_MONTH_AT_END = new RegExp(`((?<!\\d)\\d{1,2}\\s+)(${LETTERS})(\\s*[-\u2010-\u2015]\\s*\\d{1,2}\\s+)(${LETTERS})(?![\\p{L}\\p{M}])`, "gu");
// `11.02.2026. środa`, `26.05 2026. – 02.06`: a day, month and four-digit year in figures, a stop, then more
// (a stop that ends the cell is left to the readings of a trailing stop).
const STOP_AFTER_FIGURES_YEAR = /((?<![\d.])\d{1,2}\.\s?\d{1,2}(?:\.\s?|\s)(?:19|20)\d{2})\.(?=\s+\S|\s*[-\u2010-\u2015])/gu;
// `2 мая 2024. в 14:45`: the same after a day, a month's name and the year.
const STOP_AFTER_NAMED_YEAR = new RegExp(`((?<![\\d.])\\d{1,2}\\s+(${LETTERS})\\.?\\s+(?:19|20)\\d{2})\\.(?=\\s+\\S|\\s*[-\u2010-\u2015])`, "gu");
// `12-го сентября`, `3-ти – 21-ви май`, `с 12-го по 15-е`: a day and its ordinal ending (ru, uk, bg),
// then its month's name, or a span's connector, its other day (ending or not) and the month's name.
const ORDINAL_DAY = new RegExp(
  `(?<![\\d.:/\\p{L}-])(\\d{1,2})-(?:го|е|ое|ого|ше|ге|ти|ри|ви|ми|те)(?=(?:\\s*(?:[-\u2010-\u2015]|по|до)\\s*\\d{1,2}(?:-\\p{L}{1,3})?)?\\s+(${LETTERS}))`,
  "gu",
);
// `Вере-сень`: two runs of letters joined by a hyphen with no space, as a word is broken at a line's end.
const MONTH_HYPHENATED = new RegExp(`(?<![\\p{L}\\p{M}])(${LETTERS})[-\u2010]\\n?(${LETTERS})(?![\\p{L}\\p{M}])`, "gu");
// Three or more words joined by dashes.
const MONTH_CHAIN = new RegExp(`${LETTERS}\\.?(?:\\s*[-\u2010-\u2015]\\s*${LETTERS}\\.?){2,}`, "gu");

function isMonth(word: string): boolean {
  return monthOf({ type: "word", text: fold(word), value: NaN, start: 0, end: word.length }) !== undefined;
}

/** `март - април - май` -> `март - май`, when every word is a month and each follows the one before. */
function monthSpanOf(chain: string): string | null {
  const words = chain.split(/\s*[-\u2010-\u2015]\s*/u);
  const months = words.map((w) => monthOf({ type: "word", text: fold(w.replace(/\.$/u, "")), value: NaN, start: 0, end: w.length }));
  for (let i = 0; i < months.length; i++) {
    const m = months[i];
    if (m === undefined) return null;
    if (i > 0 && m !== (months[i - 1]! % 12) + 1) return null;
  }
  const dash = /\s*[-\u2010-\u2015]\s*/u.exec(chain)![0];
  return `${words[0]}${dash}${words[words.length - 1]}`;
}
