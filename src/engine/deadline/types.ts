/**
 * What the deadline parser reads and returns. A deadline cell becomes a period (start and end
 * ISO dates) and a kind that says what the text named.
 */

export type DeadlineKind =
  | "date"
  | "month"
  | "range"
  | "by"
  | "quarter"
  | "half-year"
  | "year"
  | "school-year"
  | "continuous"
  /** Work that repeats through the plan period (`щомісяця`, `raz w semestrze`): the period it recurs over. */
  | "recurring"
  | "event"
  | "unparsed";

/** How often `recurring` work comes round, where the cell says (`weekly`, `раз на семестр`). */
export type Every = "day" | "week" | "month" | "quarter" | "term" | "half-year" | "year";

/**
 * Why a cell is `unparsed`: a form not known (`unknown-form`); a day or month with no year and
 * nothing to take one from (`year-missing`); words that allow two readings (`ambiguous`: `вересень`
 * in a 2024-2028 programme, `Term 2` with no school year); separate dates that make no one period
 * (`several-dates`).
 */
export type UnparsedReason = "unknown-form" | "year-missing" | "ambiguous" | "several-dates";

/** The period a plan covers. ISO dates; `label` as the title writes it ("2019", "2020-2021", "2017/2018"). */
export interface PlanPeriod {
  start: string;
  end: string;
  label: string;
}

export interface Deadline {
  /** The cell's text as given. */
  text: string;
  kind: DeadlineKind;
  /** First day (ISO), or null for `by`, `event`, `unparsed` and periodless `continuous`. */
  start: string | null;
  /** Last day (ISO), or null for `event`, `unparsed` and periodless `continuous`. */
  end: string | null;
  /**
   * The periods the cell names one by one, in the order written, when there is more than one:
   * a cell listing several periods (`месец декември 2019 г. месец април 2019 г.`), or the two ends
   * of a range written back to front (`Октябрь 2021 – июль 2020`). `start`/`end` then cover them all.
   * An `unparsed` cell of `several-dates` keeps the dates it lists here, each read on its own.
   */
  parts?: Deadline[];
  /** For `recurring`: how often, when the cell says. */
  every?: Every;
  /** For `unparsed`: why. */
  reason?: UnparsedReason;
  /** Words after the period that do not change it, kept as written: `(за потреби)`, `(вт.)`. */
  note?: string;
}

export interface DeadlineContext {
  /** Supplies the year a deadline leaves out (`м. септември`, `II półrocze`, `не позднее 1 марта`). */
  period?: PlanPeriod | null;
  /**
   * The heading of the section the row is in, when the plan has them: a month heading (`СЕНТЯБРЬ`,
   * `Listopad 2025`) gives the month and year of what the cell leaves out; a section naming one year
   * (`2026 рік`, `II etap – 2026`) gives the year. Narrows `period` for this row.
   */
  section?: string | null;
  /**
   * What the cell's column says of it (readDeadlineColumn): a header of limits (`не позднее`) makes
   * a date or month a `by` deadline; a column of Roman months reads a lone `I` or `X` as a month.
   * A cell read alone (=PLAN.DEADLINE) has none.
   */
  column?: DeadlineColumn | null;
}

/**
 * What a deadline column as a whole says of each of its cells, which a cell read alone cannot know:
 * its header may make its dates limits (`Срок … (не позднее указанной даты)`: `21.11.2022` is due
 * by that day), and its other cells may show how its numerals are meant (a lone `I` among `IX`,
 * `20 XI`, `XII` is January, not a first quarter or term).
 */
export interface DeadlineColumn {
  /** The header says the column's dates are the latest they may fall on. */
  by: boolean;
  /** The column writes its months in Roman numerals, and never a quarter or a term so. */
  romanMonths: boolean;
  /**
   * The years the column's cells write in full, when they are one year or two that follow each other
   * (a school year): a day written with its weekday and no year (`Tuesday 26th September`) is in
   * the one of them where that day is that weekday. Empty otherwise.
   */
  years: readonly number[];
  /**
   * The column names its months alone, one a row, at least three of them: a word one letter away
   * from exactly one month's name (`WZESIEŃ`) is that month.
   */
  monthNames: boolean;
  /**
   * Those months run in the school year's order from September, July and August last (`CZERWIEC`,
   * `LIPIEC`, `SIERPIEŃ`); or the column opens with work all year round (`Cały rok`, then `VIII`
   * for a kindergarten's adaptation meetings), a plan by theme that does not open in the summer
   * before its year (see summerOpening.ts): in a school-year plan the summer months are its
   * closing summer.
   */
  summerLast: boolean;
  /**
   * The column writes Bulgarian (`м. септември`, `през годината`, `срок`) and no word only Russian
   * or Ukrainian deadlines use: `I полугодие`, a word both languages write, is the Bulgarian school's
   * first half, which runs to 31 January, not the Russian one, which ends in December.
   */
  februaryHalves: boolean;
  /**
   * The month the column's months alone run from, in the calendar's order and never round to it
   * again, when it is not January (`APRIL`, `MAY` … `OCTOBER` in a `2020-2021` year planner): a
   * plan titled with two calendar years is then the twelve months from it in the first.
   */
  opensIn?: number;
  /**
   * The column writes days with hyphens, day first: one cell at least has a first number only a day
   * can be (`15-10-2024`) and none a second (`10-15-2024`), so `03-04-2024` in it is 3 April.
   */
  dayFirst?: boolean;
  /**
   * Cells whose year is one off the year all the column's other dated cells write, and which fall in
   * turn among them only in that year (`до 30 юли 2023 г.` among the days of July 2024): a slip,
   * but which year was meant is not said, so they are not dated.
   */
  slips?: readonly string[];
}
