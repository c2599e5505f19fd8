import { cellGapRule } from "./cell-gap";

/** A task with no indicator, where the table has an indicator column. A parent's indicator says nothing of its sub-tasks, so nothing is inherited. */
export const gapNoIndicator = cellGapRule({
  id: "gap-no-indicator",
  roles: ["indicator"],
  code: "gap.no-indicator",
  severity: "error",
  fixKey: "fix.gap.no-indicator",
});
