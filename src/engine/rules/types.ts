import type { PlanPeriod } from "../deadline";
import type { Registry } from "../executors";
import type { Finding } from "../finding";
import type { PlanTable } from "../plan";

/** What a check knows beyond the table: the plan's period, the known bodies, and today's date. */
export interface CheckContext {
  /** Period the plan covers (from its title or an option); null when unknown. */
  period: PlanPeriod | null;
  /** Bodies that may be named as responsible or partners. */
  registry: Registry;
  /** Today as an ISO date, or null; kept so checks never read the clock themselves. */
  today: string | null;
  /**
   * Where `period` came from, for a finding that questions it as a whole; absent when not known.
   * Asked only when such a finding is made, so checks that never question the period never look.
   */
  periodOrigin?: () => PeriodOrigin | null;
}

/** Where a plan period came from: the line and cell it was read from, or the user, or the table above. */
export interface PeriodOrigin {
  from: "title" | "adopted" | "given" | "table-above";
  /** The line it was read from, as written (title and adopted). */
  line?: string;
  /** Sheet and A1 cell of that line, when it is on the table's sheet. */
  sheet?: string;
  cell?: string;
}

/** One check: a plan table in, its findings out. `codes` lists every code the check can emit. */
export interface Rule {
  id: string;
  codes: string[];
  run(table: PlanTable, ctx: CheckContext): Finding[];
}
