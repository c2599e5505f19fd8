import type { Finding, Severity } from "../finding";
import type { PlanTable } from "../plan";
import { targetProblems, type TargetProblemCode } from "../units";
import { rowFinding } from "./cells";
import { tableMeasures } from "./measures";
import type { Rule } from "./types";

/** A target that cannot be met is an error; one that is merely not a number where one is due, a warning. */
const SEVERITY: Record<TargetProblemCode, Severity> = {
  "target.percent-over-100": "error",
  "target.negative-count": "error",
  "target.not-a-number": "warning",
  "target.fraction-count": "warning",
};

/**
 * Unit cells that name no unit (`unit.unknown`) and targets that contradict their unit
 * (`target.invalid`: a percent over 100, a negative or fractional count, words where a number
 * is due). One finding per cell: the first problem the target has.
 */
export const unitsTargets: Rule = {
  id: "units-targets",
  codes: ["unit.unknown", "target.invalid"],
  run(table: PlanTable): Finding[] {
    const m = tableMeasures(table);
    const out: Finding[] = [];
    for (let i = 0; i < table.rows.length; i++) {
      const measure = m.rows[i];
      if (!measure) continue;
      const row = table.rows[i];
      if (measure.unknownUnit && m.unitKey) {
        out.push(rowFinding(table, row, m.unitKey, "unit.unknown", "warning", {}, { key: "fix.unit.known", params: {} }));
      }
      if (measure.target && m.targetKey) {
        const [problem] = targetProblems(measure.target, measure.unit);
        if (!problem) continue;
        const variant = problem.code.slice("target.".length);
        out.push(
          rowFinding(table, row, m.targetKey, "target.invalid", SEVERITY[problem.code], { variant, unit: measure.unit?.text ?? "" }, {
            key: `fix.${problem.code}`,
            params: {},
          }),
        );
      }
    }
    return out;
  },
};
