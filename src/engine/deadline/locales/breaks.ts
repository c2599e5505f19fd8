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
    // `Easter`, `Christmas` alone in an English plan are the holidays around them, not the feast day.
    alone: ["holiday", "holidays", "vacation", "easter", "christmas", "xmas", "half term", "half-term", "halfterm", "half-terms", "half terms"],
    qualified: ["break", "recess"],
    which: ["christmas", "easter", "summer", "winter", "spring", "autumn", "fall", "october", "february", "whitsun", "half term", "half-term"],
    during: ["during", "over", "in the"],
  },
};

/**
 * Easter Sunday by the name of the feast (`Великдень`, `Wielkanoc`, `Пасха`, `Великден`), folded, by
 * the calendar of the churches of the plan's language: a day certain once the year is. The Orthodox
 * churches of Bulgaria, Russia and Ukraine keep the Julian Easter; Polish `Wielkanoc` is the Western one.
 */
export const EASTER: Readonly<Record<"western" | "orthodox", readonly string[]>> = {
  western: ["wielkanoc", "wielkanocy", "niedziela wielkanocna", "easter sunday", "easter day"],
  orthodox: ["великдень", "великодня", "великодні", "пасха", "пасхи", "пасхе", "пасху", "великден", "великдена"],
};

/**
 * Feasts on the same day every year, by their names, folded: Christmas Day where the churches of the
 * word's language keep it on 25 December. `Рождество` is left out: Russian churches keep it on 7
 * January, Bulgarian ones (`Рождество Христово`) on 25 December; so is Ukrainian `Різдво`, moved from
 * 7 January to 25 December in 2023.
 */
export const FIXED_FEASTS: readonly { words: readonly string[]; month: number; day: number }[] = [
  { words: ["boże narodzenie", "bożego narodzenia", "christmas day", "коледа"], month: 12, day: 25 },
];
