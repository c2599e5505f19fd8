import type { SheetGrid } from "./grid";
import type { Role } from "./roles";
import type { PlanTable } from "./plan";
import type { Finding } from "./finding";
import { detectPlanTables } from "./detect";
import { planPeriodFromTexts, type PlanPeriod } from "./deadline";
import { buildRegistry, commonBodies, registryFromGlossary, type Registry, type RegistryEntry } from "./executors";
import { checkTable } from "./rules";

/**
 * The engine's front door: a sheet in, its plan tables and their findings out.
 * Adapters (command line, Excel, custom functions) call this and the report model only.
 */

export interface CheckOptions {
  /** Plan period given by the user; otherwise taken from the title above each table. */
  period?: PlanPeriod | null;
  /** "Today" for deadline rules (ISO date); null leaves time-relative checks out. */
  today?: string | null;
  /** Roles the user corrected, by column letter. */
  roles?: Record<string, Role>;
  /** Registry entries from outside the sheet (a registry sheet, the workbook's metadata). */
  registry?: RegistryEntry[];
}

export interface TableCheck {
  table: PlanTable;
  findings: Finding[];
  period: PlanPeriod | null;
  registry: Registry;
}

/** Common bodies are the same for every sheet: build their entries once. */
let common: RegistryEntry[] | null = null;

/**
 * Registries by their content. Re-checking a sheet, or checking a folder of plans that define no
 * abbreviations of their own, gets the same registry object back, and with it everything already
 * resolved against it. Bounded: a long session of different workbooks starts over.
 */
const registries = new Map<string, Registry>();
const MAX_REGISTRIES = 32;

function registryFor(glossary: RegistryEntry[], extra: RegistryEntry[]): Registry {
  const key = JSON.stringify([glossary, extra]);
  let registry = registries.get(key);
  if (!registry) {
    if (registries.size >= MAX_REGISTRIES) registries.clear();
    common ??= commonBodies();
    registry = buildRegistry(glossary, extra, common);
    registries.set(key, registry);
  }
  return registry;
}

export function checkSheet(grid: SheetGrid, options: CheckOptions = {}): TableCheck[] {
  return detectPlanTables(grid, { roles: options.roles }).map((table) => {
    const preamble = table.preamble.map((p) => p.text);
    const period = options.period ?? planPeriodFromTexts(preamble);
    // The workbook's own glossary comes first: it defines what an abbreviation means in this plan.
    const registry = registryFor(registryFromGlossary(preamble), options.registry ?? []);
    const findings = checkTable(table, { period, registry, today: options.today ?? null });
    return { table, findings, period, registry };
  });
}
