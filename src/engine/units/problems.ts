import type { Target, TargetProblem, Unit } from "./types";
import { rateBase } from "./rate";
import { comparesToBase } from "./comparison";

/**
 * Targets that contradict their unit: a percent over 100 (but for a percent of a base, which the
 * indicator's wording or the unit names), a negative count, a count with a fraction (a rate per so
 * many may have one), and words or a level where the unit asks for a number. An empty target is not a contradiction (a missing target is a gap, reported elsewhere).
 */
export function targetProblems(target: Target, unit: Unit | null, indicator = ""): TargetProblem[] {
  const problems: TargetProblem[] = [];
  const value = target.value;
  const numeric = unit !== null && NUMERIC_UNITS.has(unit.kind);

  if ((target.kind === "text" || target.kind === "level") && numeric && target.text.trim() !== "") {
    problems.push({ code: "target.not-a-number", params: { value: target.text, unit: unit!.text, kind: unit!.kind } });
  }
  if (value === null || target.kind === "text" || target.kind === "level") return problems;

  // A bare number under a percent unit is a percent even when it was parsed without the unit.
  const percent = target.kind === "percent" || (target.kind === "number" && unit?.kind === "percent");
  // A percent of a base (a growth rate, an index, a ratio to last year) may pass 100; a share of a whole may not.
  const ofBase = comparesToBase(indicator) || comparesToBase(unit?.text ?? "");
  if (percent && value > 100 && !ofBase) problems.push({ code: "target.percent-over-100", params: { value } });

  const counted = target.kind === "number" && (unit === null || COUNTED_UNITS.has(unit.kind));
  if (counted && value < 0) problems.push({ code: "target.negative-count", params: { value } });
  // A rate (3,2 per 1000 births) is a proper value with a fraction, not a count of whole things.
  const rate = unit?.per !== undefined || (target.noun !== undefined && rateBase(target.noun) !== null);
  if (target.kind === "number" && unit?.kind === "count" && !rate && !Number.isInteger(value)) {
    problems.push({ code: "target.fraction-count", params: { value } });
  }
  return problems;
}

/** Units whose target must be a number. */
const NUMERIC_UNITS = new Set<Unit["kind"]>(["count", "percent", "currency", "hours", "days", "measure"]);
/** Units that count something, so a negative target cannot be met. */
const COUNTED_UNITS = new Set<Unit["kind"]>(["count", "hours", "days"]);
