import JSZip from "jszip";
import { detectPlanTables } from "../../src/engine/plan-tables";
import { gridFromRows } from "../../src/engine/grid";
import type { Role } from "../../src/engine/roles";
import { applyTypedTable } from "../../src/excel/apply-typed-table";
import { METADATA_NAMESPACE, parseMetadataXml } from "../../src/workbook/record";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { createMemoryExcel } from "../../src/memory-host";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { writeRecordPart } from "../../src/xlsx/record-part";
import { PLAN, tempFile, workbookBytes } from "../xlsx/record-workbooks";
import { runCli } from "./run-cli";

/**
 * From the add-in to the command line: the record the adapter writes when the user makes a plan
 * typed is what the file reader reads back. The in-memory host cannot save .xlsx, so its sheets
 * and its custom XML part are written into a package here, as Excel would save them.
 */
describe("a plan made typed in Excel, then checked with plancheck", () => {
  const period = { start: "2025-01-01", end: "2025-12-31", label: "2025" };

  async function typedInExcel() {
    const excel = createMemoryExcel({ sheets: [gridFromRows("Plan", PLAN)] });
    const grid = await excel.Excel.run((context) => readSnapshot(context));
    const detected: Record<string, Role> = Object.fromEntries(detectPlanTables(grid)[0].columns.map((c) => [c.column, c.role]));
    expect(detected.F).toBe("unknown");
    // The user corrects column F ("Paid from") to financing and confirms the plan year.
    const roles: Record<string, Role> = { ...detected, F: "financing" };
    const applied = await excel.Excel.run((context) => applyTypedTable(context, { roles, period, lang: "en" }));
    // ... and lists an executor of their own on the registry sheet.
    const registryRows = excel.workbookState.values(applied.registrySheet);
    const row = registryRows.length + 1;
    await excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem(applied.registrySheet).getRange(`A${row}:B${row}`).values = [["CLH", "Community Learning Hub"]];
      await context.sync();
    });
    const parts = excel.workbookState.model.customXmlParts.filter((p) => p.namespaceUri === METADATA_NAMESPACE);
    expect(parts).toHaveLength(1);
    const sheets = excel.workbookState.model.sheets.map((s) => [s.name, excel.workbookState.values(s.name)] as [string, typeof PLAN]);
    return { xml: parts[0].xml, sheets, registrySheet: applied.registrySheet };
  }

  async function saved(sheets: [string, typeof PLAN][], xml: string): Promise<string> {
    const zip = await JSZip.loadAsync(await workbookBytes(sheets));
    await writeRecordPart(zip, xml, { metadata: null, json: null, parts: [] });
    return tempFile("typed-in-excel.xlsx", await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  }

  it("reads back the very record the adapter wrote", async () => {
    const { xml, sheets, registrySheet } = await typedInExcel();
    const wb = await readWorkbook(await saved(sheets, xml));
    const written = parseMetadataXml(xml)!;
    expect(wb.metadata).toEqual(written);
    expect(written.tables[0]).toMatchObject({ sheet: "Plan", period });
    expect(written.tables[0].roles.F).toBe("financing");
    expect(written.sheets.map((s) => [s.kind, s.name])).toEqual([["registry", registrySheet]]);
  });

  it("checks the plan with the confirmed roles, the plan year and the registry, and not the registry sheet", async () => {
    const { xml, sheets } = await typedInExcel();
    const r = await runCli(["check", await saved(sheets, xml), "--json"]);
    const [table, ...others] = JSON.parse(r.stdout).files[0].tables;
    expect(others).toEqual([]);
    expect(table.sheet).toBe("Plan");
    expect(table.columns.find((c: { column: string }) => c.column === "F").role).toBe("financing");
    expect(table.period).toEqual(period);
    const codes = (code: string) => table.findings.filter((f: { code: string }) => f.code === code).map((f: { cell: string }) => f.cell);
    expect(codes("deadline.outside-period")).toEqual(["C2"]);
    expect(codes("responsible.unknown")).toEqual([]);
  });
});
