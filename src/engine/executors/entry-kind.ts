/**
 * What a name in a responsible cell is: a person (`K. Nowak`, `Іваненко О.П.`), a position or a
 * group of people (`директор`, `заместник директора`, `wychowawcy klas`, `класні керівники`,
 * `all staff`), or a body (`РУО`, `Управление образования`, `Wydział Edukacji`). People and
 * positions are valid answers to "who is responsible" in every plan; only a body can be unknown to
 * the registry. Word lists are stems, per language, kept as data.
 */

import { isRomanNumber, withoutGroupMarks } from "./group-mark";
import { withoutNote } from "./normalize";

export type EntryKind = "person" | "position" | "body" | "other";

/** Stems of words naming a position or a group of people, all languages together. */
const POSITION_STEMS: Record<"bg" | "pl" | "ru" | "uk" | "en", string[]> = {
  bg: [
    "директор", "заместник", "зам", "учител", "педагог", "психолог", "логопед", "ръководител", "класн",
    "секретар", "счетоводител", "експерт", "главен", "старши", "координатор", "библиотекар", "медицинск",
    "кмет", "председател", "началник", "служител", "специалист", "родител", "ученици", "деца", "всички",
    "комисия", "комисии", "екип", "работна", "треньор", "възпитател", "помощник", "персонал", "колектив",
    "инспектор", "юрисконсулт", "касиер", "домакин", "огняр", "чистач", "мед", "лекар", "сестра", "организатор",
    // The school's staff who keep its building: `пазачи`, `готвач`, `хигиенисти`.
    "пазач", "готвач", "хигиенист",
  ],
  pl: [
    "dyrektor", "wicedyrektor", "zastęp", "nauczyciel", "wychowaw", "pedagog", "psycholog", "logoped",
    "bibliotekar", "sekretar", "księgow", "koordynator", "zespół", "zespoły", "rada rodziców", "samorząd",
    "uczniowie", "uczeń", "rodzice", "pielęgniar", "opiekun", "kierownik", "wszyscy", "specjalist",
    "inspektor", "burmistrz", "wójt", "starosta", "pracowni", "doradca", "doradcy", "lider", "trener",
    "przewodnicząc", "członk", "administrator", "intendent", "terapeut", "katechet", "pani", "pan", "organizator",
    // The school's staff who keep its building: `woźne`, `sprzątaczki`, `kucharki`.
    "woźn", "sprzątacz", "kucharz", "kuchark",
  ],
  ru: [
    "директор", "заместител", "зам", "учител", "педагог", "психолог", "логопед", "классн", "руководител",
    "воспитател", "методист", "секретар", "бухгалтер", "специалист", "инспектор", "начальник", "заведующ",
    "библиотекар", "социальн", "старш", "медсестр", "медицинск", "председател", "координатор", "родител",
    "обучающ", "учащ", "коллектив", "рабочая", "группа", "тьютор", "советник", "вожат", "админ",
    "завхоз", "завуч", "зав ", "зав. ", "члены", "комисси", "сотрудник", "работник", "инструктор", "преподавател", "мастер", "врач", "организатор", "глава", "главы", "актив",
    "тренер",
    // A college group's curator (`кураторы`), a teacher's post there.
    "куратор",
    // The school's staff who keep its building, and a council's members one by one: `сторожа`, `дворник`, `член совета`.
    "сторож", "дворник", "уборщ", "повар", "член",
  ],
  uk: [
    "директор", "заступник", "учител", "вчител", "педагог", "психолог", "логопед", "класн", "керівник",
    "керівниц", "вихователь", "вихователі", "методист", "секретар", "бухгалтер", "спеціаліст", "інспектор",
    "начальник", "завідувач", "бібліотекар", "соціальн", "медсестр", "медичн", "голова", "координатор",
    "батьки", "учні", "учнів", "колектив", "робоча", "група", "працівник", "члени", "комісі", "асистент",
    "практичн", "інструктор", "організатор", "радник", "адміністрац", "лікар", "вожат", "тьютор", "актив", "президент",
    // A sports school's coach (`тренер-викладач`), a post as any teacher's; a college group's curator (`куратори`);
    // the heads of a college's commissions (`Голови мет. комісій`), `голова` in the plural.
    "тренер", "куратор", "голови",
    // `Завгосп`, `Зав ДНЗ`, `Зав. ДНЗ`: the short forms of a head of the household and of the kindergarten.
    "завгосп", "завуч", "зав ", "зав. ",
    // The school's staff who keep its building, and a council's members one by one: `сторожі`, `двірник`, `член ради`.
    "сторож", "двірник", "прибиральн", "кухар", "член",
  ],
  en: [
    "principal", "headteacher", "head", "deputy", "teacher", "staff", "coordinator", "officer", "manager",
    "director", "lead", "secretary", "counsellor", "counselor", "psychologist", "librarian", "nurse",
    "governor", "parents", "students", "pupils", "all", "senco", "team", "chair", "clerk", "bursar",
    "administrator", "leader", "mentor", "coach", "advisor", "adviser", "specialist", "assistant", "tutor", "councillor", "member",
    // A school district's chief officer, who answers for its calendar's steps.
    "superintendent",
    // The school's staff who keep its building.
    "caretaker", "cleaner",
  ],
};

