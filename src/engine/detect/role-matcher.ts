import type { Role } from "../roles";
import { abbreviatedWords, headerWords } from "./header-text";
import { VOCABULARIES, type KnownRole, type Vocabulary } from "./vocabulary";
import { NO_ROLE_HEADINGS } from "./vocabulary/no-role";

/** What a header cell says about its column. */
export interface RoleMatch {
  role: KnownRole;
  /** Strength of the best phrase: more words first, then more letters. */
  weight: number;
  /** Share of the cell's words covered by phrases of that role (0..1). */
  coverage: number;
  /** Number of words in the cell. */
  words: number;
  /** True when a phrase of the role opens the cell: its head word comes first. */
  atStart: boolean;
  /** True when the best phrase matched a word only as another inflection (`местный` looking like `место`). */
  inflected?: boolean;
}

interface Phrase {
  words: string[];
  /** Per word: true when it is a stem matching any word it begins. */
  stems: boolean[];
  role: KnownRole;
  weight: number;
}

/** Words shorter than this are exact-only keys; stems must be at least this long. */
const KEY_LENGTH = 3;

function keyOf(word: string): string {
  return word.length > KEY_LENGTH ? word.slice(0, KEY_LENGTH) : word;
}

function compilePhrase(text: string, role: KnownRole): Phrase {
  const raw = text.trim().split(/\s+/);
  const stems = raw.map((w) => w.endsWith("*"));
  const words = headerWords(raw.map((w) => w.replace(/\*$/, "")).join(" "));
  if (words.length !== raw.length) {
    throw new Error(`Vocabulary phrase "${text}" must be words separated by spaces`);
  }
  words.forEach((w, i) => {
    if (stems[i] && w.length < KEY_LENGTH) throw new Error(`Vocabulary stem "${text}" is shorter than ${KEY_LENGTH} letters`);
  });
  const letters = words.reduce((n, w) => n + w.length, 0);
  return { words, stems, role, weight: words.length * 1000 + letters };
}

/** Phrases indexed by the first letters of their first word, so a cell is matched in a few lookups. */
class PhraseIndex {
  private readonly byKey = new Map<string, Phrase[]>();

  add(phrase: Phrase): void {
    const key = keyOf(phrase.words[0]);
    const list = this.byKey.get(key);
    if (list) list.push(phrase);
    else this.byKey.set(key, [phrase]);
  }

  /** The phrases that match `words` starting at `at`. */
  matchesAt(words: string[], at: number, abbr: Set<string> | null = null): Phrase[] {
    const candidates = this.byKey.get(keyOf(words[at]));
    if (!candidates) return [];
    return candidates.filter((p) => phraseMatchesAt(p, words, at, abbr));
  }

  /**
   * Best match over the whole cell (earliest wins a tie), with the coverage of its role. With
   * `headEnd`, only phrases opening among the first `headEnd` words (the heading's first part, before
   * a comma or a bracket) may name the role; the rest still counts for its coverage. Null when that
   * part names nothing but "the name of".
   */
  best(words: string[], abbr: Set<string> | null = null, headEnd = words.length): RoleMatch | null {
    // The best phrase opening the cell (its head word) and the best one after it (a complement).
    let head: Phrase | null = null;
    let headWeight = 0;
    let later: Phrase | null = null;
    let laterWeight = 0;
    let laterAt = 0;
    const found: { phrase: Phrase; at: number }[] = [];
    for (let at = 0; at < words.length; at++) {
      for (const phrase of this.matchesAt(words, at, abbr)) {
        found.push({ phrase, at });
        if (at >= headEnd) continue;
        // A word read as another inflection of a head word is weaker evidence than the word itself
        // (`обласний бюджет`: `бюджет` says budget; `обласний` only looks like `област`).
        const weight = phrase.weight - INFLECTION_PENALTY * inflectedWords(phrase, words, at, abbr);
        if (at === 0 && (!head || weight > headWeight)) {
          head = phrase;
          headWeight = weight;
        } else if (at > 0 && (!later || weight > laterWeight)) {
          later = phrase;
          laterWeight = weight;
          laterAt = at;
        }
      }
    }
    // The head word names the column (`Результат выполнения мероприятия` is a result, `Forma
    // uroczystości` a form), as written, not merely looking like another word (`обласний` is no
    // `область`), and unless the words after it say more (`Форма узагальнення результатів`) or it
    // only says "the name of" what they name (`Наименование показателя` is the indicator).
    const generic = head !== null && head.words.length === 1 && GENERIC_HEADS.has(head.words[0]);
    // A later phrase opening inside the head's (`Фактическое значение целевого показателя`: the
    // target's words begin at `значение`) only says what the head's measure is of.
    const within = head !== null && later !== null && laterAt < head.words.length;
    const headFirst = head !== null && (later === null || (!generic && inflectedWords(head, words, 0, abbr) === 0 && (head.words.length >= later.words.length || within)));
    const best = headFirst ? head : head && later && headWeight > laterWeight && !generic ? head : (later ?? head);
    if (!best || (headEnd < words.length && generic && later === null)) return null;
    const role = best.role;
    const covered = new Uint8Array(words.length);
    let atStart = false;
    for (const f of found) {
      // The costs and the sources of the funds are one thing in a money heading (`Ежегодные затраты и
      // источники финансирования` over the budgets): each covers the other's words.
      if (f.phrase.role !== role && !(MONEY.has(role) && MONEY.has(f.phrase.role))) continue;
      covered.fill(1, f.at, f.at + f.phrase.words.length);
      // `Наименование целевого показателя …`: after a word that only says "the name of", the role's
      // phrase opens the heading all the same.
      if (f.at === 0 || (f.at === 1 && GENERIC_HEADS.has(words[0]))) atStart = true;
    }
    let coveredCount = 0;
    let total = 0;
    for (let i = 0; i < words.length; i++) {
      if (covered[i]) {
        coveredCount++;
        total++;
      } else if (isContentWord(words[i])) total++;
    }
    const inflected = inflectedWords(best, words, best === head ? 0 : laterAt, abbr) > 0;
    return { role, weight: best.weight, coverage: total === 0 ? 1 : coveredCount / total, words: words.length, atStart, inflected };
  }
}

