import type { CountryBodies } from "../types";

/**
 * Bodies named in Polish county and school plans. Full names are given only where the
 * abbreviation has one settled meaning; `Wydział OPS` and `FK` are department names whose
 * expansion differs from one county office to the next.
 */
export const pl: CountryBodies = {
  bodies: [
    { key: "Wydział OPS", full: null },
    { key: "FK", full: null, aliases: ["Wydział FK"] },
    { key: "Skarbnik Powiatu", full: null, aliases: ["Skarbnik"] },
    { key: "Zarząd Powiatu", full: null },
    { key: "Rada Powiatu", full: null },
    { key: "Starosta", full: null },
    { key: "Powiat", full: null },
    { key: "Gmina", full: null, aliases: ["Urząd Gminy", "Urząd Miasta"] },
    { key: "PPP", full: "Poradnia Psychologiczno-Pedagogiczna" },
    { key: "Dyrektor szkoły", full: null, aliases: ["dyrektorzy szkół", "dyrektor"] },
    { key: "Szkoły", full: null, aliases: ["szkoła", "szkoły i placówki", "placówki oświatowe"] },
    { key: "Rada pedagogiczna", full: null, aliases: ["rady pedagogiczne"] },
    { key: "Zespół zadaniowy", full: null, aliases: ["zespoły zadaniowe"] },
    { key: "organ prowadzący", full: null, aliases: ["organy prowadzące"] },
    { key: "ORE", full: "Ośrodek Rozwoju Edukacji" },
    { key: "KFS", full: "Krajowy Fundusz Szkoleniowy" },
    { key: "jst", full: "jednostka samorządu terytorialnego" },
    { key: "Gł. Księgowa", full: "Główna Księgowa", aliases: ["Główny Księgowy", "Gł. Księgowy"] },
    { key: "Kuratorium Oświaty", full: null, aliases: ["KO"] },
    { key: "Wydział Edukacji", full: null, aliases: ["Wydział Oświaty", "Wydział Edukacji i Sportu", "Wydział Oświaty i Sportu"] },
    { key: "MEN", full: "Ministerstwo Edukacji Narodowej", aliases: ["MEiN", "Ministerstwo Edukacji i Nauki", "Ministerstwo Edukacji"] },
    { key: "ODN", full: "Ośrodek Doskonalenia Nauczycieli" },
    { key: "OPS", full: "Ośrodek Pomocy Społecznej", aliases: ["MOPS", "GOPS"] },
    { key: "PCPR", full: "Powiatowe Centrum Pomocy Rodzinie" },
    { key: "Policja", full: null },
  ],
  words: {
    qualifiers: ["wszystkie", "wszyscy", "wszystkich", "poszczególne", "gminne", "powiatowe", "publiczne"],
    heads: ["dyrektor*", "kierownik*", "przewodnicząc*", "wójt", "burmistrz", "prezydent"],
    headLinks: [],
    connectives: [
      "we współpracy z", "we współpracy", "w porozumieniu z", "w porozumieniu", "przy współpracy z",
      "we współdziałaniu z", "wspólnie z", "przy udziale",
    ],
    conjunctions: ["i", "oraz"],
    placeMarkers: ["m", "miasto", "gm"],
    territories: ["województwa", "powiatu", "gminy", "miasta"],
    prepositions: ["ds", "do", "z", "w", "na", "przy", "dla"],
    etcetera: ["itp", "itd", "i inne"],
  },
};
