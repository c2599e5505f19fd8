import type { LocaleVocabulary } from "./locale";

/** Polish. Intl gives the nominative (`wrzesień`), genitive (`września`) and short (`wrz.`) forms. */
export const pl: LocaleVocabulary = {
  intl: "pl",
  // Locative: `w maju`, `we wrześniu`.
  monthForms: [
    ["styczniu"], ["lutym"], ["marcu"], ["kwietniu"], ["maju"], ["czerwcu"],
    ["lipcu"], ["sierpniu"], ["wrześniu"], ["październiku"], ["listopadzie"], ["grudniu"],
  ],
  monthMarkers: ["miesiąc", "miesiącu", "mies"],
  yearWords: ["r", "rok", "roku", "lata", "lat", "latach", "rr"],
  schoolWords: ["szkolny", "szkolnego", "szkolnym", "szk", "szkol"],
  quarterWords: ["kwartał", "kwartale", "kwartału", "kw"],
  halfYearWords: ["półrocze", "półroczu", "półrocza", "semestr", "semestrze", "semestru"],
  ordinalStems: [["pierw"], ["drug"], ["trzec"], ["czwart"]],
  ordinalSuffixes: ["szy", "gi", "gie", "ci", "cie", "ty", "te"],
  fillers: ["w", "we", "na", "za", "od", "przez", "w ciągu", "w okresie", "w terminie", "termin", "w trakcie"],
  byPhrases: ["do", "nie później niż", "najpóźniej do", "przed"],
  narrowing: {
    begin: ["na początku", "początek", "początku", "z początkiem"],
    middle: ["w połowie", "połowa", "połowy", "w środku"],
    end: ["pod koniec", "na koniec", "koniec", "końca", "z końcem", "na końcu"],
  },
  rangeWords: ["do"],
  listWords: ["i", "oraz", "a także"],
  continuous: [
    "na bieżąco", "bieżąco", "stale", "ciągle", "w sposób ciągły", "w trybie ciągłym", "cały rok",
    "przez cały rok", "w ciągu roku", "w ciągu całego roku", "przez cały okres", "cały okres",
    "corocznie", "co roku", "systematycznie", "cyklicznie", "regularnie", "na stałe",
  ],
  event: [
    "w razie", "w przypadku", "w zależności", "zależnie", "po", "przy", "na wniosek", "na żądanie",
    "według potrzeb", "wg potrzeb", "w miarę potrzeb", "zgodnie z harmonogramem",
  ],
  planWords: ["plan", "harmonogram", "program", "strategi", "mapa drogowa"],
  referenceWords: ["ustaw", "art.", "rozporządz", "uchwał", "zarządzen", "dz. u", "dz.u"],
};
