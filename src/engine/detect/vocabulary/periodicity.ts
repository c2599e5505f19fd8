import { abbreviatedWords, bareHeading, headerWords } from "../header-text";

/**
 * Headings that say how often something is done (`Періодичність контролю`, `Периодичность`,
 * `Częstotliwość`, `Периодичност`, `Frequency`): in a control plan or a cyclogram the column under
 * them is each check's term, written as a recurrence (`щомісяця`, `1 раз на квартал`).
 * Stems: a heading's first word beginning with one of them is a periodicity heading.
 */
export const PERIODICITY_HEADINGS: Readonly<Record<"bg" | "pl" | "ru" | "uk" | "en", readonly string[]>> = {
  en: ["frequency", "periodicity"],
  bg: ["периодичност", "честота"],
  pl: ["częstotliwość", "częstotliwości", "cykliczność", "okresowość"],
  ru: ["периодичност", "частота"],
  uk: ["періодичніст", "частота"],
};

const STEMS: readonly string[] = Object.values(PERIODICITY_HEADINGS).flat();

/** Letters a word cut short keeps before it is read as the word it begins (`Періо.`, `Częst.`, `Freq.`). */
const MIN_CUT = 4;

/**
 * True when a heading opens with a word for how often (`Періодичність контролю`, `Frequency of
 * review`), written out or cut short with a full stop (`Періо. контролю`).
 */
export function isPeriodicityHeading(text: string): boolean {
  const first = headerWords(bareHeading(text))[0];
  if (first === undefined) return false;
  if (STEMS.some((s) => first.startsWith(s))) return true;
  const cased = /\p{Ll}/u.test(text) ? text : text.toLowerCase();
  return first.length >= MIN_CUT && abbreviatedWords(cased)?.has(first) === true && STEMS.some((s) => s.startsWith(first));
}
