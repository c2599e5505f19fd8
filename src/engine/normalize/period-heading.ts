import { isMonthHeading, isPeriodHeading } from "./sections";

/** Words naming a part of the school year split in terms, folded to lower case, as stems. */
const PART_WORDS = [
  "term", "semester", "trimester", "quarter", "half",
  "семестр", "триместр", "четверт", "чверт", "полугоди", "півріч",
  "срок", "тримесеч", "полугодие",
  "semestr", "trymestr", "półrocz", "kwartał", "okres",
];

/** Words naming a season a part of the year is called by (`Autumn Term`, `Semestr zimowy`). */
const SEASON_WORDS = [
  "autumn", "fall", "spring", "summer", "winter",
  "осен", "весен", "весн", "летн", "зимн", "осінн", "весінн", "літн", "зимов",
  "есенен", "есенн", "пролетен", "пролетн", "летен", "зимен",
  "jesienn", "wiosenn", "letn", "zimow",
];

/** Ordinal words up to four, as stems: `First Term`, `Первое полугодие`, `Drugi semestr`. */
const ORDINAL_WORDS = [
  "first", "second", "third", "fourth",
  "перв", "втор", "трет", "четвёрт", "четверт",
  "перш", "друг", "трет", "четверт",
  "първ", "втор", "трет", "четвърт",
  "pierwsz", "drug", "trzec", "czwart",
];

/** A part's number: `I`–`IV`, `1`–`4`, with the marks an ordinal takes (`1-й`, `2.`, `ІІ`). */
const PART_NUMBER = /^(?:[IVІ]{1,3}|IV|[1-4])(?:\.|-?(?:й|я|е|га|ге|ий|st|nd|rd|th))?$/iu;

/** A heading this long at most: a part of the year is named in a few words. */
const MAX_LENGTH = 30;

/**
 * A line naming a part of the school year by its number or season, with no year (`TERM I`, `Term
 * 2`, `I семестр`, `ІІ чверть`, `Второе полугодие`, `II semestr`, `Autumn Term`): the heading of the
 * rows of that part, as a month's name is.
 */
export function isNumberedPeriodHeading(text: string): boolean {
  const trimmed = text.trim().replace(/[:.]$/u, "");
  if (trimmed.length === 0 || trimmed.length > MAX_LENGTH) return false;
  const words = trimmed.split(/[\s–—]+/u).filter((w) => w !== "");
  if (words.length < 2 || words.length > 4) return false;
  let part = 0;
  let season = 0;
  let number = 0;
  for (const word of words) {
    const w = word.toLowerCase();
    if (PART_NUMBER.test(word)) number++;
    else if (PART_WORDS.some((p) => w.startsWith(p))) part++;
    else if (SEASON_WORDS.some((p) => w.startsWith(p))) season++;
    else if (ORDINAL_WORDS.some((p) => w.startsWith(p)) && /^\p{L}+$/u.test(w)) number++;
    else return false;
  }
  return number <= 1 && ((part === 1 && number + season >= 1) || (part === 0 && season === 1 && number === 1));
}

/** A heading naming a month, or a part of the school year with its year or its number: the heading of the rows under it. */
export function namesPartOfYear(text: string): boolean {
  return isMonthHeading(text) || isPeriodHeading(text) || isNumberedPeriodHeading(text);
}
