import type { TableCheck } from "../../engine/check";
import type { Deadline, PlanPeriod } from "../../engine/deadline";
import type { Finding, Severity } from "../../engine/finding";
import { buildScorecard, type Scorecard } from "../../engine/scorecard";
import { tableFacts } from "../../engine/rules/facts";
import { hasScorecardRoles } from "../service";

/**
 * What the pane's pictures are drawn from, taken from a check as data: the plan's tasks with their
 * deadlines as the check read them, the section rows, and the scorecard tree when the
 * table is a scorecard. Worked out once, when the check ends; the charts only reshape it.
 */

/** One task of the plan, as the timeline shows it. */
export interface ChartTask {
  sheet: string;
  /** Sheet row (1-based) of the task's first line. */
  row: number;
  /** Numbering as written (`5.1.`), or null. */
  number: string | null;
  /** What the task is, as written (activity, objective or indicator, the first the table has). */
  title: string;
  section: string | null;
  /** The deadline read from the cell, or null when the cell is blank or the table has no deadline column. */
  deadline: Deadline | null;
  /** A1 address of the deadline cell, or null. */
  deadlineCell: string | null;
  /** The first responsible body the cell names ("" when none). */
  lead: string;
  /** The most serious severity among the findings on the task's rows, or null when it has none. */
  worst: Severity | null;
  /** Codes of the findings on the task's rows. */
  codes: string[];
}

/** A section row of a checked table, by sheet. */
export interface ChartSection {
  sheet: string;
  row: number;
  title: string;
}

export interface CheckCharts {
  /** The plan period of the first table (the timeline's span), or null when no period is known. */
  period: PlanPeriod | null;
  /** The date of the check (ISO): what "overdue" is measured against. */
  today: string;
  tasks: ChartTask[];
  sections: ChartSection[];
  /** The scorecard tree of the first table that reads as a scorecard, or null. */
  scorecard: Scorecard | null;
}

/** Columns a task's title is taken from, most telling first. */
const TITLE_ROLES = ["activity", "objective", "indicator", "initiative", "result"] as const;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function checkCharts(checks: readonly TableCheck[], today: string): CheckCharts {
  const tasks: ChartTask[] = [];
  const sections: ChartSection[] = [];
  for (const check of checks) {
    const { table } = check;
    for (const s of table.sections) sections.push({ sheet: table.sheet, row: s.row, title: s.title });
    const deadlineColumn = table.columns.find((c) => c.role === "deadline");
    const responsibleColumn = table.columns.find((c) => c.role === "responsible");
    const titleKeys = TITLE_ROLES.map((r) => table.columns.find((c) => c.role === r)?.key).filter((k): k is string => k !== undefined);
    const onRow = findingsPerRow(check);
    const { checkable } = tableFacts(table);
    table.rows.forEach((row, i) => {
      if (!checkable[i]) return;
      const deadlineText = deadlineColumn ? (row.cells[deadlineColumn.key] ?? "").trim() : "";
      const title = titleKeys.map((k) => (row.cells[k] ?? "").trim()).find((t) => t !== "") ?? "";
      const found = row.sourceRows.flatMap((r) => onRow.get(r) ?? []);
      const worst = found.reduce<Severity | null>((w, f) => (w !== null && RANK[w] <= RANK[f.severity] ? w : f.severity), null);
      tasks.push({
        sheet: table.sheet,
        row: row.row,
        number: row.number,
        title: title.replace(/\s+/gu, " "),
        section: row.section,
        // The check's own reading of the cell, the one its deadline findings are made from.
        deadline: deadlineText === "" ? null : check.meanings.deadline(i),
        deadlineCell: deadlineColumn ? (row.refs[deadlineColumn.key] ?? null) : null,
        // The bodies as the check resolved them for its responsible findings.
        lead: responsibleColumn ? (check.meanings.bodies(i, responsibleColumn.key)?.[0]?.text ?? "") : "",
        worst,
        codes: [...new Set(found.map((f) => f.code))],
      });
    });
  }
  const card = checks.find((c) => hasScorecardRoles(c.table.columns.map((col) => col.role)));
  return {
    period: checks[0]?.period ?? null,
    today,
    tasks,
    sections,
    scorecard: card ? buildScorecard(card.table) : null,
  };
}

/** Sheet row -> the check's findings there. */
function findingsPerRow(check: TableCheck): Map<number, Finding[]> {
  const out = new Map<number, Finding[]>();
  for (const f of check.findings) {
    const row = Number(/\d+$/.exec(f.cell)?.[0] ?? 0);
    const here = out.get(row);
    if (here) here.push(f);
    else out.set(row, [f]);
  }
  return out;
}
