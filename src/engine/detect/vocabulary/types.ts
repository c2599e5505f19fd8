import type { Role } from "../../roles";

/** Every role a header can name; `unknown` is what is left when none matches. */
export type KnownRole = Exclude<Role, "unknown">;

/**
 * One language's header vocabulary, as data.
 *
 * A phrase is one or more words compared word by word with a header cell, case-insensitively,
 * after line breaks, hyphenation and punctuation are smoothed out. A word ending in `*` is a
 * stem and matches any word it begins (`срок*` matches `сроки`, `срокове`); any other word must
 * match whole (`цел` does not match `целева`).
 */
export interface Vocabulary {
  /** Header phrases per role. */
  roles: Record<KnownRole, string[]>;
  /**
   * Phrases that mean something else in a balanced scorecard header (one with a perspective and
   * an indicator column): there the "tasks" column holds units and levels, i.e. targets.
   */
  scorecard: Partial<Record<KnownRole, string[]>>;
  /** Words that open a section row (`Стратегическа цел №2: ...`, `Cel szczegółowy 1`). */
  sections: string[];
}
