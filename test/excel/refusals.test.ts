import * as path from "path";
import { detectPlanTables } from "../../src/engine/plan-tables";
import { gridFromRows, type SheetGrid } from "../../src/engine/grid";
import type { Role } from "../../src/engine/roles";
import { applyTypedTable } from "../../src/excel/apply-typed-table";
import { checkInExcel, writeReportSheet } from "../../src/excel/check";
import { ExcelAdapterError } from "../../src/excel/errors";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { removePlanCheck } from "../../src/excel/remove";
import { createMemoryExcel, type MemoryExcel } from "../../src/memory-host";
import { sheetValues } from "../../src/memory-host/state";
import { memoryExcelFromFile } from "../memory-host/from-file";

const FIXTURES = path.join(__dirname, "..", "fixtures");

async function rolesOf(excel: MemoryExcel, sheet?: string): Promise<Record<string, Role>> {
  const grid = await excel.Excel.run((context) => readSnapshot(context, sheet));
  return Object.fromEntries(detectPlanTables(grid)[0].columns.map((c) => [c.column, c.role]));
}

async function refusal(p: Promise<unknown>): Promise<ExcelAdapterError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ExcelAdapterError) return err;
    throw err;
  }
  throw new Error("expected a refusal");
}

/** A small Russian roadmap, with room to its right. */
const roadmap = (): SheetGrid =>
  gridFromRows("Дорожная карта", [
    ["Дорожная карта на 2020 год", null, null, null, null],
    [null, null, null, null, null],
    ["№", "Мероприятие", "Срок", "Ответственные", "Показатель"],
    [1, "Анкетирование руководителей ОО", "Сентябрь-декабрь 2020", "Управление образования", "Количество анкет"],
    [2, "Анализ полученных данных", "Декабрь 2020", "ИДК", "Аналитический отчет"],
  ]);

