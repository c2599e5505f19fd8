import type { Finding } from "../finding";
import type { PlanTable } from "../plan";
import { isFilled, rowFinding } from "./cells";
import { tableMeasures } from "./measures";
import type { Rule } from "./types";

/**
 * An indicator nobody can measure: no unit (in a unit column or its own wording), no target,
 * and no quantity in its wording. `Повишена информираност на родителите.` is one;
 * `Брой оценени деца` is not, and neither is `Zatwierdzenie planu do realizacji.` with its
 * `Miernik` of 1.
 */
export const gapNoMeasure: Rule = {
  id: "gap-no-measure",
  codes: ["gap.no-measure"],
  run(table: PlanTable): Finding[] {
    const m = tableMeasures(table);
    if (!m.indicatorKey) return [];
    const out: Finding[] = [];
    for (let i = 0; i < table.rows.length; i++) {
      const measure = m.rows[i];
      const row = table.rows[i];
      if (!measure || !isFilled(row.cells[m.indicatorKey]) || measure.measurable || measure.target) continue;
      out.push(rowFinding(table, row, m.indicatorKey, "gap.no-measure", "error", {}, { key: "fix.gap.no-measure", params: {} }));
    }
    return out;
  },
};
