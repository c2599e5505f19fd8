import type { RoleMatcher } from "../detect/role-matcher";
import type { SheetRows } from "../detect/sheet-rows";
import { parseNumbering } from "../numbering";

/** The only non-empty cell of a row. */
export interface LoneCell {
  col: number;
  text: string;
  value: string | number | boolean;
  /** True when the cell is merged across two or more columns. */
  spans: boolean;
}

/** The row's only non-empty cell, or null when the row has none or several. */
export function loneCell(rows: SheetRows, row: number): LoneCell | null {
  const { cols, texts, values } = rows.cells(row);
  if (cols.length !== 1) return null;
  const m = rows.mergeAt(row, cols[0]);
  return { col: cols[0], text: texts[0], value: values[0] as string | number | boolean, spans: !!m && m.colCount > 1 };
}

const STARTS_LOWER_CASE = /^\p{Ll}/u;

/**
 * A section row: one cell that opens with a section word (`Стратегическа цел №2: ...`,
 * `Cel szczegółowy 1`), spans merged across the columns, or fills the table's first column
 * alone without a task number (`I.` counts as a section's number, `5.` does not: a `5.` row
 * alone is a parent task written in one cell). Text starting in lower case continues something;
 * it opens nothing.
 */
export function isSectionRow(cell: LoneCell, firstCol: number, matcher: RoleMatcher, activityCol = -1): boolean {
  if (matcher.opensSection(cell.text) || cell.spans || isYearHeading(cell.text)) return true;
  const n = parseNumbering(cell.value);
  if (n) return n.style === "roman" || isGroupHeading(cell.text);
  // A month alone in the first column heads its rows, however it is written (`м. октомври`, `май`).
  if (cell.col === firstCol && isMonthHeading(cell.text)) return true;
  if (cell.col > firstCol || STARTS_LOWER_CASE.test(cell.text)) return false;
  // Where the first column holds the task text, a lone cell there is a task with nothing else filled
  // in, unless it reads as a heading: written in capitals, a month's name, or a part of the school
  // year with its year (`Autumn 2024`, `Semestr zimowy 2024/2025`): no task is named so.
  if (cell.col === activityCol) return isHeadingText(cell.text) || isPeriodHeading(cell.text);
  return true;
}

/**
 * A class or a term named by its number alone on its line (`4 клас`, `9 класс`, `8 kl.`, `1
 * четверть`, `2 семестър`, `Year 11`): the group of the rows under it, no task numbered 4.
 */
const GROUP_HEADING = /^(?:\d{1,2}\s*[-–]?\s*(?:(?:и|і|ы|ий|ый|ой|ти|ви|ри|-?й)\s+)?(?:клас|класс|класи|классы|класове|kl\.?|klasa|klasy|klas|grade|четверт|чверт|семест|trimest|term)\p{L}*\.?|(?:year|grade|klasa)\s+\d{1,2})$/iu;

function isGroupHeading(text: string): boolean {
  return GROUP_HEADING.test(text.trim());
}

/** The word for a year written before it (`ROK 2024`, `Year 2024`, `Год 2024`, `Рік 2024`, `Година 2024`). */
const YEAR_HEADING = /^(?:rok|year|год|рік|година)\s+(?:19|20)\d{2}\s*(?:r\.?|р\.?|г\.?)?$/iu;

/**
 * A line naming the calendar year alone, its word first (`ROK 2024` between December's and
 * January's rows), in whatever column: the year of the rows under it, a heading. A year alone with
 * no word before it (`2024 р.`) may be the second line of a date split over two rows.
 */
export function isYearHeading(text: string): boolean {
  return YEAR_HEADING.test(text.trim());
}

/** A heading as plans write one: all in capitals (`ОРГАНИЗАЦИОННЫЕ МЕРОПРИЯТИЯ`), or a month (`Listopad`, `СЕНТЯБРЬ 2024`). */
export function isHeadingText(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 3 && letters === letters.toUpperCase()) return true;
  return isMonthHeading(text);
}

const MONTHS = [
  "січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт", "листопад", "груд",
  "январ", "феврал", "март", "апрел", "май", "мая", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
  "януари", "февруари", "април", "юни", "юли", "септември", "октомври", "ноември", "декември",
  "styczeń", "stycz", "luty", "lut", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];

