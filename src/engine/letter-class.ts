/**
 * What kind of character each one is, as Unicode property escapes read it (`\p{L}`, `\p{Lu}`,
 * `\p{Ll}`), worked out once per character: the glossary looks at every character of every cell of
 * a large plan, and a regular expression with a match object per word costs more than the reading.
 * A surrogate pair is one character, as the escapes with the `u` flag see it; half a pair is none.
 */

const KNOWN = 1;
const LETTER = 2;
const UPPER = 4;
const LOWER = 8;
/** The character takes two code units (a surrogate pair). */
const PAIR = 16;
/** `toUpperCase` writes the character otherwise (a lower-case letter, mostly). */
const CASED = 32;
const NUMBER = 64;
/** A mark (`\p{M}`): an accent written as a character of its own. */
const MARK = 128;

const units = new Uint8Array(0x10000);
const pairs = new Map<number, number>();

function classify(ch: string): number {
  return (
    KNOWN |
    (/\p{L}/u.test(ch) ? LETTER : 0) |
    (/\p{Lu}/u.test(ch) ? UPPER : 0) |
    (/\p{Ll}/u.test(ch) ? LOWER : 0) |
    (/\p{N}/u.test(ch) ? NUMBER : 0) |
    (/\p{M}/u.test(ch) ? MARK : 0) |
    (ch.toUpperCase() !== ch ? CASED : 0)
  );
}

/** The class of the character that starts at `i`. */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      let c = pairs.get(point);
      if (c === undefined) {
        c = PAIR | classify(String.fromCodePoint(point));
        pairs.set(point, c);
      }
      return c;
    }
  }
  let c = units[code];
  if (c === 0) {
    c = classify(String.fromCharCode(code));
    units[code] = c;
  }
  return c;
}

/** Code units the character at `i` takes when it is a letter (1, or 2 for a pair), else 0. */
export function letterAt(text: string, i: number): number {
  const c = classAt(text, i);
  return (c & LETTER) === 0 ? 0 : (c & PAIR) === 0 ? 1 : 2;
}

/** Code units the character at `i` takes when it is a letter or a mark (`[\p{L}\p{M}]`), else 0. */
export function letterOrMarkAt(text: string, i: number): number {
  const c = classAt(text, i);
  return (c & (LETTER | MARK)) === 0 ? 0 : (c & PAIR) === 0 ? 1 : 2;
}

/** Whether the character that ends right before `end` is a letter (a surrogate pair read as one). */
export function letterBefore(text: string, end: number): boolean {
  if (end <= 0) return false;
  const low = text.charCodeAt(end - 1);
  if (end >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return letterAt(text, end - 2) > 0;
  }
  return letterAt(text, end - 1) > 0;
}

/** White space as `\s` reads it: spaces of every width, tabs, line ends, the byte order mark. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether the character at `i` is a capital letter (`\p{Lu}`). */
export function isUpperAt(text: string, i: number): boolean {
  return (classAt(text, i) & UPPER) !== 0;
}

/**
 * How many characters text[start, end) holds when every one is a lower-case letter (`\p{Ll}`), else
 * -1: `/^\p{Ll}+$/u` and `/^\p{Ll}{1,3}$/u` asked without a match.
 */
export function lowerLetters(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; n++) {
    const c = classAt(text, i);
    if ((c & LOWER) === 0) return -1;
    i += (c & PAIR) === 0 ? 1 : 2;
  }
  return n;
}

/** Whether a text writes two capital letters side by side (`/\p{Lu}{2}/u`). */
export function hasTwoCapitals(text: string): boolean {
  let before = false;
  for (let i = 0; i < text.length; ) {
    const c = classAt(text, i);
    const upper = (c & UPPER) !== 0;
    if (upper && before) return true;
    before = upper;
    i += (c & PAIR) === 0 ? 1 : 2;
  }
  return false;
}

/**
 * Whether text[start, end) is its own upper case (`s === s.toUpperCase()`), asked character by
 * character: upper-casing maps each character on its own, whatever stands around it.
 */
export function asInCapitals(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; ) {
    const c = classAt(text, i);
    if ((c & CASED) !== 0) return false;
    i += (c & PAIR) === 0 ? 1 : 2;
  }
  return true;
}

/**
 * Every run of two or more capitals that no letter or digit follows (`/\p{Lu}{2,}(?![\p{L}\p{N}])/gu`):
 * `visit` gets its start and end, and the search stops when it answers true.
 */
export function someCapitalsRun(text: string, visit: (start: number, end: number) => boolean): boolean {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let c = classAt(text, i);
    if ((c & UPPER) === 0) {
      i += (c & PAIR) === 0 ? 1 : 2;
      continue;
    }
    const start = i;
    let letters = 0;
    while (i < length && ((c = classAt(text, i)) & UPPER) !== 0) {
      i += (c & PAIR) === 0 ? 1 : 2;
      letters++;
    }
    if (letters >= 2 && (i >= length || (classAt(text, i) & (LETTER | NUMBER)) === 0) && visit(start, i)) return true;
  }
  return false;
}
