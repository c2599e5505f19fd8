/**
 * Names of the parts of a school year written alone in a cell (`Autumn Term 1`, `Spring 2`, `I
 * семестър`, `II срок`, `Semestr zimowy`, `1 четверть`, `Осінь`): a grid with such names down its
 * first column and dates in the next ones labels each row's dates with its term. Such a column is
 * a label of the rows, never their task text. Matched at a word's start, folded to lower case.
 */
export const TERM_WORDS: Readonly<Record<"bg" | "pl" | "ru" | "uk" | "en", readonly string[]>> = {
  en: ["term", "half-term", "half", "semester", "trimester", "quarter", "autumn", "fall", "spring", "summer", "winter", "michaelmas", "lent", "trinity"],
  bg: ["семестър", "срок", "тримесечие", "есен", "пролет", "лято", "зим"],
  pl: ["semestr", "trymestr", "półrocz", "okres", "jesie", "wiosn", "lato", "letni", "zim"],
  ru: ["семестр", "триместр", "четверть", "полугоди", "осен", "весн", "лето", "летн", "зим"],
  uk: ["семестр", "триместр", "чверть", "півріч", "осін", "осен", "весн", "літо", "літн", "зим"],
};

const PREFIXES = [...new Set(Object.values(TERM_WORDS).flat())];

/** A term's number: `1`, `2nd`, `I`, `II`, `1-ви`, `first`, `перше`; or the year it falls in. */
const MARK = /^(?:\d{1,2}(?:st|nd|rd|th|-?\p{L}{1,3})?|[ivxіх]{1,4}|first|second|third|(?:19|20)\d{2}(?:[/–-]\d{2,4})?|г|р|r|rok|year)$/iu;

/** Letters a term's name has at most: `Autumn Term 1 2022/23` is short, a sentence naming autumn is not. */
const MAX_LENGTH = 32;

/** True when the cell names a part of the school year and nothing else. */
export function isTermName(text: string): boolean {
  if (text.length > MAX_LENGTH) return false;
  const tokens = text
    .toLowerCase()
    .split(/[\s,.:()]+/u)
    .filter((t) => t !== "");
  let named = false;
  for (const t of tokens) {
    if (PREFIXES.some((p) => t.startsWith(p))) named = true;
    else if (!MARK.test(t)) return false;
  }
  return named;
}
