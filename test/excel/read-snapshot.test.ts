import * as path from "path";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { readSheet, readSnapshot } from "../../src/excel/read-snapshot";
import { gridFromRows } from "../../src/engine/grid";
import { createMemoryExcel } from "../../src/memory-host";
import { memoryExcelFromFile } from "../memory-host/from-file";

const FIXTURES = path.join(__dirname, "..", "fixtures");
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
