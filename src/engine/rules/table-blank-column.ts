import type { Finding, Severity } from "../finding";
import type { PlanTable } from "../plan";
import { isFilledLaterHeading } from "../detect/vocabulary/filled-later";
import type { Role } from "../roles";
import { tableFacts } from "./facts";
import type { Rule } from "./types";

/** Columns that are blank by nature before a plan is carried out, or that carry no role. */
const MAY_BE_BLANK: ReadonlySet<Role> = new Set<Role>(["actual", "notes", "unknown"]);

/** Money columns: one per source of funds (`федеральный бюджет`, `внебюджетные средства`) or the source's name. */
const MONEY: ReadonlySet<Role> = new Set<Role>(["budget", "financing"]);

/** A year in a heading: the column is a year's money, not a source's. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

/** A blank column of these roles leaves every task without something the plan must say. */
const REQUIRED: ReadonlySet<Role> = new Set<Role>(["deadline", "responsible", "indicator"]);

/**
 * A role column empty in every row (the budget column of the Bulgarian scorecard), reported
 * once at its header instead of once per row. An error for a deadline, responsible or indicator
 * column (every task lacks it), a warning otherwise.
 *
 * A deadline, responsible or indicator column left empty beside another column of the same role
 * that is filled (`Revised Finish` beside `Scheduled Finish`, co-executors beside the executors)
 * takes nothing from any task: the tasks have their deadline, body or indicator from the other
 * column, and the empty one waits for a change or a review. Saying every task lacks it would be
 * wrong, so it is not reported.
 *
 * Likewise a money column left empty beside other money columns that are filled (the off-budget funds
 * beside the federal and regional budgets) says the measures draw nothing from that source; a year's
 * money column left empty beside another year's is still reported.
 */
export const tableBlankColumn: Rule = {
  id: "table-blank-column",
  codes: ["table.blank-column"],
  run(table: PlanTable): Finding[] {
    const facts = tableFacts(table);
    const headerRow = table.headerRows[table.headerRows.length - 1] ?? table.rows[0]?.row ?? 1;
    const out: Finding[] = [];
    const filledRoles = new Set(table.columns.filter((c) => !facts.blankKeys.has(c.key)).map((c) => c.role));
    for (const column of table.columns) {
      if (MAY_BE_BLANK.has(column.role) || !facts.blankKeys.has(column.key)) continue;
      if (REQUIRED.has(column.role) && filledRoles.has(column.role)) continue;
      // A source of funds left empty beside sources that are filled is a source the measures do not draw on: nothing is missing.
      // A year's money (`2025` beside `2024`) is not a source: that year's money is missing.
      if (MONEY.has(column.role) && !YEAR.test(column.header) && [...MONEY].some((r) => filledRoles.has(r))) continue;
      // A rating or fulfilment mark is filled at review; a required role's column never waits for it.
      if (!REQUIRED.has(column.role) && isFilledLaterHeading(column.header)) continue;
      // `-` written in every task's cell (a year the indicator sets no value for): the plan says there
      // is none, it left nothing out. A required column of dashes still leaves every task without one.
      if (!REQUIRED.has(column.role) && dashedThroughout(table, column.key, facts.isTask)) continue;
      const severity: Severity = REQUIRED.has(column.role) ? "error" : "warning";
      out.push({
        code: "table.blank-column",
        severity,
        sheet: table.sheet,
        cell: `${column.column}${headerRow}`,
        role: column.role,
        value: column.header,
        params: { column: column.column, header: column.header },
        fix: { key: "fix.table.blank-column", params: {} },
      });
    }
    return out;
  },
};

/** A written dash or two (`-`, `–`, `—`, `--`) alone in a cell. */
const DASH = /^\s*[-–—]{1,2}\s*$/;

/** True when every task row writes only a dash in the column. */
function dashedThroughout(table: PlanTable, key: string, isTask: readonly boolean[]): boolean {
  let tasks = 0;
  for (let i = 0; i < table.rows.length; i++) {
    if (!isTask[i]) continue;
    tasks++;
    const cell = table.rows[i].cells[key];
    if (cell === undefined || !DASH.test(cell)) return false;
  }
  return tasks > 0;
}
