import { withoutLabel } from "./label";
import { parseDeadline } from "./parse";
import { romanAt, yearAt } from "./parsers/numbers";
import { isYearRoundWork } from "./summerOpening";
import { tokenize, type Token } from "./text";
import type { DeadlineColumn } from "./types";
import { cyrillicSideOf, monthOf, wordClass } from "./vocabulary";

export type { DeadlineColumn } from "./types";

export const NO_COLUMN: DeadlineColumn = { by: false, romanMonths: false, years: [], monthNames: false, summerLast: false, februaryHalves: false };

/**
 * Phrases of a limit, folded and tokenized: the date is the latest (`не позднее`, `nie później niż`,
 * `no later than`). `Краен срок` and `due` are not here: they name the column (a deadline), they do
 * not make its dates limits any more than `Срок` does.
 */
const LIMIT_PHRASES: readonly string[][] = [
  "не позднее", "не позже", "не пізніше", "не по-късно", "най-късно", "nie później", "najpóźniej",
  "no later than", "not later than", "at the latest",
].map((p) => tokenize(p).map((t) => t.text));

/**
 * Single words of a limit, which count only after another word of the same header line (`Срок до`,
 * `Termin do dnia`): a line that is the word alone (`Rozpoczęcie – Zakończenie / do`) heads the end
 * of an od/do pair of columns, each cell a date of its own, and a line that names the start too
 * (`Срок (от – до)`) heads spans.
 */
const LIMIT_WORDS = new Set(["до", "do", "by", "until", "till"]);

/** `Срок (от – до)`, `Termin od do`: a header naming both ends of a span, not a limit. */
const FROM_WORDS = new Set(["от", "od", "з", "від", "с", "from"]);

/** Two header rows are joined with " / "; a header cell may break its own lines. */
const HEADER_LINES = /\s\/\s|[\r\n]+/u;

function startsWith(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.text === w);
}

/** Whether a deadline column's header says its dates are limits. */
export function headerSaysBy(header: string | null | undefined): boolean {
  if (typeof header !== "string" || header.trim() === "") return false;
  for (const line of header.split(HEADER_LINES)) {
    const tokens = tokenize(line);
    for (let i = 0; i < tokens.length; i++) {
      if (LIMIT_PHRASES.some((p) => startsWith(tokens, i, p))) return true;
      if (LIMIT_WORDS.has(tokens[i].text) && tokens.slice(0, i).some((t) => t.type === "word") && !tokens.some((t) => FROM_WORDS.has(t.text))) return true;
    }
  }
  return false;
}

/** How a cell writes Roman numerals: as months surely, as a quarter or term, or neither. */
type RomanUse = "month" | "period" | null;

/** The tokens without the stops and commas a cell ends with. */
function trimmed(tokens: readonly Token[]): readonly Token[] {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1].type === "sym" && tokens[end - 1].text !== "-") end--;
  return tokens.slice(0, end);
}

/**
 * `IX`, `ХІ`, `XII` alone (past IV, and not the `X` of a cross), or a day before a Roman numeral
 * (`20 IX`, `11.I. 2018`, `od 16 X do 3 XI`): months; a numeral before a quarter, half-year or term
 * word (`II kwartał`, `I срок`): a period by number, which a lone `I` of the column may be too.
 */
function romanUse(text: string): RomanUse {
  const tokens = trimmed(tokenize(text));
  let month = false;
  for (let i = 0; i < tokens.length; i++) {
    const n = romanAt(tokens, i);
    // Numerals are written in capitals: `1 i 15 października` joins two days with the word `i`.
    const written = text.slice(tokens[i].start, tokens[i].end);
    if (n === undefined || written !== written.toUpperCase()) continue;
    const next = wordClass(tokens[i + 1]);
    if (next?.quarter || next?.half) return "period";
    const dayBefore = tokens[i - 1]?.type === "num" || (tokens[i - 1]?.text === "." && tokens[i - 2]?.type === "num");
    if (dayBefore || (tokens.length === 1 && n > 4 && n !== 10)) month = true;
  }
  return month ? "month" : null;
}

