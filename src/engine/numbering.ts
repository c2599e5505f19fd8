/**
 * Task numbering as plans write it: `1.`, `5.1.`, `5.1`, `I.`, `IV.`, `1)`, `а)`, at the start
 * of the number cell (some pasted rows hold the number and the text in one cell:
 * `6.3. Формиране на база-данни ...`).
 */

import { tokenize } from "./deadline/text";
import { monthOf } from "./deadline/vocabulary";

/** Kinds of numbering; a plan nests one kind inside another (`I.` > `1.` > `а)`). */
export type NumberingStyle = "roman" | "decimal" | "parenthesis" | "letter";

/** A reading is shared by every cell that holds the same number: never change it. */
export interface Numbering {
  /** The numbering as written, without what follows it: `5.1.` from `5.1. Организиране ...`. */
  text: string;
  /** Its parts: `5.1.` -> [5, 1]; `IV.` -> [4]; `в)` -> [3]. */
  path: number[];
  style: NumberingStyle;
}

/** Roman numerals, also typed with the Cyrillic look-alikes І and Х. */
const ROMAN = /^([IVXLCІХ]{1,7})\.(?=$|\s)/;
const LETTER = /^([a-zа-яіїєґ])\)/iu;
/** Two Roman digits: a numeral longer than `I.` or `V.` */
const ROMAN_START = /^[IVXLCІХ]{2}/;

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, "І": 1, "Х": 10 };
/** List letters in order; й, ъ, ь, ы, ё are skipped as lists skip them. */
const CYRILLIC_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя";
const UKRAINIAN_LETTERS = "абвгґдеєжзиіїклмнопрстуфхцчшщюя";

function romanValue(s: string): number | null {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]];
    const next = i + 1 < s.length ? ROMAN_VALUES[s[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  // Reject strings that are not canonical numerals (`IIII`, `VX`).
  return toRoman(total) === s.replace(/І/g, "I").replace(/Х/g, "X") ? total : null;
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let s = "";
  for (const [v, r] of table) {
    while (n >= v) {
      s += r;
      n -= v;
    }
  }
  return s;
}

function letterIndex(ch: string): number {
  const c = ch.toLowerCase();
  if (c >= "a" && c <= "z") return c.charCodeAt(0) - 96;
  const ru = CYRILLIC_LETTERS.indexOf(c);
  if (ru >= 0) return ru + 1;
  return UKRAINIAN_LETTERS.indexOf(c) + 1;
}

const DOT = 46;
/** Plans nest tasks a few levels deep; a longer chain of parts (`1.1.1.1.…`) is not a task number. */
const MAX_DEPTH = 8;
const CLOSE_PAREN = 41;
const YEAR_AFTER = /^\s(?:19|20)\d{2}/;
/** As far past a number as a month's name is looked for (`17 października`). */
const MONTH_REACH = 24;

/**
 * True when a month's name follows the number after a space (`17 септември`, `5 May 2024`, `12 березня`,
 * `3 marca`): a day of the month, no task number. The deadline reader's month words decide, in every
 * language and as calendars cut them.
 */
function monthFollows(rest: string): boolean {
  if (!/^\s/u.test(rest)) return false;
  const first = tokenize(rest)[0];
  // A word cut by the reach is no whole word: no month is read from it.
  return first !== undefined && (first.end < rest.length || rest.length < MONTH_REACH) && monthOf(first) !== undefined;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * `5.1.`, `5.1`, `12.`, `1)` at the start of a text, read by hand: this runs on every row of
 * every table. Parts have one to three digits; a bare number (no final dot) must stand alone or
 * be followed by a space, so dates (`01.06.2019`), years and ranges (`1-2`, `1,5`) are not numbering.
 */
function parseDigits(text: string): Numbering | null {
  const path: number[] = [];
  let i = 0;
  let end = 0;
  let dotted = false;
  while (i < text.length) {
    let value = 0;
    let digits = 0;
    while (i < text.length && isDigit(text.charCodeAt(i))) {
      value = value * 10 + text.charCodeAt(i) - 48;
      digits++;
      i++;
    }
    if (digits === 0 || digits > 3 || path.length === MAX_DEPTH) return null;
    path.push(value);
    end = i;
    dotted = false;
    if (path.length === 1 && text.charCodeAt(i) === CLOSE_PAREN) {
      return value === 0 ? null : { text: text.slice(0, i + 1), path, style: "parenthesis" };
    }
    if (text.charCodeAt(i) !== DOT) break;
    i++;
    end = i;
    dotted = true;
    if (!isDigit(text.charCodeAt(i))) break;
  }
  if (path[0] === 0) return null;
  const next = end < text.length ? text.charCodeAt(end) : -1;
  if (dotted) {
    // `1.` may be followed by text, but not by what makes it part of a date or a decimal list (`1.,`).
    if (next === DOT || next === 44 || next === 45 || next === 0x2013 || next === 47) return null;
    // `05.12. 2023 r.`: a day and a month with the year after a space is a date.
    if (path.length === 2 && path[1] <= 12 && YEAR_AFTER.test(text.slice(end, end + 6))) return null;
  } else if (next !== -1 && next !== 32 && next !== 9 && next !== 10 && next !== 13 && next !== 0xa0) {
    return null;
  } else if (next !== -1 && path.length === 1 && path[0] <= 31 && monthFollows(text.slice(end, end + MONTH_REACH))) {
    return null;
  }
  return { text: text.slice(0, end), path, style: "decimal" };
}

/**
 * Numbers repeat in every section (`1.`, `1.1.`) and the header, body and section readers each ask
 * about the same cell: a short number cell is read once. Bounded, so a session of many workbooks
 * starts over instead of growing.
 */
const remembered = new Map<string, Numbering | null>();
const MAX_REMEMBERED = 8192;
const MAX_REMEMBERED_LENGTH = 16;

function digitsOf(text: string): Numbering | null {
  let n = remembered.get(text);
  if (n === undefined) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    n = parseDigits(text);
    remembered.set(text, n);
  }
  return n;
}

/** The numbering a cell opens with, or null. Numbers typed as numbers (`1`, `5.1`) count too. */
export function parseNumbering(cell: string | number | boolean | null | undefined): Numbering | null {
  if (typeof cell === "number") return cell > 0 ? parseNumbering(String(cell)) : null;
  if (typeof cell !== "string") return null;
  const text = cell.trim();
  if (text === "") return null;
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return text.length <= MAX_REMEMBERED_LENGTH ? digitsOf(text) : parseDigits(text);
  const r = ROMAN.exec(text);
  if (r) {
    const v = romanValue(r[1]);
    if (v !== null) return { text: r[0], path: [v], style: "roman" };
  }
  const l = LETTER.exec(text);
  if (l) return { text: l[0], path: [letterIndex(l[1])], style: "letter" };
  return null;
}

/** True when a cell opens with numbering; a cheaper `parseNumbering(cell) !== null`. */
export function opensWithNumber(cell: string | number | boolean | null | undefined): boolean {
  if (typeof cell === "number") return cell > 0;
  if (typeof cell !== "string" || cell.length === 0) return false;
  if (cell.charCodeAt(0) <= 32) return parseNumbering(cell) !== null;
  const first = cell.charCodeAt(0);
  const digit = first >= 48 && first <= 57;
  // Only texts that can open with numbering are parsed: a digit, a Roman numeral, a list letter.
  if (!digit && !(cell.length > 1 && (cell[1] === ")" || cell[1] === "." || ROMAN_START.test(cell)))) return false;
  return parseNumbering(cell) !== null;
}
