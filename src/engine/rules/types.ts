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
}

/** One check: a plan table in, its findings out. `codes` lists every code the check can emit. */
export interface Rule {
  id: string;
  codes: string[];
  run(table: PlanTable, ctx: CheckContext): Finding[];
}
