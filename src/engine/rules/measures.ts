import type { PlanTable } from "../plan";
import { tableUnits } from "../row-meaning";
import { hasQuantity, parseUnits, rateBase, type Target, type Unit } from "../units";
import { isFilled } from "./cells";
import { tableFacts } from "./facts";
import { memoize, oncePerTable } from "../memo";

/**
 * Each row's indicator as the rules weigh it: its unit and target (the table's one reading of
 * them, src/engine/row-meaning.ts), whether a unit cell names no unit at all, and whether the
 * indicator can be measured. Filler cells (`-`, `—`) count as empty here.
 */
export interface RowMeasure {
  /** The unit that applies: the unit cell's, or the one the indicator's wording names. */
  unit: Unit | null;
  /** The unit cell holds text but names no unit at all. */
  unknownUnit: boolean;
  /** The indicator can be measured: it has a unit or its wording names a quantity. */
  measurable: boolean;
  /** The target cell read against the unit; null when the cell is empty. */
  target: Target | null;
}

export interface TableMeasures {
  indicatorKey: string | null;
  unitKey: string | null;
  targetKey: string | null;
  /** Per row; null when the row has no indicator, unit or target, or is not checked (a shifted row). */
  rows: (RowMeasure | null)[];
}

export const tableMeasures: (table: PlanTable) => TableMeasures = oncePerTable(readMeasures);

function keyOf(table: PlanTable, role: string): string | null {
  return table.columns.find((c) => c.role === role)?.key ?? null;
}

function readMeasures(table: PlanTable): TableMeasures {
  const indicatorKey = keyOf(table, "indicator");
  const unitKey = keyOf(table, "unit");
  const targetKey = keyOf(table, "target");
  const { checkable } = tableFacts(table);
  const units = tableUnits(table);
  const namesUnits = memoize((text) => parseUnits(text).length > 0);
  const quantityIn = memoize(hasQuantity);
  const rateOf = memoize(rateBase);
  // Units and targets are read once per text, so rows that say the same share one reading: one
  // object for each, kept as long as the table, not one per row of a large plan.
  const readings = new Map<Unit | null, Map<Target | null, (RowMeasure | undefined)[]>>();
  const shared = (unit: Unit | null, unknownUnit: boolean, measurable: boolean, target: Target | null): RowMeasure => {
    let byTarget = readings.get(unit);
    if (byTarget === undefined) {
      byTarget = new Map();
      readings.set(unit, byTarget);
    }
    let byFlags = byTarget.get(target);
    if (byFlags === undefined) {
      byFlags = [undefined, undefined, undefined, undefined];
      byTarget.set(target, byFlags);
    }
    const at = (unknownUnit ? 2 : 0) + (measurable ? 1 : 0);
    let measure = byFlags[at];
    if (measure === undefined) {
      measure = { unit, unknownUnit, measurable, target };
      byFlags[at] = measure;
    }
    return measure;
  };
  const rows = table.rows.map((row, i): RowMeasure | null => {
    if (!checkable[i]) return null;
    const indicator = indicatorKey ? row.cells[indicatorKey] : undefined;
    const unitText = unitKey ? row.cells[unitKey] : undefined;
    const targetText = targetKey ? row.cells[targetKey] : undefined;
    const hasIndicator = isFilled(indicator);
    const hasUnitCell = isFilled(unitText);
    const hasTarget = isFilled(targetText);
    if (!hasIndicator && !hasUnitCell && !hasTarget) return null;

    // The unit cell's unit, else the wording's: filler names none, so this is the row's one unit.
    // A count whose indicator is counted per so many (`Liczba` beside `… na 10 tys. ludności`) is a rate.
    const read: Unit | null = units.unit(i);
    const base = read?.kind === "count" && read.per === undefined && hasIndicator ? rateOf(indicator!) : null;
    const unit: Unit | null = base ? { ...read!, per: base.text } : read;
    const unknownUnit = hasUnitCell && units.unitCell(i) === null && !namesUnits(unitText!);
    // hasQuantity reads the wording's unit again: ask it only when no unit was found.
    const measurable = unit !== null || (hasUnitCell && !unknownUnit) || (hasIndicator && quantityIn(indicator!));
    const target: Target | null = hasTarget ? units.target(i) : null;
    // A rate's unit is made for its row: nothing to share.
    return base ? { unit, unknownUnit, measurable, target } : shared(unit, unknownUnit, measurable, target);
  });
  return { indicatorKey, unitKey, targetKey, rows };
}
