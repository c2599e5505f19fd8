import * as path from "path";
import { detectPlanTables } from "../../src/engine/plan-tables";
import { gridFromRows, type SheetGrid } from "../../src/engine/grid";
import type { Role } from "../../src/engine/roles";
import { LANGS } from "../../src/i18n";
import { applyTypedTable } from "../../src/excel/apply-typed-table";
import { checkInExcel } from "../../src/excel/check";
import { readMetadata } from "../../src/excel/metadata";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { createMemoryExcel, type MemoryExcel } from "../../src/memory-host";
import { cellKey } from "../../src/memory-host/state";
import { memoryExcelFromFile } from "../memory-host/from-file";

const FIXTURES = path.join(__dirname, "..", "fixtures");

/** A scorecard-like plan with a unit column and a column of levels. */
const scorecard = (): SheetGrid =>
  gridFromRows("BSC", [
    ["Цел", "Индикатор", "Мерна единица", "Целева стойност", "Срок", "Отговорник"],
    ["Превенция", "Обхванати деца", "брой", "Висока", "м. май 2019 г.", "РУО"],
    ["Подкрепа", "Обучени учители", "%", "Средна", "постоянен", "МОН, РУО"],
  ]);

async function rolesOf(excel: MemoryExcel, sheet?: string): Promise<Record<string, Role>> {
  const grid = await excel.Excel.run((context) => readSnapshot(context, sheet));
  return Object.fromEntries(detectPlanTables(grid)[0].columns.map((c) => [c.column, c.role]));
}

function validationAt(excel: MemoryExcel, sheet: string, a1Row: number, col: number) {
  return excel.workbookState.sheet(sheet).validation.get(cellKey(a1Row, col));
}

