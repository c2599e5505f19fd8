/**
 * Words that name whom an event concerns rather than who carries it out: classes, year groups,
 * pupils, parents, the whole staff (`Year 7 & Year 12 only`, `All Staff`, `учащиеся 5-9 классов`,
 * `uczniowie klas I-III`, `учні`, `ученици и родители`), and a library's or a culture centre's
 * public (`Молодёжь`, `Все группы пользователей`, `читачі`, `mieszkańcy`). A column whose cells are mostly these lists
 * the participants, whatever its heading says (`Who?`). Whole words only, so that
 * `классные руководители` (a position) never reads as an audience.
 */
export const AUDIENCE_WORDS: Readonly<Record<"bg" | "pl" | "ru" | "uk" | "en", readonly string[]>> = {
  en: ["all", "everyone", "year", "years", "yr", "group", "groups", "grade", "grades", "class", "classes", "form", "sixth", "student", "students", "pupil", "pupils", "learners", "parent", "parents", "family", "families", "carers", "staff", "council", "reception", "nursery", "children", "ks1", "ks2", "ks3", "ks4", "key", "stage", "youth", "residents", "readers", "seniors", "visitors", "users"],
  bg: ["всички", "ученик", "ученици", "учениците", "родители", "родителите", "клас", "класа", "класове", "класовете", "кл", "паралелка", "паралелки", "група", "групи", "деца", "децата", "младежи", "младежта", "жители", "читатели", "посетители", "потребители"],
  pl: ["wszyscy", "uczeń", "uczniowie", "uczniów", "rodzice", "rodziców", "klasa", "klasy", "klas", "kl", "oddział", "oddziały", "grupa", "grupy", "dzieci", "przedszkolaki", "wychowankowie", "młodzież", "mieszkańcy", "czytelnicy", "seniorzy", "użytkownicy"],
  ru: ["все", "учащиеся", "учащихся", "обучающиеся", "обучающихся", "ученики", "учеников", "школьники", "воспитанники", "родители", "класс", "класса", "классы", "классов", "кл", "параллель", "параллели", "дети", "выпускники", "молодёжь", "молодежь", "группы", "пользователи", "пользователей", "жители", "читатели", "подростки", "пенсионеры"],
  uk: ["всі", "усі", "учні", "учнів", "здобувачі", "освіти", "батьки", "клас", "класу", "класи", "класів", "кл", "вихованці", "діти", "випускники", "молодь", "групи", "користувачі", "користувачів", "мешканці", "жителі", "читачі", "підлітки"],
};

/** Words that join audiences or narrow them (`and`, `only`, `и`, `oraz`, a dash between classes) and say nothing alone. */
const JOINING = new Set(["-", "–", "and", "only", "the", "of", "&", "+", "и", "і", "й", "та", "i", "oraz", "z", "з", "с", "на"]);

const WORDS = new Set(Object.values(AUDIENCE_WORDS).flat());

/**
 * How a school calendar says who takes part, class by class or house by house (`Class-wise I-X`,
 * `House-wise`, `Inter-house`), or all together in the morning assembly (`Assembly VI-X`).
 */
const BY_GROUP = /^(?:\p{L}+-wise|inter-?(?:house|class|school)|assembly)$/u;

/** A class or year number, a range of them, or a class letter (`7`, `5-9`, `7а`, `XI`, `I-III`). */
const CLASS_MARK = /^(?:\d{1,2}(?:[-–]\d{1,2})?\p{L}?|[ivxlіх]{1,5}(?:[-–][ivxlіх]{1,5})?|\p{L})$/iu;

/** True when every word of the cell names an audience, a class mark or a joining word, and one at least names an audience. */
export function isAudienceText(text: string): boolean {
  const tokens = text
    .toLowerCase()
    .split(/[\s,;/()\n.]+/u)
    .filter((t) => t !== "");
  let named = false;
  for (const t of tokens) {
    if (WORDS.has(t) || BY_GROUP.test(t)) named = true;
    else if (!JOINING.has(t) && !CLASS_MARK.test(t)) return false;
  }
  return named;
}
