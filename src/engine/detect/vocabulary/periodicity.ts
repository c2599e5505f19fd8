import { bareHeading, headerWords } from "../header-text";

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

/** True when a heading opens with a word for how often (`Періодичність контролю`, `Frequency of review`). */
export function isPeriodicityHeading(text: string): boolean {
  const first = headerWords(bareHeading(text))[0];
  return first !== undefined && STEMS.some((s) => first.startsWith(s));
}
