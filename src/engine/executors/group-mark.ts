/**
 * The children's group or the class a person answers for, written beside the person in a
 * responsible cell: `I. Linkiewicz gr. III`, `wychowawczyni grupy IV`, `Anna Kowalska kl. IIIa`,
 * `класний керівник 5-А`, `Іваненко О.П. 5-А клас`, `учител 3 б клас`, `Ms J. Smith Year 5`.
 * Such a mark says which children, never which body: its Roman numeral (`III`, `IV`) is no
 * abbreviation of an office, and the person beside it stays a person.
 */

/** What is left of a name once its group and class marks are taken out, and whether it had any. */
export interface WithoutGroupMarks {
  /** The name without its marks, spaces collapsed; "" when the name was marks only (`gr. III`, `3 б клас`). */
  rest: string;
  /** The name held at least one group or class mark. */
  marked: boolean;
}

/** A group or class number as plans write it: I–XII in Roman numerals, or 1–12 in digits. */
const ROMAN = String.raw`(?:XI{0,2}|IX|IV|VI{0,3}|I{1,3})`;
/** A Roman number with a class letter (`IIIa`) or a range of them (`I-III`); a number with its letter (`5-А`, `3 б`, `5b`). */
const NUMBER = String.raw`(?:${ROMAN}\p{Ll}?(?:\s*[-–]\s*${ROMAN})?|\d{1,2}(?:\s*[-–]?\s*\p{L}(?![\p{L}\d]))?(?:\s*[-–]\s*\d{1,2}(?![\p{L}\d]))?)`;

/** Words for a children's group or a class, per language, before or after its number. */
const GROUP_WORDS: Record<"bg" | "pl" | "ru" | "uk" | "en", string[]> = {
  bg: ["група", "групи", "клас", "класа", "класове", "гр\\.", "кл\\."],
  pl: ["grupa", "grupy", "grupie", "grupą", "gr\\.?", "klasa", "klasy", "klasie", "klasą", "kl\\.?", "oddział", "oddziału", "oddz\\."],
  ru: ["группа", "группы", "группе", "класс", "класса", "классе", "классы", "гр\\.", "кл\\."],
  uk: ["група", "групи", "групі", "клас", "класу", "класі", "класи", "гр\\.", "кл\\."],
  en: ["group", "groups", "class", "classes", "year", "form", "grade"],
};
/** Each word as written in a cell's running text, at its start or in capitals (`Gr. III`, `Klasa 5b`, `GR. IV`); the numbers stay case-sensitive (`i` is a conjunction). */
const WORD = `(?:${[...new Set(Object.values(GROUP_WORDS).flat().flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]))].join("|")})`;
/** Not in the middle of a word or a number. */
const START = String.raw`(?<![\p{L}\d])`;
const END = String.raw`(?![\p{L}\d])`;

/** `gr. III`, `grupy IV`, `kl. 5b`, `Year 5`, `группа № 2`: the word, then its number. */
const WORD_THEN_NUMBER = new RegExp(String.raw`${START}${WORD}\s*(?:nr\.?|№)?\s*${NUMBER}${END}`, "gu");
/** `3 б клас`, `5-А клас`, `10-Б класса`, `III gr.`: the number, then the word. */
const NUMBER_THEN_WORD = new RegExp(String.raw`${START}${NUMBER}\s*${WORD}(?![\p{L}])`, "gu");
/**
 * A class written as its number and letter alone: `5-А`, `10-Б`, `7А`, `3 B`. A day and a Roman
 * month (`24 V`, `3 X`) is a date, not a class: I, V and X are never read as a class letter here.
 */
const CLASS_ALONE = new RegExp(String.raw`${START}(?:1[0-3]|[1-9])\s*[-–]?\s*(?![IVX])\p{Lu}${END}`, "gu");
/** A Roman number left alone (`IV` from `gr. III, IV, V`): one more group of a list. */
const ROMAN_ALONE = new RegExp(String.raw`${START}${ROMAN}(?![\p{L}\d.])`, "gu"); // `I.` is an initial

/** A name with its group and class marks taken out (see the module's comment). */
export function withoutGroupMarks(text: string): WithoutGroupMarks {
  let rest = text.replace(WORD_THEN_NUMBER, " ").replace(NUMBER_THEN_WORD, " ").replace(CLASS_ALONE, " ");
  const marked = rest !== text;
  // Beside a mark, a Roman number is the next group of the same list (`V gr. III`).
  if (marked) rest = rest.replace(ROMAN_ALONE, " ");
  rest = rest.replace(/\(\s*\)/g, " ").replace(/\s+/g, " ").replace(/^[\s,;:.–-]+|[\s,;:–-]+$/g, "").trim();
  return { rest, marked };
}

/** A Roman number standing alone (`IV`): a group of a list cut at its commas, no abbreviation. */
export function isRomanNumber(text: string): boolean {
  return new RegExp(String.raw`^\s*${ROMAN}\s*$`, "u").test(text);
}

/**
 * One class or group as a list of them writes it: a Roman number, maybe with its class letter
 * (`III`, `IIА`, `IVб`, Latin or Cyrillic letters), or a number with its letter (`5-А`, `7б`, `10 B`).
 */
const CLASS = String.raw`(?:[IІVXХ]{1,4}(?:[-–]?\p{L})?|(?:1[0-2]|[1-9])\s*[-–]?\s*\p{L})`;
const LIST_JOIN = String.raw`(?:\s*[,;]\s*|\s+(?:и|i|і|й|та|oraz|and)\s+)`;
/** Lower-case words closing a list (`възрастови групи`, `классов`, `groups`), the last a word for a group or class. */
const LIST_TAIL = String.raw`(?:\s+\p{Ll}+){0,2}`;
/** The plural genitives a list closes with as well (`5-А, 5-Б классов`, `4a, 4b klas`). */
const LIST_CLOSERS = ["классов", "групп", "класів", "груп", "klas", "grup", "oddziałów", "класа", "групите", "класовете"];
const GROUP_WORD_END = new RegExp(String.raw`(?:${[...Object.values(GROUP_WORDS).flat().filter((w) => !w.includes("\\.")), ...LIST_CLOSERS].join("|")})$`, "u");
const CLASS_LIST = new RegExp(String.raw`^${CLASS}(?:${LIST_JOIN}${CLASS})*(${LIST_TAIL})$`, "u");
const ENDS_WITH_CLASS = new RegExp(String.raw`(?<![\p{L}\d])${CLASS}$`, "u");

/**
 * Classes or groups that go on a list begun after the people who teach them: in `Учителите IIА, IIБ,
 * IIВ, III, IVА и IVБ възрастови групи`, cut at its commas, `IIБ` and `IVА и IVБ възрастови групи`
 * follow `Учителите IIА`. Such a piece names which children, never a body of its own: it belongs
 * to the entry before it. `before` must be people or a position ending in a class; `piece` only
 * classes (joined by commas or a conjunction), maybe closed by the word for them.
 */
export function continuesClassList(before: string, piece: string, beforeIsPeople: boolean): boolean {
  if (!beforeIsPeople || !ENDS_WITH_CLASS.test(before.trim())) return false;
  const m = CLASS_LIST.exec(piece.trim());
  if (!m) return false;
  const tail = m[1].trim();
  return tail === "" || GROUP_WORD_END.test(tail.toLowerCase());
}
