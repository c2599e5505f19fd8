import { sectionContext } from "../deadline";
import type { Finding, Severity } from "../finding";
import type { PlanTable } from "../plan";
import type { Role } from "../roles";
import type { Rule } from "./types";
import { isActingBodyHeading } from "../detect/vocabulary/acting-body";
import { isAudienceText } from "../detect/vocabulary/audience";
import { isTermName } from "../detect/vocabulary/term-names";

/**
 * A plan table without a column the plan must have, reported once at the table's header.
 *
 * A table of tasks (an activity or initiative column) must say when and by whom:
 * a deadline and a responsible column are errors when absent; an indicator column (or an
 * expected-result column standing in for it, as roadmaps have) is a warning when absent.
 * A scorecard (it has perspectives, or objectives without tasks; a table of tasks with deadlines is
 * a plan of tasks whatever else it has) must name indicators and who
 * answers for them (errors when absent); a balanced scorecard has no deadlines, so it is not
 * asked for one. A table with deadlines or executors but no task column lacks its tasks (an
 * error). Any other table (a passport, a list) is not judged by its columns.
 */
export const headerRoleMissing: Rule = {
  id: "header-role-missing",
  codes: ["header.role-missing"],
  run(table: PlanTable): Finding[] {
    const has = new Set<Role>(table.columns.map((c) => c.role));
    const required: { role: Role; severity: Severity; alternatives: Role[] }[] = [];
    const tasks = has.has("activity") || has.has("initiative");
    // Tasks with deadlines are a plan of tasks even where a column names their area or direction
    // (`Назва напряму діяльності` beside `Перелік заходів` and `Термін`): it is not a scorecard.
    const scorecard = (has.has("perspective") && !(tasks && has.has("deadline"))) || (has.has("objective") && !tasks);
    if (scorecard) {
      required.push({ role: "indicator", severity: "error", alternatives: [] });
      required.push({ role: "responsible", severity: "error", alternatives: [] });
    } else if (tasks) {
      if (!datedByMonthHeadings(table)) required.push({ role: "deadline", severity: "error", alternatives: [] });
      if (!actingBodyLeadsTasks(table) && !unheadedNamesColumn(table)) required.push({ role: "responsible", severity: "error", alternatives: [] });
      required.push({ role: "indicator", severity: "warning", alternatives: ["result"] });
    } else if ((has.has("deadline") || has.has("responsible")) && !labelledByTerms(table)) {
      // A table of deadlines or executors without the tasks they belong to: nothing can be checked
      // against a task, so the plan is not ready.
      required.push({ role: "activity", severity: "error", alternatives: ["initiative"] });
    } else {
      return [];
    }
    const top = table.range.split(":")[0];
    const out: Finding[] = [];
    for (const need of required) {
      if (has.has(need.role) || need.alternatives.some((r) => has.has(r))) continue;
      out.push({
        code: "header.role-missing",
        severity: need.severity,
        sheet: table.sheet,
        cell: top,
        role: need.role,
        value: "",
        params: { role: need.role },
        fix: { key: "fix.header.role-missing", params: { role: need.role } },
      });
    }
    return out;
  },
};

/**
 * Tasks listed under month headings (`WRZESIEŃ`, `ОКТЯБРЬ`), nearly all of them: each has its month
 * from its heading, so no deadline column is missing (a student council's plan by month).
 */
function datedByMonthHeadings(table: PlanTable): boolean {
  if (table.rows.length === 0) return false;
  let dated = 0;
  // Rows run under one heading after another: a heading's answer holds for the rows after it.
  let section: string | null | undefined;
  let month = false;
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    if (i === 0 || rows[i].section !== section) {
      section = rows[i].section;
      month = sectionContext(section)?.kind === "month";
    }
    if (month) dated++;
  }
  return dated >= MONTHS_DATE_SHARE * table.rows.length;
}

/** Share of the tasks a table's month headings must cover to stand in for its deadline column. */
const MONTHS_DATE_SHARE = 0.8;

/**
 * The task column is headed by the word for the acting body (`Organ`, `Орган`, `Body`): each of its
 * cells opens with who acts and goes on with what it does (`Organ prowadzący: zatwierdza arkusz`).
 * A reader finds who answers for each task there, so no responsible column is missing.
 */
function actingBodyLeadsTasks(table: PlanTable): boolean {
  return table.columns.some((c) => (c.role === "activity" || c.role === "initiative") && isActingBodyHeading(c.header));
}

/**
 * A table pasted without its header row (a school calendar: date, event, then who runs it) whose
 * cells alone type its columns: a column left untyped that holds a short name on most rows
 * (`Literary Club`, `Eco Club`, `Class Teacher`), not who takes part (`Class-wise I-X`), may well be who answers for each task, names the
 * reader does not know as bodies. Such a column stands right of the tasks. With no heading to say otherwise, no responsible column is
 * reported missing: that would be a guess.
 */
function unheadedNamesColumn(table: PlanTable): boolean {
  if (table.headerRows.length > 0 || table.rows.length < MIN_UNHEADED_ROWS) return false;
  const task = table.columns.find((c) => c.role === "activity" || c.role === "initiative");
  return table.columns.some((c) => {
    // Who runs a task is written after it; a label left of the tasks names their kind (`Свята`, `Розваги`).
    if (c.role !== "unknown" || task === undefined || c.index < task.index) return false;
    let filled = 0;
    let names = 0;
    for (const row of table.rows) {
      const text = (row.cells[c.key] ?? "").trim();
      if (text === "") continue;
      filled++;
      if (SHORT_NAME.test(text) && !isAudienceText(text)) names++;
    }
    return filled * 2 >= table.rows.length && names * 5 >= filled * 4;
  });
}

/** Rows a table without a header needs before a column's names say what it is. */
const MIN_UNHEADED_ROWS = 3;

/** One to five words, the first capitalised, no digits: a name, a club or a post (`Health and Wellness Club`). */
const SHORT_NAME = /^\p{Lu}[\p{L}'’.&-]*(?:\s+[\p{L}'’.&-]+){0,4}$/u;

/**
 * A table of term dates (`Term | Start | Half Term Starts | … | Term Ends` over `Autumn | Mon 3rd
 * Sept 2018 | …`): a column headed for the school year's terms and naming them is what each row's
 * dates are, so the table lacks no task column. A grid whose corner is empty over its terms
 * (`Autumn Term 1` beside each committee's meeting dates) is another thing: its headings name the
 * columns' meetings, and the terms only say when, so its tasks are still asked for.
 */
function labelledByTerms(table: PlanTable): boolean {
  if (table.rows.length === 0) return false;
  return table.columns.some((c) => {
    if (c.role !== "unknown" || c.header.trim() === "") return false;
    let filled = 0;
    let terms = 0;
    for (const row of table.rows) {
      const text = (row.cells[c.key] ?? "").trim();
      if (text === "") continue;
      filled++;
      if (isTermName(text)) terms++;
    }
    return filled * 2 >= table.rows.length && terms * 5 >= filled * 4;
  });
}