/**
 * Posts in the short forms schools write them in, per language, exactly as written (case matters:
 * `DOS` is a post, `dos` is not a word of one). Written in capitals they look like a body's
 * abbreviation, yet they name a person's post, which answers for a task as any position does:
 * `HOD English` (the head of the English department), `DOS` (the director of studies), `SENCO`,
 * `ЗДУД` (заместник-директор по учебната дейност), `ЗАС` (завеждащ административна служба), `ЗД по УВР`
 * (заместитель директора), `ПДО` (педагог дополнительного образования).
 */
const POST_ABBREVIATIONS: Record<"bg" | "pl" | "ru" | "uk" | "en", string[]> = {
  bg: ["ЗДУД", "ЗДАСД", "ЗДУВД", "ПДУД", "ПДАСД", "ЗАС"],
  pl: [],
  ru: ["ЗД", "ЗДВР", "ЗДУВР", "ЗДНМР", "ЗДАХЧ", "ЗДАХР", "ПДО"],
  uk: ["ЗД", "ЗДНВР", "ЗДВР", "ЗДНМР"],
  en: ["HOD", "HODs", "HODS", "HoD", "HoDs", "DOS", "DoS", "SENCO", "SENCo", "SENDCO", "SENDCo", "DSL", "DDSL", "DHT", "AHT", "HT", "DHOD"],
};
const POST_ABBREVIATION_SET = new Set(Object.values(POST_ABBREVIATIONS).flat());
/** Letters a post's short form has at least before its case may vary (`SENDco`, `SENDCo`, `SENDCO`); `DOS` and `dos` stay apart. */
const LONG_POST_ABBREVIATION = 4;
const LONG_POST_ABBREVIATIONS = new Set([...POST_ABBREVIATION_SET].filter((a) => a.length >= LONG_POST_ABBREVIATION).map((a) => a.toUpperCase()));

/** A word is a post's short form: as written, or in any case once it is long enough to be no word of its own. */
function isPostAbbreviation(word: string): boolean {
  return POST_ABBREVIATION_SET.has(word) || (word.length >= LONG_POST_ABBREVIATION && /^\p{Lu}{2}/u.test(word) && LONG_POST_ABBREVIATIONS.has(word.toUpperCase()));
}

