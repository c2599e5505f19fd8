/**
 * How PlanCheck's cell marks are told apart from the user's own conditional formats: a custom
 * rule whose formula names PlanCheck. The formula is always true, so a mark shows on every cell
 * it covers; deleting the rule restores exactly what the cell looked like before.
 */
export const MARK_FORMULA = '=ISTEXT("PlanCheck")';

export function isMarkFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && formula.replace(/\s/g, "").toUpperCase() === MARK_FORMULA.toUpperCase();
}

/** Fills of the marks by severity: Excel's own light red, yellow and blue. */
export const MARK_FILLS = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" } as const;
