#!/usr/bin/env node
/**
 * Whether deadline readings hold on deadlines written as other officials write them. For every
 * corpus plan (test/corpus/plans), each deadline cell whose expected reading is sure (a date, month,
 * range, by-date, quarter, half-year, year, school year, continuous, recurring or event) is rewritten
 * one way at a time — the same deadline as an official of the plan's language writes it: other date
 * separators and spacing, a two-digit year, leading zeros, the year mark (`г.`, `р.`, `r.`, spaced,
 * glued or written out), the month as a word, cut short or a Roman numeral, the English orders of
 * day and month, the other words for "by", other dashes in a range or the range in words, the
 * weekday in brackets after a day, a trailing full stop, capitals, a line break where officials type one, a `Срок:` label inside the
 * cell; and what officials write around a date: the weekday before it (full, cut short, with or
 * without a comma) or on the line under it, a time of day after it (`, 15.00`, ` о 14:00`,
 * ` godz. 9.00`, ` at 6pm`, `, 10-00`), a place after a comma or a remark in brackets, non-breaking
 * spaces, a web page's debris (`Â `), the English ordinal after its month (`May 5th, 2024`), Roman
 * numerals typed with the Cyrillic letters that look the same (`Х`, `І`); the habits plans read for the
 * first time showed (see the section of their own below) — the plan's sheets rebuilt in
 * memory as scripts/build-corpus.js lays them out, checked as `plancheck check` checks them, and
 * each rewritten cell's reading compared with the expected one. Printed per kind of variant: the
 * cells rewritten, how many still read as expected, are now unread, or are now read differently
 * (wrong), and the cells a variant broke that read right as written.
 *
 * One variant rewrites every sure cell of a plan at once, as one official writes a whole column
 * one way. A date is rewritten only where its day and month (and year, where written) are the
 * expected reading's start or end, so a rewrite never changes which day is meant.
 *
 * Skipped, because the rewrite would not say the same thing:
 * - a date in figures in an English plan when its day is 12 or less: `10/11/2024` (or `10.11.2024`)
 *   is 10 November in Britain and 11 October in the United States, and the plan does not say which;
 * - a day and month with slashes or hyphens and no year (`15-10` reads as the range 15 to 10,
 *   `15/10` as a fraction or a number of items);
 * - Roman month numerals in English and Ukrainian plans, which do not use them;
 * - a month's leading zero dropped where no year follows (`5.9` is a decimal as much as a date);
 * - a range in words where the range is not two dates or two months joined by one dash;
 * - the other words for "by" where no date follows them (`do końca sierpnia` has no
 *   `nie później niż` form of the same grammar).
 *
 * Usage: node scripts/deadline-variants.js [--build DIR] [--plan ID]... [--variant KIND]... [--verbose]
 * The plan files and their expectations are read, never changed.
 */
"use strict";

const { readPlans, builtEngine, checkedTables, readingAt, expectedReading } = require("./corpus");
const { columnIndex } = require("./build-corpus");
const { sheetOf, parseArgs } = require("./corpus-variants");

const SURE = new Set(["date", "month", "range", "by", "quarter", "half-year", "year", "school-year", "continuous", "recurring", "event"]);

// ---------------------------------------------------------------------------------------------
// How each language writes a month: the name standing alone, after a day (genitive where the
// language declines it), and the year mark after a written year.

