import type { Registry } from "./types";

/**
 * The known body nearest to an unknown name, by edit distance on normalised names, when it is
 * close enough: one edit for names up to 6 letters (`РУПО` -> `РУО`), two beyond: a suggestion
 * further off names another body.
 * Ties go to a name that starts with the same letter, then to the workbook's own bodies
 * (registry priority), so `РУПО` in a plan whose glossary defines `РУО` suggests `РУО`, not the
 * common `РУП`.
 */
export function nearest(registry: Registry, name: string): string | null {
  if (name === "") return null;
  const limit = name.length <= 6 ? 1 : 2;
  let best: { key: string; distance: number; sameStart: boolean; order: number } | null = null;
  for (const n of registry.names) {
    if (Math.abs(n.name.length - name.length) > limit) continue;
    const bound = best ? best.distance : limit;
    const distance = boundedDistance(name, n.name, bound);
    if (distance > bound) continue;
    const sameStart = n.name[0] === name[0];
    const better =
      !best ||
      distance < best.distance ||
      (sameStart && !best.sameStart) ||
      (sameStart === best.sameStart && n.order < best.order);
    if (better) best = { key: n.entry.key, distance, sameStart, order: n.order };
  }
  return best ? best.key : null;
}

/** Levenshtein distance, or `max + 1` as soon as it is sure to exceed `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < low) low = v;
    }
    if (low > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}
