import { cellAddress, type SheetGrid } from "./grid";
import type { Role } from "./roles";
import type { PlanTable } from "./plan";
import type { Finding } from "./finding";
import { detectPlanTables } from "./plan-tables";
import { planPeriodOfTable, type PlanPeriod } from "./deadline";
import { abbreviationsSpelledOut, buildRegistry, commonBodies, definitionsInCells, glossaryFromSheet, registryFromGlossary, type Registry, type RegistryEntry } from "./executors";
import { checkTable } from "./rules";
import { periodOrigin } from "./rules/period-origin";
import { rowMeanings, type RowMeanings } from "./row-meaning";

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
  /**
   * The table's range as the user selected it (`B4:G60`): the plan table is read there and
   * nowhere else, its first row the header when it reads as one.
   */
  range?: string;
  /** Registry entries from outside the sheet (a registry sheet, the workbook's metadata). */
  registry?: RegistryEntry[];
}

export interface TableCheck {
  table: PlanTable;
  findings: Finding[];
  period: PlanPeriod | null;
  registry: Registry;
  /** What each row's cells mean (deadline, bodies, unit, target), read once for the rules and every host. */
  meanings: RowMeanings;
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
  // A table under another on the sheet that names no period of its own is part of the same plan.
  let above: PlanPeriod | null = null;
  return detectPlanTables(grid, { roles: options.roles, range: options.range }).map((table) => {
    const preamble = table.preamble.map((p) => p.text);
    const period = options.period ?? planPeriodOfTable(table, above);
    above = period;
    // The workbook's own glossary comes first: it defines what an abbreviation means in this plan,
    // in the lines above the table or in brackets where a cell first names a body (`(далі – …)`),
    // or by spelling out a body whose initials it uses (`Ученически парламент` for `УП`).
    const defined = [...definitionsInCells(table.rows), ...abbreviationsSpelledOut(table)];
    const registry = registryFor([...registryFromGlossary(preamble), ...defined], options.registry ?? []);
    const origin = () => periodOrigin(grid, table, period, !!options.period);
    const findings = checkTable(table, { period, registry, today: options.today ?? null, periodOrigin: origin });
    return { table, findings, period, registry, meanings: rowMeanings(table, { period, registry }) };
  });
}

/** One sheet of a workbook to check, with its own options (recorded roles and range, period). */
export interface SheetToCheck {
  grid: SheetGrid;
  options?: CheckOptions;
}

/** A workbook's outcome: its checked tables, and findings about the workbook as a whole. */
export interface WorkbookCheck {
  tables: TableCheck[];
  /** `table.not-found` when no sheet holds a plan table: nothing was checked, so nothing is ready. */
  findings: Finding[];
}

/** How one sheet is checked: checkSheet, or a host's way round it (a record's roles refused, read again without). */
export type SheetCheck = (grid: SheetGrid, options: CheckOptions) => TableCheck[];

/**
 * Checks every sheet of a workbook. A workbook in which no plan table is found (an empty one
 * included) gets one error, `table.not-found`, at the first non-empty cell of its first visible
 * sheet: a plan that was not read must never pass as ready.
 */
export function checkWorkbook(sheets: SheetToCheck[], options: CheckOptions = {}, check: SheetCheck = checkSheet): WorkbookCheck {
  const glossaries = glossarySheets(sheets);
  const tables = sheets.flatMap((s, i) => {
    const own = { ...options, ...s.options };
    const others = glossaries.flatMap((g, j) => (j === i ? [] : g));
    return check(s.grid, others.length === 0 ? own : { ...own, registry: [...(own.registry ?? []), ...others] });
  });
  return { tables, findings: tables.length > 0 ? [] : [tableNotFound(sheets.map((s) => s.grid))] };
}

/**
 * A glossary is a short list: a sheet longer than this is a plan or a register, never read as one.
 * It also keeps a large plan's own rows from being scanned for pairs they cannot make.
 */
const GLOSSARY_SHEET_MAX_ROWS = 500;

/**
 * Abbreviations a workbook explains on a sheet of their own (`Скорочення`, `Skróty`,
 * `Abbreviations`: a short form beside its long form on most rows), per sheet. They are the plan's
 * own on every other sheet, as a glossary above the table is: not unknown bodies there.
 */
function glossarySheets(sheets: SheetToCheck[]): RegistryEntry[][] {
  if (sheets.length < 2) return [];
  return sheets.map((s) => (s.grid.values.length <= GLOSSARY_SHEET_MAX_ROWS ? glossaryFromSheet(textRows(s.grid)) : []));
}

function textRows(grid: SheetGrid): string[][] {
  return grid.values.map((row) => (row ?? []).map((v) => (v === null || v === undefined ? "" : String(v))));
}

/** The `table.not-found` finding for sheets that hold no plan table. */
export function tableNotFound(grids: SheetGrid[]): Finding {
  const visible = grids.filter((g) => (g.visibility ?? "visible") === "visible");
  const grid = visible[0] ?? grids[0];
  return {
    code: "table.not-found",
    severity: "error",
    sheet: grid ? grid.sheet : "",
    cell: grid ? firstFilledCell(grid) : "A1",
    role: null,
    value: "",
    params: { sheets: grids.length },
    fix: { key: "fix.table.not-found", params: {} },
  };
}

function firstFilledCell(grid: SheetGrid): string {
  for (let r = 0; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v !== null && v !== undefined && String(v).trim() !== "") return cellAddress(grid.origin.row + r, grid.origin.col + c);
    }
  }
  return cellAddress(grid.origin.row, grid.origin.col);
}
