import type { Finding } from "../finding";
import { parseCellAddress } from "../grid";
import type { PlanTable } from "../plan";
import { deadlineRule } from "./deadline";
import { gapNoDeadline } from "./gap-no-deadline";
import { gapNoFinancing } from "./gap-no-financing";
import { gapNoIndicator } from "./gap-no-indicator";
import { gapNoMeasure } from "./gap-no-measure";
import { gapNoResponsible } from "./gap-no-responsible";
import { gapNoTarget } from "./gap-no-target";
import { headerRoleMissing } from "./header-role-missing";
import { numbering } from "./numbering";
import { responsibleRule } from "./responsible";
import { tableBlankColumn } from "./table-blank-column";
import { tableDuplicateRow } from "./table-duplicate-row";
import { tableShiftedRow } from "./table-shifted-row";
import { unitsTargets } from "./units-targets";
import type { CheckContext, Rule } from "./types";

export type { CheckContext, Rule } from "./types";

/** Every check PlanCheck runs, in the order a reviewer reads a plan: its columns, then its rows. */
export const ALL_RULES: Rule[] = [
  headerRoleMissing,
  tableBlankColumn,
  tableDuplicateRow,
  tableShiftedRow,
  numbering,
  gapNoDeadline,
  gapNoResponsible,
  gapNoIndicator,
  gapNoFinancing,
  gapNoMeasure,
  gapNoTarget,
  unitsTargets,
  deadlineRule,
  responsibleRule,
];

/** Runs every rule on a table; findings come back in sheet order (row, then column). */
export function checkTable(table: PlanTable, ctx: CheckContext, rules: Rule[] = ALL_RULES): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) for (const f of rule.run(table, ctx)) out.push(f);
  return sortByPosition(out);
}

/**
 * The order of `compareFindings`, with each cell address read once instead of at every
 * comparison: a large table can have a hundred thousand findings.
 */
function sortByPosition(findings: Finding[]): Finding[] {
  const keyed = findings.map((f) => {
    const at = parseCellAddress(f.cell);
    return { f, row: at ? at.row : -1, col: at ? at.col : -1 };
  });
  keyed.sort((a, b) => {
    if (a.f.sheet !== b.f.sheet) return a.f.sheet < b.f.sheet ? -1 : 1;
    if (a.row !== b.row) return a.row - b.row;
    if (a.col !== b.col) return a.col - b.col;
    return a.f.code < b.f.code ? -1 : a.f.code > b.f.code ? 1 : 0;
  });
  return keyed.map((k) => k.f);
}