/** Stems of words that make a name a body: offices, departments, institutions, councils. */
const BODY_STEMS: Record<"bg" | "pl" | "ru" | "uk" | "en", string[]> = {
  bg: [
    "управлени", "отдел", "дирекци", "департамент", "министерств", "комитет", "агенци", "център", "центр",
    "администрац", "общин", "кметств", "служба", "фонд", "институт", "университет", "инспекторат",
    "регионалн", "областн", "сдружени", "фондаци", "читалищ", "съвет", "дом", "бюро", "структур",
  ],
  pl: [
    "wydział", "urząd", "urzęd", "ośrod", "centrum", "kuratori", "poradni", "starostw", "fundacj",
    "stowarzysz", "biuro", "ministerstw", "instytut", "uniwersytet", "zarząd", "rada", "komend", "inspekcj",
    "agencj", "departament", "gmina", "powiat", "sąd", "policj", "straż", "sanepid",
  ],
  ru: [
    "управлени", "отдел", "департамент", "министерств", "комитет", "агентств", "центр", "администрац",
    "служб", "фонд", "институт", "университет", "инспекци", "учреждени", "организаци", "совет", "дума",
    "палат", "ведомств", "муниципал", "гибдд", "мвд", "мчс", "прокуратур", "полици", "комиссия по",
  ],
  uk: [
    "управлінн", "відділ", "департамент", "міністерств", "комітет", "агентств", "центр", "адміністрац",
    "служб", "фонд", "інститут", "університет", "інспекці", "установ", "організаці", "рада", "ради",
    "громад", "поліці", "заклад",
  ],
  en: [
    "department", "office", "council", "agency", "ministry", "authority", "board", "committee", "centre",
    "center", "service", "institute", "university", "trust", "academy", "directorate", "unit", "bureau",
    "commission", "inspectorate", "foundation", "association", "police",
  ],
};

/** Nouns made from a post's word that name the work, not who does it: `Кураторство учебных проектов` is a task. */
const NOT_POSITION_STEMS = ["кураторств"];

/**
 * Adjectives made from a body's word that name no body themselves: `Центральна площа міста` is a
 * square, `Centralny plac` too; `Центральная библиотека` or `Central Office` is a body by its noun.
 */
const NOT_BODY_STEMS = ["централн", "центральн", "centraln", "central"];

/**
 * Nouns naming a place in a building or a town, not an institution: a venue written where the
 * responsible body stands (`ІІ поверх`, `Актовий зал`, `Территория Оёкского МО`, `Sala gimnastyczna`,
 * `School hall`). Whole words, lower case; parks and stadiums are left out, as they are often
 * institutions too.
 */
const PLACE_NOUNS = new Set([
  "зал", "зала", "залі", "поверх", "поверсі", "этаж", "етаж", "территория", "територія", "територия", "площадь", "площа", "площад",
  "площадка", "майданчик", "подвір'я", "подвір’я", "двор", "двір", "фойє", "фоє", "фойе", "фоайе", "коридор", "кабинет", "кабінет",
  "sala", "aula", "boisko", "plac", "dziedziniec", "korytarz", "hol", "teren", "piętro", "gabinet",
  "hall", "room", "floor", "playground", "field", "grounds", "corridor", "foyer", "yard",
]);

/**
 * A cell that points to the row above instead of naming anyone again (`As above`, `AS ABOVE`, `jw.`,
 * `то же`, `те саме`, `същите`, `ditto`), in any case: the entry above stands for it, no body of its own.
 */
const DITTO = /^(?:as\s+above|see\s+above|same\s+as\s+above|ditto|do\.?|jw\.?|j\.\s?w\.?|jak\s+wyżej|то\s+же|тоже|см\.?\s+выше|те\s+саме|так\s+само|див\.?\s+вище|същите|същото|също)\.?$/iu;

/** A venue: one of its first two words is a place's noun, with no body's word before it (`Актова зала`, `ІІ поверх`). */
function namesAPlace(words: readonly string[]): boolean {
  for (const w of words.slice(0, 2)) {
    if (PLACE_NOUNS.has(w)) return true;
    if (startsWithAny(w, BODY_INDEX) || startsWithAny(w, POSITION_INDEX)) return false;
  }
  return false;
}

/**
 * Stems of the words of a venue a column of venues holds beside its halls and squares: stadiums,
 * recreation areas and sports grounds (`Градски стадион`, `Рекреация 1 этажа`, `Территории школ`).
 * Alone, a stadium may be an institution; in a column of places it is one more place.
 */
