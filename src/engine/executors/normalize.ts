import { fold } from "../units/text";

/**
 * Body names as the registry compares them. Officials mix singular and plural, cases and
 * articles (`училище`/`училища`/`училищата`, `детска градина`/`детски градини`,
 * `szkoła`/`szkoły`/`szkół`, `Gł. Księgowa`/`Gł. Księgową`), dashes and spaces
 * (`ЦПЛР – ОДК`, `ЦПЛР-ОДК`), and quotes (`отдел „Закрила на детето“`).
 *
 * The stem rule: fold case and diacritics, then strip at most two endings from a list of
 * Bulgarian, Russian and Ukrainian endings (Cyrillic words) or Polish and English ones (Latin
 * words), keeping a stem of at least three letters. Words of three letters or fewer and
 * abbreviations (`РУО`, `PPP`) are compared as they are. The rule only has to give the forms of one
 * body one key; it is not a grammar, and two different bodies rarely share a stem.
 */

export interface BodyToken {
  /** The word as written (quotes removed). */
  raw: string;
  /** Comparison key: folded, stemmed; "" for a dash or bare punctuation. */
  key: string;
  start: number;
  end: number;
  dash: boolean;
  /** Written in capitals (`РУО`, `OPS`): an abbreviation. */
  abbr: boolean;
  /** Was inside quotes (`„Христо Ботев“`): part of a proper name. */
  quoted: boolean;
}

const TOKEN = /--|[-–—]|[„“”"«»]|[^\s\-–—„“”"«»]+/g;
const OPEN_QUOTE = new Set(["„", "«"]);
const CLOSE_QUOTE = new Set(["“", "”", "»"]);
/** A letter or digit right after a quote mark: the mark opens the name. */
const NAME_AFTER = /^[\p{L}\p{N}]$/u;

export function bodyTokens(text: string): BodyToken[] {
  const out: BodyToken[] = [];
  let inQuotes = false;
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    if (/^[„“”"«»]$/.test(raw)) {
      if (OPEN_QUOTE.has(raw)) inQuotes = true;
      // `НЧ”Христо Ботев-1902”`: a closing mark written against the name it opens opens it.
      else if (CLOSE_QUOTE.has(raw)) inQuotes = !inQuotes && NAME_AFTER.test(text.slice(m.index! + 1, m.index! + 2));
      else inQuotes = !inQuotes;
      continue;
    }
    const dash = /^(?:--|[-–—])$/.test(raw);
    const { key, abbr } = dash ? { key: "", abbr: false } : wordKey(raw);
    out.push({ raw, key, start: m.index!, end: m.index! + raw.length, dash, abbr, quoted: inQuotes });
  }
  return out;
}

/** Officials repeat the same few hundred words in every row: each word's key is worked out once. */
const wordKeys = new Map<string, { key: string; abbr: boolean }>();
const WORD_KEYS_MAX = 50_000;

function wordKey(raw: string): { key: string; abbr: boolean } {
  let known = wordKeys.get(raw);
  if (!known) {
    const letters = raw.replace(/[^\p{L}\p{N}]/gu, "");
    const abbr = /\p{Lu}.*\p{Lu}/u.test(letters) && !/\p{Ll}/u.test(letters);
    known = { key: abbr ? fold(letters) : stem(fold(letters)), abbr };
    if (wordKeys.size >= WORD_KEYS_MAX) wordKeys.clear();
    wordKeys.set(raw, known);
  }
  return known;
}

/** The registry key of a run of tokens: their keys, dashes and punctuation left out. */
export function keyOf(tokens: readonly BodyToken[]): string {
  let key = "";
  for (const t of tokens) if (t.key !== "") key = key === "" ? t.key : `${key} ${t.key}`;
  return key;
}

/** The registry key of a name as written. */
export function bodyKey(text: string): string {
  return keyOf(bodyTokens(text));
}

