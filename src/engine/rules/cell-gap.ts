import type { Finding, Severity } from "../finding";
import type { PlanRow, PlanTable } from "../plan";
import type { Role } from "../roles";
import { bareFix, displayNumber, excerpt, isFilled, NO_PARAMS, rowFinding } from "./cells";
import { tableFacts } from "./facts";
import { loneCellRows } from "./lone-cell-row";
import { carriedByRowsBelow } from "./umbrella-row";
import type { Rule } from "./types";

/**
 * The shape every "this task leaves a cell empty" check shares.
 *
 * A task row whose cell for the role is empty (or holds only filler such as `-`) is a gap,
 * with these exceptions, which keep the report to one line per problem:
 * - a parent task (`5.` above `5.1.`..`5.3.`) is not checked: its sub-tasks are, one by one;
 * - a column empty in every row is reported once, as `table.blank-column`;
 * - a table without the column at all is reported once, as `header.role-missing`;
 * - a numbered measure over unnumbered rows that each fill the cell is not checked: they carry it.
 * When `inherited` is given, a sub-task whose nearest filled ancestor holds the value is not a
 * gap but the milder `inherited.code`: the ancestor's value applies, and the fix offers it.
 * With `coveredByAncestor`, a filled ancestor settles the sub-task's cell without a finding.
 */
export interface CellGapSpec {
  id: string;
  /** Roles checked, in order of preference: the first one the table has is used. */
  roles: Role[];
  code: string;
  severity: Severity;
  fixKey: string;
  inherited?: { code: string; severity: Severity; fixKey: string };
  /** A filled ancestor answers for its sub-tasks entirely (no finding at all). */
  coveredByAncestor?: boolean;
}

export function cellGapRule(spec: CellGapSpec): Rule {
  const codes = spec.inherited ? [spec.code, spec.inherited.code] : [spec.code];
  return {
    id: spec.id,
    codes,
    run(table: PlanTable): Finding[] {
      const column = spec.roles.map((role) => table.columns.find((c) => c.role === role)).find(Boolean);
      if (!column) return [];
      const facts = tableFacts(table);
      if (facts.blankKeys.has(column.key)) return [];
      const key = column.key;
      const fix = bareFix(spec.fixKey);
      const out: Finding[] = [];
      const rows = table.rows;
      // A row of one cell among tasks of three or more is likely no task (lone-cell-row.ts).
      const lone = loneCellRows(table);
      // Whether the cell is filled, by the facts' mask of filled cells when the table has one.
      const mask = facts.filled;
      const bit = 1 << table.columns.indexOf(column);
      for (let i = 0; i < rows.length; i++) {
        if (!facts.checkable[i] || facts.hasChildren[i] || (mask !== null ? (mask[i] & bit) !== 0 : isFilled(rows[i].cells[key])) || lone[i]) continue;
        // A measure named over one unnumbered row per place, each filling the cell (umbrella-row.ts).
        if (carriedByRowsBelow(table, i, key)) continue;
        const ancestor = spec.inherited || spec.coveredByAncestor ? filledAncestor(rows, facts.parent, i, key) : null;
        if (ancestor && spec.coveredByAncestor) continue;
        if (ancestor && spec.inherited) {
          const value = ancestor.cells[key];
          const parent = ancestor.number ? displayNumber(ancestor.number) : String(ancestor.row);
          out.push(
            rowFinding(table, rows[i], key, spec.inherited.code, spec.inherited.severity, { parent, parentValue: excerpt(value) }, {
              value,
              key: spec.inherited.fixKey,
              params: { parent, parentValue: excerpt(value) },
            }),
          );
        } else {
          out.push(rowFinding(table, rows[i], key, spec.code, spec.severity, NO_PARAMS, fix));
        }
      }
      return out;
    },
  };
}

function filledAncestor(rows: PlanRow[], parent: number[], i: number, key: string): PlanRow | null {
  for (let p = parent[i]; p >= 0; p = parent[p]) if (isFilled(rows[p].cells[key])) return rows[p];
  return null;
}
