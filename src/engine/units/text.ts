/**
 * Words as the vocabularies compare them: case, diacritics and trailing dots do not matter,
 * so `Ilość`, `ilosc`, `ILOŚĆ` are one word and `лв.` is `лв`.
 */

/** Lower case without diacritics (`ł` has none to strip in Unicode, so it is mapped by hand). */
export function fold(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ł/g, "l");
}

export interface Token {
  /** The word as written. */
  raw: string;
  /** Folded, trailing dots and stops removed: the form vocabularies are matched against. */
  norm: string;
  start: number;
  end: number;
}

// Signs that name a unit on their own are tokens even when glued to a number (`85%`, `€100`).
const TOKEN = /[%€$₽₴£]|[^\s/\\(),;:%€$₽₴£▪•○◦●·„“”"«»[\]]+/g;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const norm = normOf(m[0]);
    if (norm === "") continue;
    out.push({ raw: m[0], norm, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** Plans repeat the same words row after row: each word is folded once. */
const norms = new Map<string, string>();
const NORMS_MAX = 50_000;

function normOf(raw: string): string {
  let norm = norms.get(raw);
  if (norm === undefined) {
    norm = fold(raw).replace(/[.!?]+$/, "");
    if (norms.size >= NORMS_MAX) norms.clear();
    norms.set(raw, norm);
  }
  return norm;
}

/** A phrase of word patterns: `liczb*` matches any word starting with `liczb`, others match whole. */
export type Phrase = readonly string[];

export function compilePhrase(text: string): Phrase {
  return tokenize(text).map((t) => t.norm);
}

/** Number of tokens the phrase covers at `at`, or 0 when it does not match there. */
export function phraseAt(tokens: readonly Token[], at: number, phrase: Phrase): number {
  if (at + phrase.length > tokens.length) return 0;
  for (let i = 0; i < phrase.length; i++) {
    const p = phrase[i];
    const word = tokens[at + i].norm;
    const ok = p.endsWith("*") ? word.startsWith(p.slice(0, -1)) : word === p;
    if (!ok) return 0;
  }
  return phrase.length;
}

/** Text of tokens [from, to) as written, with runs of spaces and line breaks made one space. */
export function spanText(text: string, tokens: readonly Token[], from: number, to: number): string {
  return collapse(text.slice(tokens[from].start, tokens[to - 1].end));
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Phrases indexed by their first word, so matching at a token looks only at the phrases that
 * can start there (and at the few whose first word is a stem).
 */
export class PhraseTable<T extends { phrase: Phrase }> {
  private readonly exact = new Map<string, T[]>();
  private readonly stems: T[] = [];

  constructor(items: readonly T[]) {
    for (const item of [...items].sort((a, b) => b.phrase.length - a.phrase.length)) {
      const first = item.phrase[0];
      if (first === undefined) continue;
      if (first.endsWith("*")) this.stems.push(item);
      else this.exact.set(first, [...(this.exact.get(first) ?? []), item]);
    }
  }

  /** The longest phrase matching at `at` (the first listed among equally long), or null. */
  at(tokens: readonly Token[], at: number): { item: T; length: number } | null {
    if (at >= tokens.length) return null;
    let best: { item: T; length: number } | null = null;
    for (const list of [this.exact.get(tokens[at].norm) ?? [], this.stems]) {
      for (const item of list) {
        if (best && item.phrase.length <= best.length) break;
        const n = phraseAt(tokens, at, item.phrase);
        if (n > 0) best = { item, length: n };
      }
    }
    return best;
  }
}
