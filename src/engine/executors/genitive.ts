/**
 * A body's noun in the genitive, as it stands after the people of that body (`специалисты /
 * Министерства`, `працівники / відділу освіти`): Russian and Ukrainian masculine and neuter nouns,
 * whose genitive differs from the form a body is listed under (`Министерство`, `відділ`). Written
 * alone on a line it cannot be a body of its own: an entry is named in the nominative. Feminine
 * nouns (`администрации`, `служби`) and forms shared with the nominative (`управління`, Polish
 * `Ministerstwa`) are left out: they may open a name.
 */
const GENITIVE_BODY_NOUNS = new Set([
  // ru
  "министерства", "управления", "отдела", "комитета", "департамента", "центра", "учреждения", "ведомства",
  "агентства", "института", "университета", "фонда",
  // uk
  "міністерства", "відділу", "департаменту", "комітету", "центру", "інституту", "університету", "фонду", "агентства",
]);

/** The line opens with a body's noun in the genitive (`Министерства`, `відділу освіти`). */
export function opensWithGenitiveBody(line: string): boolean {
  const first = /^[\p{L}]+/u.exec(line.trim());
  return first !== null && GENITIVE_BODY_NOUNS.has(first[0].toLowerCase().replace(/ё/g, "е"));
}