const MONTHS = {
  ru: {
    alone: ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
    ofDay: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
  },
  uk: {
    alone: ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"],
    ofDay: ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
  },
  pl: {
    alone: ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"],
    ofDay: ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
  },
  bg: {
    alone: ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"],
    ofDay: ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"],
  },
  en: {
    alone: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    ofDay: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  },
};
const EN_SHORT = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** Months cut short after a day, as a narrow column writes them. */
const SHORT_MONTHS = {
  ru: ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."],
  uk: ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."],
  pl: ["sty.", "lut.", "mar.", "kwi.", "maj", "cze.", "lip.", "sie.", "wrz.", "paź.", "lis.", "gru."],
  bg: ["ян.", "февр.", "март", "апр.", "май", "юни", "юли", "авг.", "септ.", "окт.", "ноем.", "дек."],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
const YEAR_MARK = { ru: "г.", bg: "г.", uk: "р.", pl: "r.", en: null };
/** The year's word written out (`2024 года`, `2024 року`, `2024 roku`, `2024 година`). */
const YEAR_WORD = { ru: "года", bg: "година", uk: "року", pl: "roku", en: null };
/** Weekdays, Monday first, as written beside a date (`15.10.2024 (вторник)`). */
const WEEKDAYS = {
  ru: ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
  uk: ["понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя"],
  pl: ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
  bg: ["понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};
/** The words for "by" a date: the short one and the long ones, by language. */
const BY_WORDS = {
  ru: ["до", "не позднее", "не позже"],
  uk: ["до", "не пізніше"],
  pl: ["do", "nie później niż", "najpóźniej do"],
  bg: ["до", "не по-късно от"],
  en: ["by", "no later than", "not later than"],
};
/** The label an official types inside a deadline cell. */
const LABEL = { ru: "Срок:", bg: "Срок:", uk: "Термін:", pl: "Termin:", en: "Deadline:" };
/** A range in words: the words before its start and before its end. */
const RANGE_WORDS = {
  ru: [["с", "по"]],
  uk: [["з", "по"], ["від", "до"]],
  pl: [["od", "do"]],
  bg: [["от", "до"]],
  en: [["from", "to"], ["between", "and"]],
};

function monthOfWord(word, lang) {
  const w = word.toLowerCase().replace(/\.$/, "");
  const m = MONTHS[lang];
  for (let i = 0; i < 12; i++) if (m.alone[i].toLowerCase() === w || m.ofDay[i].toLowerCase() === w) return i + 1;
  if (lang === "en") for (let i = 0; i < 12; i++) if (w === EN_SHORT[i] || (w.length >= 3 && m.alone[i].toLowerCase().startsWith(w) && w !== "ma")) return i + 1;
  return 0;
}

function romanMonth(word) {
  return ROMAN.indexOf(word) + 1;
}

// ---------------------------------------------------------------------------------------------
// Dates in a cell's text: where each is, its day, month and year as written, and how written

// A day and month with no year may close with a full stop of their own (`06.01.`), which goes with them.
const NUMERIC = /(?<![\d./])(\d{1,2})\.\s?(\d{1,2})(?:\.\s?(\d{4}|\d{2})(?![\d]|[.:]\d)|\.(?!\s?\d)|(?![\d.]))/g;
const ROMAN_DATE = /(?<![\d.\p{L}])(\d{1,2})(?:\.\s?|\s)(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![\p{L}])(?:\.?\s?(\d{4}))?/gu;
const NAMED_DATE = /(?<![\d.])(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}{3,}\.?)(?:(?:,\s*|\s+)(\d{4}))?/gu;
const EN_US_DATE = /(?<![\p{L}])(\p{L}{3,}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*(\d{4}))?(?![\d])/gu;

/** Dates written in the text, each { index, length, day, month, year (written, or null), style }. */
function datesIn(text, lang) {
  const out = [];
  const add = (m, day, month, year, style) => {
    if (day < 1 || day > 31 || month < 1 || month > 12) return;
    if (out.some((o) => m.index < o.index + o.length && o.index < m.index + m[0].length)) return;
    out.push({ index: m.index, length: m[0].length, day, month, year, style });
  };
  for (const m of text.matchAll(NUMERIC)) add(m, Number(m[1]), Number(m[2]), m[3] ? m[3] : null, "numeric");
  if (lang !== "en") for (const m of text.matchAll(ROMAN_DATE)) add(m, Number(m[1]), romanMonth(m[2]), m[3] || null, "roman");
  for (const m of text.matchAll(NAMED_DATE)) {
    const month = monthOfWord(m[2], lang);
    if (month) add(m, Number(m[1]), month, m[3] || null, "named");
  }
  if (lang === "en") {
    for (const m of text.matchAll(EN_US_DATE)) {
      const month = monthOfWord(m[1], lang);
      if (month) add(m, Number(m[2]), month, m[3] || null, "named");
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

function fullYear(y) {
  return y === null ? null : y.length === 2 ? 2000 + Number(y) : Number(y);
}

/** Whether a written date is the expected reading's start or end: the same day, month and (where written) year. */
function isExpectedDay(d, want) {
  return [want.start, want.end].some((iso) => {
    if (!iso) return false;
    const [y, m, day] = iso.split("-").map(Number);
    return d.day === day && d.month === m && (d.year === null || fullYear(d.year) === y);
  });
}

function pad2(n) {
  return String(n).padStart(2, "0");
}

/** A written date rewritten in a style; null where that style cannot say it. */
function writeDate(d, style, lang) {
  const y4 = d.year === null ? null : String(fullYear(d.year));
  // Day and month in figures are ambiguous in English when the day could be a month (see above).
  const figures = ["dots", "slash", "hyphen", "spaced", "two-digit year", "no leading zeros"].includes(style);
  if (lang === "en" && figures && d.day <= 12) return null;
  switch (style) {
    case "dots":
      return `${pad2(d.day)}.${pad2(d.month)}${y4 ? "." + y4 : ""}`;
    case "slash":
      return y4 ? `${pad2(d.day)}/${pad2(d.month)}/${y4}` : null;
    case "hyphen":
      return y4 ? `${pad2(d.day)}-${pad2(d.month)}-${y4}` : null;
    case "spaced":
      return y4 ? `${pad2(d.day)}. ${pad2(d.month)}. ${y4}` : null;
    case "two-digit year":
      return y4 ? `${pad2(d.day)}.${pad2(d.month)}.${y4.slice(2)}` : null;
    case "no leading zeros":
      // Without a year the month keeps its zero: `5.9` alone is a decimal as much as a date.
      return y4 ? `${d.day}.${d.month}.${d.year}` : `${d.day}.${pad2(d.month)}`;
    case "name":
      return `${d.day} ${MONTHS[lang].ofDay[d.month - 1]}${y4 ? " " + y4 : ""}`;
    case "short name":
      return `${d.day} ${SHORT_MONTHS[lang][d.month - 1]}${y4 ? " " + y4 : ""}`;
    case "roman":
      if (lang === "en" || lang === "uk") return null;
      return lang === "pl" ? `${d.day} ${ROMAN[d.month - 1]}${y4 ? " " + y4 : ""}` : `${d.day}.${ROMAN[d.month - 1]}${y4 ? "." + y4 : ""}`;
    case "ordinal": {
      if (lang !== "en") return null;
      const th = d.day % 10 === 1 && d.day !== 11 ? "st" : d.day % 10 === 2 && d.day !== 12 ? "nd" : d.day % 10 === 3 && d.day !== 13 ? "rd" : "th";
      return `${d.day}${th} ${MONTHS.en.ofDay[d.month - 1]}${y4 ? " " + y4 : ""}`;
    }
    case "month first":
      if (lang !== "en") return null;
      return `${MONTHS.en.ofDay[d.month - 1]} ${d.day}${y4 ? ", " + y4 : ""}`;
    default:
      throw new Error(style);
  }
}

/** The text with every expected date rewritten in a style; null when nothing changes or a date cannot be said so. */
function rewriteDates(text, lang, want, style) {
  const dates = datesIn(text, lang).filter((d) => isExpectedDay(d, want));
  if (dates.length === 0) return null;
  let out = text;
  for (const d of [...dates].reverse()) {
    // `4-5.03.2023`, `7-13 май`: the first day of a range shares the month; with hyphens it would run into the date.
    if (style === "hyphen" && /\d\s*[-–—]\s*$/.test(text.slice(0, d.index))) return null;
    const w = writeDate(d, style, lang);
    if (w === null) return null;
    out = out.slice(0, d.index) + w + out.slice(d.index + d.length);
  }
  return out === text ? null : out;
}

/** The year mark added after each expected date's written year that has none: spaced (`2024 г.`), glued (`2024г.`) or a word (`2024 года`). */
function addYearMark(text, lang, want, how = "spaced") {
  const mark = how === "word" ? YEAR_WORD[lang] : YEAR_MARK[lang];
  if (!mark) return null;
  const dates = datesIn(text, lang).filter((d) => isExpectedDay(d, want) && d.year !== null);
  let out = text;
  for (const d of [...dates].reverse()) {
    const end = d.index + d.length;
    if (/^\s*(?:г|р|r|год|рок|roku)(?!\p{L})|^\s*(?:года|року)/iu.test(out.slice(end))) continue;
    out = out.slice(0, end) + (how === "glued" ? "" : " ") + mark + out.slice(end);
  }
  return out === text ? null : out;
}

// ---------------------------------------------------------------------------------------------
// Ranges, words for "by", and the whole cell

const DASH = /\s*[-–—]\s*/g;

function isMonthWord(w, lang) {
  return monthOfWord(w, lang) > 0 || (lang !== "en" && romanMonth(w) > 0);
}

/** Where the dash that parts a range sits: between dates, days, years or two months; -1 where none. */
function rangeDash(text, lang) {
  for (const m of text.matchAll(DASH)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (/[\d.]$/.test(before) && /^\d/.test(after)) return m;
    const a = /(\p{L}+)$/u.exec(before);
    const b = /^(\p{L}+)/u.exec(after);
    if (a && b && isMonthWord(a[1], lang) && isMonthWord(b[1], lang)) return m;
    if (/\d\s*(?:г|р|r)?\.?$/u.test(before) && /^\d/.test(after) && m[0].trim() !== "") return m;
  }
  return null;
}

function withDash(text, lang, dash) {
  const m = rangeDash(text, lang);
  if (!m) return null;
  const out = text.slice(0, m.index) + dash + text.slice(m.index + m[0].length);
  return out === text ? null : out;
}

/** `X – Y` written `с X по Y`: only a cell that is the two ends and the dash. */
function rangeInWords(text, lang, which) {
  const words = (RANGE_WORDS[lang] || [])[which];
  if (!words) return null;
  const m = rangeDash(text, lang);
  if (!m) return null;
  let first = text.slice(0, m.index).trim();
  let second = text.slice(m.index + m[0].length).trim();
  if (first === "" || second === "" || /\n/.test(first + second)) return null;
  const dates = datesIn(text, lang);
  const bothDates = dates.length === 2 && dates[0].index === 0;
  const monthRange = /^\p{L}+$/u.test(first) && /^\p{L}+(\s+\d{4}(\s*(г|р|r)\.?|\s*(года|року|roku))?)?$/u.test(second) && isMonthWord(first, lang) && isMonthWord(second.split(/\s/)[0], lang);
  if (!bothDates && !monthRange) return null;
  if (monthRange) {
    const a = monthOfWord(first, lang);
    const b = monthOfWord(second.split(/\s/)[0], lang);
    if (!a || !b) return null;
    // Declined as the words ask: the genitive after `с`, `з`, `від`, `od`, `do`, `до`; as the month stands alone after `по`.
    const declines = lang !== "bg" && lang !== "en";
    const rest = second.slice(second.split(/\s/)[0].length);
    first = declines ? MONTHS[lang].ofDay[a - 1] : MONTHS[lang].alone[a - 1];
    second = (declines && words[1] !== "по" ? MONTHS[lang].ofDay[b - 1] : MONTHS[lang].alone[b - 1]) + rest;
  }
  const out = `${words[0]} ${first} ${words[1]} ${second}`;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** The cell's leading word for "by" replaced with another, where a date follows it. */
function otherByWord(text, lang, which) {
  const words = BY_WORDS[lang] || [];
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const m = new RegExp(`^(${w.replace(/ /g, "\\s+")})\\s+(?=\\d)`, "iu").exec(text);
    if (!m) continue;
    const next = which === "short" ? words[0] : words.find((x) => x !== words[0] && x !== w.toLowerCase());
    if (!next || next === w.toLowerCase()) return null;
    const cased = /^\p{Lu}/u.test(m[1]) ? next.charAt(0).toUpperCase() + next.slice(1) : next;
    return cased + " " + text.slice(m[0].length);
  }
  return null;
}

/** A line break where an official types one: before a written date's year, after the word for "by", after a range's dash. */
function lineBreak(text, lang, want) {
  if (/\n/.test(text)) return null;
  const named = datesIn(text, lang).filter((d) => d.style === "named" && d.year !== null && isExpectedDay(d, want));
  if (named.length > 0) {
    const d = named[named.length - 1];
    const piece = text.slice(d.index, d.index + d.length);
    const at = piece.lastIndexOf(" ");
    if (at > 0) return text.slice(0, d.index + at).replace(/,$/, ",") + "\n" + text.slice(d.index + at + 1);
  }
  for (const w of BY_WORDS[lang] || []) {
    const m = new RegExp(`^(${w.replace(/ /g, "\\s+")})\\s+`, "iu").exec(text);
    if (m) return m[1] + "\n" + text.slice(m[0].length);
  }
  const m = rangeDash(text, lang);
  if (m && m[0].trim() !== "") return text.slice(0, m.index) + m[0].trimEnd() + "\n" + text.slice(m.index + m[0].length);
  return null;
}

/** A one-day cell with its weekday after it in brackets, the weekday of the expected day. */
function withWeekday(text, lang, want) {
  if (want.kind !== "date" || !want.start || /\n/.test(text)) return null;
  // A cell that names its weekday already keeps it once.
  const lower = text.toLowerCase();
  if (WEEKDAYS[lang].some((w) => new RegExp(`(?<!\\p{L})${w.slice(0, 3).toLowerCase()}`, "u").test(lower))) return null;
  const dates = datesIn(text, lang).filter((d) => isExpectedDay(d, want));
  if (dates.length !== 1 || dates[0].index + dates[0].length !== text.trimEnd().length) return null;
  const [y, m, d] = want.start.split("-").map(Number);
  const weekday = WEEKDAYS[lang][(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7];
  return `${text.trimEnd()} (${weekday})`;
}

/** Weekdays cut short, Monday first, as written before or after a date (`Wt. 15.10`, `Tue 15 October`). */
const SHORT_WEEKDAYS = {
  ru: ["пн", "вт", "ср", "чт", "пт", "сб", "вс"],
  uk: ["пн", "вт", "ср", "чт", "пт", "сб", "нд"],
  pl: ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
  bg: ["пон.", "вт.", "ср.", "чет.", "пет.", "съб.", "нед."],
  en: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
};
/** A time of day after a date, as each language writes it: after a comma, after its word, with a hyphen. */
const TIMES = {
  ru: { comma: ", 15.00", word: " в 10.00", hyphen: ", 10-00" },
  uk: { comma: ", 15.00", word: " о 14:00", hyphen: ", 10-00" },
  pl: { comma: ", 15.00", word: " godz. 9.00", hyphen: ", 10-00" },
  bg: { comma: ", 15.00 ч.", word: " в 10.00 ч.", hyphen: ", 10-00" },
  en: { comma: ", 15:00", word: " at 6pm", hyphen: null },
};
/** Where it happens, after a comma, and a remark in brackets. */
const PLACE = { ru: ", актовый зал", uk: ", актовий зал", pl: ", aula szkoły", bg: ", актова зала", en: ", school hall" };
const REMARK = { ru: " (дистанционно)", uk: " (дистанційно)", pl: " (zdalnie)", bg: " (онлайн)", en: " (online)" };

/** The one expected date of a one-day cell when it opens the cell, or null. */
function oneDayOpening(text, lang, want) {
  if (want.kind !== "date" || !want.start || /\n/.test(text)) return null;
  const dates = datesIn(text, lang);
  return dates.length === 1 && dates[0].index === 0 && isExpectedDay(dates[0], want) ? dates[0] : null;
}

/** Whether the cell ends with its one expected date (a year mark after it allowed). */
function endsWithOneDate(text, lang, want) {
  if (/\n/.test(text)) return false;
  const dates = datesIn(text, lang);
  if (dates.length !== 1 || !isExpectedDay(dates[0], want)) return false;
  const rest = text.slice(dates[0].index + dates[0].length);
  return /^\s*(?:(?:г|р|r)\.?|года|року|roku|година)?\s*$/u.test(rest);
}

function weekdayIndex(want) {
  const [y, m, d] = want.start.split("-").map(Number);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

function namesWeekday(text, lang) {
  const lower = text.toLowerCase();
  return WEEKDAYS[lang].some((w) => new RegExp(`(?<!\\p{L})${w.slice(0, 3).toLowerCase()}`, "u").test(lower));
}

/** The weekday before a one-day cell's date: `вторник, 15.10.2024`, `Wt. 15.10`, `Tuesday 15 October`. */
function weekdayBefore(text, lang, want, how) {
  if (!oneDayOpening(text, lang, want) || namesWeekday(text, lang)) return null;
  const i = weekdayIndex(want);
  if (how === "short") return `${SHORT_WEEKDAYS[lang][i].replace(/\.$/, "")}. ${text}`;
  const day = lang === "en" ? WEEKDAYS.en[i] : WEEKDAYS[lang][i];
  return how === "comma" ? `${day.charAt(0).toUpperCase()}${day.slice(1)}, ${text}` : `${day.charAt(0).toUpperCase()}${day.slice(1)} ${text}`;
}

/** The weekday on the line under a one-day cell's date, in brackets: `20.09⏎(вторник)`. */
function weekdayNextLine(text, lang, want) {
  if (want.kind !== "date" || !want.start || !endsWithOneDate(text, lang, want) || namesWeekday(text, lang)) return null;
  return `${text.trimEnd()}\n(${WEEKDAYS[lang][weekdayIndex(want)]})`;
}

/** A time of day after a one-day cell's date, or after the date a deadline is by. */
function timeAfter(text, lang, want, how) {
  if ((want.kind !== "date" && want.kind !== "by") || !endsWithOneDate(text, lang, want)) return null;
  const time = TIMES[lang][how];
  return time ? text.trimEnd() + time : null;
}

/** A place after a comma, or a remark in brackets, after a cell's last date. */
function placeAfter(text, lang, want, which) {
  if (!["date", "by", "range"].includes(want.kind) || /\n/.test(text)) return null;
  const dates = datesIn(text, lang).filter((d) => isExpectedDay(d, want));
  if (dates.length === 0) return null;
  const last = dates[dates.length - 1];
  if (!/^\s*(?:(?:г|р|r)\.?|года|року|roku|година)?\s*$/u.test(text.slice(last.index + last.length))) return null;
  return text.trimEnd() + (which === "place" ? PLACE[lang] : REMARK[lang]);
}

/** `May 5th, 2024`: the English ordinal day after its month. */
function ordinalMonthFirst(text, lang, want) {
  if (lang !== "en") return null;
  const dates = datesIn(text, lang).filter((d) => isExpectedDay(d, want));
  if (dates.length === 0) return null;
  let out = text;
  for (const d of [...dates].reverse()) {
    const y4 = d.year === null ? null : String(fullYear(d.year));
    const th = d.day % 10 === 1 && d.day !== 11 ? "st" : d.day % 10 === 2 && d.day !== 12 ? "nd" : d.day % 10 === 3 && d.day !== 13 ? "rd" : "th";
    out = out.slice(0, d.index) + `${MONTHS.en.ofDay[d.month - 1]} ${d.day}${th}${y4 ? ", " + y4 : ""}` + out.slice(d.index + d.length);
  }
  return out === text ? null : out;
}

/**
 * Roman numerals typed with the Cyrillic letters that look the same (`Х`, `І`, `ХІІ`), as Bulgarian,
 * Russian and Ukrainian keyboards give them: months (written Roman first in bg and ru plans where the
 * cell has none), quarters and terms.
 */
const ROMAN_WORD = /(?<![\p{L}\d])(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![\p{L}])/gu;
function cyrillicRoman(text, lang, want) {
  if (lang === "en" || lang === "pl") return null;
  let base = text;
  ROMAN_WORD.lastIndex = 0;
  if (!ROMAN_WORD.test(base) && lang !== "uk") base = rewriteDates(text, lang, want, "roman") || text;
  const out = base.replace(ROMAN_WORD, (r) => (/[IX]/.test(r) ? r.replace(/I/g, "\u0406").replace(/X/g, "\u0425") : r));
  return out === text || out === base ? null : out;
}

// ---------------------------------------------------------------------------------------------
// Habits met in plans read for the first time: slips of the full stop, spans written out month by
// month, the English year after an apostrophe, an hour clause after a deadline, ordinal days in a
// span, the weekdays of a span, stages each with their own span, the year left to the title.

/** A stray full stop after each expected date's written year (`26.05.2026. – 02.06.2026`), where none follows already. */
function strayStopAfterYear(text, lang, want) {
  if (lang === "en") return null;
  const dates = datesIn(text, lang).filter((d) => isExpectedDay(d, want) && d.year !== null && d.year.length === 4);
  let out = text;
  for (const d of [...dates].reverse()) {
    const end = d.index + d.length;
    // Where a year mark follows, the stop is the mark's (`2026г.`), not a slip.
    // A stop typed before what follows the date: a space, a line break or a range's dash.
    if (!/^(?:\s|\s*[-–—])/u.test(out.slice(end)) || /^\s*(?:(?:г|р|r)(?!\p{L})|года|року|roku|година)/u.test(out.slice(end)) || end >= out.trimEnd().length) continue;
    out = out.slice(0, end) + "." + out.slice(end);
  }
  return out === text ? null : out;
}

/** The stop before the year left out (`02.06 2026`), in dates in figures. */
function yearStopLeftOut(text, lang, want) {
  if (lang === "en") return null;
  const dates = datesIn(text, lang).filter((d) => isExpectedDay(d, want) && d.style === "numeric" && d.year !== null && d.year.length === 4);
  let out = text;
  for (const d of [...dates].reverse()) {
    const piece = out.slice(d.index, d.index + d.length).replace(/\.\s?(\d{4})$/, " $1");
    out = out.slice(0, d.index) + piece + out.slice(d.index + d.length);
  }
  return out === text ? null : out;
}

/** The first day of a span of days keeps a stop of its own before the dash (`01.- 08.05.2015`). */
function stopAfterFirstDay(text, lang, want) {
  if (want.kind !== "range") return null;
  const out = text.replace(/(?<![\d.])(\d{1,2})\s*([-–—])\s*(?=\d{1,2}(?:\.\d|\s+\p{L}))/u, "$1.$2 ");
  return out === text ? null : out;
}

/** A span of months written with every month between its ends (`март - април - май 2022`). */
function monthsBetween(text, lang, want) {
  if (want.kind !== "range") return null;
  const m = /^(\p{L}+)\s*[-–—]\s*(\p{L}+)(\s+\d{4}.*)?$/u.exec(text.trim());
  if (!m) return null;
  const a = monthOfWord(m[1], lang);
  const b = monthOfWord(m[2], lang);
  if (!a || !b || b - a < 2 || /\n/.test(text)) return null;
  const cased = (w) => (m[1] === m[1].toUpperCase() ? w.toUpperCase() : m[1].charAt(0) === m[1].charAt(0).toUpperCase() ? w : w.toLowerCase());
  const between = [];
  for (let k = a + 1; k < b; k++) between.push(cased(MONTHS[lang].alone[k - 1]));
  return `${m[1]} - ${between.join(" - ")} - ${m[2]}${m[3] || ""}`;
}

/** `Aug 15 '95`: the English month cut short, the day, and the year's last two figures after an apostrophe. */
function apostropheYear(text, lang, want) {
  if (lang !== "en") return null;
  const dates = datesIn(text, lang).filter((d) => isExpectedDay(d, want) && d.year !== null && d.year.length === 4);
  if (dates.length === 0) return null;
  let out = text;
  for (const d of [...dates].reverse()) out = out.slice(0, d.index) + `${SHORT_MONTHS.en[d.month - 1]} ${d.day} '${d.year.slice(2)}` + out.slice(d.index + d.length);
  return out === text ? null : out;
}

/** The hour a deadline closes at, in a clause of its own after the date it is by. */
const HOUR_CLAUSE = { ru: " до 18.00", uk: " до 18:00", pl: " Do godziny 18.00", bg: " до 18.00 ч.", en: " by 6pm" };
function hourClause(text, lang, want) {
  if (want.kind !== "by" || !endsWithOneDate(text, lang, want)) return null;
  return text.trimEnd() + HOUR_CLAUSE[lang];
}

/** `12th - 16th February`: every day of an English span written as an ordinal, the first one too. */
function ordinalSpan(text, lang, want) {
  if (lang !== "en" || want.kind !== "range") return null;
  const th = (n) => (n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th");
  const out = text.replace(/(?<![\d.:/\p{L}])(\d{1,2})(?![\d.:/]|st|nd|rd|th)(?=\s*(?:[-–—]|to\b|\p{L}))/gu, (d) => (Number(d) >= 1 && Number(d) <= 31 ? d + th(Number(d)) : d));
  return out === text || !datesIn(out, lang).some((d) => isExpectedDay(d, want)) ? null : out;
}

/** The weekdays of a short span after it, cut short and in capitals as a calendar heads them (`10-11 IX, WT-ŚR`). */
const SPAN_WEEKDAYS = {
  ru: ["ПН", "ВТ", "СР", "ЧТ", "ПТ", "СБ", "ВС"],
  uk: ["ПН", "ВТ", "СР", "ЧТ", "ПТ", "СБ", "НД"],
  pl: ["PON", "WT", "ŚR", "CZW", "PT", "SOB", "NDZ"],
  bg: ["ПН", "ВТ", "СР", "ЧТ", "ПТ", "СБ", "НД"],
  en: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
};
function spanWeekdays(text, lang, want) {
  if (want.kind !== "range" || !want.start || !want.end || /\n/.test(text) || namesWeekday(text, lang)) return null;
  const days = (Date.parse(want.end) - Date.parse(want.start)) / 86400000;
  if (days < 1 || days > 6) return null;
  const dates = datesIn(text, lang).filter((d) => isExpectedDay(d, want));
  if (dates.length === 0 || !endsWithDateOrMark(text, dates[dates.length - 1])) return null;
  const w = SPAN_WEEKDAYS[lang];
  return `${text.trimEnd()}, ${w[weekdayIndex({ start: want.start })]}-${w[weekdayIndex({ start: want.end })]}`;
}

function endsWithDateOrMark(text, d) {
  return /^\s*(?:(?:г|р|r)\.?|года|року|roku|година)?\s*$/u.test(text.slice(d.index + d.length));
}

/** A span of at least five days written as two stages, each with its own span and name, one after the other. */
const STAGES = {
  ru: ["I этап", "II этап"],
  uk: ["I етап", "II етап"],
  pl: ["I etap", "II etap"],
  bg: ["I етап", "II етап"],
  en: ["stage 1", "stage 2"],
};
function twoStages(text, lang, want) {
  if (want.kind !== "range" || !want.start || !want.end || /\n/.test(text)) return null;
  const dates = datesIn(text, lang).filter((d) => isExpectedDay(d, want));
  if (dates.length !== 2 || dates[0].year === null || dates[1].year === null || dates[0].style !== dates[1].style) return null;
  if (!/^\s*$/.test(text.slice(0, dates[0].index)) || !endsWithDateOrMark(text, dates[1])) return null;
  const days = (Date.parse(want.end) - Date.parse(want.start)) / 86400000;
  // Each stage two days at least, a day's pause between them.
  if (days < 4) return null;
  const at = (iso) => {
    const [y, m, d] = iso.split("-").map(Number);
    return { day: d, month: m, year: String(y) };
  };
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  const s = Date.parse(want.start);
  const firstEnd = at(iso(s + Math.floor(days / 2 - 1) * 86400000));
  const secondStart = at(iso(s + Math.floor(days / 2 + 1) * 86400000));
  const style = dates[0].style === "numeric" ? "dots" : "name";
  const write = (d) => writeDate(d, style, lang);
  const [a, b, c, e] = [dates[0], firstEnd, secondStart, dates[1]].map((d) => write({ ...d, year: d.year }));
  if ([a, b, c, e].some((x) => x === null)) return null;
  return `${a} – ${b} ${STAGES[lang][0]}; ${c} – ${e} ${STAGES[lang][1]}`;
}

/** The weekday after a one-day cell's date with spaces and no brackets, as a column padded by hand writes it (`21.10.2019г     понеделник`). */
function weekdaySpaced(text, lang, want) {
  if (want.kind !== "date" || !want.start || !endsWithOneDate(text, lang, want) || namesWeekday(text, lang)) return null;
  return `${text.trimEnd()}     ${WEEKDAYS[lang][weekdayIndex(want)]}`;
}

/** A span of two months written with a slash (`styczeń/luty 2018`, `I/II`), in words or in Roman numerals. */
function monthsWithSlash(text, lang, want, roman) {
  if (want.kind !== "range" || (roman && (lang === "en" || lang === "uk"))) return null;
  const m = /^(\p{L}+)\s*[-–—]\s*(\p{L}+)(\s+\d{4}.*)?$/u.exec(text.trim());
  if (!m) return null;
  const a = monthOfWord(m[1], lang) || romanMonth(m[1]);
  const b = monthOfWord(m[2], lang) || romanMonth(m[2]);
  if (!a || !b || b !== a + 1) return null;
  if (roman) return `${ROMAN[a - 1]}/${ROMAN[b - 1]}${m[3] || ""}`;
  if (romanMonth(m[1]) && !monthOfWord(m[1], lang)) return null;
  return `${m[1]}/${m[2]}${m[3] || ""}`;
}

/** The ending a day takes as an ordinal before its month's name: `12-го сентября`, `12-го вересня`, `12-ти септември`. */
function cyrillicOrdinal(day, lang) {
  if (lang === "ru" || lang === "uk") return `${day}-го`;
  const last = day % 10;
  const teen = day % 100 >= 11 && day % 100 <= 19;
  return `${day}-${!teen && last === 1 ? "ви" : !teen && last === 2 ? "ри" : !teen && (last === 7 || last === 8) ? "ми" : "ти"}`;
}

/** Every day before a month's name written as an ordinal, a span's first day too (`с 12-го по 15-го сентября`). */
function ordinalDays(text, lang, want) {
  if (lang !== "ru" && lang !== "uk" && lang !== "bg") return null;
  const dates = datesIn(text, lang).filter((d) => isExpectedDay(d, want) && d.style === "named");
  if (dates.length === 0) return null;
  let out = text;
  for (const d of [...dates].reverse()) {
    const piece = out.slice(d.index, d.index + d.length).replace(/^\d{1,2}/, (n) => cyrillicOrdinal(Number(n), lang));
    out = out.slice(0, d.index) + piece + out.slice(d.index + d.length);
  }
  out = out.replace(/(?<![\d.:/\p{L}-])(\d{1,2})(\s*(?:[-–—]|по|до)\s*)(?=\d{1,2}-\p{L})/u, (all, n, join) => cyrillicOrdinal(Number(n), lang) + join);
  return out === text ? null : out;
}

/**
 * Work all year round and work that comes round every month or week, each said the ways officials of
 * the language say it: a cell that is one of these wordings alone is written as the next one of its list.
 */
const OTHER_WORDS = {
  continuous: {
    ru: ["в течение года", "в течение учебного года", "постоянно", "весь год", "круглый год", "в течение всего учебного года"],
    uk: ["протягом року", "впродовж року", "протягом навчального року", "постійно", "цілий рік", "упродовж навчального року", "протягом усього року"],
    pl: ["cały rok", "przez cały rok", "cały rok szkolny", "w ciągu roku szkolnego", "na bieżąco", "systematycznie"],
    bg: ["целогодишно", "през годината", "постоянен", "през цялата учебна година", "текущ", "цяла година"],
    en: ["ongoing", "throughout the year", "all year", "continuous"],
  },
  month: {
    ru: ["ежемесячно", "1 раз в месяц", "каждый месяц", "раз в месяц"],
    uk: ["щомісяця", "щомісячно", "1 раз на місяць", "кожного місяця"],
    pl: ["co miesiąc", "raz w miesiącu", "1 x w miesiącu", "comiesięcznie", "1/miesiąc"],
    bg: ["ежемесечно", "всеки месец", "веднъж месечно", "1 път месечно"],
    en: ["monthly", "every month", "once a month"],
  },
  week: {
    ru: ["еженедельно", "1 раз в неделю", "каждую неделю"],
    uk: ["щотижня", "щотижнево", "1 раз на тиждень", "кожного тижня"],
    pl: ["co tydzień", "raz w tygodniu", "1 x w tygodniu"],
    bg: ["ежеседмично", "всяка седмица", "веднъж седмично"],
    en: ["weekly", "every week", "once a week"],
  },
};
function otherWords(text, lang, want) {
  const lists = want.kind === "continuous" ? [OTHER_WORDS.continuous] : want.kind === "recurring" ? [OTHER_WORDS.month, OTHER_WORDS.week] : [];
  const said = text.trim().toLowerCase().replace(/\s+/g, " ");
  for (const byLang of lists) {
    const list = byLang[lang];
    const at = list.indexOf(said);
    if (at < 0) continue;
    const next = list[(at + 1) % list.length];
    return /^\p{Lu}/u.test(text.trim()) ? next.charAt(0).toUpperCase() + next.slice(1) : next;
  }
  return null;
}

/** Every expected date's year left out (`15.10`, `15 października`), as a table under a title or a month row giving the year writes its days. */
function yearLeftToTitle(text, lang, want, around) {
  if (lang === "en") return null;
  // Only days inside the year or school year the title over the table gives: elsewhere it would not say their year.
  const named = around.titleYears;
  if (!named) return null;
  const inTitle = (d) => {
    const y = fullYear(d.year);
    if (!named[2]) return y === Number(named[1]);
    const iso = `${y}-${pad2(d.month)}-${pad2(d.day)}`;
    return iso >= `${named[1]}-09-01` && iso <= `${named[2]}-08-31`;
  };
  const dates = datesIn(text, lang).filter((d) => isExpectedDay(d, want) && d.year !== null && d.style !== "roman" && inTitle(d));
  let out = text;
  for (const d of [...dates].reverse()) {
    const rest = out.slice(d.index + d.length).replace(/^\s*(?:(?:г|р|r)\.|года|року|roku|година|(?:г|р|r)(?!\p{L}))/u, "");
    out = out.slice(0, d.index) + writeDate({ ...d, year: null }, d.style === "numeric" ? "dots" : "name", lang) + rest;
  }
  return out === text ? null : out;
}

const VARIANTS = {
  "dd.mm.yyyy": (t, lang, want) => rewriteDates(t, lang, want, "dots"),
  "slashes": (t, lang, want) => rewriteDates(t, lang, want, "slash"),
  "hyphens": (t, lang, want) => rewriteDates(t, lang, want, "hyphen"),
  "spaced dots": (t, lang, want) => rewriteDates(t, lang, want, "spaced"),
  "two-digit year": (t, lang, want) => rewriteDates(t, lang, want, "two-digit year"),
  "no leading zeros": (t, lang, want) => rewriteDates(t, lang, want, "no leading zeros"),
  "year mark": (t, lang, want) => addYearMark(t, lang, want),
  "year mark glued": (t, lang, want) => addYearMark(t, lang, want, "glued"),
  "year word": (t, lang, want) => addYearMark(t, lang, want, "word"),
  "month name": (t, lang, want) => rewriteDates(t, lang, want, "name"),
  "month cut short": (t, lang, want) => rewriteDates(t, lang, want, "short name"),
  "Roman month": (t, lang, want) => rewriteDates(t, lang, want, "roman"),
  "ordinal day (en)": (t, lang, want) => rewriteDates(t, lang, want, "ordinal"),
  "month first (en)": (t, lang, want) => rewriteDates(t, lang, want, "month first"),
  "by: short word": (t, lang, want) => (want.kind === "by" ? otherByWord(t, lang, "short") : null),
  "by: long words": (t, lang, want) => (want.kind === "by" ? otherByWord(t, lang, "long") : null),
  "range: en dash": (t, lang, want) => (want.kind === "range" || want.kind === "school-year" ? withDash(t, lang, " – ") : null),
  "range: em dash": (t, lang, want) => (want.kind === "range" || want.kind === "school-year" ? withDash(t, lang, "—") : null),
  "range: hyphen": (t, lang, want) => (want.kind === "range" || want.kind === "school-year" ? withDash(t, lang, "-") : null),
  "range: spaced hyphen": (t, lang, want) => (want.kind === "range" || want.kind === "school-year" ? withDash(t, lang, " - ") : null),
  "range in words": (t, lang, want) => (want.kind === "range" ? rangeInWords(t, lang, 0) : null),
  "range in other words": (t, lang, want) => (want.kind === "range" ? rangeInWords(t, lang, 1) : null),
  "weekday after": (t, lang, want) => withWeekday(t, lang, want),
  "trailing full stop": (t) => (/[.:;!?]$/.test(t.trim()) ? null : t.trim() + "."),
  capitals: (t) => (t.toUpperCase() === t ? null : t.toUpperCase()),
  "first letter capital": (t) => (/^\p{Ll}/u.test(t) ? t.charAt(0).toUpperCase() + t.slice(1) : null),
  "line break": (t, lang, want) => lineBreak(t, lang, want),
  "label inside": (t, lang) => `${LABEL[lang]} ${t}`,
  "weekday before": (t, lang, want) => weekdayBefore(t, lang, want, "comma"),
  "weekday before, no comma": (t, lang, want) => weekdayBefore(t, lang, want, "space"),
  "weekday before, short": (t, lang, want) => weekdayBefore(t, lang, want, "short"),
  "weekday next line": (t, lang, want) => weekdayNextLine(t, lang, want),
  "time after comma": (t, lang, want) => timeAfter(t, lang, want, "comma"),
  "time after its word": (t, lang, want) => timeAfter(t, lang, want, "word"),
  "time with hyphen": (t, lang, want) => timeAfter(t, lang, want, "hyphen"),
  "place after comma": (t, lang, want) => placeAfter(t, lang, want, "place"),
  "remark in brackets": (t, lang, want) => placeAfter(t, lang, want, "remark"),
  "non-breaking spaces": (t) => (/ /.test(t) ? t.replace(/ /g, "\u00a0") : null),
  "web page debris": (t) => `\u00c2\u00a0${t}`,
  "ordinal after month (en)": (t, lang, want) => ordinalMonthFirst(t, lang, want),
  "Roman, Cyrillic letters": (t, lang, want) => cyrillicRoman(t, lang, want),
  "stray stop after year": (t, lang, want) => strayStopAfterYear(t, lang, want),
  "year's stop left out": (t, lang, want) => yearStopLeftOut(t, lang, want),
  "stop after first day": (t, lang, want) => stopAfterFirstDay(t, lang, want),
  "months in between": (t, lang, want) => monthsBetween(t, lang, want),
  "apostrophe year (en)": (t, lang, want) => apostropheYear(t, lang, want),
  "hour clause after by": (t, lang, want) => hourClause(t, lang, want),
  "ordinal span (en)": (t, lang, want) => ordinalSpan(t, lang, want),
  "span's weekdays after": (t, lang, want) => spanWeekdays(t, lang, want),
  "two stages": (t, lang, want) => twoStages(t, lang, want),
  "year left to the title": (t, lang, want, around) => yearLeftToTitle(t, lang, want, around),
  "weekday after, spaced": (t, lang, want) => weekdaySpaced(t, lang, want),
  "months with a slash": (t, lang, want) => monthsWithSlash(t, lang, want, false),
  "Roman months with a slash": (t, lang, want) => monthsWithSlash(t, lang, want, true),
  "ordinal days (Cyrillic)": (t, lang, want) => ordinalDays(t, lang, want),
  "always/monthly in words": (t, lang, want) => otherWords(t, lang, want),
};
const ALL = ["as written", ...Object.keys(VARIANTS)];

// ---------------------------------------------------------------------------------------------
// Rebuilding and reading

/** The sheet (and its 0-based cell) a listed deadline cell sits on: the first sheet whose expected tables span its row. */
function placeOf(plan, cell) {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return null;
  const row = Number(m[2]);
  const tables = (plan.expected && plan.expected.tables) || [];
  const sheet = plan.sheets.find((s) => tables.some((t) => t.sheet === s.name && Math.min(t.firstRow, ...(t.headerRows || [])) <= row && row <= t.lastRow));
  return sheet ? { sheet: sheet.name, row: row - 1, col: columnIndex(m[1]) } : null;
}

/**
 * The year or school year the title over a cell's table writes (`Kalendarium Roku Szkolnego 2023/2024`):
 * the first one in the rows between the table before it on the sheet (or the sheet's top) and its header,
 * as [match, first year, second year or undefined]; null where the title writes none.
 */
function titleYearsOver(plan, grid, place) {
  const tables = ((plan.expected && plan.expected.tables) || []).filter((t) => t.sheet === place.sheet);
  const top = (t) => Math.min(t.firstRow, ...(t.headerRows || []));
  const mine = tables.find((t) => top(t) <= place.row + 1 && place.row + 1 <= t.lastRow);
  if (!mine) return null;
  const before = tables.filter((t) => t.lastRow < top(mine)).reduce((a, t) => Math.max(a, t.lastRow), 0);
  const text = grid.values.slice(before, top(mine) - 1).flat().filter((v) => typeof v === "string").join("\n");
  // A year that closes a date or a number (`04.01.2022`, `nr 1/2022`, `от 19 май 2021 г.`) dates a decree, not the plan.
  for (const m of text.matchAll(/(?<![\d./№-])((?:19|20)\d{2})(?:\s*(?:\/|-|–)\s*((?:19|20)\d{2}))?(?!\d)/gu)) {
    if (!/\d\s*[\p{L}.]+\s*$/u.test(text.slice(Math.max(0, m.index - 20), m.index))) return m;
  }
  return null;
}

/** The plan's sheets as grids with one variant applied to its sure deadline cells; null where it changes none. */
function variantOf(kind, plan) {
  const grids = plan.sheets.map((s) => {
    const g = sheetOf(plan, s);
    return { sheet: g.name, origin: { row: 0, col: 0 }, values: g.rows.map((r) => r.slice()), merges: g.merges };
  });
  const cells = [];
  for (const listed of (plan.expected && plan.expected.deadlines) || []) {
    const want = expectedReading(plan.id, listed);
    if (!SURE.has(want.kind)) continue;
    const place = placeOf(plan, listed.cell);
    if (!place) continue;
    const grid = grids.find((g) => g.sheet === place.sheet);
    const text = (grid.values[place.row] || [])[place.col];
    if (text === null || text === undefined) continue;
    const written = String(text);
    const now = kind === "as written" ? written : VARIANTS[kind](written, plan.lang, want, { titleYears: titleYearsOver(plan, grid, place) });
    if (now === null || (kind !== "as written" && now === written)) continue;
    grid.values[place.row][place.col] = now;
    cells.push({ cell: listed.cell, want, written, now });
  }
  return cells.length === 0 ? null : { grids, cells };
}

function readVariant(kind, plan, engine) {
  const v = variantOf(kind, plan);
  if (!v) return [];
  let tables = [];
  try {
    tables = checkedTables(engine.checkWorkbook({ file: `${plan.id}.xlsx`, sheets: v.grids, metadata: null, reportSheet: null }), engine);
  } catch {
    // A variant the reader cannot read at all counts as every cell unread, not as a stop.
  }
  return v.cells.map((c) => {
    const got = readingAt(tables, c.cell) || { kind: "unparsed", start: null, end: null, reason: "no-column" };
    return { plan: plan.id, ...c, got, verdict: engine.compareReading(c.want, got).verdict };
  });
}

function show(r) {
  return r.kind === "unparsed" ? `unparsed${r.reason ? " (" + r.reason + ")" : ""}` : `${r.kind} ${r.start}..${r.end}`;
}

function main() {
  const args = parseArgs(process.argv.slice(2), "deadline-variants");
  const engine = builtEngine(args.build);
  const kinds = args.variants.length > 0 ? ["as written", ...args.variants.filter((k) => k !== "as written")] : ALL;
  for (const k of kinds) if (!ALL.includes(k)) throw new Error(`deadline-variants: unknown variant "${k}" (one of: ${ALL.join(", ")})`);
  const plans = readPlans(args.plans);
  const written = new Map();
  for (const plan of plans) for (const r of readVariant("as written", plan, engine)) written.set(`${r.plan}|${r.cell}`, r);
  console.log(`${"variant".padEnd(24)} ${"cells".padStart(5)}  ${"hold".padStart(12)}  unread  wrong  broken (wrong/unread)`);
  for (const kind of kinds) {
    const results = kind === "as written" ? [...written.values()] : plans.flatMap((p) => readVariant(kind, p, engine));
    const held = results.filter((r) => r.verdict === "right").length;
    const unread = results.filter((r) => r.verdict === "missed").length;
    const wrong = results.filter((r) => r.verdict === "wrong").length;
    // Broken by the variant: read right as written, not any more. Wrong readings are the worst, so first.
    const broke = results
      .filter((r) => r.verdict !== "right" && (written.get(`${r.plan}|${r.cell}`) || {}).verdict === "right")
      .sort((a, b) => (a.verdict === b.verdict ? 0 : a.verdict === "wrong" ? -1 : 1));
    const brokeWrong = broke.filter((r) => r.verdict === "wrong").length;
    const pct = results.length ? ((100 * held) / results.length).toFixed(1) : "0.0";
    console.log(`${kind.padEnd(24)} ${String(results.length).padStart(5)}  ${String(held).padStart(5)} (${pct.padStart(5)}%)  ${String(unread).padStart(6)}  ${String(wrong).padStart(5)}  ${brokeWrong}/${broke.length - brokeWrong}`);
    if (kind === "as written") continue;
    const shown = args.verbose ? broke : broke.slice(0, 5);
    for (const r of shown) {
      console.log(`    ${r.verdict === "wrong" ? "WRONG " : "unread"} ${r.plan}!${r.cell} «${r.now.replace(/\n/g, "⏎")}» (was «${r.written.replace(/\n/g, "⏎")}»): ${show(r.got)}, expected ${show(r.want)}`);
    }
    if (shown.length < broke.length) console.log(`    … ${broke.length - shown.length} more (--verbose)`);
  }
}

module.exports = { VARIANTS, datesIn };

if (require.main === module) main();
