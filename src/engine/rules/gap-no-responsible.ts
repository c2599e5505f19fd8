import { cellGapRule } from "./cell-gap";

/**
 * A task or indicator row with no responsible body: `gap.no-responsible` (error), or
 * `responsible.missing` (warning) when the sub-task's parent names bodies that then answer for it.
 */
export const gapNoResponsible = cellGapRule({
  id: "gap-no-responsible",
  roles: ["responsible"],
  code: "gap.no-responsible",
  severity: "error",
  fixKey: "fix.gap.no-responsible",
  inherited: { code: "responsible.missing", severity: "warning", fixKey: "fix.inherit.responsible" },
});
