import { headerWords } from "../header-text";

/**
 * Headings of a column that names the body acting in each row (`Organ`, `Орган`, `Body`): a
 * schedule of duties under the law (`Organ` over `Dyrektor szkoły przekazuje arkusz…`, `Organ
 * prowadzący: zatwierdza arkusz`) opens every cell with who acts, then says what it does. Whole
 * headings only: `Organ prowadzący` or `Орган управления` name one body, not a column of them.
 */
export const ACTING_BODY_HEADINGS: Readonly<Record<"bg" | "pl" | "ru" | "uk" | "en", readonly string[]>> = {
  bg: ["орган", "органи"],
  pl: ["organ", "organy", "podmiot", "podmioty"],
  ru: ["орган", "органы"],
  uk: ["орган", "органи"],
  en: ["body", "bodies", "organ"],
};

const HEADINGS = new Set(Object.values(ACTING_BODY_HEADINGS).flat());

/** True when a column's whole heading is a word for the acting body. */
export function isActingBodyHeading(header: string): boolean {
  const words = headerWords(header);
  return words.length === 1 && HEADINGS.has(words[0]);
}