/**
 * Head words that only say "the name of": the words after them name the column (`Наименование
 * мероприятий`, `Наименование показателя`, `Nazwa wskaźnika`, `Назва заходу`).
 */
const GENERIC_HEADS: ReadonlySet<string> = new Set(["наименование", "найменування", "название", "назва", "наименуване", "nazwa", "name", "title"]);

/** The roles of money: the amount and its source. */
const MONEY: ReadonlySet<KnownRole> = new Set<KnownRole>(["budget", "financing"]);

/** Roles that group tasks: a heading naming one of them, then the tasks, heads the tasks' column. */
const GROUPING: ReadonlySet<KnownRole> = new Set<KnownRole>(["perspective", "objective"]);

/** Two headings in one (`Место и дата проведения`, `Місце проведення, організатор`): each word heads its own. */
const COORDINATED = /[,/;]|\s(?:и|і|й|та|i|oraz|and|&)\s/iu;
/**
 * Where a heading's first part ends: a comma, a semicolon, a bracket, a slash with spaces round it or
 * a conjunction. A slash inside words (`Measures/Initiatives`, `показателя/задачи`) joins two names of
 * one thing and does not end it.
 */
const HEAD_PART_END = /[,;(]|\s\/\s|\s(?:и|і|й|та|i|oraz|and|&)\s/iu;
/** What a heading says in brackets (`(школьники-возраст, молодежь, …)`): examples, not a second heading. */
const PARENTHESES = /\([^)]*\)/g;

const DIGITS = /^\d+$/;
/** A heading's own number before its words (`7.Priority`, `3) Termin`). */
const HEADING_NUMBER = /^\s*\d{1,2}[.)]\s*\p{L}/u;
const LEADING_NUMBER = /^\s*\d{1,2}[.)]\s*/u;
/** A heading's first word joined by a slash to the next (`Measures/\nInitiatives …`): the text after the slash. */
const SLASH_PAIR = /^\s*\p{L}+\/\s*(\p{L}.*)$/su;
/** Weight taken off a phrase for each of its words matched only as another inflection. */
const INFLECTION_PENALTY = 100;

/**
 * Words of a phrase matched at `at` that are neither the same word, a stem's continuation nor the
 * word cut short (`Chara.` is `Charakter` as written, no other word looking like it).
 */
function inflectedWords(p: Phrase, words: string[], at: number, abbr: Set<string> | null): number {
  let n = 0;
  for (let k = 0; k < p.words.length; k++) {
    const w = words[at + k];
    if (!(p.stems[k] ? w.startsWith(p.words[k]) : w === p.words[k]) && !(abbr !== null && abbr.has(w) && p.words[k].startsWith(w))) n++;
  }
  return n;
}

/**
 * Prepositions and conjunctions of three letters or more (`for`, `для`, `при`, `oraz`): like the
 * shorter ones, they join a heading's words and say nothing about its column (`Person responsible
 * for delivery` is covered as well as `Person responsible`).
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "for", "the", "and", "with", "from", "into", "per", "via",
  "для", "при", "под", "над", "про", "через", "или", "либо", "после",
  "від", "під", "між", "або", "після",
  "във", "със", "към",
  "dla", "przy", "oraz", "lub", "przez", "pod", "nad",
]);

/** Short words (`на`, `i`, `за`), joining words and bare numbers say nothing about a column. */
function isContentWord(w: string): boolean {
  return w.length >= KEY_LENGTH && !DIGITS.test(w) && !FUNCTION_WORDS.has(w);
}

