import * as path from "path";
import { detectPlanTables } from "../../src/engine/plan-tables";
import { parseCellAddress, type SheetGrid } from "../../src/engine/grid";
import { applyTypedTable } from "../../src/excel/apply-typed-table";
import { checkInExcel, selectFinding, writeReportSheet } from "../../src/excel/check";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { removePlanCheck } from "../../src/excel/remove";
import { boxOfMerge, sheetValues } from "../../src/memory-host/state";
import type { MemoryExcel } from "../../src/memory-host";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { memoryExcelFromFile } from "../memory-host/from-file";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const PLANS = ["bg-kyustendil-2019.xlsx", "bg-scorecard.xlsx", "pl-bochnia-2018.xlsx", "ru-volodarsk-2020.xlsx"];

/** Values from A1 to the last used cell, as the user sees them. */
function visible(grid: SheetGrid): SheetGrid["values"] {
  let rows = 0;
  let cols = 0;
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== "") {
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
    }),
  );
  return grid.values.slice(0, rows).map((row) => Array.from({ length: cols }, (_, c) => row[c] ?? null));
}

function everythingPlanCheckAdds(excel: MemoryExcel) {
  const m = excel.workbookState.model;
  return {
    sheets: m.sheets.map((s) => s.name),
    tables: m.tables.length,
    parts: m.customXmlParts.length,
    validation: m.sheets.reduce((n, s) => n + s.validation.size, 0),
    marks: m.sheets.reduce((n, s) => n + s.conditionalFormats.length, 0),
  };
}

describe.each(PLANS)("PlanCheck on %s inside Excel", (file) => {
  it("detects, applies, checks, reports and removes, leaving every value as it was", async () => {
    const original = await readWorkbook(path.join(FIXTURES, file));
    const excel = await memoryExcelFromFile(path.join(FIXTURES, file));
    const sheetName = original.sheets[0].sheet;

    const grid = await excel.Excel.run((context) => readSnapshot(context, sheetName));
    const [table] = detectPlanTables(grid);
    const roles = Object.fromEntries(table.columns.map((c) => [c.column, c.role]));

    const applied = await excel.Excel.run((context) =>
      applyTypedTable(context, { sheet: sheetName, roles, period: null, allowUnmerge: true, lang: "bg" }),
    );
    expect(excel.workbookState.model.tables.map((t) => t.name)).toContain(applied.table);
    expect(excel.workbookState.model.customXmlParts).toHaveLength(1);

    const check = await excel.Excel.run((context) => checkInExcel(context, { sheet: sheetName, lang: "bg", today: "2019-06-01" }));
    expect(check.report.summary.tables).toBeGreaterThan(0);
    const markedCells = new Set(check.report.findings.filter((f) => f.sheet === sheetName).map((f) => f.cell));
    // Every cell with a finding is marked, each once, in the colour of its worst finding.
    expect(check.marked).toBe(markedCells.size);
    for (const f of check.report.findings.filter((x) => x.severity === "error" && x.sheet === sheetName)) {
      const { row, col } = parseCellAddress(f.cell)!;
      expect(excel.workbookState.fill(sheetName, row, col)).toBe("#FFC7CE");
    }

    const written = await excel.Excel.run((context) => writeReportSheet(context, check.report, { lang: "bg" }));
    expect(written.sheet).toBe("Доклад PlanCheck");
    expect(written.findings).toBe(check.report.findings.length);

    if (check.report.findings.length > 0) {
      const first = check.report.findings[0];
      await excel.Excel.run((context) => selectFinding(context, first));
      expect(excel.workbookState.selection()).toEqual({ sheet: first.sheet, address: first.cell });
    }

    await excel.Excel.run((context) => removePlanCheck(context, { lang: "bg" }));
    const sheet = excel.workbookState.sheet(sheetName);
    expect(sheetValues(sheet)).toEqual(visible(original.sheets[0]));
    expect(sheet.merges).toEqual(expect.arrayContaining(original.sheets[0].merges.map(boxOfMerge)));
    expect(sheet.merges).toHaveLength(original.sheets[0].merges.length);
    expect(sheet.frozen).toEqual({ rows: 0, cols: 0 });
    expect(everythingPlanCheckAdds(excel)).toEqual({ sheets: original.sheets.map((s) => s.sheet), tables: 0, parts: 0, validation: 0, marks: 0 });
  });
});
