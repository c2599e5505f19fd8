import { isListOfInitialledNames } from "../executors/entry-kind";
import { isDayOff } from "../executors/days-off";
import type { Finding } from "../finding";
import type { PlanRow, PlanTable } from "../plan";
import type { Role } from "../roles";
import { cellGapRule } from "./cell-gap";
import { sheetRowOf } from "./cells";
import { sparseResponsibleColumn, unsureResponsibleColumn } from "./column-trust";
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
    const column = table.columns.find((c) => c.role === "responsible");
    if (column && (unsureResponsibleColumn(table, column, ctx) || sparseResponsibleColumn(table, column))) return [];
    const activity = table.columns.find((c) => c.role === "activity")?.key;
    const at = table.columns.findIndex((c) => c.role === "responsible");
    const left = at > 0 && !OWN_CONTENT.has(table.columns[at - 1].role) ? table.columns[at - 1].key : null;
    const answered = (row: PlanRow) =>
      (activity !== undefined && isDayOff(row.cells[activity] ?? "")) ||
      (left !== null && isListOfInitialledNames(row.cells[left] ?? ""));
    // Only the rows the findings point at are asked, each once: a large plan has far more rows than gaps.
    const rowAt = rowsBySheetRow(table.rows);
    const asked = new Map<number, boolean>();
    const answeredAt = (sheetRow: number): boolean => {
      let yes = asked.get(sheetRow);
      if (yes === undefined) {
        const row = rowAt(sheetRow);
        yes = row !== undefined && answered(row);
        asked.set(sheetRow, yes);
      }
      return yes;
    };
    const kept = findings.filter((f) => !answeredAt(sheetRowOf(f.cell)));
    return kept.length === findings.length ? findings : kept;
  },
};

/** The plan row that starts on a sheet row (1-based), found by halving when the rows are in sheet order. */
function rowsBySheetRow(rows: readonly PlanRow[]): (sheetRow: number) => PlanRow | undefined {
  let ordered = true;
  for (let i = 1; i < rows.length && ordered; i++) ordered = rows[i - 1].row < rows[i].row;
  if (!ordered) {
    const byRow = new Map<number, PlanRow>();
    for (const row of rows) if (!byRow.has(row.row)) byRow.set(row.row, row);
    return (sheetRow) => byRow.get(sheetRow);
  }
  return (sheetRow) => {
    let lo = 0;
    let hi = rows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = rows[mid].row;
      if (at === sheetRow) return rows[mid];
      if (at < sheetRow) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
}