function phraseMatchesAt(p: Phrase, words: string[], at: number, abbr: Set<string> | null): boolean {
  if (at + p.words.length > words.length) return false;
  for (let k = 0; k < p.words.length; k++) {
    const w = words[at + k];
    const v = p.words[k];
    if (p.stems[k] ? w.startsWith(v) : w === v || isInflection(w, v)) continue;
    // `Отг.`, `Odp.`, `провед.`: a word cut short with a full stop stands for the words it begins, and
    // only for those: cut after more letters than a head word has, it is a longer word (`Плани.` is no `план`).
    if (abbr !== null && w.length >= KEY_LENGTH && abbr.has(w) && v.startsWith(w)) continue;
    return false;
  }
  return true;
}

/** Head words of five letters or more match their other inflections (`czynność`/`czynności`, `мероприятие`/`мероприятий`). */
const INFLECTED_FROM = 5;
/** Letters an inflection may change at the end of a head word, and add after it. */
const ENDING_CHANGED = 2;
const ENDING_ADDED = 3;

function isInflection(w: string, v: string): boolean {
  if (v.length < INFLECTED_FROM || DIGITS.test(v)) return false;
  const stem = Math.max(4, v.length - ENDING_CHANGED);
  if (w.length < stem || w.length > v.length + ENDING_ADDED) return false;
  for (let i = 0; i < stem; i++) if (w.charCodeAt(i) !== v.charCodeAt(i)) return false;
  return true;
}

const INNER_HYPHEN = /\p{Ll}[-\u2010]\p{Ll}/u;
const INNER_HYPHEN_ALL = /(\p{Ll})[-\u2010](\p{Ll})/gu;

/** Bound on remembered cell texts, so a long-running task pane does not grow without end. */
const CACHE_LIMIT = 20_000;
/** Longer texts are rarely repeated; remembering them would only churn memory. */
const CACHE_TEXT_LENGTH = 160;

/** A header text read once: its words, the words it cuts short, the role it names. */
interface MatcherRead {
  words: string[];
  abbr: Set<string> | null;
  match: RoleMatch | null;
  /** True when a heading of no role opens the text before a role word (`Участники мероприятий`). */
  noRoleHead: boolean;
}

/**
 * Reads header cells against every language's vocabulary at once, so a bilingual header
 * (`Срок / Termin`) or a header in a language other than the sheet's still resolves.
 */
export class RoleMatcher {
  private readonly base = new PhraseIndex();
  private readonly scorecard = new PhraseIndex();
  private readonly sections = new PhraseIndex();
  private readonly noRole = new PhraseIndex();
  private readonly cache = new Map<string, MatcherRead>();

  constructor(vocabularies: readonly Vocabulary[], noRoleHeadings: readonly (readonly string[])[] = []) {
    // Headings of no role carry none: the index files every phrase under a role, and `notes` here is never read.
    for (const list of noRoleHeadings) for (const text of list) this.noRole.add(compilePhrase(text, "notes"));
    for (const v of vocabularies) {
      for (const [role, phrases] of Object.entries(v.roles) as [KnownRole, string[]][]) {
        for (const text of phrases) this.base.add(compilePhrase(text, role));
      }
      for (const [role, phrases] of Object.entries(v.scorecard) as [KnownRole, string[]][]) {
        for (const text of phrases) this.scorecard.add(compilePhrase(text, role));
      }
      // Section words carry no role: the index files every phrase under a role, and `objective` here is never read.
      for (const text of v.sections) this.sections.add(compilePhrase(text, "objective"));
    }
  }

