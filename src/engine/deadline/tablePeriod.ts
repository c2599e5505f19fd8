import { addDays } from "./calendar";
import { planPeriodFromTexts } from "./planPeriod";
import { isOneSchoolYear, preparationRunUp, withRunUp } from "./preparation";
import { saysBeforeSchoolYearBegins, withSummerOpening } from "./summerOpening";
import type { PlanPeriod } from "./types";

/** What of a plan table its period is read from: the lines above it and its deadline cells. */
export interface TableForPeriod {
  preamble: readonly { text: string }[];
  columns: readonly { role: string; key: string }[];
  rows: readonly { cells: Readonly<Record<string, string>> }[];
}

/**
 * The period a table is checked in when the user gave none: its title's (else `above`, the period
 * of the table above it on the sheet), opened to the summer before a school year when the plan's
 * rows begin there.
 */
export function planPeriodOfTable(table: TableForPeriod, above: PlanPeriod | null = null): PlanPeriod | null {
  const keys = table.columns.filter((c) => c.role === "deadline").map((c) => c.key);
  const preamble = table.preamble.map((p) => p.text);
  // A plan preparing for the school year to come names that year only as its aim: the run-up is its period.
  const read = planPeriodFromTexts(preamble);
  const preparing = read === null || isOneSchoolYear(read) ? preparationRunUp(preamble, deadlineCells(table.rows, keys)) : null;
  if (preparing && (read === null || read.start === addDays(preparing.end, 1))) return preparing;
  const titled = read ?? above;
  // The run-up to a school year is read first: a plan of the year itself is left as it was.
  const runUp = withRunUp(titled, preamble, deadlineCells(table.rows, keys));
  return runUp !== titled ? runUp : withSummerOpening(titled, deadlineCells(table.rows, keys), saysBeforeSchoolYearBegins(preamble));
}

/**
 * The deadline cells in row order, handed over as they are read: most plans are no school year,
 * or date their first rows in it, and then no cell past the first few is looked at.
 */
function* deadlineCells(rows: TableForPeriod["rows"], keys: readonly string[]): Generator<string> {
  for (const row of rows) {
    for (const key of keys) {
      const text = row.cells[key];
      if (typeof text === "string") yield text;
    }
  }
}
