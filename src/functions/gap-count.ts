import { detectPlanTables } from "../engine/plan-tables";
import type { CellValue } from "../engine/grid";
import { ALL_RULES, checkTable, type CheckContext } from "../engine/rules";

/*
 * What PLAN.GAPS needs: the whole detection and the gap checks, about three fifths of the
 * functions' code. It is its own module so that the functions bundle loads it on the first
 * PLAN.GAPS call instead of with Excel.
 */

const isGap = (f: { code: string }) => f.code.startsWith("gap.");

/** Only the checks that find gaps run; a gap is a missing cell, so no registry or dates are needed. */
const GAP_RULES = ALL_RULES.filter((rule) => rule.codes.some((code) => code.startsWith("gap.")));
const GAP_CONTEXT: CheckContext = { period: null, registry: { entries: [], index: new Map(), names: [] }, today: null };

/** How many gap findings the plan tables in these cell values have; null when they hold no plan table. */
export function countGaps(values: CellValue[][]): number | null {
  const tables = detectPlanTables({ sheet: "", origin: { row: 0, col: 0 }, values, merges: [] });
  if (tables.length === 0) return null;
  let count = 0;
  for (const table of tables) count += checkTable(table, GAP_CONTEXT, GAP_RULES).filter(isGap).length;
  return count;
}