const VENUE_STEMS = [
  "стадион", "стадіон", "stadion", "stadium", "рекреац", "территор", "територ", "площад", "площа", "этаж", "етаж", "поверс",
  "майданчик", "boisk", "салон", "зала", "зали",
];
/** Prepositions that place something on or in what follows them (`на території`, `в зале`, `w sali`, `in the hall`). */
const LOCATIVE: ReadonlySet<string> = new Set(["на", "в", "във", "у", "по", "w", "we", "na", "in", "at", "on", "the"]);
/** A cell opening with a settlement (`г.Минск`, `с.Нова Черна`, `д.Ивесь`, `смт Рожнятів`). */
const SETTLEMENT_FIRST = /^\s*(?:г|гр|с|д|м|смт|пгт|пос|сел)(?:\.\s*|\s+)\p{Lu}\p{Ll}/u;
/** A street address in a cell (`вул.Довженка, 14`, `ул. Ленина`, `ul. Szkolna`, `бул. Витоша`). */
const STREET = /(?:^|[\s(,])(?:[Вв]ул|[Уу]л|[Uu]l|[Бб]ул|[Пп]р-т|[Пп]л)\.\s*[„“”"«]?\p{Lu}/u;

/**
 * True when a cell names a venue rather than who answers for a task: a hall, a floor, a square, a
 * stadium, a settlement it opens with, a street address. A column many of whose cells say so is a
 * column of places, whatever its heading.
 */
export function namesAVenue(text: string): boolean {
  if (SETTLEMENT_FIRST.test(text) || STREET.test(text)) return true;
  const words = text.toLowerCase().replace(/ё/g, "е").match(WORD) ?? [];
  if (namesAPlace(words.filter((w) => !/^(?:\d+|[ivxlіх]+)$/u.test(w)))) return true;
  // A venue's noun names the place (`Градски стадион`, `СОУ – физ. салон`) unless a preposition puts a body on it (`… на території громади`).
  return words.some((w, i) => VENUE_STEMS.some((s) => w.startsWith(s)) && (i === 0 || !LOCATIVE.has(words[i - 1])));
}

const POSITIONS = Object.values(POSITION_STEMS).flat();
const BODIES = Object.values(BODY_STEMS).flat();

/** Single-word stems by their first two letters, so a word is compared with a handful of stems, not hundreds. */
function indexStems(stems: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const s of stems) {
    if (s.includes(" ")) continue;
    const key = s.slice(0, 2);
    const list = index.get(key);
    if (list) list.push(s);
    else index.set(key, [s]);
  }
  return index;
}

const POSITION_INDEX = indexStems(POSITIONS);
const BODY_INDEX = indexStems(BODIES);

const WORD = /[\p{L}\p{N}]+/gu;
/** An abbreviation: two to eight capitals (digits allowed after the first), as bodies are written (`РУО`, `PPP`, `МБДОУ`). */
const ABBREVIATION = /(?<![\p{L}.])\p{Lu}[\p{Lu}\d]{1,7}(?![\p{L}.])/u;
/** Initials: `О.П.`, `K.`, `A. B.` */
const INITIALS = /^(?:\p{Lu}\.\s?){1,3}$/u;
const SURNAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const GIVEN_NAME = /^\p{Lu}\p{Ll}{1,}$/u;

function startsWithAny(word: string, stems: ReadonlyMap<string, string[]>): boolean {
  const candidates = stems.get(word.slice(0, 2));
  if (!candidates) return false;
  for (const s of candidates) {
    if (word.startsWith(s) && (s.length >= 4 || word.length <= s.length + 3)) return true;
  }
  return false;
}

const POSITION_PHRASES = POSITIONS.filter((s) => s.includes(" "));
const BODY_PHRASES = BODIES.filter((s) => s.includes(" "));

function hasPhrase(lower: string, phrases: readonly string[]): boolean {
  for (const s of phrases) if (lower.includes(s)) return true;
  return false;
}

/**
 * A person's name as plans write it: a surname with initials before or after it (`K. Nowak`,
 * `Іваненко О.П.`, `О. П. Іваненко`), or a given name and a surname (`Anna Kowalska`).
 */
export function isPersonName(text: string): boolean {
  const t = text.trim().replace(/\s+/g, " ");
  if (t.length > 60) return false;
  // After the surname, the last initial's stop may be missing (`Іваніцький О.П`): two initials still make a name.
  const m = /^((?:\p{Lu}\.\s?){1,3})\s*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u.exec(t) ?? /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+((?:\p{Lu}\.\s?){1,3}|\p{Lu}\.\s?\p{Lu})$/u.exec(t);
  if (m) return true;
  const words = t.split(" ");
  if (words.length === 2 || words.length === 3) {
    if (words.every((w) => GIVEN_NAME.test(w) || INITIALS.test(w)) && words.some((w) => SURNAME.test(w))) {
      const lower = t.toLowerCase();
      const ws = lower.match(WORD) ?? [];
      return !ws.some((w) => startsWithAny(w, BODY_INDEX) || startsWithAny(w, POSITION_INDEX));
    }
  }
  return false;
}

/** The same names stand in row after row: each is read once (bounded, so a long session does not grow). */
const kinds = new Map<string, EntryKind>();
const KINDS_MAX = 20_000;

/** What kind of entry a name in a responsible cell is. */
export function entryKind(text: string): EntryKind {
  let kind = kinds.get(text);
  if (kind === undefined) {
    kind = readEntryKind(text);
    if (kinds.size >= KINDS_MAX) kinds.clear();
    kinds.set(text, kind);
  }
  return kind;
}

/** A courtesy title before a person's name (`p. Anna Nowak`, `Ms J. Smith`, `г-жа Иванова`): no part of the name. */
const HONORIFIC = /^(?:p\.|Mr\.?|Mrs\.?|Ms\.?|Miss|г-жа|г-н|г-ца)\s*(?=\p{Lu})/u;

function readEntryKind(text: string): EntryKind {
  // The children's group or class a person answers for (`I. Linkiewicz gr. III`, `Іваненко О.П. 5-А
  // клас`) names children, not a body: its Roman numeral is no abbreviation. Marks alone (`gr. III`,
  // `3 б клас`) are the children of that group; a Roman number alone (`IV` of `gr. III, IV, V`) is
  // one more group of a list.
  const { rest, marked } = withoutGroupMarks(text);
  if (marked) return rest === "" ? "position" : readEntryKind(rest);
  if (isRomanNumber(text) || DITTO.test(text.trim())) return "other";
  // People and posts written in capitals (`P. CZAJA`, `ДОНАКАЙ Л.Т.`, `ДИРЕКТОР`, `RZECZNIK PRAW
  // UCZNIA`) are the same people: their capitals are no abbreviation of a body.
  const spoken = inWords(text);
  if (spoken !== null) {
    const kind = readEntryKind(spoken);
    if (kind === "person" || kind === "position") return kind;
    // A surname alone in capitals (`ЦВЕТАНОВ`, `ПЕЕВ`), as a sports calendar names its organisers, is read as `Цветанов` is: no body's abbreviation.
    if (SURNAME_IN_CAPITALS.test(text.trim()) && (text.match(CYRILLIC_VOWELS) ?? []).length >= 2) return "other";
  }
  // Words cut short by a full stop and written in capitals (`КЛ. РУК.`, `ЗАСТ. ДИР.`) are words, as
  // they are in ordinary case: an abbreviation of a body takes no full stop after its letters.
  const cut = cutShortInWords(text);
  if (cut !== null) return readEntryKind(cut);
  const lower = text.toLowerCase().replace(/ё/g, "е");
  const words = lower.match(WORD) ?? [];
  if (words.length === 0) return "other";
  // A venue in the responsible column names the place, not who answers for the task.
  if (namesAPlace(words.filter((w) => !/^(?:\d+|[ivxlіх]+)$/u.test(w)))) return "other";
  // A text written all in capitals is shouting, not an abbreviation (`ЗАСЕДАНИЕ НА НАСТОЯТЕЛСТВОТО`,
  // and a heading repeated in the table, `OSOBY ODPOWIEDZIALNE`, a name alone, `MARGARET`: no abbreviation has eight letters);
  // numbers beside an abbreviation (`СУ 12 РУО`, a telephone) are no words of a sentence.
  const lettered = words.filter((w) => /\p{L}/u.test(w));
  const shouting = (lettered.length > 2 || lettered.some((w) => w.length >= 8)) && text === text.toUpperCase();
  // `Колесников АВ`: a surname with its two initials run together reads as an abbreviation, yet it is a person.
  if (isSurnameWithInitialsRunTogether(text, words)) return "person";
  const body =
    (!shouting && ABBREVIATION.test(text)) ||
    hasPhrase(lower, BODY_PHRASES) ||
    words.some((w) => startsWithAny(w, BODY_INDEX) && !NOT_BODY_STEMS.some((s) => w.startsWith(s)));
  // `директор школы`, `dyrektor szkoły`, `соц. педагог`: a position, of a body or not, is people.
  const position =
    hasPhrase(lower, POSITION_PHRASES) ||
    words.some((w) => startsWithAny(w, POSITION_INDEX) && !NOT_POSITION_STEMS.some((s) => w.startsWith(s))) ||
    (text.match(WORD) ?? []).some(isPostAbbreviation);
  if (position) return "position";
  if (body) return "body";
  if (isPersonName(text.replace(HONORIFIC, ""))) return "person";
  return "other";
}

/**
 * A surname as Russian, Ukrainian and Bulgarian surnames end (`Колесников`, `Иванова`, `Шевченко`,
 * `Ковальчук`), then its two initials with no stops (`Колесников АВ`): the two capitals are the
 * given name's and the patronymic's, no body's abbreviation. The surname's ending is what tells it
 * from a noun before a short form (`Кафедра ФК`); surnames shaped as adjectives (`-ский`) are left
 * out, as a village's adjective before a branch's short form is written the same (`Панфиловский СФ`).
 */
const SURNAME_THEN_RUN_INITIALS = /^\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|енко|ко|ук|юк|ич|ян)\s+\p{Lu}\p{Lu}$/u;

