import type { Registry, RegistryEntry, ResolvedBody } from "./types";
import { bodyTokens, cleanBody, keyOf, stem, withoutNote, type BodyToken } from "./normalize";
import { collapse } from "../units/text";
import {
  isConjunction, isHead, isHeadLink, isOrdinal, isPlaceMarker, isQualifier, isTerritory, isTitleCase, startsLower,
} from "./words";
import { nearest } from "./suggest";

/**
 * Which registry body a name written in a plan is. Tried in order:
 * 1. the name itself, normalised (case, inflection, dashes and quotes do not matter);
 * 2. without words in front that do not change the body (`Всички общински училища`, `II ОУ`);
 * 3. the body a head belongs to (`Dyrektor PPP` is PPP's, `директор на училище` a school's);
 * 4. without a school's own name or number after it (`ОУ „Христо Ботев“`, `СУ № 3`);
 * 5. without a place after it: after a dash (`РУО – Кюстендил`, `РЦПППО -- Кюстендил`), after a
 *    place word (`гр. Кюстендил`), one or two capitalised words that are not themselves a known
 *    body (`РЦПППО Кюстендил`, `Zarząd Powiatu Bocheńskiego`; but not `Общини РУП`), or such words
 *    closed by a territory, maybe after words in lower case (`Министерство образования и науки
 *    Астраханской области`, `Управління освіти і науки Сумської міської ради`);
 * 6. "full" mode only: a known body followed by words in lower case that describe it
 *    (`Szkoły objęte pilotażem`, `доставчици на социални услуги в Община Кюстендил`), unless
 *    the words start with a conjunction (`училища и читалища` is two bodies).
 * "strict" mode (steps 1–5) is what splitting uses to decide that a run of words is one body.
 */
export type Mode = "strict" | "full";

const memo = new WeakMap<Registry, Map<string, RegistryEntry | null>>();
/** A long run over many workbooks with one registry starts its memo afresh rather than grow without end. */
const MEMO_MAX = 100_000;

export function lookup(registry: Registry, tokens: readonly BodyToken[], mode: Mode): RegistryEntry | null {
  const t = trimDashes(tokens);
  if (t.length === 0) return null;
  let cache = memo.get(registry);
  if (!cache || cache.size >= MEMO_MAX) memo.set(registry, (cache = new Map()));
  const id = `${mode}\u0001${t.map((x) => (x.quoted ? "\u201e" : "") + x.raw).join("\u0001")}`;
  const known = cache.get(id);
  if (known !== undefined) return known;
  const words = inCapitals(t, (key) => registry.index.has(key));
  const found = find(registry, t, mode) ?? (words ? find(registry, words, mode) : null);
  cache.set(id, found);
  return found;
}

/** Letters a word in capitals has at least before it may be a word and not an abbreviation (`ШКОЛА`, `ОБЩИНА`; `РУПО` stays one). */
const CAPITAL_WORD = 5;
/** A word of one capital letter. */
const ONE_CAPITAL = /^\p{Lu}$/u;

/**
 * A name written in capitals (`ОБЩИНА НИКОЛАЕВО`, `УПРАВЛЕНИЕ ОБРАЗОВАНИЯ`, `URZĄD MIASTA`), as
 * officials write a cell or a whole column: its long words read as words (stemmed, so their cases
 * and numbers meet; a place after a body is a place again), not as abbreviations, when the name is
 * not known as written. Null when no
 * word of the name is long and in capitals.
 */
function inCapitals(t: readonly BodyToken[], registryHas: (key: string) => boolean): BodyToken[] | null {
  if (!t.some((x) => x.abbr && x.key.length >= CAPITAL_WORD)) return null;
  // Its short words go with it (`ЧЕРВЕН БРЯГ` after `ОБЩИНА`, `НА`, `И`); one the registry knows stays an abbreviation.
  // A one-letter word (`В СВЕРДЛОВСКОЙ ОБЛАСТИ`) is a preposition or a conjunction, in lower case as in the name written so.
  return t.map((x) =>
    x.abbr && (x.key.length >= CAPITAL_WORD || !registryHas(x.key))
      ? { ...x, raw: x.key.length > 2 ? x.raw[0] + x.raw.slice(1).toLowerCase() : x.raw.toLowerCase(), key: stem(x.key), abbr: false }
      : ONE_CAPITAL.test(x.raw) ? { ...x, raw: x.raw.toLowerCase() } : x,
  );
}

