import { readWorkbook, DEFAULT_READ_LIMITS, USED_RANGE_FACTOR } from "../../src/xlsx/read-workbook";
import { NS, repeatedSheet, sheetXml, workbookParts, zipPackage } from "./xlsx-package";
import { addPlanSheet, checkJson, expectRefusal, ScratchFolder, task } from "./run-on-file";

const scratch = new ScratchFolder();
beforeAll(() => scratch.open());
afterAll(() => scratch.close());

const ROW = `<row><c t="inlineStr"><is><t>Задача</t></is></c><c><v>1</v></c></row>`;
/** 1,048,576 rows of two cells (row numbers implied, as the format allows), declared honestly. */
const millionRows = repeatedSheet(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><dimension ref="A1:B1048576"/><sheetData>`, ROW.repeat(1024), 1024, "</sheetData></worksheet>");

describe("plancheck check on a sheet of a million rows", () => {
  it("refuses it while counting its stored cells, naming the sheet and the cell limit", async () => {
    const file = await scratch.write(
      "million.xlsx",
      zipPackage(workbookParts([{ name: "Plan", xml: sheetXml("") }, { name: "Milion wierszy", xml: millionRows }])),
    );
    const checked = await checkJson(file, "--lang", "pl");
    expectRefusal(checked, file, "file.too-large", "cells");
    expect(checked.error!.params).toEqual({ sheet: "Milion wierszy", limit: "1\u00a0000\u00a0000" });
    expect(checked.error!.message).toContain("'Milion wierszy'");
    expect(checked.error!.message).toContain("--max-cells");
  });

  it("counts rows that hold only formatting, which cost the reader as much as cells", async () => {
    const rows = Array.from({ length: 600 }, (_, i) => `<row r="${i + 2}" ht="15" customHeight="1"/>`).join("");
    const file = await scratch.write("formatted-rows.xlsx", zipPackage(workbookParts([{ name: "Plan", xml: sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>${rows}`) }])));
    expectRefusal(await checkJson(file, "--max-cells", "500"), file, "file.too-large", "cells");
    expect((await checkJson(file, "--max-cells", "700")).error).toBeNull();
  });

  it("reads a plan whose only stray value sits in the last row Excel has", async () => {
    const file = await scratch.workbook("last-row.xlsx", (wb) => {
      const ws = addPlanSheet(wb, "План", [task(1), task(2)]);
      ws.getCell("A1048576").value = "стр. 1";
    });
    const { error, tables } = await checkJson(file);
    expect(error).toBeNull();
    expect(tables.map((t) => t.rows.length)).toEqual([2]);
  });
});

describe("plancheck check on a sheet of 16,384 columns", () => {
  it("reads a plan with a note in the last column, keeping the note in its row", async () => {
    const file = await scratch.workbook("wide.xlsx", (wb) => {
      const ws = addPlanSheet(wb, "Szeroki", Array.from({ length: 30 }, (_, i) => task(i + 1)));
      ws.getCell("XFD10").value = "бележка";
    });
    const { run, error, tables } = await checkJson(file, "--period", "2019");
    expect(error).toBeNull();
    expect(run.code).toBe(0);
    const [table] = tables;
    expect(table.range).toBe("A2:XFD32");
    expect(table.columns.slice(0, 6).map((c) => c.role)).toEqual(["number", "activity", "deadline", "responsible", "financing", "indicator"]);
    expect(table.columns).toHaveLength(16384);
    expect(table.rows).toHaveLength(30);
    const row10 = table.rows.find((r) => r.row === 10)!;
    expect(Object.values(row10.cells)).toContain("бележка");
  });

  it("reads a row of values in every one of the 16,384 columns cell for cell", async () => {
    const file = await scratch.workbook("full-row.xlsx", (wb) => {
      const ws = wb.addWorksheet("Kolumny");
      const row = ws.getRow(1);
      for (let c = 1; c <= 16384; c++) row.getCell(c).value = c;
    });
    const [grid] = (await readWorkbook(file)).sheets;
    expect(grid.values).toHaveLength(1);
    expect(grid.values[0]).toEqual(Array.from({ length: 16384 }, (_, i) => i + 1));
  });

  it("refuses a sheet used up to its far corner before allocating 17 billion cells, naming the corner", async () => {
    const corner = sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>`);
    const file = await scratch.write("far-corner.xlsx", zipPackage(workbookParts([{ name: "Róg", xml: corner }])));
    const checked = await checkJson(file);
    expectRefusal(checked, file, "file.too-large", "used-range");
    expect(checked.error!.params).toEqual({
      sheet: "Róg",
      corner: "XFD1048576",
      cells: "17\u00a0179\u00a0869\u00a0184",
      limit: "16\u00a0000\u00a0000",
    });
  });

  it("lets the used range span 16 times the cell limit", () => {
    expect(USED_RANGE_FACTOR * DEFAULT_READ_LIMITS.maxCells).toBe(16_000_000);
  });
});
