import { isListOfInitialledNames } from "../executors/entry-kind";
import { isDayOff } from "../executors/days-off";
import type { Finding } from "../finding";
import type { PlanRow, PlanTable } from "../plan";
import type { Role } from "../roles";
import { cellGapRule } from "./cell-gap";
import type { CheckContext, Rule } from "./types";

/**
 * A task or indicator row with no responsible body: `gap.no-responsible` (error), or
 * `responsible.missing` (warning) when the sub-task's parent names bodies that then answer for it.
 *
 * Two rows are no gap: a school break or a day off (`Ferie zimowe`, `Осенние каникулы`) is nobody's
 * work; and a row whose people are written one cell to the left of the responsible column, in a
 * column that holds no task, deadline or number (`Место`: `Лапшакова Н.Д. Глазунова Н.С.`), names
 * who answers for it, only in the wrong cell.
 */
const cellGap = cellGapRule({
  id: "gap-no-responsible",
  roles: ["responsible"],
  code: "gap.no-responsible",
  severity: "error",
  fixKey: "fix.gap.no-responsible",
  inherited: { code: "responsible.missing", severity: "warning", fixKey: "fix.inherit.responsible" },
});

/** Columns whose cells say what, when or which number: people written there are not misplaced. */
const OWN_CONTENT = new Set<Role>(["number", "activity", "deadline", "objective", "perspective", "indicator"]);

export const gapNoResponsible: Rule = {
  ...cellGap,
  run(table: PlanTable, ctx: CheckContext): Finding[] {
    const findings = cellGap.run(table, ctx);
    if (findings.length === 0) return findings;
    const activity = table.columns.find((c) => c.role === "activity")?.key;
    const at = table.columns.findIndex((c) => c.role === "responsible");
    const left = at > 0 && !OWN_CONTENT.has(table.columns[at - 1].role) ? table.columns[at - 1].key : null;
    const answered = (row: PlanRow) =>
      (activity !== undefined && isDayOff(row.cells[activity] ?? "")) ||
      (left !== null && isListOfInitialledNames(row.cells[left] ?? ""));
    const rows = new Set(table.rows.filter(answered).map((r) => r.row));
    return rows.size === 0 ? findings : findings.filter((f) => !rows.has(Number(/\d+$/.exec(f.cell)?.[0])));
  },
};
