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

const BREAKS = Object.values(BREAK_STEMS).flat().map(fold);
const WHICH = Object.values(WHICH_STEMS).flat().map(fold);

const MAX_WORDS = 8;

/** The text of a row's task names a break or a day off and nothing else. */
export function isDayOff(text: string): boolean {
  const words = fold(text.toLowerCase())
    .replace(/half[\s-]*term/gu, "halfterm")
    .match(/\p{L}+/gu);
  if (!words || words.length > MAX_WORDS) return false;
  let breaks = 0;
  for (const w of words) {
    if (BREAKS.some((s) => matches(w, s))) breaks++;
    else if (!WHICH.some((s) => matches(w, s))) return false;
  }
  return breaks > 0;
}

function matches(word: string, stem: string): boolean {
  if (stem.endsWith("$")) return word === stem.slice(0, -1);
  return stem.length <= 3 ? word === stem : word.startsWith(stem);
}
