import type { Finding, Severity } from "../finding";
import { cellAddress, type PlanTable } from "../plan";
import { targetProblems, type TargetProblemCode } from "../units";
import { columnOf, isFilled, rowFinding } from "./cells";
import { columnFinding, distinctCells, examplesOf, isFlood } from "./coherence";
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
 * A unit column in which most filled cells name no unit is likely not a unit column (what is
 * counted, a baseline, a comment): one `unit.column-unknown` at its header says so instead.
 * Targets are not folded so: each is read against its own row's unit, and a percent over 100 or a
 * negative count is wrong whatever the rest of the column holds.
 */
export const unitsTargets: Rule = {
  id: "units-targets",
  codes: ["unit.unknown", "target.invalid", "unit.column-unknown"],
  run(table: PlanTable): Finding[] {
    const m = tableMeasures(table);
    const out: Finding[] = [];
    const unknownUnits: Finding[] = [];
    // Filled unit cells read, each merged cell (consecutive rows, one address) once.
    let unitCells = 0;
    let lastRef: string | undefined;
    const unitColumn = m.unitKey ? columnOf(table, m.unitKey) : undefined;
    for (let i = 0; i < table.rows.length; i++) {
      const measure = m.rows[i];
      if (!measure) continue;
      const row = table.rows[i];
      if (m.unitKey && isFilled(row.cells[m.unitKey])) {
        const ref = unitColumn ? cellAddress(row, unitColumn) : undefined;
        if (ref === undefined || ref !== lastRef) unitCells++;
        lastRef = ref;
      }
      if (measure.unknownUnit && m.unitKey) {
        unknownUnits.push(rowFinding(table, row, m.unitKey, "unit.unknown", "warning", {}, { key: "fix.unit.known", params: {} }));
      }
      if (measure.target && m.targetKey) {
        const [problem] = targetProblems(measure.target, measure.unit, m.indicatorKey ? row.cells[m.indicatorKey] : "");
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
    const column = table.columns.find((c) => c.key === m.unitKey);
    if (column && isFlood(distinctCells(unknownUnits), unitCells)) {
      out.push(columnFinding(table, column, "unit.column-unknown", "warning", unknownUnits, unitCells, { examples: examplesOf(unknownUnits.map((f) => f.value)) }, {
        key: "fix.unit.column-unknown",
        params: { column: column.column },
      }));
    } else out.push(...unknownUnits);
    return out;
  },
};
