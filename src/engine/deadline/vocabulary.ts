import { LOCALES, type Frequency, type LocaleVocabulary, type Narrowing } from "./locales";
import { intlMonthForms } from "./months";
import { fold, tokenize, type Token } from "./text";

/**
 * The locales' words merged into lookups, built once when the module loads: parsing a cell is then
 * map lookups only, with no Intl object or regular expression made per call.
 */

export interface WordClass {
  marker?: true;
  yearWord?: true;
  school?: true;
  quarter?: true;
  half?: true;
  /** A half-year word of a language whose school halves split at 1 January (`семестр`, `півріччя`). */
  januaryHalf?: true;
  /** A quarter of a school year (`четверть`, `чверть`). */
  schoolQuarter?: true;
  ordinalSuffix?: true;
  weekday?: true;
}

export type PhraseType = "filler" | "by" | "narrowing" | "range" | "list" | "continuous" | "event" | "recurring";

export interface Phrase {
  /** Token texts, folded. */
  words: string[];
  type: PhraseType;
  narrowing?: Narrowing;
  /** For `recurring`: how often. */
  every?: Frequency;
}

/** Phrases found by their first word; the longest one that fits wins. */
export class PhraseTable {
  private readonly byFirst = new Map<string, Phrase[]>();

  constructor(phrases: Phrase[]) {
    for (const p of phrases) {
      const list = this.byFirst.get(p.words[0]) ?? [];
      list.push(p);
      this.byFirst.set(p.words[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase that starts at token i, or null. */
  at(tokens: readonly Token[], i: number): Phrase | null {
    const first = tokens[i];
    if (first === undefined) return null;
    const candidates = this.byFirst.get(first.text);
    if (!candidates) return null;
    for (const p of candidates) {
      if (i + p.words.length > tokens.length) continue;
      let fits = true;
      for (let k = 1; k < p.words.length && fits; k++) fits = tokens[i + k].text === p.words[k] || cutShortOf(tokens[i + k], p.words[k]);
      if (fits) return p;
    }
    return null;
  }
}

/**
 * `по отд. плану`, `в установл. порядке`: after a phrase's first word, a word of three letters or more
 * closed by a stop is the phrase's word it begins, cut short as officials cut words to fit a column.
 */
function cutShortOf(token: Token, word: string): boolean {
  return token.stop === true && token.type === "word" && token.text.length >= 3 && token.text.length < word.length && word.startsWith(token.text);
}

function phrases(type: PhraseType, texts: readonly string[], narrowing?: Narrowing): Phrase[] {
  return texts
    .map((t) => tokenize(t).map((tok) => tok.text))
    .filter((words) => words.length > 0)
    .map((words) => ({ words, type, ...(narrowing ? { narrowing } : {}) }));
}

function recurringPhrases(): Phrase[] {
  return LOCALES.flatMap((l) =>
    (Object.entries(l.recurring) as [Frequency, readonly string[]][]).flatMap(([every, texts]) =>
      phrases("recurring", texts).map((p) => ({ ...p, every })),
    ),
  );
}

/**
 * The month and weekday names Intl writes in each locale, folded, one word each: months as
 * intlMonthForms gives them (months.ts), weekdays in their long and short forms, Sunday first.
 * Written out here rather than asked of Intl as the module loads, because a process's first Intl
 * date format loads the locale data, about 30 ms of CPU at every start of the command line and
 * of every batch worker. test/engine/deadline/vocabulary.test.ts holds both tables to Intl; a
 * locale missing from them is asked of Intl.
 */
export const INTL_MONTH_FORMS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  bg: [["януари"], ["февруари"], ["март"], ["април"], ["маи"], ["юни"], ["юли"], ["август"], ["септември"], ["октомври"], ["ноември"], ["декември"]],
  pl: [["styczen", "stycznia", "sty"], ["luty", "lutego", "lut"], ["marzec", "marca", "mar"], ["kwiecien", "kwietnia", "kwi"], ["maj", "maja"], ["czerwiec", "czerwca", "cze"], ["lipiec", "lipca", "lip"], ["sierpien", "sierpnia", "sie"], ["wrzesien", "wrzesnia", "wrz"], ["pazdziernik", "pazdziernika", "paz"], ["listopad", "listopada", "lis"], ["grudzien", "grudnia", "gru"]],
  ru: [["январь", "января", "янв"], ["февраль", "февраля", "февр"], ["март", "марта", "мар"], ["апрель", "апреля", "апр"], ["маи", "мая"], ["июнь", "июня", "июн"], ["июль", "июля", "июл"], ["август", "августа", "авг"], ["сентябрь", "сентября", "сент"], ["октябрь", "октября", "окт"], ["ноябрь", "ноября", "нояб"], ["декабрь", "декабря", "дек"]],
  uk: [["січень", "січня", "січ"], ["лютии", "лютого", "лют"], ["березень", "березня", "бер"], ["квітень", "квітня", "квіт"], ["травень", "травня", "трав"], ["червень", "червня", "черв"], ["липень", "липня", "лип"], ["серпень", "серпня", "серп"], ["вересень", "вересня", "вер"], ["жовтень", "жовтня", "жовт"], ["листопад", "листопада", "лист"], ["грудень", "грудня", "груд"]],
  en: [["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sep"], ["october", "oct"], ["november", "nov"], ["december", "dec"]],
};
export const INTL_WEEKDAY_FORMS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  bg: [["неделя", "нд"], ["понеделник", "пн"], ["вторник", "вт"], ["сряда", "ср"], ["четвъртък", "чт"], ["петък", "пт"], ["събота", "сб"]],
  pl: [["niedziela", "niedz"], ["poniedzialek", "pon"], ["wtorek", "wt"], ["sroda", "sr"], ["czwartek", "czw"], ["piatek", "pt"], ["sobota", "sob"]],
  ru: [["воскресенье", "вс"], ["понедельник", "пн"], ["вторник", "вт"], ["среда", "ср"], ["четверг", "чт"], ["пятница", "пт"], ["суббота", "сб"]],
  uk: [["неділя", "нд"], ["понеділок", "пн"], ["вівторок", "вт"], ["середа", "ср"], ["четвер", "чт"], ["пʼятниця", "пт"], ["субота", "сб"]],
  en: [["sunday", "sun"], ["monday", "mon"], ["tuesday", "tue"], ["wednesday", "wed"], ["thursday", "thu"], ["friday", "fri"], ["saturday", "sat"]],
};

/** A locale's one-word weekday names as Intl writes them (long, then short), folded, Sunday first. */
export function intlWeekdayForms(locale: string): string[][] {
  const days: string[][] = [[], [], [], [], [], [], []];
  for (const weekday of ["long", "short"] as const) {
    const format = new Intl.DateTimeFormat(locale, { weekday, timeZone: "UTC" });
    // 7 January 2001 was a Sunday.
    for (let d = 0; d < 7; d++) {
      const words = tokenize(format.format(new Date(Date.UTC(2001, 0, 7 + d))));
      if (words.length === 1 && words[0].type === "word" && !days[d].includes(words[0].text)) days[d].push(words[0].text);
    }
  }
  return days;
}

/** Folded weekday names and short forms as Intl writes them -> day of the week (0 Sunday, as Date counts); the first locale to write a form keeps it. */
function weekdayNumbers(): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of LOCALES) {
    const days = INTL_WEEKDAY_FORMS[l.intl] ?? intlWeekdayForms(l.intl);
    days.forEach((forms, d) => forms.forEach((f) => { if (!out.has(f)) out.set(f, d); }));
  }
  for (const l of LOCALES) l.weekdayShortForms?.forEach((forms, d) => forms.forEach((f) => { if (!out.has(fold(f))) out.set(fold(f), d); }));
  return out;
}

