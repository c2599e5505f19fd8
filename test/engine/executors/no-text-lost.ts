/**
 * Checks that splitting a cell lost nothing: walking the cell with spaces removed, every
 * character is the next character of the next body, or a separator splitting may drop
 * (punctuation, dashes, quotes, joining words). Returns the characters it could not place.
 */
const JOINING_WORDS = [
  "wewspółpracyz", "wewspółpracy", "wporozumieniuz", "wporozumieniu", "всътрудничествос", "совместнос",
  "спільноз", "incooperationwith", "идр", "itp", "oraz", "and", "та", "и", "i", "і", "й",
];
const DROPPABLE = /[,;/▪•○◦●·.:+\-–—"„“”]/;

export function lostText(cell: string, bodies: string[]): string {
  const src = cell.replace(/\s+/g, "");
  let at = 0;
  let lost = "";
  /** Moves past one separator at `at` (before `next`, the rest of the cell that must follow). */
  const skip = (next: string): boolean => {
    const word = JOINING_WORDS.find((w) => src.startsWith(w, at) && src.startsWith(next, at + w.length));
    if (word) at += word.length;
    else if (DROPPABLE.test(src[at])) at++;
    else return false;
    return true;
  };
  for (const body of bodies.map((b) => b.replace(/\s+/g, ""))) {
    while (at < src.length && !src.startsWith(body, at)) {
      if (!skip(body) && !skip("")) lost += src[at++];
    }
    if (at >= src.length) return lost + body;
    at += body.length;
  }
  while (at < src.length) if (!skip("")) lost += src[at++];
  return lost;
}