const CYRILLIC_ENDINGS = [
  "ията", "ите", "ята", "ът", "ят", "та", "то", "те", "ове", "еве", "ами", "ями", "ах", "ях", "ом", "ем",
  "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ым", "им", "ов", "ев", "ам", "ям",
  "ію", "ія", "ів", "ої", "ою", "ею", "а", "я", "ы", "и", "е", "о", "у", "ю", "ь", "і", "ї", "й",
];
const LATIN_ENDINGS = [
  "owie", "ami", "ach", "owi", "ego", "emu", "ych", "ymi", "imi", "ów", "om", "em", "ie", "ym", "im", "es",
  "y", "a", "e", "i", "u", "o", "ą", "ę", "s",
];
/** Endings that change the stem: `dyrektorzy` -> `dyrektor`. */
const LATIN_REPLACEMENTS: [string, string][] = [["rzy", "r"]];

/** Endings by their last letter, longest first, so a word is compared only with endings it may have. */
function byLastLetter(list: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of [...new Set(list.map(fold))].sort((a, b) => b.length - a.length)) {
    const last = e[e.length - 1];
    out.set(last, [...(out.get(last) ?? []), e]);
  }
  return out;
}
const CYRILLIC = byLastLetter(CYRILLIC_ENDINGS);
const LATIN = byLastLetter(LATIN_ENDINGS);

/** Folded word -> stem. */
export function stem(word: string): string {
  let w = word;
  for (let pass = 0; pass < 2 && w.length > 3; pass++) {
    const next = stripEnding(w);
    if (next === w) break;
    w = next;
  }
  return w;
}

function stripEnding(w: string): string {
  const cyrillic = w.charCodeAt(0) >= 0x400 && w.charCodeAt(0) <= 0x4ff;
  if (!cyrillic) {
    for (const [from, to] of LATIN_REPLACEMENTS) {
      if (w.endsWith(from) && w.length - from.length + to.length >= 3) return w.slice(0, -from.length) + to;
    }
  }
  for (const e of (cyrillic ? CYRILLIC : LATIN).get(w[w.length - 1]) ?? []) {
    if (w.endsWith(e) && w.length - e.length >= 3) return w.slice(0, -e.length);
  }
  return w;
}

/**
 * A body as it is reported: spaces collapsed, a leading list dash or bullet and trailing
 * stops and commas removed (`- училища` -> `училища`, `ДПС.` -> `ДПС`), and a quote left
 * open by a slip (`ИДК"`) removed. Balanced quotes stay (`отдел „Закрила на детето“`).
 */
export function cleanBody(text: string): string {
  let s = text.replace(/\s+/g, " ").trim();
  s = s.replace(/^[-–—•▪○◦●·*]+\s*/, "");
  s = s.replace(/[\s.,;:]+$/, "");
  const quotes = s.match(/[„“”"«»]/g)?.length ?? 0;
  if (quotes % 2 === 1) {
    if (/[„“”"«»]$/.test(s)) s = s.slice(0, -1);
    else if (/^[„“”"«»]/.test(s)) s = s.slice(1);
    s = s.replace(/[\s.,;:]+$/, "").trim();
  }
  return s;
}

/**
 * A note after a body on how it takes part, not which body it is: `(за згодою)`, `(за
 * погодженням)`, `(по согласованию)`, `(по съгласуване)`, `(при необходимост)`, `(w porozumieniu)`,
 * `(w miarę potrzeb)`, `(if needed)`, `(as required)`. The body is looked up without it; its text
 * as written keeps it.
 */
const NOTE = /\s*\(\s*(?:за\s+згодою|за\s+погодженням|за\s+потреби|по\s+согласованию|по\s+необходимости|при\s+необходимости|по\s+съгласуване|при\s+необходимост|при\s+нужда|w\s+porozumieniu|w\s+razie\s+potrzeby|w\s+miarę\s+potrzeb|if\s+needed|if\s+required|as\s+required|where\s+needed|where\s+appropriate|by\s+agreement)\s*\)/giu;

export function withoutNote(text: string): string {
  return text.includes("(") ? text.replace(NOTE, "").trim() : text;
}

/**
 * A no-break space read as Latin-1 leaves `Â` before a space (`Â HODS Â Clubs`, pasted from a web
 * page): a letter standing alone before a space, it is no part of any name. It stands where the page
 * broke or indented a line, so it is read as a line break: wrapped lines are joined back as any are.
 */
export function withoutEncodingDebris(text: string): string {
  return text.includes("Â") ? text.replace(/(?<=^|\s)Â+(?=\s|$)/gu, "\n") : text;
}