  private read(cell: string): MatcherRead {
    let hit = this.cache.get(cell);
    if (!hit) {
      // `4. Вес показателя`, `2) Termin`: a form's number before the heading is no word of it.
      const text = HEADING_NUMBER.test(cell) ? cell.replace(LEADING_NUMBER, "") : cell;
      let words = headerWords(text);
      // A heading in capitals (`ОТВ-НЫЙ`, `ДЖЕРЕЛА ФІНАН-СУВАННЯ`) is cut short and hyphenated as the same words in lower case.
      const cased = /\p{Ll}/u.test(text) ? text : text.toLowerCase();
      const abbr = abbreviatedWords(cased);
      let match = this.firstNamed(text, words, abbr);
      // `Джерела фінан-сування`: a word hyphenated where Word broke the line, the break itself lost.
      if (INNER_HYPHEN.test(cased)) {
        const joinedText = cased.replace(INNER_HYPHEN_ALL, "$1$2");
        const joined = headerWords(joinedText);
        const other = this.firstNamed(joinedText, joined, abbr);
        if (other && (!match || other.coverage > match.coverage)) {
          words = joined;
          match = other;
        }
      }
      // `Measures/Initiatives`: the task named by its generic word, then as the plan's initiatives,
      // two names of one column; the initiative names it (`Tematyka/cel` names two things, and stays the task).
      const paired = match?.role === "activity" && match.atStart ? SLASH_PAIR.exec(text) : null;
      if (paired) {
        const other = this.firstNamed(paired[1], headerWords(paired[1]), abbr);
        if (other && other.role === "initiative" && other.atStart) match = other;
      }
      // `Место проведения мероприятия`, `Участники мероприятий`: a heading of no role opening the
      // cell is its head; the role word after it only says of what.
      let noRoleHead = false;
      // `7.Priority of Initiative`: a guidance number before the heading is no word of it.
      const noRole = match ? this.noRole.best(words, abbr) : null;
      // `Target group`, `Cost centre`: a longer heading of no role opening the cell outweighs the role word inside it.
      const longer = !!match && !!noRole && match.atStart && noRole.weight > match.weight;
      // A word only looking like a heading of no role (`местный` like `место`) heads nothing.
      if (match && noRole?.atStart && !noRole.inflected && (longer || (!match.atStart && !COORDINATED.test(text.replace(PARENTHESES, ""))))) {
        match = null;
        noRoleHead = true;
      }
      hit = { words, abbr, match, noRoleHead };
      if (cell.length <= CACHE_TEXT_LENGTH) {
        if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
        this.cache.set(cell, hit);
      }
    }
    return hit;
  }

  /**
   * The role a heading names. A heading naming two things (`Наименование показателя, единица
   * измерения`, `Indicator / unit`, `Wskaźnik (jednostka miary)`) is named by its first part; the
   * complement only adds to it. A first part naming nothing leaves the whole heading to decide
   * (`Место и дата проведения`).
   */
  private firstNamed(text: string, words: string[], abbr: Set<string> | null): RoleMatch | null {
    const cut = HEAD_PART_END.exec(text);
    const headEnd = cut ? headerWords(text.slice(0, cut.index)).length : words.length;
    if (headEnd > 0 && headEnd < words.length) {
      const first = this.base.best(words, abbr, headEnd);
      if (first && GROUPING.has(first.role)) {
        // `Направления, мероприятия`, `Цели, задачи, мероприятия`: the groups and then the tasks under
        // them; the groups stand on rows of their own over the tasks, and the column's rows are the tasks.
        const rest = words.slice(headEnd);
        const then = this.base.best(rest, abbr);
        if (then?.role === "activity" && then.atStart && then.coverage === 1) return { ...then, words: words.length };
      }
      if (first) return first;
    }
    return this.base.best(words, abbr);
  }

  /** The role a header cell names, or null when no vocabulary knows it. */
  match(text: string): RoleMatch | null {
    return this.read(text).match;
  }

  /**
   * The role in a balanced scorecard header: a scorecard-only phrase wins when it is at least as
   * specific as the general one (`ЗАДАЧИ` there is the Targets column).
   */
  matchInScorecard(text: string): RoleMatch | null {
    const { words, abbr, match } = this.read(text);
    const special = this.scorecard.best(words, abbr);
    if (special && (!match || special.weight >= match.weight)) return special;
    return match;
  }

  /**
   * True when a heading names what its column holds but no role (`Место проведения`, `Uczestnicy`,
   * `Venue`): read as a label, never typed by its cells. A heading naming a role is that role.
   */
  namesNoRole(text: string): boolean {
    const { words, abbr, match, noRoleHead } = this.read(text);
    if (noRoleHead) return true;
    if (match) return false;
    const m = this.noRole.best(words, abbr);
    return !!m && m.atStart && m.coverage >= 0.5;
  }

  /** True when a text opens with a section word (`Стратегическа цел`, `Cel szczegółowy`, `Раздел`). */
  opensSection(text: string): boolean {
    const words = this.read(text).words;
    return words.length > 0 && this.sections.matchesAt(words, 0).length > 0;
  }
}

/** The matcher over every shipped vocabulary, compiled once. */
export const ROLE_MATCHER = new RoleMatcher(Object.values(VOCABULARIES), Object.values(NO_ROLE_HEADINGS));

/**
 * The role a header text names, `unknown` when no vocabulary knows it. `inScorecard` reads it as
 * a balanced scorecard header does (`ЗАДАЧИ` is then the Targets column).
 */
export function roleOfHeader(text: string, inScorecard = false): Role {
  const m = inScorecard ? ROLE_MATCHER.matchInScorecard(text) : ROLE_MATCHER.match(text);
  return m ? m.role : "unknown";
}
