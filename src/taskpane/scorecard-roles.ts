import type { Role } from "../engine/roles";

/** Roles that make a table a balanced scorecard the Scorecard sheet can roll up. */
const SCORECARD_ROLES: readonly Role[] = ["perspective", "actual", "baseline", "weight"];

/** True when the table can be rolled up: it has indicators with targets and a scorecard role. */
export function hasScorecardRoles(roles: readonly Role[]): boolean {
  return roles.includes("indicator") && roles.includes("target") && roles.some((r) => SCORECARD_ROLES.includes(r));
}
