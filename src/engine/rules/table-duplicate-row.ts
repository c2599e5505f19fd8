import type { Finding } from "../finding";
import type { PlanRow, PlanTable } from "../plan";
import { rowFinding } from "./cells";
import { tableFacts } from "./facts";
import type { Rule } from "./types";

/**
 * A task row that repeats an earlier one word for word in every column but the number
 * (a row pasted twice). Reported at the repeat, naming the first.
 */
export const tableDuplicateRow: Rule = {
  id: "table-duplicate-row",
  codes: ["table.duplicate-row"],
  run(table: PlanTable): Finding[] {
    const facts = tableFacts(table);
    const keys = table.columns.map((c) => c.key).filter((k) => k !== facts.numberKey);
    // Rows are grouped by their first content cell, which the table already holds, and compared
    // in full only within a group: no per-row key string is built.
    const byLead = new Map<string, PlanRow[]>();
    const out: Finding[] = [];
    const firstKey = table.columns[0]?.key ?? "";
    for (let i = 0; i < table.rows.length; i++) {
      if (!facts.checkable[i]) continue;
      const row = table.rows[i];
      const lead = leadText(row, keys);
      const group = byLead.get(lead);
      const earlier = group?.find((other) => sameContent(other, row, keys));
      if (!group) byLead.set(lead, [row]);
      else if (!earlier) group.push(row);
      if (!earlier) continue;
      out.push(
        rowFinding(table, row, facts.numberKey ?? firstKey, "table.duplicate-row", "warning", { firstRow: earlier.row }, {
          key: "fix.table.duplicate-row",
          params: { firstRow: earlier.row },
        }),
      );
    }
    return out;
  },
};

function leadText(row: PlanRow, keys: string[]): string {
  for (const k of keys) {
    const text = row.cells[k];
    if (text !== undefined) return text;
  }
  return "";
}

function sameContent(a: PlanRow, b: PlanRow, keys: string[]): boolean {
  for (const k of keys) if ((a.cells[k] ?? "") !== (b.cells[k] ?? "")) return false;
  return true;
}
