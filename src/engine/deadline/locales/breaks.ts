/**
 * School holidays and breaks named as a time (`осенние каникулы`, `зимові канікули`, `ferie zimowe`,
 * `коледна ваканция`, `half-term`, `Christmas holidays`), per language. Their dates are set for
 * each year by a region, a ministry's order or the school itself, never by the words: a cell that
 * names one is dated by that calendar, kept elsewhere. Stems, folded (lower case, no diacritics).
 */
export interface BreakWords {
  /** Nouns that name school holidays alone (`каникулы`, `ferie`, `holidays`). */
  alone: readonly string[];
  /** Nouns that name a school break only with a word saying which (`przerwa świąteczna`, `Christmas break`). */
  qualified: readonly string[];
  /** Words saying which holidays: a season, a feast, `междусрочна`. */
  which: readonly string[];
  /** Words before them that say only "during" (`во время`, `під час`, `podczas`). */
  during: readonly string[];
}

export const BREAKS: Readonly<Record<"bg" | "pl" | "ru" | "uk" | "en", BreakWords>> = {
  bg: {
    alone: ["ваканци"],
    qualified: [],
    which: ["коледн", "зимн", "пролетн", "великденск", "междусрочн", "лятн", "есенн"],
    during: ["по време на", "през"],
  },
  pl: {
    alone: ["ferie", "ferii", "feriach", "feriami", "wakacje", "wakacji", "wakacjach"],
    qualified: ["przerwa", "przerwy", "przerwie"],
    which: ["zimow", "letn", "wiosenn", "swiateczn", "bozonarodzeniow", "wielkanocn"],
    during: ["podczas", "w czasie", "w okresie", "w trakcie"],
  },
  ru: {
    alone: ["каникул"],
    qualified: [],
    which: ["осен", "зимн", "весен", "летн", "новогодн", "дополнительн"],
    during: ["во время", "в период", "в дни"],
  },
  uk: {
    alone: ["канікул"],
    qualified: [],
    which: ["осінн", "зимов", "весн", "літн", "новорічн", "різдвян", "додатков"],
    during: ["під час", "у період", "в період", "у дні", "в дні"],
  },
  en: {
    alone: ["holiday", "holidays", "vacation", "half term", "half-term", "halfterm", "half-terms", "half terms"],
    qualified: ["break", "recess"],
    which: ["christmas", "easter", "summer", "winter", "spring", "autumn", "fall", "october", "february", "whitsun", "half term", "half-term"],
    during: ["during", "over", "in the"],
  },
};
