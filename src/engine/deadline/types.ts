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
  | "event"
  | "unparsed";

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
   */
  parts?: Deadline[];
}

export interface DeadlineContext {
  /** Supplies the year a deadline leaves out (`м. септември`, `II półrocze`, `не позднее 1 марта`). */
  period?: PlanPeriod | null;
}
