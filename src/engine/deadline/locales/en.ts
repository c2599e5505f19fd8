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
  schoolHalvesSplitInJanuary: true,
  schoolQuarterWords: [],
  seasons: [[], [], []],
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
    "constantly", "throughout the year", "all year", "all year round", "year-round", "regularly", "on a regular basis",
    "throughout the school year", "throughout the academic year", "on-going", "on going", "throughout the month",
    "throughout the week", "all month",
  ],
  recurring: {
    day: ["daily", "every day", "each day"],
    week: ["weekly", "every week", "each week", "once a week"],
    month: ["monthly", "every month", "each month", "once a month"],
    quarter: ["quarterly", "every quarter", "each quarter", "once a quarter"],
    // A half term is not a term: half-termly work recurs, how often is left unsaid.
    "": ["half termly", "half-termly", "each half term", "every half term"],
    term: ["termly", "each term", "every term", "once a term", "once per term"],
    "half-year": ["twice a year", "twice yearly", "every six months", "half-yearly", "biannually", "bi-annually", "six-monthly"],
    year: ["annually", "every year", "each year", "yearly", "once a year"],
  },
  weekdays: ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"],
  event: [
    "as needed", "as required", "as necessary", "when needed", "when required", "if needed", "if necessary",
    "if required", "where necessary", "on request", "upon request", "on demand", "upon", "after", "when",
    "in case", "depending", "according to the calendar", "according to the schedule", "according to schedule",
    "as scheduled", "as per schedule", "per schedule", "in line with the calendar", "as per calendar",
    "in line with the schedule", "as and when",
    // The date is set by another body (`ustali dyrektor CKE`): driven by its calendar. A date still to be
    // confirmed by the plan's own authors (`to be confirmed`, `уточняется`) is a date missing, not this.
    "set by", "as set by", "as determined by", "determined by",
  ],
  planWords: ["plan", "programme", "program", "roadmap", "road map", "schedule", "strategy", "scorecard", "calendar", "timetable", "timeline"],
  admissionWords: ["admission"],
  stepVerbs: ["adopt", "approve", "submit", "publish", "present", "launch", "sign", "issue", "deliver", "finalise", "finalize", "consult", "agree", "hold"],
  referenceWords: ["law", "article", "regulation", "decision", "resolution", "pursuant"],
  approvalWords: ["approved", "adopted", "signed", "minutes", "dated", "amended", "as amended"],
  holidayYearWords: ["new year", "new year's"],
  financeWords: ["budget", "financial", "fiscal", "council tax", "mtfs", "precept"],
  pluralYearWords: ["years"],
  schoolBodyWords: [],
  citationWords: ["in line with", "in accordance with", "pursuant to", "as required by"],
};