function find(registry: Registry, t: readonly BodyToken[], mode: Mode): RegistryEntry | null {
  const exact = registry.index.get(keyOf(t));
  if (exact) return exact;

  let skip = 0;
  while (skip < t.length - 1 && (isQualifier(t[skip]) || isOrdinal(t[skip]))) skip++;
  if (skip > 0) return lookup(registry, t.slice(skip), mode);

  if (t.length > 1 && isHead(t[0])) {
    const rest = t.length > 2 && isHeadLink(t[1]) ? t.slice(2) : t.slice(1);
    const owner = lookup(registry, rest, "strict");
    if (owner) return owner;
  }

  let named = t.length;
  while (named > 1 && (t[named - 1].quoted || isOrdinal(t[named - 1]))) named--;
  if (named < t.length) {
    const school = lookup(registry, t.slice(0, named), "strict");
    if (school) return school;
  }

  for (const body of withoutPlace(registry, t)) {
    const e = lookup(registry, body, "strict");
    if (e) return e;
  }

  if (mode === "full") {
    for (let k = t.length - 1; k >= 1; k--) {
      if (!startsLower(t[k]) || isConjunction(t[k])) continue;
      const e = lookup(registry, t.slice(0, k), "strict");
      if (e) return e;
    }
  }
  return null;
}

/** The ways `t` may be a body followed by a place; each result is the body part. */
function withoutPlace(registry: Registry, t: readonly BodyToken[]): BodyToken[][] {
  const out: BodyToken[][] = [];
  let dash = -1;
  for (let i = t.length - 1; i > 0; i--) if (t[i].dash) { dash = i; break; }
  if (dash > 0 && dash < t.length - 1) {
    const place = t.slice(dash + 1);
    const first = place[0];
    if (place.length <= 3 && (isTitleCase(first) || isPlaceMarker(first)) && isPlace(registry, place)) {
      out.push(t.slice(0, dash));
    }
  }
  for (let m = t.length - 2; m >= Math.max(1, t.length - 3); m--) {
    const place = t.slice(m + 1);
    if (isPlaceMarker(t[m]) && place.every(isTitleCase) && isPlace(registry, place)) out.push(t.slice(0, m));
  }
  if (dash < 0 && t.length > 2 && isTerritory(t[t.length - 1])) {
    // `Астраханской области`, `Сумської міської ради`, `Київської обласної державної адміністрації`.
    let kind = t.length - 1;
    while (kind > 1 && t.length - 1 - kind < 2 && startsLower(t[kind - 1])) kind--;
    for (const n of [1, 2]) {
      if (kind - n < 1) break;
      const name = t.slice(kind - n, kind);
      if (name.every(isTitleCase) && isPlace(registry, name)) out.push(t.slice(0, kind - n));
    }
  }
  if (dash < 0) {
    for (const n of [1, 2]) {
      if (t.length <= n) break;
      const place = t.slice(t.length - n);
      if (place.every(isTitleCase) && isPlace(registry, place)) out.push(t.slice(0, t.length - n));
    }
  }
  return out;
}

/** Words are a place when neither they nor any of them name a known body (`Община` is not a place). */
function isPlace(registry: Registry, place: readonly BodyToken[]): boolean {
  if (place.some((p) => p.quoted || p.dash)) return false;
  if (registry.index.has(keyOf(place))) return false;
  return place.every((p) => !registry.index.has(p.key));
}

function trimDashes(tokens: readonly BodyToken[]): readonly BodyToken[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && tokens[a].dash) a++;
  while (b > a && tokens[b - 1].dash) b--;
  return a === 0 && b === tokens.length ? tokens : tokens.slice(a, b);
}

/** The body a name resolves to, in full mode. */
export function lookupText(registry: Registry, text: string, mode: Mode = "full"): RegistryEntry | null {
  return lookup(registry, tokensOf(text), mode);
}

/** Splitting asks about the same few texts several times: their tokens are kept for a while. */
const tokenCache = new Map<string, BodyToken[]>();
const TOKEN_CACHE_MAX = 20_000;

function tokensOf(text: string): BodyToken[] {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    tokens = bodyTokens(withoutNote(cleanBody(text)));
    if (tokenCache.size >= TOKEN_CACHE_MAX) tokenCache.clear();
    tokenCache.set(text, tokens);
  }
  return tokens;
}

export function resolveBody(registry: Registry, text: string): ResolvedBody {
  const written = collapse(text);
  const tokens = bodyTokens(withoutNote(cleanBody(written)));
  const entry = lookup(registry, tokens, "full");
  if (entry) return { text: written, body: entry.key, known: true, suggestion: null };
  return { text: written, body: null, known: false, suggestion: nearest(registry, keyOf(core(registry, tokens))) };
}

/** What an unknown name would be without its qualifiers and place, for finding its nearest known body. */
function core(registry: Registry, tokens: readonly BodyToken[]): readonly BodyToken[] {
  let t = trimDashes(tokens);
  let skip = 0;
  while (skip < t.length - 1 && (isQualifier(t[skip]) || isOrdinal(t[skip]))) skip++;
  t = t.slice(skip);
  const bodies = withoutPlace(registry, t);
  return bodies.length > 0 ? trimDashes(bodies[0]) : t;
}
