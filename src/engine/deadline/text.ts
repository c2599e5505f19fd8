/**
 * Text to tokens. Words are folded (lower case, no diacritics, `ł` -> `l`) so that vocabulary and
 * cells meet whatever the case, the keyboard (`wrzesien` for `wrzesień`) or the letter `ё`.
 * Dashes of every kind become "-", slashes "/"; anything that is neither a letter, a digit nor a
 * separator (quotes, brackets, bullets, emoji, direction marks) is space.
 */

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
}

const LINE_BREAK = /[\r\n]/;

const TOKEN =
  /(\d+)|([\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*)|([-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D])|([/\\\u2044\u2215\uFF0F])|([.,;:&+])/gu;
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
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(source); m !== null; m = TOKEN.exec(source)) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = tokens[tokens.length - 1];
    const count = tokens.length;
    if (m[1] !== undefined) {
      tokens.push({ type: "num", text: m[1], value: Number(m[1]), start, end });
    } else if (m[2] !== undefined) {
      if (m[2] === NBSP_DEBRIS && SPACE_AFTER.test(source.slice(end, end + 1))) continue;
      tokens.push({ type: "word", text: fold(m[2]), value: NaN, start, end });
    } else {
      const sym = m[3] !== undefined ? "-" : m[4] !== undefined ? "/" : m[5] === "&" || m[5] === "+" ? "," : m[5];
      if (sym === "." && prev?.type === "word") {
        // An abbreviation's dot (`м.`, `г.`, `сент.`) belongs to its word.
        prev.end = end;
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
