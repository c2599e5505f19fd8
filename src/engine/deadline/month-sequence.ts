import { parseIsoDate } from "./calendar";
import { sectionContext } from "./context";
import type { PlanPeriod } from "./types";

/**
 * Month headings without a year in a plan of two calendar years or more (`AUGUST`, `SEPTEMBER`, …
 * `JANUARY` under `SY 2023-2024`): alone each could fall in any of its years, but in row order they
 * run through the calendar, and the first of them opens the period's first year. Each heading is
 * dated by its place in that run only when the run turns the year exactly as often as the period
 * has years after its first, and stays within the period; otherwise nothing is dated and the
 * months stay unread, as before.
 *
 * Returns each row's section with its year written after it (`AUGUST 2023`), or null when the
 * headings say nothing sure.
 */
export function datedMonthHeadings(period: PlanPeriod | null, sections: readonly (string | null)[]): (string | null)[] | null {
  if (!period) return null;
  const start = parseIsoDate(period.start);
  const end = parseIsoDate(period.end);
  if (!start || !end || end.y === start.y) return null;
  // A school year already places each month of its twelve.
  if (start.m === 9 && start.d === 1 && end.m === 8 && end.d === 31 && end.y === start.y + 1) return null;
  let year = start.y;
  let previous = 0;
  let months = 0;
  let last: string | null = null;
  let lastDated: string | null = null;
  const dated: (string | null)[] = [];
  for (const section of sections) {
    if (section !== last) {
      last = section;
      lastDated = section;
      const heading = sectionContext(section);
      // The plan writes its months' years: nothing is left to infer.
      if (heading?.kind === "month" && heading.year !== null) return null;
      if (heading?.kind === "month") {
        if (months > 0 && heading.month < previous) year++;
        // The first month heading opens the period's first year, on or after its first month.
        if (months === 0 && heading.month < start.m) return null;
        previous = heading.month;
        months++;
        lastDated = `${section} ${year}`;
      }
    }
    dated.push(lastDated);
  }
  if (months < 2 || year !== end.y || previous > end.m) return null;
  return dated;
}
