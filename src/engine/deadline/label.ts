/**
 * A label typed before the deadline inside its cell (`Срок: до 15.10.2024`, `Термін: постійно`,
 * `Termin: wg potrzeb`, `Deadline: Between 28 April and 5 June 2025`), as officials write when a
 * form has one column for several things or the cell was copied from a list. The label names what
 * the cell holds, not a time: the deadline is what follows its colon.
 */

/** Words of such labels, by language; each stands before a colon. */
const LABEL_WORDS: Record<string, readonly string[]> = {
  bg: ["срок", "срок за изпълнение", "дата"],
  ru: ["срок", "срок исполнения", "срок выполнения", "сроки", "дата"],
  uk: ["термін", "термін виконання", "терміни", "строк", "дата"],
  pl: ["termin", "termin realizacji", "terminy", "data"],
  en: ["deadline", "date", "timescale", "timeline"],
};

const LABEL = new RegExp(
  `^(?:${[...new Set(Object.values(LABEL_WORDS).flat())]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, "\\s+"))
    .join("|")})\\s*:\\s*`,
  "iu",
);

/** The text after a leading label and its colon; the text itself where it has none or nothing follows. */
export function withoutLabel(text: string): string {
  const m = LABEL.exec(text);
  return m && m[0].length < text.length ? text.slice(m[0].length) : text;
}
