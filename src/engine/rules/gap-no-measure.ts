import type { Finding } from "../finding";
import { cellAddress, type PlanRow, type PlanTable } from "../plan";
import type { Role } from "../roles";
import { isPeriodicityHeading } from "../detect/vocabulary/periodicity";
import { rowMeanings } from "../row-meaning";
import { readNumber } from "../units";
import { bareFix, cellsOfSeveralRows, columnOf, isFilled, NO_PARAMS, rowFinding } from "./cells";
import { tableMeasures } from "./measures";
import type { CheckContext, Rule } from "./types";

/**
 * An indicator nobody can measure: no unit (in a unit column or its own wording), no target,
 * no quantity in its wording, and no value written for it. `Повишена информираност на
 * родителите.` is one; `Брой оценени деца` is not, and neither is `Zatwierdzenie planu do
 * realizacji.` with its `Miernik` of 1, nor `Kuracjusze leczeni stacjonarnie w sanatoriach` with
 * a base value of `45710 (2017 r.)` beside it: a number written for an indicator was measured.
 *
 * An indicator cell merged down over several rows (one indicator, a criterion a row) is one
 * indicator: measured when any of its rows measures it, and reported once when none does.
 *
 * A control plan or cyclogram (each check's term is how often it is done, `1 раз на квартал`, and
 * no column anywhere for a unit, a target, a base or an actual value) lists under `Показники
 * контролю` the points a director looks at, not results to reach: asking each for a measure would
 * be noise on every row, and so would one finding for the table that says the same. Nothing is
 * reported there.
 */
export const gapNoMeasure: Rule = {
  id: "gap-no-measure",
  codes: ["gap.no-measure"],
  run(table: PlanTable, ctx: CheckContext): Finding[] {
    const m = tableMeasures(table);
    if (!m.indicatorKey || isControlPlan(table, ctx)) return [];
    const indicatorKey = m.indicatorKey;
    const valueKeys = table.columns.filter((c) => VALUE_ROLES.has(c.role) && c.key !== indicatorKey).map((c) => c.key);
    // Only a cell merged over several rows needs remembering: any other is one row's alone.
    const merged = cellsOfSeveralRows(table, indicatorKey);
    const indicatorColumn = columnOf(table, indicatorKey);
    const unmeasured: { row: PlanRow; cell: string | null }[] = [];
    const firstUnmeasured = new Set<string>();
    const measured = new Set<string>();
    for (let i = 0; i < table.rows.length; i++) {
      const measure = m.rows[i];
      const row = table.rows[i];
      if (!measure || !isFilled(row.cells[indicatorKey])) continue;
      // With no merged cell in the column each row's cell is its own: no address is needed.
      const ref = indicatorColumn && merged.size > 0 ? cellAddress(row, indicatorColumn) : undefined;
      const cell = indicatorColumn ? (ref !== undefined && merged.has(ref) ? ref : null) : `${i}`;
      const isMeasured = measure.measurable || measure.target || hasValue(row, valueKeys);
      if (cell === null) {
        if (!isMeasured) unmeasured.push({ row, cell });
      } else if (isMeasured) measured.add(cell);
      else if (!firstUnmeasured.has(cell)) {
        firstUnmeasured.add(cell);
        unmeasured.push({ row, cell });
      }
    }
    const out: Finding[] = [];
    for (const { row, cell } of unmeasured) {
      if (cell !== null && measured.has(cell)) continue;
      out.push(rowFinding(table, row, indicatorKey, "gap.no-measure", "error", NO_PARAMS, bareFix("fix.gap.no-measure")));
    }
    return out;
  },
};

/**
 * Columns that may hold an indicator's values: its base, target and actual, a further column read
 * as the indicator's, or a column whose heading was not understood (`Условные назначения`: `100%`).
 */
const VALUE_ROLES = new Set<Role>(["baseline", "target", "actual", "indicator", "unknown"]);

/** A year on its own (`2020`, `2020 r.`) is when, not how much. */
const YEAR_ONLY = /^(?:19|20)\d\d(?:\s*(?:r|г|р|y)\.?)?$/u;

/** Some value cell of the row opens with a number that is not a year: `101,13 (2018 r.)`, `51300`, `100%`, `≥ 80`. */
function hasValue(row: PlanRow, keys: readonly string[]): boolean {
  for (const key of keys) {
    const text = row.cells[key]?.trim().replace(/^[<>≤≥=]\s*/u, "");
    if (!text || YEAR_ONLY.test(text)) continue;
    if (readNumber(text) !== null) return true;
  }
  return false;
}

/** Roles of a column that would make an indicator something to reach rather than a point checked. */
const MEASURE_ROLES = new Set<Role>(["unit", "baseline", "target", "actual"]);

/** Share of a term column's cells, at least, that recur for its terms to say how often. */
const RECURRING_SHARE = 0.8;

/**
 * A table of checks: the tasks' term says how often each is done (headed so, `Періодичність
 * контролю`, or written so in nearly every cell) and no column holds a unit or a value.
 */
function isControlPlan(table: PlanTable, ctx: CheckContext): boolean {
  if (!table.columns.some((c) => c.role === "activity") || table.columns.some((c) => MEASURE_ROLES.has(c.role))) return false;
  const term = table.columns.find((c) => c.role === "deadline");
  if (!term) return false;
  if (isPeriodicityHeading(term.header)) return true;
  // The terms as the check reads them (row-meaning), not read a second time here.
  const meanings = rowMeanings(table, ctx);
  let terms = 0;
  let recurring = 0;
  for (let i = 0; i < table.rows.length; i++) {
    const d = meanings.deadline(i, term.key);
    if (d === null) continue;
    terms++;
    if (d.kind === "recurring") recurring++;
  }
  return terms > 0 && recurring >= RECURRING_SHARE * terms;
}