/** One word in capitals ending as a surname ends (`ЦВЕТАНОВ`, `ПЕЕВ`, `ШЕВЧЕНКО`). */
const SURNAME_IN_CAPITALS = /^\p{Lu}{2,}(?:ОВ|ЕВ|ЁВ|ИН|ОВА|ЕВА|ИНА|ЕНКО|УК|ЮК|ИЧ)$/u;
const CYRILLIC_VOWELS = /[АЕЁИОУЫЭЮЯІЇЄ]/gu;

function isSurnameWithInitialsRunTogether(text: string, words: readonly string[]): boolean {
  return SURNAME_THEN_RUN_INITIALS.test(text.trim().replace(/\s+/g, " ")) && !startsWithAny(words[0], BODY_INDEX) && !startsWithAny(words[0], POSITION_INDEX);
}

/** A word in capitals as written in a sentence's middle: its first letter kept, the rest small (`CZAJA` -> `Czaja`). */
function asWord(word: string): string {
  return word[0] + word.slice(1).toLowerCase();
}

/**
 * A name written in capitals as it would be written in words (`P. CZAJA` -> `P. Czaja`), when every
 * word in it has four letters or more (initials apart): a shorter one is an abbreviation's. Null
 * for a name not in capitals.
 */
function inWords(text: string): string | null {
  // A script without capitals (Hebrew, Arabic) is never written in capitals: it has nothing to read otherwise.
  if (/\p{Ll}/u.test(text) || !/\p{Lu}{2}/u.test(text)) return null;
  const words = text.match(/\p{L}{2,}/gu);
  if (!words || words.some((w) => w.length < 4)) return null;
  const spoken = text.replace(/\p{L}{2,}/gu, asWord);
  return spoken === text ? null : spoken;
}

