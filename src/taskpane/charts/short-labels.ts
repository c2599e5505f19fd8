/** Longest axis label the pane's width leaves room for beside a bar. */
export const LABEL_CHARS = 32;

/**
 * Labels short enough for a chart axis: long ones cut at a word with an ellipsis. Two labels that
 * would read the same after the cut keep a number each, since the chart tells bars apart by label.
 */
export function shortLabels(labels: readonly string[], max: number = LABEL_CHARS): string[] {
  const seen = new Map<string, number>();
  return labels.map((full) => {
    const flat = full.replace(/\s+/gu, " ").trim();
    let short = flat;
    if (flat.length > max) {
      const cut = flat.slice(0, max - 1);
      const space = cut.lastIndexOf(" ");
      short = `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
    }
    const n = (seen.get(short) ?? 0) + 1;
    seen.set(short, n);
    return n === 1 ? short : `${short} (${n})`;
  });
}
