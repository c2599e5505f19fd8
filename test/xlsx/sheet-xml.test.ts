import { readWorkbook, WorkbookReadError } from "../../src/xlsx/read-workbook";
import { sheetXml, workbookParts, zipPackage } from "../robustness/xlsx-package";

/** Sheets as writers other than Excel store them, which the format allows. */
async function readSheet(rows: string, extra = ""): Promise<(string | number | boolean | null)[][]> {
  const [grid] = (await readWorkbook(zipPackage(workbookParts([{ name: "Plan", xml: sheetXml(rows, extra) }])), "plan.xlsx")).sheets;
  return grid.values;
}

async function readFailure(rows: string, extra = ""): Promise<WorkbookReadError> {
  const err = await readSheet(rows, extra).catch((e: unknown) => e);
  if (!(err instanceof WorkbookReadError)) throw new Error("expected a WorkbookReadError");
  return err;
}

describe("the workbook reader on sheet XML", () => {
  it("places cells and rows without their r attribute after the previous ones", async () => {
    expect(await readSheet(`<row><c t="inlineStr"><is><t>Задача</t></is></c><c><v>1</v></c></row><row><c r="B2"><v>2</v></c><c><v>3</v></c></row>`)).toEqual([
      ["Задача", 1, null],
      [null, 2, 3],
    ]);
  });

  it("reads elements with a namespace prefix, as .NET writers store them", async () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Plan</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const [grid] = (await readWorkbook(zipPackage(workbookParts([{ name: "Plan", xml }])), "plan.xlsx")).sheets;
    expect(grid.values).toEqual([["Plan", 7]]);
  });

  it("reads ISO date cells (t=\"d\") as their day and time, and escapes in either case of hex digits", async () => {
    expect(await readSheet(`<row r="1"><c r="A1" t="d"><v>2019-09-15T00:00:00</v></c><c r="B1" t="d"><v>2019-09-15T10:30:00</v></c><c r="C1" t="inlineStr"><is><t>a_x000d__x000A_b</t></is></c></row>`)).toEqual([
      ["2019-09-15", "2019-09-15T10:30", "a\nb"],
    ]);
  });

  it.each([
    ["a cell whose text is never closed", `<row r="1"><c r="A1" t="inlineStr"><is><t>Дей`, "", /<\/sheetData> closes <t>/],
    ["a shared string the workbook does not have", `<row r="1"><c r="A1" t="s"><v>3</v></c></row>`, "", /A1 refers to shared string 3/],
    ["a cell address that is not one", `<row r="1"><c r="1A"><v>1</v></c></row>`, "", /"1A"/],
    ["overlapping merged areas", `<row r="1"><c r="A1"><v>1</v></c></row>`, `<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>`, /A1:B2 and B2:C3/],
  ])("refuses %s as damaged, naming the sheet and the reason", async (_what, rows, extra, reason) => {
    const err = await readFailure(rows, extra);
    expect(err).toMatchObject({ code: "file.corrupt", reason: "unreadable" });
    expect(String(err.params.reason)).toContain("'Plan' (xl/worksheets/sheet1.xml)");
    expect(String(err.params.reason)).toMatch(reason);
  });
});