/** Words of two letters or more, each but the last closed by a full stop: `КЛ. РУК.`, `ЗАСТ. ДИР.`, `КЛ. РУК`. */
const CUT_SHORT_WORDS = /^(?:\p{Lu}{2,}\.\s*)+\p{Lu}{2,}\.?$/u;

/**
 * A text in capitals made of words cut short (`КЛ. РУК.` -> `Кл. рук.`), the first word capitalised
 * and the rest in lower case as officials write them; null for any other text.
 */
function cutShortInWords(text: string): string | null {
  const t = text.trim();
  if (!CUT_SHORT_WORDS.test(t)) return null;
  const lower = t.toLowerCase();
  return lower[0].toUpperCase() + lower.slice(1);
}

/** A name of two words in capitals (`MAJ EDYTA`, `EWA JANCZY`, `ІВАНЕНКО ОЛЕНА`), hyphenated surnames allowed. */
const TWO_WORDS_IN_CAPITALS = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?\s+\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u;
/** Every word of a name has a vowel (Latin or Cyrillic): `СШ`, `PPP`, `ЦПЛР` have none. */
const VOWEL = /[aeiouyąęóаеёиоуыэюяіїє]/iu;
const SHORT_NAME_WORD = 3;

/**
 * A person's name in capitals with a short word (`MAJ EDYTA`, `RYŚ MARTA`), in a cell listing
 * other people the same way (`MAJ EDYTA⏎MATYSEK DOROTA`): a short word in capitals is an
 * abbreviation's on its own, but in a list of people written one shape, the list says what it is.
 * Only when another name of the same cell, of two words in capitals too, reads as a person by itself
 * (`MATYSEK DOROTA`, every word long), and every word of this one has three letters or more and a
 * vowel (`PPP KRAKÓW` stays a body).
 */
