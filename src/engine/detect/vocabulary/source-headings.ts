import { bareHeading } from "../header-text";

/**
 * Headings that name only a source: in an indicator table the source of its data (`Źródło` over
 * `GUS BDL`), in a task table most often the source of its money.
 */
export const SOURCE_HEADINGS: Readonly<Record<"bg" | "pl" | "ru" | "uk" | "en", readonly string[]>> = {
  en: ["source", "sources"],
  bg: ["източник", "източници"],
  pl: ["źródło", "źródła"],
  ru: ["источник", "источники"],
  uk: ["джерело", "джерела"],
};

const SOURCES: ReadonlySet<string> = new Set(Object.values(SOURCE_HEADINGS).flat());

/** True when a heading names only a source (`Źródło`, `Source:`, `Источник`). */
export function isSourceHeading(text: string): boolean {
  return SOURCES.has(bareHeading(text).toLowerCase().replace(/[:.*]+$/, ""));
}
