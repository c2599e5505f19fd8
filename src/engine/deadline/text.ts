/**
 * Text to tokens. Words are folded (lower case, no diacritics, `ł` -> `l`) so that vocabulary and
 * cells meet whatever the case, the keyboard (`wrzesien` for `wrzesień`) or the letter `ё`.
 * Dashes of every kind become "-", slashes "/"; anything that is neither a letter, a digit nor a
 * separator (quotes, brackets, bullets, emoji, direction marks) is space.
 */

import { letterOrMarkAt } from "../letter-class";

export type TokenType = "num" | "word" | "sym";

export interface Token {
  type: TokenType;
  /** Folded word, the digits of a number, or one of the symbols - / . , ; : */
  text: string;
  /** Numeric value of a number token (NaN otherwise). */
  value: number;
  /** Offsets in the source text, to quote what a part of the cell says. */
  start: number;
  end: number;
  /** The token opens a new line of the cell: what it says need not go with the token before it. */
  lineStart?: true;
  /** A word closed by a stop (`отд.`, `установл.`, `г.`): it may be a longer word cut short. */
  stop?: true;
}

const LINE_BREAK = /[\r\n]/;

/**
 * What a token is, by its first character: a number (`\d+`), a word (`[\p{L}\p{M}]+`, apostrophes
 * `'’ʼ` inside it), a dash of any kind, a slash, or a stop or comma (`.,;:&+`). Cells are scanned
 * character by character, each character's class read once (engine/letter-class): a regular
 * expression with a match object per token was a large part of reading every deadline of a plan.
 */
const NUMBER = 1;
const WORD = 2;
const DASH = 3;
const SLASH = 4;
const STOP = 5;

function symbolKind(c: number): number {
  if (c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d) return DASH;
  if (c === 0x2f || c === 0x5c || c === 0x2044 || c === 0x2215 || c === 0xff0f) return SLASH;
  if (c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x26 || c === 0x2b) return STOP;
  return 0;
}
const COMBINING_MARKS = /\p{M}/gu;
// A no-break space saved as UTF-8 and opened as Latin-1 becomes `Â` and a space (`Â Fri.24th May`):
// a lone `Â` before a space is that debris, never a word of a deadline.
const NBSP_DEBRIS = "Â";
const SPACE_AFTER = /^[\s\u00A0]/u;
const L_STROKE = /ł/g;

// Sheets repeat the same few words on every row; folding each once keeps 100k-row sheets quick.
const FOLDED = new Map<string, string>();
const FOLDED_LIMIT = 20_000;

// Latin letters typed inside a Cyrillic word (`Постiйно` with a Latin i) that look like Cyrillic ones.
const CYRILLIC = /[\u0400-\u04FF]/u;
const LATIN_LOOKALIKE = /[aceiopxykmthb]/g;
const CYRILLIC_FOR_LATIN: Record<string, string> = {
  a: "а", c: "с", e: "е", i: "і", o: "о", p: "р", x: "х", y: "у", k: "к", m: "м", t: "т", h: "н", b: "в",
};

/** The form words are compared in: lower case, diacritics and `ł` folded, Latin look-alikes in Cyrillic words made Cyrillic. */
export function fold(word: string): string {
  let folded = FOLDED.get(word);
  if (folded === undefined) {
    folded = word.toLowerCase().normalize("NFD").replace(COMBINING_MARKS, "").replace(L_STROKE, "l");
    if (CYRILLIC.test(folded)) folded = folded.replace(LATIN_LOOKALIKE, (c) => CYRILLIC_FOR_LATIN[c]);
    if (FOLDED.size >= FOLDED_LIMIT) FOLDED.clear();
    FOLDED.set(word, folded);
  }
  return folded;
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const length = source.length;
  let p = 0;
  while (p < length) {
    const start = p;
    const code = source.charCodeAt(p);
    let kind: number;
    let width: number;
    if (code >= 0x30 && code <= 0x39) {
      kind = NUMBER;
      do p++;
      while (p < length && isDigit(source.charCodeAt(p)));
    } else if ((width = letterOrMarkAt(source, p)) > 0) {
      kind = WORD;
      do p += width;
      while (p < length && (width = letterOrMarkAt(source, p)) > 0);
      // An apostrophe with a letter after it goes on with the word (`п'ятниця`, `o’clock`).
      while (p + 1 < length) {
        const c = source.charCodeAt(p);
        if ((c !== 0x27 && c !== 0x2019 && c !== 0x2bc) || (width = letterOrMarkAt(source, p + 1)) === 0) break;
        p += 1 + width;
        while (p < length && (width = letterOrMarkAt(source, p)) > 0) p += width;
      }
    } else {
      kind = symbolKind(code);
      p++;
      if (kind === 0) continue;
    }
    const end = p;
    const text = source.slice(start, end);
    const prev = tokens[tokens.length - 1];
    const count = tokens.length;
    if (kind === NUMBER) {
      tokens.push({ type: "num", text, value: Number(text), start, end });
    } else if (kind === WORD) {
      if (text === NBSP_DEBRIS && SPACE_AFTER.test(source.slice(end, end + 1))) continue;
      tokens.push({ type: "word", text: fold(text), value: NaN, start, end });
    } else {
      const sym = kind === DASH ? "-" : kind === SLASH ? "/" : text === "&" || text === "+" ? "," : text;
      if (sym === "." && prev?.type === "word") {
        // An abbreviation's dot (`м.`, `г.`, `сент.`) belongs to its word.
        prev.end = end;
        prev.stop = true;
      } else if (sym === "-" && prev?.type === "sym" && prev.text === "-") {
        prev.end = end; // "--" as typed for a dash
      } else {
        tokens.push({ type: "sym", text: sym, value: NaN, start, end });
      }
    }
    if (tokens.length > count && prev !== undefined && LINE_BREAK.test(source.slice(prev.end, start))) tokens[count].lineStart = true;
  }
  return tokens;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
