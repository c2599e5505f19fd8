/**
 * What a unit cell, an indicator's wording and a target cell mean once read.
 * Units and targets are data: words for people are made at the edge from the catalogs.
 */

/** `measure`: a quantity measured on a scale rather than counted (km, m², ha, kg, points), so a fraction is a proper value. */
export type UnitKind = "count" | "percent" | "currency" | "hours" | "days" | "level" | "measure";

export type Currency = "BGN" | "PLN" | "RUB" | "UAH" | "EUR" | "USD" | "GBP";

export interface Unit {
  kind: UnitKind;
  /** The words that name the unit, as written (`Брой`, `лв.`, `Относителен дял`). */
  text: string;
  /** Set when the words name the currency; an amount of unnamed money has none. */
  currency?: Currency;
  /**
   * A rate's base as written (`na 1000`, `на 100 тыс.`, `‰`): the unit counts per so many, so its
   * value is a proper value with a fraction, not a count of whole things.
   */
  per?: string;
}

export type TargetKind = "number" | "percent" | "money" | "level" | "text";

export interface Target {
  /** The cell as written, trimmed. */
  text: string;
  kind: TargetKind;
  /** The number (money already multiplied by `хил.`/`tys.`); a level's rank 1–3; null for text. */
  value: number | null;
  /** What is counted, as written after the number (`planów i harmonogramów`). */
  noun?: string;
  level?: 1 | 2 | 3;
  currency?: Currency;
}

export type TargetProblemCode =
  | "target.percent-over-100"
  | "target.negative-count"
  | "target.not-a-number"
  | "target.fraction-count";

export type TargetProblem = { code: TargetProblemCode; params: Record<string, string | number> };
