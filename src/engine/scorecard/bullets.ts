/**
 * Bulleted cells: text pasted from a Word list keeps one item per line (`▪ A\n▪ B`), nested
 * items indented. A scorecard row often holds several indicators this way.
 */

const BULLET = /^\s*[▪•○●◦‣∙·■□▫◆◇➢➤►▸\-–—*]\s*/u;

/** Non-empty, trimmed lines of a cell. */
export function cellLines(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

/**
 * The items of a cell: one per bullet, with any unbulleted lines that follow joined to it
 * (a long item wrapped onto a second line). A cell without bullets is one item. Lines before
 * the first bullet that end in a colon are labels of the list, not items.
 */
export function bulletItems(text: string): string[] {
  const lines = cellLines(text);
  if (!lines.some((l) => BULLET.test(l))) return lines.length === 0 ? [] : [lines.join(" ")];
  const items: string[] = [];
  let current: string | null = null;
  for (const line of lines) {
    if (BULLET.test(line)) {
      if (current !== null) items.push(current);
      current = line.replace(BULLET, "");
    } else if (current !== null) {
      current = `${current} ${line}`;
    } else if (!line.endsWith(":")) {
      items.push(line);
    }
  }
  if (current !== null) items.push(current);
  return items.filter((i) => i !== "");
}

// Value cells lose only symbol bullets: a leading dash may be a minus sign.
const SYMBOL_BULLET = /^[▪•○●◦‣∙·■□▫◆◇➢➤►▸]\s*/u;

/** Lines of a cell holding one value per line (units, targets, actuals), without bullets. */
export function valueLines(text: string): string[] {
  return cellLines(text)
    .map((l) => l.replace(SYMBOL_BULLET, ""))
    .filter((l) => l !== "");
}

/** A cell's text as one name: its items without bullets, separated by "; ". */
export function itemsAsName(text: string): string {
  return bulletItems(text).join("; ");
}
