import { cellGapRule } from "./cell-gap";

/**
 * A task that does not say how it is paid for, where the table has a financing (or budget)
 * column. Any written answer counts, "Не се изисква допълнително финансиране", "Nie dotyczy" and
 * "bezkosztowo" included: only an empty or filler-only cell is a gap. A sub-task under a parent
 * that names its financing is paid for as the parent says.
 */
export const gapNoFinancing = cellGapRule({
  id: "gap-no-financing",
  roles: ["financing", "budget"],
  code: "gap.no-financing",
  severity: "warning",
  fixKey: "fix.gap.no-financing",
  coveredByAncestor: true,
});
