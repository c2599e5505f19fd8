import * as path from "path";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { readSheet, readSnapshot } from "../../src/excel/read-snapshot";
import { gridFromRows } from "../../src/engine/grid";
import { createMemoryExcel } from "../../src/memory-host";
import { memoryExcelFromFile } from "../memory-host/from-file";
import { typeWithRegistryEntry } from "./typed-workbook";

const FIXTURES = path.join(__dirname, "..", "fixtures");
/** A typed plan's sheet: a title, a header, two tasks. */
const plan = () =>
  gridFromRows("План 2019", [
    ["Годишен план за 2019 г.", null, null, null],
    ["№", "Дейност", "Срок", "Отговорник"],
    ["1.", "Обучение на учители", "м. септември 2019 г.", "РУО"],
    ["2.", "Консултации за родители", "м. май 2019 г.", "ЕКИП"],
  ]);

const SEEDS = ["bg-kyustendil-2019.xlsx", "bg-scorecard.xlsx", "pl-bochnia-2018.xlsx", "ru-volodarsk-2020.xlsx", "pl-power-context.xlsx"];

describe("reading a sheet through Office.js", () => {
  it.each(SEEDS)("gives the same snapshot of %s as the command line's file reader", async (file) => {
    const fromFile = await readWorkbook(path.join(FIXTURES, file));
    const excel = await memoryExcelFromFile(path.join(FIXTURES, file));
    const grid = await excel.Excel.run((context) => readSnapshot(context, fromFile.sheets[0].sheet));
    expect(grid).toEqual(fromFile.sheets[0]);
  });

  it("reads a sheet in two syncs", async () => {
    const excel = await memoryExcelFromFile(path.join(FIXTURES, "bg-kyustendil-2019.xlsx"));
    await excel.Excel.run((context) => readSnapshot(context));
    expect(excel.stats.syncs).toBe(2);
  });

  it("reads an empty sheet in one sync", async () => {
    const excel = createMemoryExcel({ sheets: [gridFromRows("Plan", [])] });
    const grid = await excel.Excel.run((context) => readSnapshot(context));
    expect(grid.values).toEqual([]);
    expect(excel.stats.syncs).toBe(1);
  });

  it("reads PlanCheck's record and the registry sheet with the sheet, in the same two syncs", async () => {
    const excel = createMemoryExcel({ sheets: [plan()] });
    await typeWithRegistryEntry(excel, "ЕКИП", "Екип за приобщаващо образование");
    const from = excel.stats.syncs;
    const snapshot = await excel.Excel.run((context) => readSheet(context, undefined, { registry: true }));
    expect(excel.stats.syncs - from).toBe(2);
    expect(snapshot.metadata.tables).toHaveLength(1);
    expect(snapshot.metadataPartIds).toHaveLength(1);
    expect(snapshot.registry?.executors).toContainEqual({ key: "ЕКИП", full: "Екип за приобщаващо образование" });

    const plain = await excel.Excel.run((context) => readSheet(context));
    expect(plain.registry).toBeNull();
    expect(plain.grid).toEqual(snapshot.grid);
  });

  it("still reads the record when Excel refuses the only part's XML in the first sync", async () => {
    const excel = createMemoryExcel({ sheets: [plan()] });
    await typeWithRegistryEntry(excel, "ЕКИП", "Екип за приобщаващо образование");
    const expected = await excel.Excel.run((context) => readSheet(context, undefined, { registry: true }));
    excel.failNext({ errorLocation: "CustomXmlPart.getXml", code: "ItemNotFound" });
    const snapshot = await excel.Excel.run((context) => readSheet(context, expected.sheet.name, { registry: true }));
    expect(excel.stats.log.some((s) => s.failed === "ItemNotFound")).toBe(true);
    expect(snapshot.metadata).toEqual(expected.metadata);
    expect(snapshot.registry).toEqual(expected.registry);
    expect(snapshot.grid).toEqual(expected.grid);
  });

  it("says whether the sheet is hidden", async () => {
    const excel = createMemoryExcel({ sheets: [gridFromRows("Plan", [["x"]]), { ...gridFromRows("Stary plan", [["y"]]), visibility: "veryHidden" }] });
    const grid = await excel.Excel.run((context) => readSnapshot(context, "Stary plan"));
    expect(grid.visibility).toBe("veryHidden");
    expect(grid.values).toEqual([["y"]]);
  });

  it("names the missing sheet instead of failing with Excel's code", async () => {
    const excel = await memoryExcelFromFile(path.join(FIXTURES, "pl-bochnia-2018.xlsx"));
    await expect(excel.Excel.run((context) => readSheet(context, "Arkusz2"))).rejects.toMatchObject({
      key: "excel.error.sheet-missing",
      params: { sheet: "Arkusz2" },
    });
  });
});
