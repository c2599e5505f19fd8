import type { Finding } from "../finding";
import type { PlanRow, PlanTable } from "../plan";
import type { Role } from "../roles";
import { readNumber } from "../units";
import { isFilled, rowFinding } from "./cells";
import { tableMeasures } from "./measures";
import type { Rule } from "./types";

/**
 * An indicator nobody can measure: no unit (in a unit column or its own wording), no target,
 * no quantity in its wording, and no value written for it. `Повишена информираност на
 * родителите.` is one; `Брой оценени деца` is not, and neither is `Zatwierdzenie planu do
 * realizacji.` with its `Miernik` of 1, nor `Kuracjusze leczeni stacjonarnie w sanatoriach` with
 * a base value of `45710 (2017 r.)` beside it: a number written for an indicator was measured.
 */
export const gapNoMeasure: Rule = {
  id: "gap-no-measure",
  codes: ["gap.no-measure"],
  run(table: PlanTable): Finding[] {
    const m = tableMeasures(table);
    if (!m.indicatorKey) return [];
    const valueKeys = table.columns.filter((c) => VALUE_ROLES.has(c.role) && c.key !== m.indicatorKey).map((c) => c.key);
    const out: Finding[] = [];
    for (let i = 0; i < table.rows.length; i++) {
      const measure = m.rows[i];
      const row = table.rows[i];
      if (!measure || !isFilled(row.cells[m.indicatorKey]) || measure.measurable || measure.target) continue;
      if (hasValue(row, valueKeys)) continue;
      out.push(rowFinding(table, row, m.indicatorKey, "gap.no-measure", "error", {}, { key: "fix.gap.no-measure", params: {} }));
    }
    return out;
  },
};

/** Columns that hold an indicator's values: its base, target and actual, or a further column read as the indicator's. */
const VALUE_ROLES = new Set<Role>(["baseline", "target", "actual", "indicator"]);

/** A year on its own (`2020`, `2020 r.`) is when, not how much. */
const YEAR_ONLY = /^(?:19|20)\d\d(?:\s*(?:r|г|р|y)\.?)?$/u;

/** Some value cell of the row opens with a number that is not a year: `101,13 (2018 r.)`, `51300`, `84,9`. */
function hasValue(row: PlanRow, keys: readonly string[]): boolean {
  for (const key of keys) {
    const text = row.cells[key]?.trim();
    if (!text || YEAR_ONLY.test(text)) continue;
    if (readNumber(text) !== null) return true;
  }
  return false;
}