/**
 * What a deadline column says of its cells: its header, and its cells in any order. Roman months
 * need two cells that can only be months, and no cell where a numeral names a quarter or a term.
 */
export function readDeadlineColumn(header: string | null | undefined, cells: Iterable<string>): DeadlineColumn {
  let months = 0;
  let periods = 0;
  const written = new Set<number>();
  // The months of the cells that are a month's name alone, in row order.
  const named: number[] = [];
  const seen = new Map<string, RomanUse>();
  // Plans repeat their deadline texts row after row: each distinct text is tokenized once.
  const monthsAlone = new Map<string, number | undefined>();
  let first: string | undefined;
  const sides = { bg: 0, "ru-uk": 0 };
  const order = { dayFirst: 0, monthFirst: 0 };
  // The years each distinct text writes, and the texts in row order, for a year slipped among them.
  const yearsOf = new Map<string, number[]>();
  const inOrder: string[] = [];
  for (const text of cells) {
    if (typeof text !== "string" || text.trim() === "") continue;
    inOrder.push(text);
    first ??= text;
    let use = seen.get(text);
    if (use === undefined) {
      // A label inside the cell (`Срок: Х`) is no part of what the cell says of the column.
      use = romanUse(withoutLabel(text));
      seen.set(text, use);
      const tokens = tokenize(text);
      for (let i = 0; i < tokens.length; i++) {
        const y = yearAt(tokens, i);
        if (y !== undefined) written.add(y);
        if (y !== undefined) yearsOf.set(text, [...(yearsOf.get(text) ?? []), y]);
        const side = cyrillicSideOf(tokens[i]);
        if (side) sides[side]++;
      }
      monthsAlone.set(text, monthAlone(withoutLabel(text)));
      if (DAY_FIRST.test(text)) order.dayFirst++;
      if (MONTH_FIRST.test(text)) order.monthFirst++;
    }
    const alone = monthsAlone.get(text);
    if (alone !== undefined) named.push(alone);
    if (use === "month") months++;
    else if (use === "period") periods++;
  }
  const by = headerSaysBy(header);
  const romanMonths = months >= 2 && periods === 0;
  const span = [...written].sort((a, b) => a - b);
  const years = span.length > 0 && span[span.length - 1] - span[0] <= 1 ? span : [];
  const monthNames = named.length >= 3;
  const byTheme = first !== undefined && isYearRoundWork(parseDeadline(first));
  const summerLast = (monthNames && isSchoolOrderSummerLast(named)) || byTheme;
  const februaryHalves = sides.bg > 0 && sides["ru-uk"] === 0;
  const opensIn = monthNames ? openingMonth(named) : undefined;
  const dayFirst = order.dayFirst > 0 && order.monthFirst === 0;
  const slips = years.length === 2 ? slippedYears(inOrder, yearsOf) : [];
  return by || romanMonths || years.length > 0 || monthNames || summerLast || februaryHalves || dayFirst
    ? { by, romanMonths, years, monthNames, summerLast, februaryHalves, ...(opensIn ? { opensIn } : {}), ...(dayFirst ? { dayFirst } : {}), ...(slips.length > 0 ? { slips } : {}) }
    : NO_COLUMN;
}

/** Cells of other years that must write one year all the same before one cell's differing year is taken for a slip. */
const SLIP_SIBLINGS = 3;

/**
 * `до 30 юли 2023 г.` between `26 – 29 юли 2024 г.` and `31 - 01 август 2024 г.`: a year one off the
 * year every other dated cell of the column writes, on the one cell that writes it, where the day
 * with its siblings' year falls in turn between the cells before and after it and with its own it
 * does not. Plans are copied from last year's and a year left unchanged is the commonest slip; which
 * of the two the plan meant is not said, so the cell is left unread rather than dated either way.
 */
