import type { CheckOptions } from "../engine/check";
import type { RegistryEntry } from "../engine/executors";
import type { SheetGrid } from "../engine/grid";
import { readRegistryValues, registryEntries } from "../excel/registry-content";
import type { WorkbookSnapshot } from "./read-workbook";
import { ownedSheetNames } from "./workbook-record";

/**
 * The sheets of a workbook file to check as plans, each with its check options, read the way the
 * add-in reads the workbook: sheets PlanCheck made are left out, a typed table's recorded roles
 * and period apply to its sheet, and the registry sheet's executors join the registry.
 */

export interface PlanSheet {
  grid: SheetGrid;
  options: CheckOptions;
}

/** What the user gave on the command line wins over the record: `--period` over the recorded period. */
export function planSheets(workbook: WorkbookSnapshot, options: CheckOptions = {}): PlanSheet[] {
  const owned = ownedSheetNames(workbook.metadata, workbook.reportSheet);
  const registry = [...(options.registry ?? []), ...registrySheetEntries(workbook)];
  return workbook.sheets
    .filter((grid) => !owned.has(grid.sheet))
    .map((grid) => {
      const typed = workbook.metadata?.tables.find((t) => t.sheet === grid.sheet) ?? null;
      return {
        grid,
        options: {
          ...options,
          roles: options.roles ?? typed?.roles,
          period: options.period ?? typed?.period ?? null,
          ...(registry.length > 0 ? { registry } : {}),
        },
      };
    });
}

/** Executors listed on the sheets the record names as PlanCheck's registry. */
function registrySheetEntries(workbook: WorkbookSnapshot): RegistryEntry[] {
  const names = new Set((workbook.metadata?.sheets ?? []).filter((s) => s.kind === "registry").map((s) => s.name));
  return workbook.sheets.filter((g) => names.has(g.sheet)).flatMap((g) => registryEntries(readRegistryValues(g.values)));
}