describe("making a plan table typed", () => {
  it("adds list validation from the registry for the unit and level columns and input messages on deadline and responsible", async () => {
    const excel = createMemoryExcel({ sheets: [scorecard()] });
    const roles = await rolesOf(excel);
    expect(roles).toMatchObject({ C: "unit", E: "deadline", F: "responsible" });
    const result = await excel.Excel.run((context) => applyTypedTable(context, { roles, period: null, lang: "bg" }));

    expect(result.validated).toEqual([
      { column: "C", kind: "unit-list" },
      { column: "D", kind: "level-list" },
      { column: "E", kind: "deadline" },
      { column: "F", kind: "responsible" },
    ]);
    expect(validationAt(excel, "BSC", 1, 2)?.rule).toEqual({ list: { source: '=INDIRECT("PlanCheckUnits[#Data]")', inCellDropDown: true } });
    expect(validationAt(excel, "BSC", 2, 3)?.rule).toEqual({ list: { source: '=INDIRECT("PlanCheckLevels[#Data]")', inCellDropDown: true } });
    expect(validationAt(excel, "BSC", 1, 2)?.errorAlert.style).toBe("Warning");
    expect(validationAt(excel, "BSC", 1, 4)?.prompt).toMatchObject({ showPrompt: true, title: "Срок" });
    expect(validationAt(excel, "BSC", 2, 5)?.prompt.message).toMatch(/регистъра на PlanCheck/);
    // Validation covers the data rows, not the header.
    expect(validationAt(excel, "BSC", 0, 2)).toBeUndefined();
    expect(excel.workbookState.sheet("BSC").frozen).toEqual({ rows: 1, cols: 0 });
    expect(result.frozenRows).toBe(1);
  });

  it("writes a registry sheet whose tables feed the lists", async () => {
    const excel = createMemoryExcel({ sheets: [scorecard()] });
    const roles = await rolesOf(excel);
    const result = await excel.Excel.run((context) => applyTypedTable(context, { roles, period: null, lang: "bg" }));
    expect(result.registrySheet).toBe("Регистър PlanCheck");
    const values = excel.workbookState.values("Регистър PlanCheck");
    expect(values[0]).toEqual(["Изпълнител", "Пълно наименование", null, "Мерна единица", null, "Ниво"]);
    const column = (c: number) => values.slice(1).map((r) => r[c]).filter((v) => v !== null);
    expect(column(0)).toContain("РУО");
    expect(column(3).slice(0, 2)).toEqual(["брой", "%"]);
    expect(column(5)).toEqual(["Висока", "Средна"]);
    const tables = excel.workbookState.model.tables.map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(["PlanCheckPlan", "PlanCheckExecutors", "PlanCheckUnits", "PlanCheckLevels"]));
  });

  it("seeds executors with full names from the workbook's own glossary", async () => {
    const excel = await memoryExcelFromFile(path.join(FIXTURES, "bg-kyustendil-2019.xlsx"));
    const roles = await rolesOf(excel);
    await excel.Excel.run((context) => applyTypedTable(context, { roles, period: null, allowUnmerge: true, lang: "bg" }));
    const rows = excel.workbookState.values("Регистър PlanCheck").slice(1);
    expect(rows).toEqual(expect.arrayContaining([expect.arrayContaining(["РУО", "Регионално управление на образованието"])]));
  });

  it("keeps rows the user added to the registry when the table is typed again", async () => {
    const excel = createMemoryExcel({ sheets: [scorecard()] });
    const roles = await rolesOf(excel);
    await excel.Excel.run((context) => applyTypedTable(context, { roles, period: null, lang: "bg" }));
    await excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Регистър PlanCheck").getRange("D10").values = [["часа"]];
      await context.sync();
    });
    await excel.Excel.run((context) => applyTypedTable(context, { roles, period: null, lang: "bg" }));
    const units = excel.workbookState.values("Регистър PlanCheck").slice(1).map((r) => r[3]);
    expect(units).toContain("часа");
    expect(excel.workbookState.model.sheets.map((s) => s.name)).toEqual(["BSC", "Регистър PlanCheck"]);
    expect(excel.workbookState.model.tables.filter((t) => t.name.startsWith("PlanCheckPlan"))).toHaveLength(1);
  });

  it("leaves validation the user set up on a column alone", async () => {
    const excel = createMemoryExcel({ sheets: [scorecard()] });
    await excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("BSC").getRange("E2:E3").dataValidation.rule = { textLength: { operator: "LessThan", formula1: 40 } };
      await context.sync();
    });
    const roles = await rolesOf(excel);
    const result = await excel.Excel.run((context) => applyTypedTable(context, { roles, period: null, lang: "bg" }));
    expect(result.kept).toEqual(["E"]);
    expect(validationAt(excel, "BSC", 1, 4)?.type).toBe("TextLength");
  });

  it("stores roles and period where the next check and the command line find them", async () => {
    const excel = createMemoryExcel({ sheets: [scorecard()] });
    const roles = { ...(await rolesOf(excel)), B: "indicator" as Role };
    const period = { start: "2019-01-01", end: "2019-12-31", label: "2019" };
    await excel.Excel.run((context) => applyTypedTable(context, { roles, period, lang: "bg" }));
    const stored = await excel.Excel.run((context) => readMetadata(context));
    expect(stored.metadata.tables).toHaveLength(1);
    expect(stored.metadata.tables[0]).toMatchObject({ sheet: "BSC", table: "PlanCheckPlan", range: "A1:F3", period });
    expect(stored.metadata.tables[0].roles).toMatchObject({ B: "indicator", C: "unit" });
    const registry = stored.metadata.sheets.find((s) => s.kind === "registry");
    expect(registry?.id).toBe(excel.workbookState.sheet("Регистър PlanCheck").id);

    const check = await excel.Excel.run((context) => checkInExcel(context, { lang: "bg", mark: false }));
    expect(check.checks[0].period).toEqual(period);
  });

  it("adds a date rule within the plan period where the deadline column holds dates", async () => {
    const excel = createMemoryExcel({ sheets: [scorecard()] });
    await excel.Excel.run(async (context) => {
      const deadlines = context.workbook.worksheets.getItem("BSC").getRange("E2:E3");
      deadlines.values = [[43617], [43709]];
      deadlines.numberFormat = [["dd.mm.yyyy"], ["dd.mm.yyyy"]];
      await context.sync();
    });
    const roles = await rolesOf(excel);
    const period = { start: "2019-01-01", end: "2019-12-31", label: "2019" };
    await excel.Excel.run((context) => applyTypedTable(context, { roles, period, lang: "en" }));
    const v = validationAt(excel, "BSC", 1, 4);
    expect(v?.rule).toEqual({ date: { operator: "Between", formula1: "2019-01-01", formula2: "2019-12-31" } });
    expect(v?.errorAlert).toMatchObject({ style: "Warning", message: "This date is outside the plan period (2019)." });
  });

  it.each(LANGS)("writes input messages and alerts within Excel's limits in %s", async (lang) => {
    const excel = createMemoryExcel({ sheets: [scorecard()] });
    const roles = await rolesOf(excel);
    const result = await excel.Excel.run((context) => applyTypedTable(context, { roles, period: null, lang }));
    expect(result.validated).toHaveLength(4);
  });
});