function slippedYears(inOrder: readonly string[], yearsOf: ReadonlyMap<string, number[]>): string[] {
  const cellsOf = new Map<number, number>();
  for (const text of inOrder) for (const y of new Set(yearsOf.get(text) ?? [])) cellsOf.set(y, (cellsOf.get(y) ?? 0) + 1);
  const [a, b] = [...cellsOf.keys()];
  if (cellsOf.size !== 2) return [];
  const [odd, usual] = cellsOf.get(a) === 1 ? [a, b] : cellsOf.get(b) === 1 ? [b, a] : [NaN, NaN];
  if (Number.isNaN(odd) || (cellsOf.get(usual) ?? 0) < SLIP_SIBLINGS) return [];
  const at = inOrder.findIndex((t) => yearsOf.get(t)?.every((y) => y === odd));
  if (at <= 0 || at >= inOrder.length - 1) return [];
  const keyOf = (text: string): string | null => {
    const d = parseDeadline(text);
    return d.kind === "unparsed" ? null : (d.start ?? d.end);
  };
  const written = keyOf(inOrder[at]);
  const before = inOrder.slice(0, at).map(keyOf).filter((k): k is string => k !== null).pop();
  const after = inOrder.slice(at + 1).map(keyOf).find((k): k is string => k !== null);
  if (written === null || before === undefined || after === undefined || before > after) return [];
  const shifted = `${usual}${written.slice(4)}`;
  const fits = (k: string) => before <= k && k <= after;
  return fits(shifted) && !fits(written) ? [inOrder[at]] : [];
}

/** A date with hyphens whose first number can only be a day (`15-10-2024`), or whose second can only be (`10-15-2024`). */
const DAY_FIRST = /(?<!\d)(?:1[3-9]|2\d|3[01])-(?:0?[1-9]|1[0-2])-\d{4}(?!\d)/u;
const MONTH_FIRST = /(?<!\d)(?:0?[1-9]|1[0-2])-(?:1[3-9]|2\d|3[01])-\d{4}(?!\d)/u;

/** The month a cell names by itself (`LIPIEC`, `м. октомври`), or undefined. */
function monthAlone(text: string): number | undefined {
  const tokens = trimmed(tokenize(text)).filter((t) => !wordClass(t)?.marker);
  return tokens.length === 1 ? monthOf(tokens[0]) : undefined;
}

/**
 * Months in the school year's order (September first), never going back, from a month up to
 * November to one of the second half, with July or August only after all the others.
 */
function isSchoolOrderSummerLast(months: readonly number[]): boolean {
  const order = (m: number) => (m + 3) % 12; // September 0 ... August 11
  const keys = months.map(order);
  if (keys.some((k, i) => i > 0 && k < keys[i - 1])) return false;
  return keys[0] <= order(11) && keys.some((k) => k >= order(1) && k <= order(6)) && keys.some((k) => k >= order(7));
}

/** The first of months running in the calendar's order from it, never round to it again, two at least; not January. */
function openingMonth(months: readonly number[]): number | undefined {
  const first = months[0];
  if (first === undefined || first === 1) return undefined;
  const keys = months.map((m) => (m - first + 12) % 12);
  if (keys.some((k, i) => i > 0 && k < keys[i - 1]) || keys[keys.length - 1] === 0) return undefined;
  return first;
}

/** A key that is the same for columns that say the same, so cells read under one are read once. */
export function columnKey(column: DeadlineColumn | null | undefined): string {
  return column ? `${column.by ? "b" : ""}${column.romanMonths ? "r" : ""}${column.monthNames ? "n" : ""}${column.summerLast ? "s" : ""}${column.februaryHalves ? "f" : ""}${column.opensIn ? `o${column.opensIn}` : ""}${column.dayFirst ? "d" : ""}${column.years.join(",")}${column.slips ? `|${column.slips.join("|")}` : ""}` : "";
}
