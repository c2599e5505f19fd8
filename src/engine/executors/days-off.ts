import { fold } from "../units/text";

/**
 * A row that is a school break or a day off (`Ferie zimowe`, `Zimowa przerwa świąteczna`,
 * `Осенние каникулы`, `Коледна ваканция`, `Half term`): event calendars list them beside the
 * events so staff see the whole year, but nobody carries them out, so nobody answers for them.
 *
 * Read strictly: every word of the text is a break word or a word that only says which break it
 * is (a season, a feast, `szkolne`, `od zajęć dydaktycznych`), and at least one is a break word.
 * `Organizacja ferii zimowych` or `Подготовка к зимним каникулам` is work and stays a task.
 * Stems, folded (case and diacritics), per language, kept as data; `$` ends a whole word
 * (`break`, not `breakfast`), as do stems of three letters or fewer.
 */
const BREAK_STEMS: Record<"bg" | "pl" | "ru" | "uk" | "en", string[]> = {
  bg: ["ваканци", "почивн", "неучебн", "неприсъствен"],
  pl: ["ferie", "ferii", "przerw", "wolne", "wolny", "wolnych"],
  ru: ["каникул", "выходн", "нерабоч"],
  uk: ["канікул", "вихідн", "неробоч"],
  en: ["holiday$", "holidays$", "break$", "breaks$", "halfterm$", "closed$", "closure$"],
};

/** Words that say which break it is; never enough on their own. */
const WHICH_STEMS: Record<"bg" | "pl" | "ru" | "uk" | "en", string[]> = {
  bg: ["коледн", "зимн", "пролетн", "лятн", "есенн", "великденск", "междусрочн", "новогодишн", "ден", "дни", "за", "учениците", "официалн"],
  pl: [
    "zimow", "wiosenn", "letni", "jesienn", "swiateczn", "bozonarodzeni", "wielkanocn", "noworoczn", "dzien", "dni",
    "od", "zajec", "dydaktyczn", "wychowawcz", "edukacyjn", "lekcyjn", "szkoln", "dyrektorsk",
  ],
  ru: ["зимн", "весенн", "летн", "осенн", "новогодн", "праздничн", "рождественск", "школьн", "день", "дни", "для", "учащихся", "обучающихся"],
  uk: ["зимов", "весня", "весінн", "літн", "осінн", "новорічн", "різдвян", "святков", "шкільн", "день", "дні", "для", "учнів", "здобувачів", "освіти"],
  en: [
    "christmas$", "easter$", "spring$", "summer$", "winter$", "autumn$", "fall$", "october$", "february$", "may$",
    "whitsun$", "bank$", "public$", "school$", "mid$", "term$", "day$", "days$", "for$", "pupils$", "students$",
  ],
};

/**
 * Stems as they are compared: whole words in a set, true stems (more than three letters) as
 * prefixes. Every word of every activity cell is looked up here, so the forms are worked out once.
 */
interface Stems {
  whole: Set<string>;
  prefixes: string[];
}

function stemsOf(lists: Record<string, string[]>): Stems {
  const whole = new Set<string>();
  const prefixes: string[] = [];
  for (const stem of Object.values(lists).flat().map(fold)) {
    if (stem.endsWith("$")) whole.add(stem.slice(0, -1));
    else if (stem.length <= 3) whole.add(stem);
    else prefixes.push(stem);
  }
  return { whole, prefixes };
}

const BREAKS = stemsOf(BREAK_STEMS);
const WHICH = stemsOf(WHICH_STEMS);

const MAX_WORDS = 8;

const WORD = /\p{L}+/gu;

/** The text of a row's task names a break or a day off and nothing else. */
export function isDayOff(text: string): boolean {
  if (opensWithWork(text)) return false;
  const folded = fold(text.toLowerCase()).replace(/half[\s-]*term/gu, "halfterm");
  // Words are taken one at a time: a task's text fails at its first word that is no break word,
  // or at its ninth, without the rest being split off.
  WORD.lastIndex = 0;
  let words = 0;
  let breaks = 0;
  for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) {
    if (++words > MAX_WORDS) return false;
    const w = m[0];
    if (isOneOf(w, BREAKS)) breaks++;
    else if (!isOneOf(w, WHICH)) return false;
  }
  return breaks > 0;
}

/**
 * The text's first word, read alone, is no break word and no word of which break: the whole text
 * is then surely no break, and it is not folded whole. Every row of a plan is asked, and nearly
 * all open with work (`Организиране`, `Provision`). Folding goes character by character up to a
 * space (case, diacritics and `ł`; a final sigma reads a space as the end), so the text's first
 * word folds alone as it does in the whole text; a first word ending in `half` may join the next
 * (`half term`) and is left to the whole reading.
 */
function opensWithWork(text: string): boolean {
  let space = -1;
  for (let i = 1; i < text.length && i <= MAX_HEAD; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      space = i;
      break;
    }
  }
  if (space < 0) return false;
  WORD.lastIndex = 0;
  const head = WORD.exec(fold(text.slice(0, space).toLowerCase()));
  if (head === null || head[0].endsWith("half")) return false;
  return !isOneOf(head[0], BREAKS) && !isOneOf(head[0], WHICH);
}

/** How far the first space is looked for: a longer first word is read with the whole text. */
const MAX_HEAD = 40;

function isOneOf(word: string, stems: Stems): boolean {
  if (stems.whole.has(word)) return true;
  for (const p of stems.prefixes) if (word.startsWith(p)) return true;
  return false;
}
