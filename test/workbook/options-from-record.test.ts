import JSZip from "jszip";
import { checkSheet } from "../../src/engine/check";
import { detectPlanTables } from "../../src/engine/plan-tables";
import { gridFromRows } from "../../src/engine/grid";
import type { Role } from "../../src/engine/roles";
import { applyTypedTable } from "../../src/excel/apply-typed-table";
import { checkInExcel } from "../../src/excel/check";
import { METADATA_NAMESPACE } from "../../src/workbook/record";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { createMemoryExcel } from "../../src/memory-host";
import { checkOptionsFromRecord, readWithRecordedRoles, type RecordedTable } from "../../src/workbook/options-from-record";
import type { RegistryContent } from "../../src/workbook/registry";
import { planSheets } from "../../src/xlsx/plan-sheets";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { writeRecordPart } from "../../src/xlsx/record-part";
import { PLAN, tempFile, workbookBytes } from "../xlsx/record-workbooks";

const Y2019 = { start: "2019-01-01", end: "2019-12-31", label: "2019" };
const Y2020 = { start: "2020-01-01", end: "2020-12-31", label: "2020" };
const RECORDED: RecordedTable = { roles: { A: "number", B: "activity", C: "deadline" }, period: Y2019, selection: "A4:C40" };
const REGISTRY_SHEET: RegistryContent = { executors: [{ key: "РУО", full: "Регионално управление на образованието" }], units: [], levels: [] };

describe("checkOptionsFromRecord: what the user gives, then the record, then the sheet", () => {
  it("takes roles, range and period from the record when the user gives none", () => {
    expect(checkOptionsFromRecord(RECORDED, [])).toEqual({ roles: RECORDED.roles, range: "A4:C40", period: Y2019 });
  });

  it("lays the user's role corrections over the recorded roles column by column", () => {
    const options = checkOptionsFromRecord(RECORDED, [], { roles: { C: "responsible", D: "deadline" } });
    expect(options.roles).toEqual({ A: "number", B: "activity", C: "responsible", D: "deadline" });
  });

  it("reads the range the user selects now, not the recorded one", () => {
    expect(checkOptionsFromRecord(RECORDED, [], { range: "B2:F9" }).range).toBe("B2:F9");
  });

  it("prefers the period the user states (--period, the pane) to the recorded one", () => {
    expect(checkOptionsFromRecord(RECORDED, [], { period: Y2020 }).period).toEqual(Y2020);
  });

  it("leaves roles, range and period to the engine on a sheet without a record", () => {
    expect(checkOptionsFromRecord(null, [])).toEqual({ period: null });
  });

  it("adds the registry sheet's executors after the entries given, and keeps the other options", () => {
    const options = checkOptionsFromRecord(null, [REGISTRY_SHEET], { today: "2019-06-01", registry: [{ key: "ДСП", full: "Дирекция „Социално подпомагане“", aliases: [], source: "workbook-glossary" }] });
    expect(options.today).toBe("2019-06-01");
    expect(options.registry?.map((e) => e.key)).toEqual(["ДСП", "РУО"]);
  });
});

/**
 * The same workbook, typed in Excel: checked by the add-in through Office.js and, once saved, by
 * the command line from the file. Both read it by the one rule, so both find the same.
 */
describe("a typed workbook checked in Excel and from its file", () => {
  it("gives the same tables and findings in both hosts", async () => {
    const excel = createMemoryExcel({ sheets: [gridFromRows("Plan", PLAN)] });
    const grid = await excel.Excel.run((context) => readSnapshot(context));
    const roles: Record<string, Role> = { ...Object.fromEntries(detectPlanTables(grid)[0].columns.map((c) => [c.column, c.role])), F: "financing" };
    const applied = await excel.Excel.run((context) => applyTypedTable(context, { roles, period: { start: "2025-01-01", end: "2025-12-31", label: "2025" }, lang: "en" }));
    await excel.Excel.run(async (context) => {
      const row = excel.workbookState.values(applied.registrySheet).length + 1;
      context.workbook.worksheets.getItem(applied.registrySheet).getRange(`A${row}:B${row}`).values = [["CLH", "Community Learning Hub"]];
      await context.sync();
    });
    const inExcel = await excel.Excel.run((context) => checkInExcel(context, { sheet: "Plan", lang: "en", mark: false, today: "2025-06-30" }));

    const xml = excel.workbookState.model.customXmlParts.find((p) => p.namespaceUri === METADATA_NAMESPACE)!.xml;
    const zip = await JSZip.loadAsync(await workbookBytes(excel.workbookState.model.sheets.map((s) => [s.name, excel.workbookState.values(s.name)])));
    await writeRecordPart(zip, xml, { metadata: null, json: null, parts: [] });
    const file = await tempFile("typed-in-excel.xlsx", await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const plans = planSheets(await readWorkbook(file), { today: "2025-06-30" });
    expect(plans.map((p) => p.grid.sheet)).toEqual(["Plan"]);
    const fromFile = checkSheet(plans[0].grid, plans[0].options);

    const seen = (checks: typeof fromFile) =>
      checks.map((c) => ({ range: c.table.range, period: c.period, roles: c.table.columns.map((col) => `${col.column}:${col.role}`), findings: c.findings.map((f) => `${f.code} ${f.cell}`) }));
    expect(seen(fromFile)).toEqual(seen(inExcel.checks));
    expect(seen(fromFile)[0].roles).toContain("F:financing");
    expect(seen(fromFile)[0].findings).toContain("deadline.outside-period C2");
    expect(inExcel.checks[0].registry.entries.some((e) => e.key === "CLH")).toBe(true);
    expect(fromFile[0].registry.entries.some((e) => e.key === "CLH")).toBe(true);
  });
});

describe("a record whose roles the engine refuses", () => {
  const grid = gridFromRows("Plan", PLAN);

  it("reads the table as if it had never been typed, keeping the rest of the options", () => {
    const options = { roles: { "1A": "deadline" } as unknown as Record<string, Role>, period: { start: "2025-01-01", end: "2025-12-31", label: "2025" } };
    expect(() => checkSheet(grid, options)).toThrow(RangeError);
    const checks = readWithRecordedRoles(options, (o) => checkSheet(grid, o));
    const fresh = checkSheet(grid, { period: options.period });
    expect(checks.map((c) => c.table.columns.map((col) => col.role))).toEqual(fresh.map((c) => c.table.columns.map((col) => col.role)));
    expect(checks[0].period).toEqual(options.period);
  });

  it("reads with the roles when the engine takes them", () => {
    const checks = readWithRecordedRoles({ roles: { F: "financing" } }, (o) => checkSheet(grid, o));
    expect(checks[0].table.columns.find((c) => c.column === "F")?.role).toBe("financing");
  });
});
