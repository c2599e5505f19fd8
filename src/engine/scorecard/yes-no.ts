/**
 * Yes/no indicators: a task done or not (`да/не`, `tak/nie`, `так/ні`, `done/not done`). They
 * score on the scale no = 0, yes = 1, so a target `да` met by `да` is 1 and missed by `не` is 0.
 */

/** Whole-cell answers per value; compared after lower-casing, trimming and dropping a final full stop. */
const ANSWERS: Record<0 | 1, string[]> = {
  1: [
    // en
    "yes", "done", "achieved", "completed",
    // bg
    "да", "изпълнено", "изпълнен", "постигнато",
    // pl
    "tak", "wykonano", "wykonane", "zrealizowano", "zrealizowane", "osiągnięto",
    // ru
    "выполнено", "выполнен", "достигнуто",
    // uk
    "так", "виконано", "виконаний", "досягнуто",
  ],
  0: [
    "no", "not done", "not achieved", "not completed",
    "не", "неизпълнено", "не е изпълнено", "не изпълнено", "непостигнато",
    "nie", "nie wykonano", "niewykonane", "nie zrealizowano", "niezrealizowane", "nie osiągnięto",
    "нет", "не выполнено", "невыполнено", "не достигнуто",
    "ні", "не виконано", "невиконано", "не досягнуто",
  ],
};

const LOOKUP = new Map<string, 0 | 1>([...ANSWERS[1].map((w) => [w, 1] as const), ...ANSWERS[0].map((w) => [w, 0] as const)]);

/** 1 for a yes, 0 for a no, null when the cell is not a yes/no answer. */
export function parseYesNo(text: string): 0 | 1 | null {
  const t = text.trim().toLowerCase().replace(/\s+/gu, " ").replace(/[.!]+$/u, "");
  return LOOKUP.get(t) ?? null;
}
