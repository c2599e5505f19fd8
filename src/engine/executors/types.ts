/** Responsible and partner bodies: the registry they resolve against and what resolving says. */

export interface RegistryEntry {
  /** Canonical name: the abbreviation when there is one (`РУО`), else the name (`детски градини`). */
  key: string;
  /** Full name of an abbreviation, or null when the key is the name. */
  full: string | null;
  /** Other ways of writing the same body (`ОЗД` for `отдел „Закрила на детето“`). */
  aliases: string[];
  source: "workbook-glossary" | "registry-sheet" | "common";
}

export interface Registry {
  /** Entries in priority order: the workbook's own first, so its meanings win. */
  entries: RegistryEntry[];
  /** Normalised key, full name or alias -> entry. Built once by `buildRegistry`. */
  index: Map<string, RegistryEntry>;
  /** Every normalised name in `index` with its entry and the entry's priority: where suggestions look. */
  names: { name: string; entry: RegistryEntry; order: number }[];
}

export interface ResolvedBody {
  /** The body as written (spaces collapsed). */
  text: string;
  /** Registry key it resolves to, or null. */
  body: string | null;
  known: boolean;
  /** For an unknown body: the nearest known key when it is close enough, else null. */
  suggestion: string | null;
}

/** A country's common bodies and the words that shape how bodies are written there. */
export interface CountryBodies {
  bodies: { key: string; full: string | null; aliases?: string[] }[];
  words: BodyWords;
}

export interface BodyWords {
  /** Words before a body that do not change which body it is (`всички`, `общински`, `wszystkie`). */
  qualifiers: string[];
  /** Words naming the head of the body that follows (`Dyrektor PPP`, `директор на училище`); `*` = stem. */
  heads: string[];
  /** Words between a head and its body (`на`, `of`). */
  headLinks: string[];
  /** Phrases that always separate two bodies (`we współpracy z`, `в сътрудничество с`). */
  connectives: string[];
  /** Conjunctions that separate bodies only when what stands before them is a known body (`и`, `i`, `oraz`). */
  conjunctions: string[];
  /** Words that introduce a place (`гр. Кюстендил`, `m. Bochnia`). */
  placeMarkers: string[];
  /**
   * Words for a territory that close a place written after a body, its name before them
   * (`Астраханской области`, `Київської області`, `Powiatu Bocheńskiego` is a name alone).
   */
  territories: string[];
  /** Words that cannot end a name: a line of a wrapped cell ending in one goes on (`заступники директора з` / `НВР`). */
  prepositions: string[];
  /** Endings of a list that name no body (`и др.`, `itp.`): dropped like separators. */
  etcetera: string[];
}
