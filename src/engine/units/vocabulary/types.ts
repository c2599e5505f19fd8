import type { Currency, UnitKind } from "../types";

/**
 * One language's unit vocabulary, as data. Every string is a phrase of words compared after
 * folding (case, diacritics and trailing dots ignored); a word ending in `*` is a stem and
 * matches every word that starts with it, which covers the inflected forms officials write.
 */
export interface UnitVocabulary {
  /** Words that name a unit in a unit cell, or after a number in a target (`брой`, `лв.`, `godz.`). */
  units: UnitWords[];
  /** Words that multiply the amount that follows them (`хил. лв.`, `tys. zł`). */
  multipliers: { factor: number; forms: string[] }[];
  /** Phrases that open an indicator's wording and say what it measures (`Брой ...`, `Odsetek ...`). */
  leads: Cue[];
  /** Phrases that say what an indicator measures wherever they stand; only words with no other meaning. */
  anywhere: Cue[];
  /** An amount (`Размер на`, `Wysokość`) is money when one of `money` follows within a few words. */
  amounts: string[];
  money: string[];
  /** Other openings that make the wording measurable without naming a unit (`Средна стойност`). */
  measures: string[];
  /** Bounds written before a target number (`не по-малко от 85%`, `co najmniej 10`). */
  qualifiers: string[];
}

export interface UnitWords {
  kind: UnitKind;
  currency?: Currency;
  forms: string[];
}

export interface Cue {
  kind: UnitKind;
  phrases: string[];
}
