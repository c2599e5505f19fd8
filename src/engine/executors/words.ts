import { fold } from "../units/text";
import { BODY_WORDS } from "./common";
import { stem, type BodyToken } from "./normalize";

/** The body-writing words of every language, compiled once into sets and patterns. */

const letters = (raw: string) => fold(raw.replace(/[^\p{L}\p{N}&]/gu, ""));
const QUALIFIERS = new Set(BODY_WORDS.qualifiers.map((w) => stem(fold(w))));
const HEAD_LINKS = new Set(BODY_WORDS.headLinks.map(fold));
const CONJUNCTIONS = new Set(BODY_WORDS.conjunctions);
const PLACE_MARKERS = new Set(BODY_WORDS.placeMarkers.map(fold));
const TERRITORIES = new Set(BODY_WORDS.territories.map(fold));
const PREPOSITIONS = new Set(BODY_WORDS.prepositions.map(fold));
const HEADS = BODY_WORDS.heads.map(fold);

export function isQualifier(t: BodyToken): boolean {
  return !t.abbr && !t.quoted && QUALIFIERS.has(t.key);
}

/** `Dyrektor`, `директорите`, `руководители`: the head of the body that follows. */
export function isHead(t: BodyToken): boolean {
  const w = letters(t.raw);
  return HEADS.some((h) => (h.endsWith("*") ? w.startsWith(h.slice(0, -1)) : w === h));
}

export function isHeadLink(t: BodyToken): boolean {
  return HEAD_LINKS.has(letters(t.raw));
}

/** Conjunctions are matched as written: officials write them in lower case, and `I ОУ` is a number. */
export function isConjunction(t: BodyToken): boolean {
  return CONJUNCTIONS.has(t.raw);
}

export function isPlaceMarker(t: BodyToken): boolean {
  return PLACE_MARKERS.has(letters(t.raw));
}

/** `области`, `району`, `powiatu`: a territory whose name stands before it. */
export function isTerritory(t: BodyToken): boolean {
  return !t.abbr && TERRITORIES.has(letters(t.raw));
}

/** A text ends in a preposition (`заступник директора з`, `Dyrektor ds`): the name goes on after it. */
export function endsInPreposition(text: string): boolean {
  const last = /([\p{L}]+)\s*$/u.exec(text);
  return last !== null && /\p{L}$/u.test(text.trimEnd()) && PREPOSITIONS.has(fold(last[1]));
}

/**
 * A line opens with a preposition and goes on (`в читалището`, `В ЧИТАЛИЩЕТО`, `for Year 7`): it
 * names nothing by itself, it goes on from the line before. Any case, as a cell in capitals has it.
 */
export function opensWithPreposition(text: string): boolean {
  const first = /^([\p{L}]+)\s+\p{L}/u.exec(text);
  return first !== null && PREPOSITIONS.has(fold(first[1]));
}

/** A school's number: `I`, `VII`, `12`, `№ 3`, `1-во`. */
export function isOrdinal(t: BodyToken): boolean {
  return /^(?:[IVX]{1,5}|\d{1,3}(?:-?\p{L}{1,3})?\.?|№\d*|nr\.?)$/u.test(t.raw);
}

/** A capitalised word that is not an abbreviation (`Кюстендил`, `Bocheńskiego`). */
export function isTitleCase(t: BodyToken): boolean {
  return !t.abbr && /^\p{Lu}\p{Ll}/u.test(t.raw);
}

export function startsLower(t: BodyToken): boolean {
  return !t.dash && /^\p{Ll}/u.test(t.raw);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (phrases: string[]) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(/\s+/).map(escape).join("\\s+"))
    .join("|");

/** Phrases that always separate two bodies, wherever they stand (line breaks inside allowed). */
export const CONNECTIVE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(BODY_WORDS.connectives)})(?![\\p{L}\\p{N}])`, "giu");

/** `и др.`, `itp.` closing a list. */
export const ETCETERA = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(BODY_WORDS.etcetera)})\\.?(?=\\s*(?:[,;/\\n]|$))`,
  "giu",
);

/** Conjunctions as whole words, for splitting. */
export const CONJUNCTION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(BODY_WORDS.conjunctions)})(?![\\p{L}\\p{N}])`, "gu");

/**
 * Conjunctions in a cell written all in capitals (`УЧИЛИЩА И ЧИТАЛИЩА`, `KULTURY ORAZ SPORTU`), where
 * no word is in lower case to tell them: in capitals too. A conjunction of one letter that is also a
 * Roman numeral (`I`, `І`: `I ОУ`, `І група`) stays a number there.
 */
export const CONJUNCTION_IN_CAPITALS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(BODY_WORDS.conjunctions.map((c) => c.toUpperCase()).filter((c) => c !== "I" && c !== "І"))})(?![\\p{L}\\p{N}])`,
  "gu",
);