/** Month names by language, January first, as stems a name opens with. */
const MONTHS_IN_ORDER = [
  ["січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт", "листопад", "груд"],
  ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"],
  ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"],
  ["stycz", "lut", "marz", "kwie", "maj", "czerw", "lip", "sierp", "wrze", "październik", "listopad", "grudz"],
  ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
];

/**
 * The word for "month" officials write before its name (`м. октомври 2017`, `мес. май`, `месяц
 * май`, `miesiąc maj`, `місяць травень`), folded to lower case: no part of the name itself.
 */
const MONTH_WORD = /^(?:м|мес|месец|месяц|місяць|miesiąc|month)$/u;

/** Three letters or more each standing alone, spaced out for emphasis (`Ф е в р у а р и`, `П Л А Н`). */
const SPACED_OUT = /(?<!\p{L})\p{L}(?: \p{L}(?!\p{L})){2,}/gu;

/** The words of a heading, folded to lower case, with the word for "month" before the name left out. */
function headingWords(text: string): string[] | null {
  // A word spaced out letter by letter (`м. Ф е в р у а р и`) is read as the word it spells.
  const words = text.replace(SPACED_OUT, (w) => w.replace(/ /g, "")).toLowerCase().match(/\p{L}+/gu);
  if (!words) return null;
  return words.length > 1 && MONTH_WORD.test(words[0]) ? words.slice(1) : words;
}

/** The month (1-12) a month heading names (`СЕНТЯБРЬ`, `Listopad 2023`, `APRIL`), or 0. */
export function monthOf(text: string): number {
  if (!isMonthHeading(text)) return 0;
  const first = headingWords(text)![0];
  for (const names of MONTHS_IN_ORDER) {
    const i = names.findIndex((m) => first.startsWith(m));
    if (i >= 0) return i + 1;
  }
  return 0;
}

/** A row naming a month alone (with its year, perhaps): `СЕНТЯБРЬ`, `Listopad 2023`, `Вересень 2025 р.`, `м. октомври \`2017` */
export function isMonthHeading(text: string): boolean {
  const words = headingWords(text);
  if (!words || words.length > 3) return false;
  const first = words[0];
  if (!MONTHS.some((m) => first.startsWith(m) && first.length <= m.length + 4)) return false;
  return words.slice(1).every((w) => /^(?:г|год|года|р|рік|року|r|rok|roku|year)$/.test(w));
}

/**
 * The second line of a section title split over two rows (Kyustendil's goal 2): a lone cell in the
 * first column, or spanning, right after a section row, opening no section of its own.
 */
export function continuesSection(cell: LoneCell, firstCol: number, matcher: RoleMatcher): boolean {
  // A term with its year (`Autumn 2024` under `Inset/ Occasional days`) heads a part of its own.
  return (cell.col <= firstCol || cell.spans) && !parseNumbering(cell.value) && !matcher.opensSection(cell.text) && !isPeriodHeading(cell.text);
}

/** Words naming a part of the school year, folded to lower case, matched at a word's start. */
const PERIOD_WORDS = [
  "term", "semester", "trimester", "quarter", "autumn", "fall", "spring", "summer", "winter",
  "семестр", "триместр", "четверть", "чверть", "полугоди", "півріч", "квартал", "осен", "весн", "лет", "зим", "осін", "літ",
  "срок", "тримесеч", "есен", "пролет", "лято",
  "semestr", "trymestr", "półrocz", "kwartał", "jesie", "wiosn", "lato", "zim",
];

/**
 * A heading naming a part of the school year with its year (`Autumn Term 2024`, `Spring 2024`,
 * `I семестр 2024/2025`, `Semestr zimowy 2024/2025`), or a month with its year (`Listopad 2023`):
 * the year of the dates under it, written without one. Short, of letters and the year only.
 */
export function isPeriodHeading(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 40) return false;
  const year = /(?:^|\s|\()((?:19|20)\d{2})(?:\s*[/–-]\s*(?:(?:19|20)?\d{2}))?\)?\s*(?:г\.?|р\.?|r\.?)?$/u.exec(trimmed);
  if (!year) return false;
  const rest = trimmed.slice(0, year.index).trim();
  if (/\d/.test(rest)) return false;
  const words = rest.toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length > 4) return false;
  if (isMonthHeading(trimmed) || isYearHeading(trimmed)) return true;
  return words.some((w) => PERIOD_WORDS.some((p) => w.startsWith(p)));
}