export function isPersonAmongPeople(name: string, others: readonly string[]): boolean {
  const t = name.trim().replace(/\s+/g, " ");
  if (!TWO_WORDS_IN_CAPITALS.test(t)) return false;
  const words = t.split(" ");
  if (words.some((w) => w.length < SHORT_NAME_WORD || !VOWEL.test(w))) return false;
  const spoken = words.map((w) => w.replace(/\p{L}+/gu, asWord)).join(" ");
  if (!isPersonName(spoken)) return false;
  return others.some((o) => {
    const other = o.trim().replace(/\s+/g, " ");
    return other !== t && TWO_WORDS_IN_CAPITALS.test(other) && entryKind(other) === "person";
  });
}

/**
 * One word that makes a name a body, whether or not it also names people: `ради`, `администрации`
 * (also the start of `администратор`), `Urzędu`, an abbreviation.
 */
export function isBodyWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/ё/g, "е");
  return ABBREVIATION.test(word) || (startsWithAny(lower, BODY_INDEX) && !NOT_BODY_STEMS.some((s) => lower.startsWith(s)));
}

/** A person's name with initials (`K. Nowak`, `Іваненко О.П.`): the form that cannot be a common noun. */
export function isInitialledName(text: string): boolean {
  const t = text.trim().replace(/\s+/g, " ");
  return /^(?:\p{Lu}\.\s?){1,3}\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t) || /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:\p{Lu}\.\s?){1,3}$/u.test(t);
}

/**
 * A name that surely names someone who can answer for a task: a post, a body, or a person written
 * with initials. Two capitalised words may be a name or a holiday (`Wszystkich Świętych`): only
 * initials make a name sure.
 */
export function namesSomeone(text: string): boolean {
  const kind = entryKind(text);
  return kind === "position" || kind === "body" || (kind === "person" && isInitialledName(text));
}

/** One person's name with initials, as in a list of them: `Лапшакова Н.Д.`, `K. Nowak`. */
const INITIALLED = String.raw`(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*(?:\p{Lu}\.\s?){1,3}|(?:\p{Lu}\.\s?){1,3}\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)`;
const INITIALLED_LIST = new RegExp(String.raw`^\s*${INITIALLED}(?:\s*[,;]?\s*${INITIALLED})*\s*[,;.]?\s*$`, "u");

/**
 * A cell that holds people's names with initials and nothing else (`Лапшакова Н.Д. Глазунова Н.С.`,
 * `K. Nowak, A. Kowalska`): the people of a task, whatever the column's heading says.
 */
export function isListOfInitialledNames(text: string): boolean {
  return text.length <= 200 && INITIALLED_LIST.test(text);
}

/** True when a name reads as a person or a position (a valid responsible entry whatever the registry). */
export function isPersonOrPosition(text: string): boolean {
  const kind = entryKind(text);
  return kind === "person" || kind === "position";
}

