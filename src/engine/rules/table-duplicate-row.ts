import type { Finding } from "../finding";
import type { PlanRow, PlanTable } from "../plan";
import { rowFinding } from "./cells";
import { tableFacts } from "./facts";
import type { Rule } from "./types";

/**
 * A task row that repeats an earlier one word for word in every column but the number
 * (a row pasted twice). Reported at the repeat, naming the first. The section or month heading
 * the row stands under is part of what it says: `3rd | Term starts` under MAY is another date
 * than the same words under JANUARY.
 */
export const tableDuplicateRow: Rule = {
  id: "table-duplicate-row",
  codes: ["table.duplicate-row"],
  run(table: PlanTable): Finding[] {
    const facts = tableFacts(table);
    const keys = table.columns.map((c) => c.key).filter((k) => k !== facts.numberKey);
    // Rows are bucketed by a hash of their content and compared in full only within a bucket:
    // linear in the table's size, and no key string is built per row.
    const first = new Map<number, PlanRow[]>();
    const out: Finding[] = [];
    const firstKey = table.columns[0]?.key ?? "";
    for (let i = 0; i < table.rows.length; i++) {
      if (!facts.checkable[i]) continue;
      const row = table.rows[i];
      const hash = contentHash(row, keys);
      const bucket = first.get(hash);
      const earlier = bucket?.find((other) => sameContent(other, row, keys));
      if (!earlier) {
        if (bucket) bucket.push(row);
        else first.set(hash, [row]);
        continue;
      }
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

/** FNV-1a over the content cells, with a separator between cells so "ab","c" differs from "a","bc". */
function contentHash(row: PlanRow, keys: string[]): number {
  let h = 0x811c9dc5;
  const section = row.section ?? "";
  for (let i = 0; i < section.length; i++) h = Math.imul(h ^ section.charCodeAt(i), 0x01000193);
  for (const k of keys) {
    const text = row.cells[k] ?? "";
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0xffff, 0x01000193);
  }
  return h >>> 0;
}

function sameContent(a: PlanRow, b: PlanRow, keys: string[]): boolean {
  if (a.section !== b.section) return false;
  for (const k of keys) if ((a.cells[k] ?? "") !== (b.cells[k] ?? "")) return false;
  return true;
}
