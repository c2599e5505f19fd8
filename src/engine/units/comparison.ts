import { fold } from "./text";

/**
 * A percent of a base rather than a share of a whole: a growth rate, an index, a ratio to last year
 * or to the plan (`Темп роста … к предыдущему году`, `Dynamika … w stosunku do 2019`, `Growth in …
 * compared with 2022`, `Індекс …`). Such a percent may pass 100 (105 % of last year); a share of a
 * whole (`Доля`, `Odsetek`, `Share of`) may not.
 */
const PHRASES = [
  // ru
  "темп роста", "темп прироста", "темпы роста", "к предыдущему году", "к прошлому году", "к уровню", "в % к", "в процентах к",
  "по сравнению с", "индекс", "соотношени", "отношение к", "предыдущего года", "прошлого года",
  // uk
  "темп зростання", "темп приросту", "темпи зростання", "до попереднього року", "до минулого року", "до рівня", "у % до",
  "порівняно з", "індекс", "співвідношенн", "відношення до", "попереднього року", "минулого року",
  // bg
  "темп на растеж", "спрямо", "в сравнение с", "съотношени", "предходната година",
  // pl
  "dynamika", "dynamiki", "indeks", "w stosunku do", "w porownaniu z", "w relacji do", "r/r", "rok do roku", "poprzedniego roku",
  // en
  "growth rate", "compared with", "compared to", "relative to", "year on year", "year-on-year", "of the previous year",
  "of last year", "index", "ratio",
].map(fold);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
/** Each phrase from the start of a word; the English ones whole (`ratio`, not `registration`). */
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${PHRASES.map((p) => (/^[a-z]/.test(p) ? `${escape(p)}(?:e?s)?(?!\\p{L})` : escape(p))).join("|")})`,
  "u",
);

export function comparesToBase(text: string): boolean {
  return text !== "" && PATTERN.test(fold(text).replace(/\s+/g, " "));
}
