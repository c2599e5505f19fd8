import type { Currency, UnitKind } from "./types";
import { PhraseTable, compilePhrase, type Phrase, type Token } from "./text";
import { parseLevel } from "./levels";
import { UNIT_VOCABULARIES } from "./vocabulary";

/**
 * The vocabularies of every language compiled once into phrase tables, and the
 * small matchers the unit, wording and target parsers share.
 */

interface KindPhrase {
  kind: UnitKind;
  currency?: Currency;
  phrase: Phrase;
}

const vocabularies = Object.values(UNIT_VOCABULARIES);
type Vocabulary = (typeof vocabularies)[number];

function phrases(pick: (v: Vocabulary) => string[]): PhraseTable<{ phrase: Phrase }> {
  return new PhraseTable(vocabularies.flatMap(pick).map((p) => ({ phrase: compilePhrase(p) })));
}

function cues(pick: (v: Vocabulary) => { kind: UnitKind; phrases: string[] }[]): PhraseTable<KindPhrase> {
  return new PhraseTable(
    vocabularies.flatMap((v) => pick(v).flatMap((c) => c.phrases.map((p) => ({ kind: c.kind, phrase: compilePhrase(p) })))),
  );
}

const UNIT_WORDS = new PhraseTable<KindPhrase>(
  vocabularies.flatMap((v) =>
    v.units.flatMap((u) => u.forms.map((f) => ({ kind: u.kind, currency: u.currency, phrase: compilePhrase(f) }))),
  ),
);

const MULTIPLIERS = new PhraseTable(
  vocabularies.flatMap((v) => v.multipliers.flatMap((m) => m.forms.map((f) => ({ factor: m.factor, phrase: compilePhrase(f) })))),
);

export const LEADS = cues((v) => v.leads);
export const ANYWHERE = cues((v) => v.anywhere);
export const AMOUNTS = phrases((v) => v.amounts);
export const MONEY = phrases((v) => v.money);
export const MEASURES = phrases((v) => v.measures);
export const QUALIFIERS = phrases((v) => v.qualifiers);

export interface UnitHit {
  kind: UnitKind;
  currency?: Currency;
  /** Tokens the unit covers, multiplier included. */
  length: number;
  /** 1000 for `хил. лв.`, 1 otherwise. */
  factor: number;
}

/** The unit named at `at` (`брой`, `%`, `хил. лв.`, `Висока`), or null. */
export function unitAt(tokens: readonly Token[], at: number): UnitHit | null {
  const multiplier = MULTIPLIERS.at(tokens, at);
  if (multiplier) {
    const money = wordAt(tokens, at + multiplier.length);
    if (money && money.kind === "currency") {
      return { ...money, length: multiplier.length + money.length, factor: multiplier.item.factor };
    }
  }
  const word = wordAt(tokens, at);
  if (word) return word;
  if (at < tokens.length && parseLevel(tokens[at].raw) !== null) return { kind: "level", length: 1, factor: 1 };
  return null;
}

function wordAt(tokens: readonly Token[], at: number): UnitHit | null {
  const hit = UNIT_WORDS.at(tokens, at);
  return hit ? { kind: hit.item.kind, currency: hit.item.currency, length: hit.length, factor: 1 } : null;
}

/** The cue (kind and length) that matches at `at`, longest first, or null. */
export function cueAt(table: PhraseTable<KindPhrase>, tokens: readonly Token[], at: number): { kind: UnitKind; length: number } | null {
  const hit = table.at(tokens, at);
  return hit ? { kind: hit.item.kind, length: hit.length } : null;
}

/** Length of the longest phrase of `table` that matches at `at`, or 0. */
export function anyPhraseAt(table: PhraseTable<{ phrase: Phrase }>, tokens: readonly Token[], at: number): number {
  return table.at(tokens, at)?.length ?? 0;
}
