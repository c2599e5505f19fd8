/**
 * Ordinal levels used as qualitative targets (`Висока`, `wysoka`, `высокий`, `висока`, `high`).
 * One scale for every language: low = 1, medium = 2, high = 3.
 */

export type Level = 1 | 2 | 3;

/** Word stems per level; a cell matches when its single word starts with a stem. */
const LEVEL_STEMS: Record<Level, string[]> = {
  // bg: ниска/ниско/нисък; pl: niska/niski/niskie; ru: низкий/низкая; uk: низька/низький; en: low
  1: ["ниск", "нисък", "низк", "низьк", "nisk", "low"],
  // bg: средна/среден; pl: średnia/średni; ru: средний/средняя; uk: середня/середній; en: medium
  2: ["средн", "среден", "середн", "średn", "sredn", "medium", "moderate", "average"],
  // bg: висока/висок; pl: wysoka/wysoki; ru: высокий/высокая; uk: висока/високий; en: high
  3: ["висок", "высок", "wysok", "high"],
};

/** The level a cell names, or null when it names none. Case and surrounding spaces are ignored. */
export function parseLevel(text: string): Level | null {
  const word = text.trim().toLowerCase().replace(/[.!]+$/, "");
  if (word === "" || /\s/.test(word)) return null;
  for (const level of [1, 2, 3] as Level[]) {
    if (LEVEL_STEMS[level].some((stem) => word.startsWith(stem))) return level;
  }
  return null;
}
