import type { Finding } from "../finding";
import type { PlanTable } from "../plan";
import { isFilled, NO_PARAMS, rowFinding } from "./cells";
import { tableFacts } from "./facts";
import { tableMeasures } from "./measures";
import { statesTarget } from "../units";
import type { Rule } from "./types";

/**
 * A measurable indicator without a target value, where the table has a target column.
 * A target column empty in every row is one `table.blank-column` finding instead.
 * A table with several target columns (a value per year of a programme) gives a row its target in
 * any of them: the years before an indicator was set are empty, and that is no missing target.
 * An indicator whose wording states its value with a unit (`не менее 80% учителей`) has its target.
 */
export const gapNoTarget: Rule = {
  id: "gap-no-target",
  codes: ["gap.no-target"],
  run(table: PlanTable): Finding[] {
    const m = tableMeasures(table);
    if (!m.indicatorKey || !m.targetKey || tableFacts(table).blankKeys.has(m.targetKey)) return [];
    const targetKeys = table.columns.filter((c) => c.role === "target").map((c) => c.key);
    const out: Finding[] = [];
    for (let i = 0; i < table.rows.length; i++) {
      const measure = m.rows[i];
      const row = table.rows[i];
      if (!measure || !measure.measurable || measure.target || !isFilled(row.cells[m.indicatorKey])) continue;
      if (targetKeys.some((k) => isFilled(row.cells[k])) || statesTarget(row.cells[m.indicatorKey]!)) continue;
      out.push(rowFinding(table, row, m.targetKey, "gap.no-target", "warning", NO_PARAMS, { key: "fix.gap.no-target", params: {} }));
    }
    return out;
  },
};
