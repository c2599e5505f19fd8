/**
 * Scorecard arithmetic on plain numbers: an indicator's achievement, the weighted roll-up of
 * several achievements, and the traffic light of one. `null` means "not measured yet".
 * Argument plumbing (blank cells, text, Excel errors) lives with the callers, not here.
 */

/** Which way an indicator improves: more is better (`higher`) or less is better (`lower`). */
export type Polarity = "higher" | "lower";

/** Traffic light codes; stable words so conditional formatting works in every language. */
export type Status = "green" | "amber" | "red" | "grey";

/** An achievement in [0, 1], or null when the indicator is not measured yet. */
export type Score = number | null;

/** Why a computation has no answer: an unusable value, or weights that add up to nothing. */
export interface MathError {
  error: "value" | "div0";
}

export const DEFAULT_GREEN = 0.9;
export const DEFAULT_AMBER = 0.6;

export function isMathError(x: unknown): x is MathError {
  return typeof x === "object" && x !== null && "error" in x;
}

const VALUE: MathError = { error: "value" };
const DIV0: MathError = { error: "div0" };

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
const usable = (x: number | null): boolean => x === null || Number.isFinite(x);

/**
 * How far above the target a score may go: 1 (the default) stops at the target, a larger number
 * (1.2) lets over-achievement show up to that much, null shows it whole.
 */
export type Cap = number | null;

/** True when a cap is one the score can use: none, or a finite number of at least 1. */
export function isCap(cap: Cap): boolean {
  return cap === null || (Number.isFinite(cap) && cap >= 1);
}

/**
 * Achievement of an indicator: 0 (nothing done) to 1 (target reached), or up to `cap` when
 * over-achievement is to show.
 * higher: (actual − baseline) / (target − baseline), baseline 0 when omitted;
 * lower with a baseline: (baseline − actual) / (baseline − target); lower without one: target / actual.
 * When the target equals the baseline there is no distance to cover: 1 if the target is met, else 0.
 * The portable formulas (./portable) follow this function step for step; change both together.
 */
export function score(
  actual: number | null,
  target: number | null,
  baseline: number | null = null,
  polarity: Polarity = "higher",
  cap: Cap = 1,
): Score | MathError {
  if (!usable(actual) || !usable(target) || !usable(baseline) || !isCap(cap)) return VALUE;
  if (actual === null || target === null) return null;
  const met = polarity === "higher" ? actual >= target : actual <= target;
  const limit = (x: number): number => Math.max(0, cap === null ? x : Math.min(cap, x));
  if (polarity === "lower" && baseline === null) {
    // target / actual: reaching the target (or going below it) is full achievement, more when
    // over-achievement shows and the ratio means something (a positive actual).
    if (met) return cap !== 1 && actual > 0 ? limit(target / actual) : 1;
    return actual === 0 ? 0 : clamp01(target / actual);
  }
  const base = baseline ?? 0;
  if (target === base) return met ? 1 : 0;
  const progress = polarity === "higher" ? (actual - base) / (target - base) : (base - actual) / (base - target);
  return limit(progress);
}

/**
 * How a group of scores becomes one number:
 * - `mean`: the weighted mean of the scores present (the default);
 * - `min`: the worst score present;
 * - `sum`: the weighted sum of the scores present (weights as points);
 * - `green`, `amber`, `red`: how many scores present have that status at the default thresholds;
 *   `grey`: how many are not measured.
 */
export type RollupMethod = "mean" | "min" | "sum" | "green" | "amber" | "red" | "grey";

export const ROLLUP_METHODS: readonly RollupMethod[] = ["mean", "min", "sum", "green", "amber", "red", "grey"];

/** A method as written (case and spaces ignored), or null when it is none of them. */
export function parseRollupMethod(text: string): RollupMethod | null {
  const t = text.trim().toLowerCase();
  return (ROLLUP_METHODS as readonly string[]).includes(t) ? (t as RollupMethod) : null;
}

const isCount = (method: RollupMethod): method is "green" | "amber" | "red" | "grey" =>
  method === "green" || method === "amber" || method === "red" || method === "grey";

/**
 * One number for several scores, by `method` (weighted mean by default). Missing scores are
 * skipped and the remaining weights re-normalise; nothing present is null, except for the counts,
 * which are then 0. Without weights every score counts once.
 * A negative weight, a weight list of another length, or a measured score without a weight
 * is a value error, whatever the method; for the mean, weights of the measured scores adding up
 * to 0 divide by zero.
 */
export function rollup(scores: Score[], weights?: (number | null)[], method: RollupMethod = "mean"): Score | MathError {
  if (weights !== undefined && weights.length !== scores.length) return VALUE;
  if (!scores.every(usable)) return VALUE;
  if (weights !== undefined && weights.some((w) => !usable(w) || (w !== null && w < 0))) return VALUE;
  let sum = 0;
  let total = 0;
  let present = 0;
  let worst = Number.POSITIVE_INFINITY;
  let counted = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s === null) {
      if (method === "grey") counted++;
      continue;
    }
    const w = weights === undefined ? 1 : weights[i];
    if (w === null) return VALUE;
    sum += s * w;
    total += w;
    present++;
    worst = Math.min(worst, s);
    if (isCount(method) && status(s) === method) counted++;
  }
  if (isCount(method)) return counted;
  if (present === 0) return null;
  if (method === "min") return worst;
  if (method === "sum") return sum;
  if (total === 0) return DIV0;
  return sum / total;
}

/** Traffic light of a score: green at or above `green`, amber at or above `amber`, red below, grey when not measured. */
export function status(s: Score, green: number = DEFAULT_GREEN, amber: number = DEFAULT_AMBER): Status | MathError {
  if (!Number.isFinite(green) || !Number.isFinite(amber) || amber > green || !usable(s)) return VALUE;
  if (s === null) return "grey";
  if (s >= green) return "green";
  if (s >= amber) return "amber";
  return "red";
}
