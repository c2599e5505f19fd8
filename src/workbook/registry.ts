import { registryFromRows, type RegistryEntry } from "../engine/executors";
import { cellText, type CellValue } from "../engine/grid";

/**
 * The registry sheet's format, the same in Excel and in a file: from row 1, executors in A:B (key,
 * full name), units in D, levels in F, each under a header in the user's language. Rows the user
 * adds are read like the ones PlanCheck wrote.
 */

export interface RegistryContent {
  executors: { key: string; full: string }[];
  units: string[];
  levels: string[];
}

/** Layout of the sheet: executors in A:B, units in D, levels in F, each under a header in row 1. */
export const REGISTRY_COLUMNS = { executor: 0, fullName: 1, unit: 3, level: 5 } as const;

/** Reads the registry sheet's values (from A1) back into its lists. */
export function readRegistryValues(values: CellValue[][]): RegistryContent {
  const rows = values.slice(1);
  const col = (c: number) => rows.map((r) => cellText(r[c])).filter((t) => t !== "");
  return {
    executors: rows
      .map((r) => ({ key: cellText(r[REGISTRY_COLUMNS.executor]), full: cellText(r[REGISTRY_COLUMNS.fullName]) }))
      .filter((e) => e.key !== ""),
    units: col(REGISTRY_COLUMNS.unit),
    levels: col(REGISTRY_COLUMNS.level),
  };
}

/** The registry sheet's executor rows as engine registry entries. */
export function registryEntries(content: RegistryContent): RegistryEntry[] {
  return registryFromRows(content.executors.map((e) => [e.key, e.full]));
}