/** Words a body's name has at most; more is a sentence that mentions bodies (`щодо яких … здійснює управління`). */
const MAX_NAME_WORDS = 8;

/**
 * Plural nouns that name a kind of bodies (`Галузеві департаменти`, `Структурні підрозділи`,
 * `Муниципальные учреждения`, `Jednostki organizacyjne`, `Партньорски организации`), per
 * language, folded to lower case. Such a name says which bodies answer, as a plan may, and no
 * registry lists it: it is never an unknown body.
 */
const KIND_PLURALS: Record<"bg" | "pl" | "ru" | "uk" | "en", string[]> = {
  bg: ["отдели", "дирекции", "институции", "организации", "служби", "звена", "структури", "центрове", "ведомства"],
  pl: ["wydziały", "jednostki", "instytucje", "placówki", "organizacje", "urzędy", "służby", "ośrodki", "stowarzyszenia", "fundacje"],
  ru: ["департаменты", "подразделения", "отделы", "учреждения", "организации", "службы", "органы", "предприятия", "ведомства", "центры", "комитеты"],
  uk: ["департаменти", "підрозділи", "відділи", "заклади", "установи", "організації", "служби", "органи", "підприємства", "центри", "комітети"],
  en: ["departments", "services", "agencies", "organisations", "organizations", "units", "bodies", "authorities", "institutions", "offices", "committees"],
};
const KINDS_OF_BODIES = new Set(Object.values(KIND_PLURALS).flat());
/** The conjunctions that join two kinds' adjectives, counted as no word of the kind. */
const KIND_CONJUNCTIONS = new Set(["и", "і", "й", "та", "i", "oraz", "and"]);

/** Words a kind of bodies has at most (`Органи місцевого самоврядування`); longer is a name. */
const MAX_KIND_WORDS = 4;

/**
 * A kind of bodies written in common words: a plural noun from `KIND_PLURALS`, no capital after the
 * first letter, no abbreviation, quotes or digits, at most four words. `Управление культуры` (one
 * body) and `Читалищни настоятелства в Община Самуил` (a named place) are not.
 */
export function isKindOfBodies(text: string): boolean {
  const words = text.trim().split(/\s+/);
  // Two kinds joined by a conjunction are one phrase's length (`Клубні та бібліотечні заклади району`).
  if (words.filter((w) => !KIND_CONJUNCTIONS.has(w)).length > MAX_KIND_WORDS || !/^[\p{L}\s'’-]+$/u.test(text.trim())) return false;
  if (words.some((w, i) => i > 0 && /\p{Lu}/u.test(w)) || /\p{Lu}{2}/u.test(words[0])) return false;
  return words.some((w) => KINDS_OF_BODIES.has(w.toLowerCase()));
}

/**
 * A name of a body: it reads as one, starts as a name does (a capital or an abbreviation), is not a
 * sentence and is not a kind of bodies (`Структурні підрозділи`).
 */
export function namesABody(written: string): boolean {
  // A note on how it takes part (`Читалищните настоятелства (по съгласуване)`) changes nothing of what the name is.
  const text = withoutNote(written);
  return entryKind(text) === "body" && !/^\p{Ll}/u.test(text) && text.split(/\s+/).length <= MAX_NAME_WORDS && !isKindOfBodies(text) && !PARTICIPLE_FIRST.test(text);
}

/**
 * A list item opening with a participle (`…, осуществляющие управление в сфере образования`,
 * `…, що здійснюють`, in capitals or not) says what the bodies before it do: it names no body.
 */
const PARTICIPLE_FIRST = /^\p{L}+(?:ющие|ющих|ящие|ящих|ащие|ащих|вшие|вших|ючі|ячі)(?:\s|$)/iu;

/**
 * A name written in capitals as words (`ФИЗРУК` -> `Физрук`, `1 (СУББОТА)` -> `1 (Суббота)`): its
 * words of five letters or more are read as words, not as abbreviations; shorter ones (`РУО`,
 * `ЦСДК`) stay abbreviations.
 */
export function capitalsAsWords(name: string): string {
  return name.replace(/\p{Lu}{5,}/gu, asWord);
}
