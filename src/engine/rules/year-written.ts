import type { PlanPeriod } from "../deadline";

/**
 * Whether a deadline's place outside the plan period is the plan's own word. A cell that writes
 * its year (`25.05.2020r.`, `Sierpień 2020`, `до 15.08.17`, `Jul 3 '95`), or stands under a
 * heading that does (`Grudzień 2019`), and still lies outside the period says what the plan says. A day or month with no year written (`8th January`,
 * `Mon 6th January`, `04.06.`), under no heading with a year, in a plan of a year or more was
 * given its year by PlanCheck: if that lands outside the period, the reading is at fault, not the
 * plan, and `deadline.outside-period` is not said. In a plan of a month or a term, a month with
 * no year (`октябрь` in a September plan) is outside whatever its year: it keeps its finding.
 *
 * Replayed on every verdict on the corpus (headings as the current reading gives them): 6
 * `deadline.outside-period` judged wrong held back (5 at first contact) and none judged right.
 * Without the heading's year it would hold back 31, but a heading from last year's plan
 * (`Wrzesień 2019` over a 2020/2021 plan) is the plan's word as much as a cell's year is.
 */

/** A four-digit year, a numeric date's two-digit year (`15.08.17`), or `'95`. */
const WRITTEN_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}\s?[./,]\s?\d{1,2}\s?[./]\s?\d{2}(?!\d)|['’]\d{2}(?!\d)/u;

/** A period this long (in days) or longer spans every month: a month with no year falls in it. */
const YEAR_LONG = 300;

const DAY_MS = 86_400_000;

/** True when the cell's place outside the period rests on what the plan wrote. */
export function outsideAsWritten(text: string, section: string | null, period: PlanPeriod): boolean {
  if (WRITTEN_YEAR.test(text) || (section !== null && WRITTEN_YEAR.test(section))) return true;
  const days = (Date.parse(period.end) - Date.parse(period.start)) / DAY_MS;
  return !(days >= YEAR_LONG);
}
