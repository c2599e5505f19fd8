import { sectionContext } from "./context";
import type { PlanPeriod } from "./types";

/**
 * `ROK 2024`, a row between December and January of a calendar that gives no year anywhere else
 * (no period in its title, `04.09 (poniedziałek)` in its cells): the rows under it are of that year,
 * and the rows before it, under no heading, of the year before. A weekday written with a day
 * still has to fall on it (see parse.ts), so a slip in the order leaves the day unread.
 *
 * Returns each row's section, the rows before the heading given the year before, or null when the
 * plan has a period or the headings do not turn the year once.
 */
export function yearBeforeHeading(period: PlanPeriod | null, sections: readonly (string | null)[]): (string | null)[] | null {
  if (period) return null;
  const first = sections.findIndex((s) => sectionContext(s)?.kind === "year");
  if (first <= 0) return null;
  const years = new Set<number>();
  for (const section of sections) {
    const heading = sectionContext(section);
    if (heading?.kind === "year") years.add(heading.year);
    else if (heading !== null) return null;
  }
  if (years.size !== 1 || sections.slice(0, first).some((s) => s !== null && s.trim() !== "")) return null;
  const [year] = years;
  return sections.map((s, i) => (i < first ? String(year - 1) : s));
}
