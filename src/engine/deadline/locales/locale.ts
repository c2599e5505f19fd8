/**
 * A language's deadline vocabulary, as data. Month names and their nominative, genitive and short
 * forms come from Intl (see ../months.ts); a locale adds only what Intl does not know.
 * Words are matched folded (lower case, without diacritics), so they may be written naturally.
 * Entries of the phrase lists may be several words (`не позднее`, `na bieżąco`).
 */

export type Narrowing = "begin" | "middle" | "end";

/** How often recurring work comes round; "" when the words say it recurs but not how often (`cyklicznie`). */
export type Frequency = "" | "day" | "week" | "month" | "quarter" | "term" | "half-year" | "year";

/** Twelve lists, January first. */
export type PerMonth = readonly [
  readonly string[], readonly string[], readonly string[], readonly string[],
  readonly string[], readonly string[], readonly string[], readonly string[],
  readonly string[], readonly string[], readonly string[], readonly string[],
];

export interface LocaleVocabulary {
  /** BCP 47 tag whose Intl month names this language uses. */
  intl: string;
  /** Month forms Intl does not give: the locative (`в сентябре`, `у вересні`, `w maju`), abbreviations. */
  monthForms: PerMonth;
  /** Words announcing a month: bg `м.`, `месец`. */
  monthMarkers: readonly string[];
  /**
   * The word for the month itself, as written with a narrowing or a limit (`до края на месеца`,
   * `do końca miesiąca`, `by the end of the month`): under a month heading, the heading's month.
   */
  theMonth: readonly string[];
  /**
   * A day still to be set (`TBA`, `уточняется`, `do ustalenia`), the whole cell: alone, a date
   * missing; under a month heading, that month.
   */
  toBeSet: readonly string[];
  /** Words written with a year: `г.`, `година`, `roku`, `рік`, `годы`. */
  yearWords: readonly string[];
  /** Words that make two years a school year: `учебната`, `szkolny`, `навчальний`, `н.` of `н.р.`. */
  schoolWords: readonly string[];
  quarterWords: readonly string[];
  halfYearWords: readonly string[];
  /**
   * Whether this language's schools split the year into halves at 1 January (ru, uk semesters: I is
   * September-December) rather than at 1 February (pl półrocze, bg срок: I is September-January).
   */
  schoolHalvesSplitInJanuary: boolean;
  /** The four quarters of a school year (`четверть`, `чверть`): September-October, November-December, January-March, April-May. */
  schoolQuarterWords: readonly string[];
  /**
   * Spring, summer and autumn (March-May, June-August, September-November) in the forms written
   * (`Літо-осінь`, `весной 2024`, `na wiosnę`). Winter is not here: it runs over the new year, and a
   * year written with it does not say which winter. English has none: `Spring` may be the season or
   * the school term.
   */
  seasons: readonly [readonly string[], readonly string[], readonly string[]];
  /** Stems of the ordinals first to fourth (`втор-` of `второе полугодие`). */
  ordinalStems: readonly [readonly string[], readonly string[], readonly string[], readonly string[]];
  /** Endings written after a digit: `1-во`, `2-й`, `3rd`. */
  ordinalSuffixes: readonly string[];
  /** Words passed over before a period: prepositions (`в`, `през`, `w`, `in`), `в течение`. */
  fillers: readonly string[];
  /** Words that make the period a deadline: `до`, `не позднее`, `do`, `by`. */
  byPhrases: readonly string[];
  /** Words that take part of a period (`в началото на учебната година`). */
  narrowing: Readonly<Record<Narrowing, readonly string[]>>;
  /** Words between the two ends of a range, besides dashes and slashes: `до`, `по`, `do`, `to`. */
  rangeWords: readonly string[];
  /** Words between periods listed in one cell: `и`, `oraz`, `and`. */
  listWords: readonly string[];
  /** Work that goes on through the plan period; recurring work (`ежегодно`, `щорічно`, `annually`) too. */
  continuous: readonly string[];
  /** Work that recurs, by how often: `щомісяця`, `co tydzień`, `twice a year` (a half-year), `each term`. */
  recurring: Readonly<Partial<Record<Frequency, readonly string[]>>>;
  /**
   * A weekday named as coming back each week (`по средам`, `w każdy piątek`, `щочетверга`, `every
   * Friday`): with no date or month beside it, the work is weekly. Beside one (`май 2020, по
   * субботам`) it is that period's Saturdays, which no one period says.
   */
  weekdayWeekly: readonly string[];
  /** Day names and their short forms Intl does not give (`вт.`, `śr.`): a weekday after a date is a note. */
  weekdays: readonly string[];
  /**
   * Short day names officials write that Intl does not (`pn`, `cz`, `so`; `пон`, `чет`), Sunday
   * first: beside a date they are checked against its day, as the names Intl writes are.
   */
  weekdayShortForms?: readonly (readonly string[])[];
  /** Work set off by an event or done to a schedule kept elsewhere, with no date of its own. */
  event: readonly string[];
  /**
   * Verbs naming the step done on a day, written alone before its date in an action plan's
   * timeline (`Adopt July 28, 2008`). Whole folded words.
   */
  stepVerbs?: readonly string[];
  /** Stems of words that name a plan in a title (`план`, `harmonogram`, `дорожн`). */
  planWords: readonly string[];
  /**
   * Stems of words for admitting pupils (`приемане`, `rekrutacja`, `вступ`): a plan of admission for
   * a school year runs in the calendar year before that school year starts.
   */
  admissionWords: readonly string[];
  /** Stems of references to laws and decisions, whose years are not the plan's (`чл.`, `ustaw`). */
  referenceWords: readonly string[];
  /**
   * Stems of words that sign a document off (`УТВЕРЖДАЮ`, `затверджено`, `Protokół`, `approved`):
   * the dates beside them are the document's, not the plan's period.
   */
  approvalWords: readonly string[];
  /** Words a year is written after when it names a holiday, not a period (`встрече Нового 2006 года`). */
  holidayYearWords: readonly string[];
  /**
   * Words of budgets and accounts (`budget`, `financial`): years written `2025/26` there are financial
   * years, which do not run as school years do.
   */
  financeWords: readonly string[];
  /** Year words in the plural (`годы`, `роки`, `lata`, `years`): two years with them are calendar years. */
  pluralYearWords: readonly string[];
  /** Stems of a school's own council (`педагогически съвет`, `rada pedagogiczna`): a document it adopts is a school's. */
  schoolBodyWords: readonly string[];
  /**
   * Stems of an anniversary (`80-летию`, `річниці`, `rocznicy`, `годишнина`, `anniversary`): the
   * years of what is remembered stand in the same line as the plan's own, which a preposition says.
   */
  anniversaryWords?: readonly string[];
  /** Words a document's edition line opens with (`Updated October 2023`): its date is the edition's. */
  editionWords?: readonly string[];
  /**
   * Marks written before a financial year (`FY 2025-2030`): its months differ from one country's or
   * body's accounts to another's (July to June, April to March), so its years say no period.
   */
  fiscalYearWords?: readonly string[];
  /**
   * Words of a plan for one year (`річний`, `годишен`, `roczny`) where accounts run by calendar years:
   * such a plan over two consecutive years (`Річний план роботи на 2023-2024`) is a school year's.
   */
  annualWords?: readonly string[];
  /** Words a year is written after when it names a law (`Education Act 1996`), not a period. */
  lawYearWords?: readonly string[];
  /**
   * Words of a school year whose months differ from place to place (`session 2024-25`: April to March
   * in one board, June to April in another): the title does not say when it runs.
   */
  sessionWords?: readonly string[];
  /** Words that cite another document (`відповідно до`, `zgodnie z`, `in line with`): what follows is that document's. */
  citationWords: readonly string[];
  /**
   * Words that, written beside a date, change what it says (`после`, `od`, `from`, `onwards`,
   * `before`): the day is then a start, a limit or a point after which, not the day itself. Words
   * around a date that hold one are never passed over as a place or a remark.
   */
  turnWords: readonly string[];
}