describe("refusing what would change the user's data", () => {
  it("names the Excel table a plan table would overlap, and changes nothing", async () => {
    const excel = createMemoryExcel({ sheets: [roadmap()] });
    await excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Дорожная карта").tables.add("D1:E3", true).name = "Бюджет";
      await context.sync();
    });
    const before = JSON.stringify(sheetValues(excel.workbookState.sheet("Дорожная карта")));
    const roles = await rolesOf(excel);
    const err = await refusal(excel.Excel.run((context) => applyTypedTable(context, { roles, period: null, lang: "ru" })));
    expect(err.key).toBe("excel.error.table-overlap");
    expect(err.params).toEqual({ sheet: "Дорожная карта", range: "A3:E5", other: "Бюджет", otherRange: "D1:E3" });
    expect(err.text("ru")).toContain("пересекается с таблицей Excel «Бюджет» (D1:E3)");
    expect(JSON.stringify(sheetValues(excel.workbookState.sheet("Дорожная карта")))).toBe(before);
    expect(excel.workbookState.model.customXmlParts).toHaveLength(0);
  });

  it("asks before unmerging the two-row header of the Bochnia harmonogram, naming the table from its first header row", async () => {
    const excel = await memoryExcelFromFile(path.join(FIXTURES, "pl-bochnia-2018.xlsx"));
    const roles = await rolesOf(excel);
    const err = await refusal(excel.Excel.run((context) => applyTypedTable(context, { roles, period: null, lang: "pl" })));
    expect(err.key).toBe("excel.error.merged-header");
    expect(err.params.sheet).toBe("Harmonogram");
    // The merged headings start in row 12, and so does the plan table the user sees.
    expect(err.params.range).toBe("A12:J31");
    expect(String(err.params.cells)).toMatch(/^A12:A13, B12:B13/);
    expect(excel.workbookState.sheet("Harmonogram").merges).toHaveLength(8);
    expect(excel.workbookState.model.tables).toHaveLength(0);
  });

  it("says precisely which header cells unmerging fills, and changes no other value", async () => {
    const excel = await memoryExcelFromFile(path.join(FIXTURES, "pl-bochnia-2018.xlsx"));
    const roles = await rolesOf(excel);
    const before = sheetValues(excel.workbookState.sheet("Harmonogram")).map((r) => [...r]);
    const err = await refusal(excel.Excel.run((context) => applyTypedTable(context, { roles, period: null, lang: "en" })));
    expect(err.params.row).toBe(13);
    expect(err.params.copies).toBe(
      "A13 (Nr zadania), B13 (Zadnie/działanie), C13 (Sposób realizacji), D13 (Jednostka odpowiedzialna i współpracująca), E13 (Terminy realizacji), F13 (Zamierzony efekt), G13 (Źródła finansowania)",
    );
    expect(err.text("en")).toContain("Unmerging keeps every value where it is, and fills the blank cells of row 13, the Excel table's header row");
    expect(err.text("en")).not.toContain("(every value stays where it is)");

    await excel.Excel.run((context) => applyTypedTable(context, { roles, period: null, allowUnmerge: true, lang: "en" }));
    const after = sheetValues(excel.workbookState.sheet("Harmonogram"));
    const changed: string[] = [];
    after.forEach((row, r) => row.forEach((v, c) => v !== (before[r]?.[c] ?? null) && changed.push(`${String.fromCharCode(65 + c)}${r + 1}`)));
    expect(changed).toEqual(["A13", "B13", "C13", "D13", "E13", "F13", "G13"]);

    // Removing PlanCheck gives the sheet back as it was, merged headings included.
    await excel.Excel.run((context) => removePlanCheck(context, { lang: "en" }));
    expect(sheetValues(excel.workbookState.sheet("Harmonogram"))).toEqual(before);
    expect(excel.workbookState.sheet("Harmonogram").merges).toHaveLength(8);
  });

  it("keeps the plain merged-cells question where unmerging fills no header cell (section rows of the Kyustendil plan)", async () => {
    const excel = await memoryExcelFromFile(path.join(FIXTURES, "bg-kyustendil-2019.xlsx"));
    const roles = await rolesOf(excel);
    const err = await refusal(excel.Excel.run((context) => applyTypedTable(context, { roles, period: null, lang: "bg" })));
    expect(err.key).toBe("excel.error.merged-cells");
    expect(err.params).toMatchObject({ range: "A31:F168", cells: expect.stringMatching(/^A32:F32, A82:F82/) });
  });

  it("with consent, unmerges and carries each header text down into the table's header row", async () => {
    const excel = await memoryExcelFromFile(path.join(FIXTURES, "pl-bochnia-2018.xlsx"));
    const roles = await rolesOf(excel);
    const result = await excel.Excel.run((context) => applyTypedTable(context, { roles, period: null, allowUnmerge: true, lang: "pl" }));
    expect(result.range).toBe("A13:J31");
    expect(result.unmerged).toEqual(["A12:A13", "B12:B13", "C12:C13", "D12:D13", "E12:E13", "F12:F13", "G12:G13"]);
    const values = sheetValues(excel.workbookState.sheet("Harmonogram"));
    expect(values[12].slice(0, 3)).toEqual(["Nr zadania", "Zadnie/działanie", "Sposób realizacji"]);
    expect(values[11][7]).toBe("MONITOROWANIE");
  });

  it("refuses a header whose two cells read the same, naming both cells", async () => {
    const grid = roadmap();
    grid.values[2][4] = "Срок";
    const excel = createMemoryExcel({ sheets: [grid] });
    const roles = await rolesOf(excel);
    const err = await refusal(excel.Excel.run((context) => applyTypedTable(context, { roles, period: null, lang: "ru" })));
    expect(err.key).toBe("excel.error.header-duplicate");
    expect(err.params).toEqual({ sheet: "Дорожная карта", cells: "C3, E3", header: "Срок" });
  });

  it("never overwrites a user's sheet that happens to be called like the report", async () => {
    const excel = createMemoryExcel({ sheets: [roadmap(), gridFromRows("PlanCheck report", [["My own notes"], [42]])] });
    const check = await excel.Excel.run((context) => checkInExcel(context, { sheet: "Дорожная карта", lang: "en" }));
    const first = await excel.Excel.run((context) => writeReportSheet(context, check.report, { lang: "en" }));
    expect(first.sheet).toBe("PlanCheck report (2)");
    const second = await excel.Excel.run((context) => writeReportSheet(context, check.report, { lang: "en" }));
    expect(second.sheet).toBe("PlanCheck report (2)");
    expect(excel.workbookState.model.sheets.map((s) => s.name)).toEqual(["Дорожная карта", "PlanCheck report", "PlanCheck report (2)"]);
    expect(excel.workbookState.values("PlanCheck report")).toEqual([["My own notes"], [42]]);
  });

  it("leaves a report the user renamed to keep, and writes the new one beside it", async () => {
    const excel = createMemoryExcel({ sheets: [roadmap()] });
    const check = await excel.Excel.run((context) => checkInExcel(context, { sheet: "Дорожная карта", lang: "ru" }));
    await excel.Excel.run((context) => writeReportSheet(context, check.report, { lang: "ru" }));
    await excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Отчёт PlanCheck").name = "Отчёт за март";
      await context.sync();
    });
    const kept = excel.workbookState.values("Отчёт за март");
    await excel.Excel.run((context) => writeReportSheet(context, check.report, { lang: "ru" }));
    expect(excel.workbookState.model.sheets.map((s) => s.name)).toEqual(["Дорожная карта", "Отчёт за март", "Отчёт PlanCheck"]);
    expect(excel.workbookState.values("Отчёт за март")).toEqual(kept);
  });

  it("says exactly what was written when Excel stops part-way, and Remove cleans it up", async () => {
    const excel = createMemoryExcel({ sheets: [roadmap()] });
    const roles = await rolesOf(excel);
    excel.failNext({ errorLocation: "TableCollection.add", code: "GeneralException" });
    const err = await refusal(excel.Excel.run((context) => applyTypedTable(context, { roles, period: null, lang: "en" })));
    expect(err.key).toBe("excel.error.partly-written");
    expect(err.params.done).toBe("PlanCheck's record in the workbook");
    expect(String(err.params.pending)).toMatch(/^registry sheet, Excel table, data validation/);

    await excel.Excel.run((context) => removePlanCheck(context, { lang: "en" }));
    expect(excel.workbookState.model.sheets.map((s) => s.name)).toEqual(["Дорожная карта"]);
    expect(excel.workbookState.model.customXmlParts).toHaveLength(0);
    expect(sheetValues(excel.workbookState.sheet("Дорожная карта"))).toEqual(roadmap().values);
  });
});
