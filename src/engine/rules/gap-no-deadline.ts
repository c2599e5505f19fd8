import { cellGapRule } from "./cell-gap";

/**
 * A task with no deadline: `gap.no-deadline` (error), or `deadline.missing` (warning) when the
 * sub-task's parent carries a deadline that then applies to it.
 */
export const gapNoDeadline = cellGapRule({
  id: "gap-no-deadline",
  roles: ["deadline"],
  code: "gap.no-deadline",
  severity: "error",
  fixKey: "fix.gap.no-deadline",
  inherited: { code: "deadline.missing", severity: "warning", fixKey: "fix.inherit.deadline" },
});
