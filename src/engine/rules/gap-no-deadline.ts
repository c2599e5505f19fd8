import type { Finding } from "../finding";
import type { PlanTable } from "../plan";
import { isFilled } from "./cells";
import { cellGapRule } from "./cell-gap";
import type { CheckContext, Rule } from "./types";

const firstDeadlineColumn = cellGapRule({
  id: "gap-no-deadline",
  roles: ["deadline"],
  code: "gap.no-deadline",
  severity: "error",
  fixKey: "fix.gap.no-deadline",
  inherited: { code: "deadline.missing", severity: "warning", fixKey: "fix.inherit.deadline" },
});

/**
 * A capital `X` alone (Latin or Cyrillic `Х`) in a deadline cell is the Roman ten, October, as
 * officials number months (`Х`, `ХI`, `I` down the column): no filler, whether or not the reader
 * could date it. The lower-case cross (`х`, `x`) stays the filler it is elsewhere.
 */
const ROMAN_TEN = /^\s*[XХ]\s*$/u;

/**
 * A task with no deadline: `gap.no-deadline` (error), or `deadline.missing` (warning) when the
 * sub-task's parent carries a deadline that then applies to it. A table with several deadline
 * columns (a date per subject or per session) dates a row by any of them: an empty cell in one
 * is no missing deadline while another column of the row is filled.
 */
export const gapNoDeadline: Rule = {
  id: firstDeadlineColumn.id,
  codes: firstDeadlineColumn.codes,
  run(table: PlanTable, ctx: CheckContext) {
    const findings = withoutRomanTen(firstDeadlineColumn.run(table, ctx));
    const keys = table.columns.filter((c) => c.role === "deadline").map((c) => c.key);
    if (keys.length < 2 || findings.length === 0) return findings;
    const dated = new Set(table.rows.filter((r) => keys.some((k) => isFilled(r.cells[k]))).map((r) => r.row));
    return findings.filter((f) => !dated.has(rowOf(f.cell)));
  },
};

function withoutRomanTen(findings: Finding[]): Finding[] {
  if (findings.length === 0) return findings;
  return findings.filter((f) => f.code !== "gap.no-deadline" || !ROMAN_TEN.test(f.value));
}

function rowOf(a1: string): number {
  return Number(/\d+$/.exec(a1)?.[0] ?? 0);
}
