/**
 * How a formula calling PLAN.* custom functions is stored in a file. Excel writes the call of a
 * JavaScript custom function as `_xldudf_` followed by its full name with the dot as an
 * underscore (`PLAN.SCORE(` is stored as `_xldudf_PLAN_SCORE(`), and on opening a file only that
 * spelling is taken for the add-in's function: a call stored as `PLAN.SCORE(` is not recalculated
 * until the cell is entered again. So a file writer stores that spelling; Excel with the add-in
 * shows it as `=PLAN.SCORE(…)`, and without the add-in as `=_xldudf_PLAN_SCORE(…)` with #NAME?.
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
