/**
 * Words of a red/amber/green rating written in a cell (`amber`, `зелено`, `żółty`): a column of them
 * is the plan's monitoring of each row, whatever its heading calls it (`Status`). Whole cells,
 * folded to lower case, in the forms a rating is written in.
 */
export const RATING_WORDS: Readonly<Record<"bg" | "pl" | "ru" | "uk" | "en", readonly string[]>> = {
  en: ["red", "amber", "green", "yellow"],
  bg: ["червено", "жълто", "зелено", "червен", "жълт", "зелен"],
  pl: ["czerwony", "żółty", "zielony", "czerwone", "żółte", "zielone", "czerwona", "żółta", "zielona"],
  ru: ["красный", "желтый", "жёлтый", "зеленый", "зелёный", "красная", "желтая", "жёлтая", "зеленая", "зелёная"],
  uk: ["червоний", "жовтий", "зелений", "червона", "жовта", "зелена"],
};

const RATINGS: ReadonlySet<string> = new Set(Object.values(RATING_WORDS).flat());

/** True when a cell holds one rating colour and nothing else (`Amber`, `зелено.`). */
export function isRatingText(text: string): boolean {
  const t = text.trim().toLowerCase().replace(/[.!]$/, "");
  // A single letter is a rating only in capitals (`R`, `A`, `G`), as a RAG column writes it.
  return t.length === 1 ? /^[RAG]\.?$/.test(text.trim()) : RATINGS.has(t.replace(/ё/g, "е")) || RATINGS.has(t);
}
