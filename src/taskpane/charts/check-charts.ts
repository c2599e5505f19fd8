import type { TableCheck } from "../../engine/check";
import type { PlanPeriod } from "../../engine/deadline";
import { timelineTasks, type TimelineTask } from "../../engine/report/timeline";
import { buildScorecard, type Scorecard } from "../../engine/scorecard";
import { hasScorecardRoles } from "../service";

/**
 * What the pane's pictures are drawn from, taken from a check as data: the plan's tasks with their
 * deadlines as the check read them, the section rows, and the scorecard tree when the
 * table is a scorecard. Worked out once, when the check ends; the charts only reshape it.
 */

/** One task of the plan, as the timeline shows it: the engine's timeline task. */
export type ChartTask = TimelineTask;

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

export function checkCharts(checks: readonly TableCheck[], today: string): CheckCharts {
  const sections: ChartSection[] = [];
  for (const { table } of checks) for (const s of table.sections) sections.push({ sheet: table.sheet, row: s.row, title: s.title });
  const card = checks.find((c) => hasScorecardRoles(c.table.columns.map((col) => col.role)));
  return {
    period: checks[0]?.period ?? null,
    today,
    tasks: timelineTasks(checks),
    sections,
    scorecard: card ? buildScorecard(card.table) : null,
  };
}
