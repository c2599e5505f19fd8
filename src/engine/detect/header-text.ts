/**
 * Header cells as officials type or paste them: any case, broken over lines, hyphenated at a
 * line end, in two languages at once, sometimes with Latin letters inside Cyrillic words
 * (`Cрок` with a Latin C). These helpers reduce a cell to the words that matter for matching.
 */

const SOFT_HYPHEN = /\u00AD/g;
/** A word hyphenated at a line end: `изпъл-\nнение`. */
const LINE_END_HYPHEN = /(\p{L})[-\u2010]\s*[\r\n]+\s*(\p{L})/gu;
/** A word hyphenated before a space, as PDF copies leave it: `ответствен- ный`. */
const SPACED_HYPHEN = /(\p{Ll})[-\u2010]\s+(\p{Ll})/gu;
/** Apostrophes inside Ukrainian words (`об'єкт`) are part of the word. */
const APOSTROPHE = /(\p{L})['\u2019\u02BC`](\p{L})/gu;
const TOKEN = /[\p{L}\p{N}]+|[№#]/gu;
const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[a-z]/;
const LATIN_LOOKALIKES = /[aceopxykmthbi]/g;
const TO_CYRILLIC: Record<string, string> = {
  a: "а",
  c: "с",
  e: "е",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
  k: "к",
  m: "м",
  t: "т",
  h: "н",
  b: "в",
  i: "і",
};

/** Words typed letter by letter with spaces between (`D a t a`, `T e r m i n`), as web pages space headings. */
const LETTER_SPACED = /(?<![\p{L}\p{N}])\p{L}(?: \p{L}){2,}(?![\p{L}\p{N}])/gu;

/** `N a z w a,   o k o l i c z n o ś ć` -> `Nazwa,   okoliczność`: single spaces between single letters go. */
function closeLetterSpacing(text: string): string {
  return hasSpacedLetters(text) ? text.replace(LETTER_SPACED, (m) => m.replace(/ /g, "")) : text;
}

/** A cheap look for `x y z` (three one-letter words in a row) before the exact pattern runs. */
function hasSpacedLetters(text: string): boolean {
  let run = 0;
  for (let i = 1; i + 1 < text.length; i += 2) {
    if (text.charCodeAt(i) === 32 && text.charCodeAt(i - 1) > 32 && text.charCodeAt(i + 1) > 32 && (i < 2 || text.charCodeAt(i - 2) === 32 || run > 0)) {
      if (++run >= 2) return true;
    } else {
      run = 0;
      if (text.charCodeAt(i) !== 32) i--;
    }
  }
  return false;
}

/**
 * Footnote marks set on a heading (`Термін¹`, `Дата†`): superscript figures and daggers. They are
 * read as figures otherwise, and `термін¹` would be no word of any vocabulary.
 */
const FOOTNOTE_MARKS = /[\u00B9\u00B2\u00B3\u2070-\u2079\u207A-\u207E\u2020\u2021]+/gu;
/** What a heading may end with besides its words: a colon, an asterisk, a footnote mark. */
const HEADING_END_MARKS = /[\s:*\u00B9\u00B2\u00B3\u2070-\u2079\u207A-\u207E\u2020\u2021]+$/u;

/** A form's number before a heading's words (`6. Źródło`, `2) Termin`). */
const HEADING_NUMBER = /^\s*\d{1,2}[.)]\s*(?=\p{L})/u;

/**
 * A heading without the marks around its words (`Год:` -> `Год`, `2024*` -> `2024`, `6. Źródło` ->
 * `Źródło`), for tests of the whole text.
 */
export function bareHeading(text: string): string {
  return text.replace(HEADING_NUMBER, "").replace(FOOTNOTE_MARKS, "").replace(HEADING_END_MARKS, "").trim();
}

/** Lower-case words of a header cell, with line breaks, hyphenation and punctuation smoothed out. */
export function headerWords(text: string): string[] {
  const smooth = closeLetterSpacing(text.normalize("NFC").replace(FOOTNOTE_MARKS, ""))
    .replace(SOFT_HYPHEN, "")
    .replace(LINE_END_HYPHEN, "$1$2")
    .toLowerCase()
    .replace(SPACED_HYPHEN, "$1$2")
    .replace(APOSTROPHE, "$1$2")
    .replace(/ё/g, "е");
  const words = smooth.match(TOKEN) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (CYRILLIC.test(w) && LATIN.test(w)) words[i] = w.replace(LATIN_LOOKALIKES, (ch) => TO_CYRILLIC[ch]);
  }
  return words;
}

/** A header cell reduced for comparison with another: its words, space-separated. */
export function headerKey(text: string): string {
  return headerWords(text).join(" ");
}

/** Words of a header cell written shortened with a full stop (`Отг.`, `Odp.`, `Час провед.`), lower-case. */
export function abbreviatedWords(text: string): Set<string> | null {
  if (!text.includes(".") && !text.includes("-")) return null;
  let out: Set<string> | null = null;
  // `Отг.`, and contractions with a hyphen: `Отв-ный` (ответственный), `Зам-ль`.
  for (const m of text.normalize("NFC").matchAll(/(\p{L}{3,})(?:\.(?!\p{L})|-\p{Ll}{1,4}(?![\p{L}-]))/gu)) {
    (out ??= new Set()).add(m[1].toLowerCase().replace(/ё/g, "е"));
  }
  return out;
}

/** A heading that only says "year" (`год`, `рік`, `rok`, `Year`, `г.`), as under the value it dates. */
const YEAR_WORD = /^(?:год|рік|year|rok|година|г|р|r)\.?$/iu;

export function isYearWord(text: string): boolean {
  return YEAR_WORD.test(bareHeading(text));
}

/** Words for a meeting a heading may say alone over the meetings' numbers (`засідання`, `Posiedzenie`, `Meeting`). */
const MEETING_WORDS = ["засідання", "засідань", "заседание", "заседания", "заседаний", "заседание", "posiedzenie", "zebranie", "meeting", "session", "сесія", "сессия", "сесия"];

/** A heading that only names the meeting a row is, written out or shortened (`засідання*`, `засід.`, `Засі-дання`). */
export function isMeetingWord(text: string): boolean {
  const key = headerKey(bareHeading(text));
  if (key === "" || key.includes(" ")) return false;
  if (MEETING_WORDS.includes(key)) return true;
  // Shortened with a full stop: the heading's letters open one of the words.
  return key.length >= 4 && abbreviatedWords(text)?.has(key) === true && MEETING_WORDS.some((w) => w.startsWith(key));
}
