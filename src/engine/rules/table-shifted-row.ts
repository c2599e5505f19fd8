import type { Finding } from "../finding";
import type { PlanTable } from "../plan";
import { rowFinding } from "./cells";
import { tableFacts } from "./facts";
import type { Rule } from "./types";

/**
 * A row whose cells stand one column to the left of their headings: the task's text shares the
 * number cell and the last column is empty (the Kyustendil plan's `6.3.` and goal 6's `1.`-`3.`).
 * One error at the number cell; the cell checks skip the row, since each of its cells would be
 * read under the wrong heading (its bodies as a deadline, its financing as bodies).
 */
export const tableShiftedRow: Rule = {
  id: "table-shifted-row",
  codes: ["table.shifted-row"],
  run(table: PlanTable): Finding[] {
    const facts = tableFacts(table);
    if (!facts.numberKey) return [];
    const numberAt = table.columns.findIndex((c) => c.key === facts.numberKey);
    const next = table.columns[numberAt + 1];
    const out: Finding[] = [];
    for (let i = 0; i < table.rows.length; i++) {
      if (!facts.shifted[i]) continue;
      out.push(
        rowFinding(table, table.rows[i], facts.numberKey, "table.shifted-row", "error", { column: next.column }, {
          key: "fix.table.shifted-row",
          params: { column: next.column },
        }),
      );
    }
    return out;
  },
};
