import { cellAddress, type CellValue } from "../engine/grid";
import { deadline, expected, rollup, rollupIf, score, status, unitStatus } from "../functions/functions";
import { cellKey, keyCol, keyRow, type ConditionalFormatModel, type SheetModel } from "../memory-host/state";
import { isError, Sheet, type CustomFunction, type Scalar } from "./formula-evaluator";

/**
 * What the page's grid shows where Excel would calculate: the results of a sheet's formulas, with
 * PLAN.* computed by the very functions Excel runs (src/functions), and which conditional formats
 * hold for a cell (the Scorecard sheet's traffic lights). A formula the evaluator cannot read (a
 * function it does not know, another sheet's cells, a circular reference) has no result here: the
 * grid shows the formula as written rather than a guess.
 */

/** The custom functions by the name a formula calls them (`@customfunction SCORE` in namespace PLAN). */
const PLAN_FUNCTIONS: Record<string, CustomFunction> = {
  "PLAN.SCORE": score as CustomFunction,
  "PLAN.ROLLUP": rollup as CustomFunction,
  "PLAN.ROLLUPIF": rollupIf as CustomFunction,
  "PLAN.STATUS": status as CustomFunction,
  "PLAN.UNITSTATUS": unitStatus as CustomFunction,
  "PLAN.EXPECTED": expected as CustomFunction,
  "PLAN.DEADLINE": deadline as CustomFunction,
};

/** A formula's result: a value, an error code (`#N/A`), or null when it cannot be calculated here. */
export type Calculated = { value: CellValue } | { error: string } | null;

export interface SheetCalculation {
  /** The result of the formula in a cell (0-based row and column). */
  result(row: number, col: number): Calculated;
  /** Whether a conditional format's rule holds for a cell of its range; null when it cannot be told. */
  holds(format: ConditionalFormatModel, row: number, col: number): boolean | null;
}

export function calculateSheet(sheet: SheetModel): SheetCalculation {
  const book = new Sheet([], PLAN_FUNCTIONS);
  sheet.rows.forEach((row, r) =>
    row?.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== "") book.setValue(cellAddress(r, c), v);
    }),
  );
  for (const [key, formula] of sheet.formulas) book.setFormula(cellAddress(keyRow(key), keyCol(key)), formula);
  const results = new Map<number, Calculated>();

  return {
    result(row, col) {
      const key = cellKey(row, col);
      if (!sheet.formulas.has(key)) return null;
      if (!results.has(key)) results.set(key, attempt(() => book.value(cellAddress(row, col))));
      return results.get(key)!;
    },
    holds(format, row, col) {
      const first = format.areas[0];
      if (!format.formula || !first) return null;
      const r = attempt(() => book.evaluate(format.formula!.replace(/^=/, ""), { rows: row - first.top, cols: col - first.left }));
      if (r === null || "error" in r) return r === null ? null : false;
      return r.value === true || (typeof r.value === "number" && r.value !== 0);
    },
  };
}

function attempt(run: () => Scalar): Calculated {
  try {
    const v = run();
    return isError(v) ? { error: v.error } : { value: v };
  } catch {
    // Not readable here (an unknown function, another sheet, a cycle): no result, never a guess.
    return null;
  }
}
