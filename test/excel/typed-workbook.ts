import { detectPlanTables } from "../../src/engine/plan-tables";
import type { Role } from "../../src/engine/roles";
import { applyTypedTable } from "../../src/excel/apply-typed-table";
import type { ExcelCheck } from "../../src/excel/check";
import { readSnapshot } from "../../src/excel/read-snapshot";
import type { MemoryExcel } from "../../src/memory-host";

/**
 * Makes the active sheet's plan table typed with the roles PlanCheck detects, then adds an
 * executor to the registry sheet below its list, as a user would.
 */
export async function typeWithRegistryEntry(excel: MemoryExcel, key: string, full: string): Promise<void> {
  const grid = await excel.Excel.run((context) => readSnapshot(context));
  const roles: Record<string, Role> = Object.fromEntries(detectPlanTables(grid)[0].columns.map((c) => [c.column, c.role]));
  const applied = await excel.Excel.run((context) => applyTypedTable(context, { roles, period: null, lang: "bg" }));
  const executors = excel.workbookState.values(applied.registrySheet).map((row) => row[0]);
  let last = executors.length - 1;
  while (last > 0 && executors[last] === null) last--;
  const row = last + 2;
  await excel.Excel.run(async (context) => {
    context.workbook.worksheets.getItem(applied.registrySheet).getRange(`A${row}:B${row}`).values = [[key, full]];
    await context.sync();
  });
}

/** Bodies the check did not know, as written in the plan. */
export function unknownBodies(check: ExcelCheck): string[] {
  return [...new Set(check.report.findings.filter((f) => f.code === "responsible.unknown").map((f) => String(f.params.body)))];
}
