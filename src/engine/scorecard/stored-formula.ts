/**
 * How a formula calling PLAN.* custom functions is stored in a file. Excel saves the call of a
 * JavaScript custom function as `_xldudf_` followed by its full name with the dot as an underscore
 * (`PLAN.SCORE(` is saved as `_xldudf_PLAN_SCORE(`), and that is the spelling it takes for the
 * add-in's function when it opens a file; a call saved as `PLAN.SCORE(` was reported not to
 * calculate until the cell was entered again (docs/functions.md, "PLAN.* formulas in a file"). So
 * a file writer stores Excel's own spelling; Excel with the add-in shows it as `=PLAN.SCORE(…)`,
 * without it as `=_xldudf_PLAN_SCORE(…)` and #NAME? once recalculated.
 * Text inside string constants is never touched.
 */

const CALL = /(?<![A-Za-z0-9_.])PLAN\.([A-Za-z]+)\s*\(/gu;

/** A formula (without the leading "=") as a file stores it: every PLAN.* call in Excel's stored spelling. */
export function storedFormula(formula: string): string {
  // Even pieces lie outside string constants ("a""b" splits into pieces that keep the parity).
  return formula
    .split('"')
    .map((piece, i) => (i % 2 === 0 ? piece.replace(CALL, (_, name: string) => `_xldudf_PLAN_${name.toUpperCase()}(`) : piece))
    .join('"');
}
