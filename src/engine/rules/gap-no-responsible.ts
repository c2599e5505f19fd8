import { isDayOff } from "../executors/days-off";
import type { Finding } from "../finding";
import type { PlanTable } from "../plan";
import { cellGapRule } from "./cell-gap";
import type { CheckContext, Rule } from "./types";

/**
 * A task or indicator row with no responsible body: `gap.no-responsible` (error), or
 * `responsible.missing` (warning) when the sub-task's parent names bodies that then answer for it.
 * A row that is a school break or a day off (`Ferie zimowe`, `Осенние каникулы`) is nobody's work:
 * an empty responsible cell there is no gap.
 */
const cellGap = cellGapRule({
  id: "gap-no-responsible",
  roles: ["responsible"],
  code: "gap.no-responsible",
  severity: "error",
  fixKey: "fix.gap.no-responsible",
  inherited: { code: "responsible.missing", severity: "warning", fixKey: "fix.inherit.responsible" },
});

export const gapNoResponsible: Rule = {
  ...cellGap,
  run(table: PlanTable, ctx: CheckContext): Finding[] {
    const findings = cellGap.run(table, ctx);
    const activity = table.columns.find((c) => c.role === "activity")?.key;
    if (findings.length === 0 || !activity) return findings;
    const daysOff = new Set(table.rows.filter((r) => isDayOff(r.cells[activity] ?? "")).map((r) => r.row));
    return daysOff.size === 0 ? findings : findings.filter((f) => !daysOff.has(Number(/\d+$/.exec(f.cell)?.[0])));
  },
};
