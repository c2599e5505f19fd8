import type { LocaleVocabulary } from "./locale";

/** Polish. Intl gives the nominative (`wrzesień`), genitive (`września`) and short (`wrz.`) forms. */
export const pl: LocaleVocabulary = {
  intl: "pl",
  // Locative: `w maju`, `we wrześniu`.
  monthForms: [
    ["styczniu", "stycz"], ["lutym"], ["marcu"], ["kwietniu", "kwiec"], ["maju"], ["czerwcu", "czerw"],
    ["lipcu"], ["sierpniu", "sierp"], ["wrześniu", "wrzes"], ["październiku", "paźdz", "pazdz"], ["listopadzie", "listop"], ["grudniu", "grudz"],
  ],
  monthMarkers: ["miesiąc", "miesiącu", "mies"],
  theMonth: ["miesiąca", "miesiąc", "miesiącu"],
  toBeSet: ["do ustalenia", "termin do ustalenia", "zostanie ustalony", "termin zostanie ustalony", "data do ustalenia"],
  yearWords: ["r", "rok", "roku", "lata", "lat", "latach", "rr"],
  schoolWords: ["szkolny", "szkolnego", "szkolnym", "szk", "szkol"],
  quarterWords: ["kwartał", "kwartale", "kwartału", "kwartały", "kw"],
  halfYearWords: ["półrocze", "półroczu", "półrocza", "semestr", "semestrze", "semestru", "okres", "okresie", "okresu"],
  schoolHalvesSplitInJanuary: false,
  schoolQuarterWords: [],
  seasons: [["wiosna", "wiosną", "wiosny", "wiośnie", "wiosnę"], ["lato", "latem", "lecie"], ["jesień", "jesienią", "jesieni"]],
  ordinalStems: [["pierw"], ["drug"], ["trzec"], ["czwart"]],
  ordinalSuffixes: ["szy", "gi", "gie", "ci", "cie", "ty", "te"],
  fillers: ["w", "we", "na", "za", "od", "przez", "w ciągu", "w okresie", "w terminie", "termin", "w trakcie", "dnia", "w dniu", "dn",
    // Who sets the way, not the time (`wg zaleceń\ncały rok szkolny`): the time written after it is the term.
    "wg zaleceń", "według zaleceń", "zgodnie z zaleceniami"],
  byPhrases: ["do", "nie później niż", "najpóźniej do", "przed", "do dnia", "najpóźniej do dnia", "nie później niż do dnia"],
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
    "systematycznie", "na stałe", "w ciągu miesiąca", "przez cały miesiąc", "w ciągu tygodnia", "w trakcie tygodnia", "w trakcie miesiąca",
    "przez cały tydzień", "cały rok szkolny", "przez cały rok szkolny", "w ciągu roku szkolnego",
    "praca ciągła", "działanie ciągłe", "działania ciągłe", "praca stała",
  ],
  recurring: {
    "": ["regularnie", "cyklicznie", "co dwa tygodnie", "co 2 tygodnie", "raz na dwa tygodnie", "raz na 2 tygodnie"],
    day: ["codziennie", "co dzień", "każdego dnia"],
    week: ["co tydzień", "cotygodniowo", "raz w tygodniu", "raz na tydzień", "każdego tygodnia"],
    month: ["co miesiąc", "comiesięcznie", "raz w miesiącu", "raz na miesiąc", "każdego miesiąca", "miesięcznie"],
    quarter: ["co kwartał", "kwartalnie", "raz w kwartale", "raz na kwartał", "każdego kwartału"],
    term: ["raz w semestrze", "raz na semestr", "co semestr", "w każdym semestrze", "na koniec każdego semestru", "po każdym semestrze", "raz w półroczu", "raz na półrocze", "co półrocze"],
    "half-year": ["dwa razy w roku", "2 razy w roku", "co pół roku", "raz na pół roku", "dwukrotnie w ciągu roku"],
    year: ["corocznie", "co roku", "raz w roku", "raz na rok", "każdego roku", "rocznie"],
  },
  // The plural too (`pierwsze czwartki miesiąca`): a weekday that comes back.
  weekdayWeekly: [
    "każdy poniedziałek", "każdy wtorek", "każdą środę", "każdy czwartek", "każdy piątek", "każdą sobotę", "każdą niedzielę",
    "w poniedziałki", "we wtorki", "w środy", "w czwartki", "w piątki", "w soboty", "w niedziele",
    "co poniedziałek", "co wtorek", "co środę", "co czwartek", "co piątek", "co sobotę", "co niedzielę",
  ],
  // Two letters, as a school calendar writes them beside its dates (`10-11 IX, WT-SR`, `15-16 I, SR-CZ`).
  weekdayShortForms: [["nd"], ["pn"], [], [], ["cz"], [], ["so"]],
  weekdays: ["pon", "wt", "śr", "czw", "pt", "sob", "niedz", "ndz", "poniedziałki", "wtorki", "środy", "czwartki", "piątki", "soboty", "niedziele"],
  event: [
    "w razie", "w przypadku", "w zależności", "zależnie", "po", "przy", "na wniosek", "na żądanie",
    "według potrzeb", "wg potrzeb", "w miarę potrzeb", "zgodnie z harmonogramem", "zgodnie z terminarzem",
    "zgodnie z kalendarzem", "według harmonogramu", "wg harmonogramu", "według terminarza", "wg terminarza",
    "zgodnie z planem", "według planu", "wg planu", "w terminach", "w terminie określonym", "w terminach określonych", "w ustalonym trybie", "w trybie ustalonym",
    "zgodnie z terminami", "w razie potrzeby", "w miarę możliwości",
    // The date is set by another body (`ustali dyrektor CKE`): driven by its calendar. A date still to be
    // confirmed by the plan's own authors (`to be confirmed`, `уточняется`) is a date missing, not this.
    "ustali", "ustala", "ustalają", "w terminie ustalonym", "w terminach ustalonych", "w terminie wyznaczonym", "inf. w aktualnościach", "informacja w aktualnościach",
    // The term a partner offers (`wg oferty` of a theatre, a festival's organisers): set outside the plan.
    "wg oferty", "wg ofert", "według oferty", "według ofert", "zgodnie z ofertą", "zgodnie z ofertami", "w miarę ofert",
  ],
  planWords: ["plan", "harmonogram", "program", "strategi", "mapa drogowa", "kalendar", "terminarz"],
  admissionWords: ["rekrutac", "nabór", "nabor"],
  referenceWords: ["ustaw", "art.", "rozporządz", "uchwał", "zarządzen", "dz. u", "dz.u"],
  approvalWords: ["zatwierdzam", "zatwierdzon", "zatwierdził", "przyjęt", "protokół", "protokol", "zaopiniowan", "ze zmianami", "tekst jednolity"],
  holidayYearWords: ["nowy rok", "nowego roku", "nowym roku"],
  financeWords: [],
  pluralYearWords: ["lata", "lat", "latach", "rr"],
  schoolBodyWords: ["pedagogiczn"],
  citationWords: ["zgodnie z", "na podstawie", "w wykonaniu"],
  turnWords: ["po", "od", "począwszy", "poczynając", "dalej", "później", "wcześniej", "przed", "oprócz"],
  anniversaryWords: ["rocznic", "lecie", "lecia", "leciu"],
  editionWords: ["według stanu na", "stan na dzień", "aktualizacja"],
  annualWords: ["roczny", "rocznego", "rocznym"],
};
