import { columnLetter, type CellValue } from "../engine/grid";
import type { Translator } from "../i18n";
import { asText } from "./cell-text";
import { ownedSheet, type SheetInfo, type WorkbookMetadata } from "../workbook/record";
import { readRegistryValues, REGISTRY_COLUMNS, type RegistryContent } from "../workbook/registry";

/** Names of the registry sheet's three Excel tables, made unique in the workbook. */
export interface RegistryTables {
  executors: string;
  units: string;
  levels: string;
}

const BASE_NAMES: RegistryTables = { executors: "PlanCheckExecutors", units: "PlanCheckUnits", levels: "PlanCheckLevels" };

/** A table name not yet used in the workbook (table names are unique across it). */
export function uniqueTableName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}${n}`;
  taken.add(name.toLowerCase());
  return name;
}

export function registryTableNames(taken: Set<string>): RegistryTables {
  return {
    executors: uniqueTableName(BASE_NAMES.executors, taken),
    units: uniqueTableName(BASE_NAMES.units, taken),
    levels: uniqueTableName(BASE_NAMES.levels, taken),
  };
}

/**
 * A list validation source that follows the registry table as the user adds rows to it: the
 * table's data body through INDIRECT, which Excel accepts as a list source.
 */
export function listSource(table: string): string {
  return `=INDIRECT("${table}[#Data]")`;
}

/** The registry sheet's cells from A1: headers, then the three lists side by side. */
export function registryValues(content: RegistryContent, t: Translator): (string | number | boolean)[][] {
  const rows = Math.max(content.executors.length, content.units.length, content.levels.length, 1) + 1;
  const width = REGISTRY_COLUMNS.level + 1;
  const out: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(width).fill(""));
  out[0][REGISTRY_COLUMNS.executor] = t.t("excel.registry.col.executor");
  out[0][REGISTRY_COLUMNS.fullName] = t.t("excel.registry.col.full-name");
  out[0][REGISTRY_COLUMNS.unit] = t.t("excel.registry.col.unit");
  out[0][REGISTRY_COLUMNS.level] = t.t("excel.registry.col.level");
  content.executors.forEach((e, i) => {
    out[i + 1][REGISTRY_COLUMNS.executor] = e.key;
    out[i + 1][REGISTRY_COLUMNS.fullName] = e.full;
  });
  content.units.forEach((u, i) => (out[i + 1][REGISTRY_COLUMNS.unit] = u));
  content.levels.forEach((l, i) => (out[i + 1][REGISTRY_COLUMNS.level] = l));
  return out.map((row) => row.map((v) => (typeof v === "string" ? asText(v) : (v ?? ""))));
}

/** Queues the registry sheet: a new sheet with its values, then its three tables. */
export function queueRegistrySheet(
  context: Excel.RequestContext,
  name: string,
  content: RegistryContent,
  tables: RegistryTables,
  t: Translator,
): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(name);
  const values = registryValues(content, t);
  sheet.getRangeByIndexes(0, 0, values.length, values[0].length).values = values;
  const last = (n: number) => Math.max(n, 1) + 1;
  const col = (c: number) => columnLetter(c);
  sheet.tables.add(`${col(REGISTRY_COLUMNS.executor)}1:${col(REGISTRY_COLUMNS.fullName)}${last(content.executors.length)}`, true).name = tables.executors;
  sheet.tables.add(`${col(REGISTRY_COLUMNS.unit)}1:${col(REGISTRY_COLUMNS.unit)}${last(content.units.length)}`, true).name = tables.units;
  sheet.tables.add(`${col(REGISTRY_COLUMNS.level)}1:${col(REGISTRY_COLUMNS.level)}${last(content.levels.length)}`, true).name = tables.levels;
  sheet.getRangeByIndexes(0, 0, values.length, values[0].length).format.autofitColumns();
  return sheet;
}

/**
 * Queues the read of the registry sheet's values, found through the record (never by name alone);
 * null when the record names none or it is gone. The lists are there once the next sync has run.
 */
export function queueRegistryRead(
  context: Excel.RequestContext,
  metadata: WorkbookMetadata,
  sheets: SheetInfo[],
): (() => RegistryContent | null) | null {
  const record = metadata.sheets.find((s) => s.kind === "registry");
  const info = record ? ownedSheet(record, sheets) : null;
  if (!info) return null;
  const used = context.workbook.worksheets.getItem(info.id).getUsedRangeOrNullObject(true).load("values");
  return () => (used.isNullObject ? null : readRegistryValues(used.values));
}
