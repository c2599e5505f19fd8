import type { CheckOptions } from "../engine/check";
import type { SheetGrid } from "../engine/grid";
import { checkOptionsFromRecord } from "../workbook/options-from-record";
import { readRegistryValues, type RegistryContent } from "../workbook/registry";
import type { WorkbookSnapshot } from "./read-workbook";
import { ownedSheetNames } from "./workbook-record";

/**
 * The sheets of a workbook file to check as plans, each with its check options, read the way the
 * add-in reads the workbook: sheets PlanCheck made are left out, and a typed table's record and
 * the registry sheet become each sheet's options (src/workbook/options-from-record.ts).
 */

export interface PlanSheet {
  grid: SheetGrid;
  options: CheckOptions;
}

/** What the user gave on the command line (`--period`) wins over the record, by the workbook contract's rule. */
export function planSheets(workbook: WorkbookSnapshot, options: CheckOptions = {}): PlanSheet[] {
  const owned = ownedSheetNames(workbook.metadata, workbook.reportSheet);
  const registrySheets = registrySheetContents(workbook);
  return workbook.sheets
    .filter((grid) => !owned.has(grid.sheet))
    .map((grid) => {
      // A file has no Office.js ids: a typed table is its sheet's by name.
      const recorded = workbook.metadata?.tables.find((t) => t.sheet === grid.sheet) ?? null;
      return { grid, options: checkOptionsFromRecord(recorded, registrySheets, options) };
    });
}

/** The sheets the record names as PlanCheck's registry, read. */
function registrySheetContents(workbook: WorkbookSnapshot): RegistryContent[] {
  const names = new Set((workbook.metadata?.sheets ?? []).filter((s) => s.kind === "registry").map((s) => s.name));
  return workbook.sheets.filter((g) => names.has(g.sheet)).map((g) => readRegistryValues(g.values));
}
