import type { Finding } from "../finding";
import type { PlanTable } from "../plan";
import { isFilled, rowFinding } from "./cells";
import { tableFacts } from "./facts";
import { tableMeasures } from "./measures";
import type { Rule } from "./types";

/**
 * A measurable indicator without a target value, where the table has a target column.
 * A target column empty in every row is one `table.blank-column` finding instead.
 */
export const gapNoTarget: Rule = {
  id: "gap-no-target",
  codes: ["gap.no-target"],
  run(table: PlanTable): Finding[] {
    const m = tableMeasures(table);
    if (!m.indicatorKey || !m.targetKey || tableFacts(table).blankKeys.has(m.targetKey)) return [];
    const out: Finding[] = [];
    for (let i = 0; i < table.rows.length; i++) {
      const measure = m.rows[i];
      if (!measure || !measure.measurable || measure.target || !isFilled(table.rows[i].cells[m.indicatorKey])) continue;
      out.push(rowFinding(table, table.rows[i], m.targetKey, "gap.no-target", "warning", {}, { key: "fix.gap.no-target", params: {} }));
    }
    return out;
  },
};