/** Folded month form -> month number (1-12): the Intl forms, then the forms each locale adds (buildMonthLookup in months.ts, from the table). */
function monthLookup(locales: readonly LocaleVocabulary[]): Map<string, number> {
  const lookup = new Map<string, number>();
  for (const locale of locales) {
    (INTL_MONTH_FORMS[locale.intl] ?? intlMonthForms(locale.intl)).forEach((forms, i) => forms.forEach((f) => lookup.set(f, i + 1)));
    locale.monthForms.forEach((forms, i) => forms.forEach((f) => lookup.set(fold(f), i + 1)));
  }
  return lookup;
}

const WEEKDAY_NUMBERS = weekdayNumbers();

function collect(pick: (l: LocaleVocabulary) => readonly string[]): string[] {
  return LOCALES.flatMap(pick);
}

function classify(words: Map<string, WordClass>, texts: readonly string[], flag: keyof WordClass): void {
  for (const text of texts) {
    const key = fold(text);
    const entry = words.get(key) ?? {};
    entry[flag] = true;
    words.set(key, entry);
  }
}

function stemPattern(stems: readonly string[]): RegExp {
  const escaped = stems.map(fold).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![\\p{L}])(?:${escaped.join("|")})`, "u");
}

const months = monthLookup(LOCALES);

const words = new Map<string, WordClass>();
classify(words, collect((l) => l.monthMarkers), "marker");
classify(words, collect((l) => l.yearWords), "yearWord");
classify(words, collect((l) => l.schoolWords), "school");
classify(words, collect((l) => l.quarterWords), "quarter");
classify(words, collect((l) => l.halfYearWords), "half");
classify(words, collect((l) => l.ordinalSuffixes), "ordinalSuffix");
classify(words, LOCALES.filter((l) => l.schoolHalvesSplitInJanuary).flatMap((l) => l.halfYearWords), "januaryHalf");
classify(words, collect((l) => l.schoolQuarterWords), "schoolQuarter");
classify(words, collect((l) => l.schoolQuarterWords), "quarter");
classify(words, [...WEEKDAY_NUMBERS.keys(), ...collect((l) => l.weekdays)], "weekday");

/** Folded season word -> 1 spring, 2 summer, 3 autumn. */
const seasons = new Map<string, number>(LOCALES.flatMap((l) => l.seasons.flatMap((forms, k) => forms.map((f) => [fold(f), k + 1] as [string, number]))));

const ordinalStems: { stem: string; n: number }[] = LOCALES.flatMap((l) =>
  l.ordinalStems.flatMap((stems, i) => stems.map((s) => ({ stem: fold(s), n: i + 1 }))),
);

const fillers = phrases("filler", collect((l) => l.fillers));
const by = phrases("by", collect((l) => l.byPhrases));
const narrowings = (["begin", "middle", "end"] as const).flatMap((n) =>
  phrases("narrowing", collect((l) => l.narrowing[n]), n),
);

/**
 * Words that shift or deny a date without being a period's own word (`кроме 1 мая`, `oprócz`,
 * `except`): a place written beside a date never holds them.
 */
const SHIFT_WORDS = ["кроме", "крім", "освен", "oprócz", "poza", "except", "excluding", "за исключением", "за винятком", "не", "ні", "nie", "not", "no"];

/** Every word of every deadline wording, folded: words beside a date that hold none of these name no period. */
function deadlineWords(): Set<string> {
  const lists = LOCALES.flatMap((l) => [
    ...l.fillers, ...l.byPhrases, ...l.narrowing.begin, ...l.narrowing.middle, ...l.narrowing.end,
    ...l.rangeWords, ...l.listWords, ...l.continuous, ...l.event, ...Object.values(l.recurring).flat(),
    ...l.monthMarkers, ...l.theMonth, ...l.yearWords, ...l.schoolWords, ...l.quarterWords, ...l.halfYearWords,
    ...l.schoolQuarterWords, ...l.weekdays, ...l.weekdayWeekly,
  ]);
  return new Set([...lists, ...SHIFT_WORDS].flatMap((t) => tokenize(t)).filter((t) => t.type === "word").map((t) => t.text));
}

const DEADLINE_WORDS = deadlineWords();
/** A Roman numeral, Latin or typed with Cyrillic `І`, `Х`: a month, quarter or term by number. */
const ROMAN_NUMERAL = /^[ivxіх]+$/u;

/**
 * Whether tokens [from, to) are only words that say nothing of time (a place, a body: `заклади
 * загальної середньої освіти`, `Библиотеки образовательных учреждений`), with commas and the
 * hyphen of a word broken over a line between them; at least one word.
 */
export function isPlainWording(tokens: readonly Token[], from: number, to: number): boolean {
  let count = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.type === "sym") {
      if (t.text === "," || (t.text === "-" && tokens[k - 1]?.type === "word" && tokens[k + 1]?.type === "word")) continue;
      return false;
    }
    // `In-service`: a preposition joined to a plain word by a hyphen is part of that word.
    if (t.type === "word" && FILLER_WORDS.has(t.text) && isJoinedToPlainWord(tokens, k, to)) continue;
    if (t.type !== "word" || DEADLINE_WORDS.has(t.text) || months.has(t.text) || seasons.has(t.text) || words.has(t.text)) return false;
    if (ordinalStems.some((o) => t.text.startsWith(o.stem)) || ROMAN_NUMERAL.test(t.text)) return false;
    count++;
  }
  return count > 0;
}

/** Single-word fillers (`in`, `w`, `на`): prepositions that say no time by themselves. */
const FILLER_WORDS = new Set(LOCALES.flatMap((l) => l.fillers).filter((f) => !/\s/.test(f)).map(fold));

/** Whether the word at k is joined by a hyphen, with no space either side, to a plain word before `to`. */
function isJoinedToPlainWord(tokens: readonly Token[], k: number, to: number): boolean {
  const [word, dash, next] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  if (k + 2 >= to || dash?.type !== "sym" || dash.text !== "-" || next?.type !== "word") return false;
  if (word.end !== dash.start || dash.end !== next.start) return false;
  return isPlainWording(tokens, k + 2, k + 3);
}

export const VOCABULARY = {
  /** Folded month form -> month number. */
  months,
  seasons,
  words,
  ordinalStems,
  /** What may open a part of a cell: fillers, deadline words, narrowings. */
  partPrefix: new PhraseTable([...fillers, ...by, ...narrowings]),
  /** What may open the second end of a range. */
  pointPrefix: new PhraseTable([...fillers, ...narrowings]),
  rangeWords: new PhraseTable(phrases("range", collect((l) => l.rangeWords))),
  listWords: new PhraseTable(phrases("list", collect((l) => l.listWords))),
  /** Whole-cell wordings with no date: continuous and event-driven work (fillers may come first). */
  undated: new PhraseTable([
    ...fillers,
    ...phrases("continuous", collect((l) => l.continuous)),
    ...phrases("event", collect((l) => l.event)),
  ]),
  /** Wordings of recurring work, found anywhere in a cell (`до 15 числа щомісяця`). */
  recurring: new PhraseTable(recurringPhrases()),
  /** A weekday named as coming back each week (`по средам`, `every Friday`). */
  weekdayWeekly: new PhraseTable(phrases("recurring", collect((l) => l.weekdayWeekly))),
  planWords: stemPattern(collect((l) => l.planWords)),
  referenceWords: stemPattern(collect((l) => l.referenceWords)),
  admissionWords: stemPattern(collect((l) => l.admissionWords)),
  stepVerbs: new Set(collect((l) => l.stepVerbs ?? [])),
  /** Folded words for the month itself (`месеца`, `miesiąca`, `month`): the month a heading names. */
  theMonth: new Set(collect((l) => l.theMonth).map(fold)),
  /** Folded phrases of a day still to be set (`tba`, `уточняется`), each as its words joined by a space. */
  toBeSet: new Set(collect((l) => l.toBeSet).map((p) => tokenize(p).map((t) => t.text).join(" "))),
  schoolWords: stemPattern(collect((l) => l.schoolWords).filter((w) => w.length > 2)),
  approvalWords: stemPattern(collect((l) => l.approvalWords)),
  financeWords: stemPattern(collect((l) => l.financeWords)),
  schoolBodyWords: stemPattern(collect((l) => l.schoolBodyWords)),
  citationWords: stemPattern(collect((l) => l.citationWords)),
  /** Folded phrases a holiday's year is written after (`нового`, `new year`). */
  holidayYearWords: new Set(collect((l) => l.holidayYearWords).map(fold)),
  pluralYearWords: new Set(collect((l) => l.pluralYearWords).map(fold)),
  /** Folded words that change what a date beside them says (`после`, `od`, `from`): never part of a note. */
  turnWords: new Set(collect((l) => l.turnWords).flatMap((w) => tokenize(w)).filter((t) => t.type === "word").map((t) => t.text)),
};

/** Every word a locale's deadline wordings and month names use, folded. */
function localeWords(l: LocaleVocabulary): Set<string> {
  const lists = [
    ...l.fillers, ...l.byPhrases, ...l.narrowing.begin, ...l.narrowing.middle, ...l.narrowing.end,
    ...l.rangeWords, ...l.listWords, ...l.continuous, ...l.event, ...Object.values(l.recurring).flat(),
    ...l.monthMarkers, ...l.theMonth, ...l.yearWords, ...l.schoolWords, ...l.quarterWords, ...l.halfYearWords,
  ];
  const out = new Set(lists.flatMap((t) => tokenize(t)).filter((t) => t.type === "word").map((t) => t.text));
  for (const forms of monthLookup([l]).keys()) out.add(forms);
  return out;
}

/**
 * Words of Bulgarian deadlines no Russian or Ukrainian one uses (`септември`, `през`, `срок`), and
 * the reverse (`сентябрь`, `вересень`, `течение`): `полугодие` is both languages' word, and their
 * schools split the year at different months.
 */
const BULGARIAN = LOCALES.find((l) => l.intl === "bg");
const EAST_SLAVIC = LOCALES.filter((l) => l.intl === "ru" || l.intl === "uk");
const bulgarianWords = BULGARIAN ? localeWords(BULGARIAN) : new Set<string>();
const eastSlavicWords = new Set(EAST_SLAVIC.flatMap((l) => [...localeWords(l)]));

/** "bg" for a word only Bulgarian deadlines use, "ru-uk" for one only Russian or Ukrainian ones do, else null. */
export function cyrillicSideOf(token: Token | undefined): "bg" | "ru-uk" | null {
  if (token?.type !== "word") return null;
  const bg = bulgarianWords.has(token.text);
  const east = eastSlavicWords.has(token.text);
  return bg === east ? null : bg ? "bg" : "ru-uk";
}

export function wordClass(token: Token | undefined): WordClass | undefined {
  return token?.type === "word" ? words.get(token.text) : undefined;
}

/** The day of the week a folded weekday name says (0 Sunday to 6 Saturday), or undefined. */
export function weekdayOf(word: string): number | undefined {
  return WEEKDAY_NUMBERS.get(word);
}

/**
 * Whether the word at i names a weekday: `nd` right after a figure is an ordinal's ending (`2nd`,
 * `22 nd May`), not the Polish Sunday written short (`19 I, ND`).
 */
export function isWeekdayAt(tokens: readonly Token[], i: number): boolean {
  const c = wordClass(tokens[i]);
  return c?.weekday === true && !(c.ordinalSuffix && tokens[i - 1]?.type === "num");
}

/** The day of the week the word at i names (0 Sunday to 6 Saturday), or undefined; see isWeekdayAt. */
export function weekdayAt(tokens: readonly Token[], i: number): number | undefined {
  return isWeekdayAt(tokens, i) ? WEEKDAY_NUMBERS.get(tokens[i].text) : undefined;
}

export function monthOf(token: Token | undefined): number | undefined {
  return token?.type === "word" ? months.get(token.text) : undefined;
}
