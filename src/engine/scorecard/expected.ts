import type { MathError } from "./math";

/**
 * Expected progress by date: the value an indicator should have reached on a day, on the straight
 * line from its baseline on the first day of the period to its target on the deadline. Before the
 * start it is the baseline, from the deadline on the target. So a task half way through its
 * period at 40 % of a 100 % target is scored against 50 %, not 100 %: amber, not red.
 * Days are Excel date serials (whole days; a time of day counts as part of its day).
 */
export function expectedValue(target: number, baseline: number | null, start: number, deadline: number, day: number): number | MathError {
  if (![target, start, deadline, day].every(Number.isFinite) || (baseline !== null && !Number.isFinite(baseline))) return { error: "value" };
  if (deadline < start) return { error: "value" };
  const base = baseline ?? 0;
  if (deadline === start) return day >= deadline ? target : base;
  const elapsed = Math.min(1, Math.max(0, (day - start) / (deadline - start)));
  return base + (target - base) * elapsed;
}
