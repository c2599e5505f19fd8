import type { LocaleVocabulary } from "./locale";

/** English. Intl gives `September` and `Sep`; `Sept` is added. */
export const en: LocaleVocabulary = {
  intl: "en",
  monthForms: [[], [], [], [], [], [], [], [], ["sept"], [], [], []],
  monthMarkers: ["month"],
  yearWords: ["year", "years", "yr"],
  schoolWords: ["school", "academic"],
  quarterWords: ["quarter", "qtr", "q"],
  halfYearWords: ["half", "semester", "h"],
  ordinalStems: [["first"], ["second"], ["third"], ["fourth"]],
  ordinalSuffixes: ["st", "nd", "rd", "th"],
  fillers: ["in", "during", "within", "for", "from", "of", "the", "throughout", "on", "at", "over", "deadline"],
  byPhrases: ["by", "until", "till", "no later than", "not later than", "before", "due", "due by"],
  narrowing: {
    begin: ["beginning of", "start of", "early"],
    middle: ["middle of", "mid", "mid-"],
    end: ["end of", "late"],
  },
  rangeWords: ["to", "until", "till", "through", "thru"],
  listWords: ["and"],
  continuous: [
    "ongoing", "on an ongoing basis", "continuous", "continuously", "continual", "permanent", "permanently",
    "constantly", "throughout the year", "all year", "all year round", "year-round", "annually", "every year",
    "yearly", "monthly", "quarterly", "weekly", "regularly", "on a regular basis",
  ],
  event: [
    "as needed", "as required", "as necessary", "when needed", "when required", "if needed", "if necessary",
    "if required", "where necessary", "on request", "upon request", "on demand", "upon", "after", "when",
    "in case", "depending",
  ],
  planWords: ["plan", "programme", "program", "roadmap", "road map", "schedule", "strategy", "scorecard"],
  referenceWords: ["law", "article", "regulation", "decision", "resolution", "pursuant"],
};
