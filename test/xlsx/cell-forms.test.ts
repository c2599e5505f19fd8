import { readWorkbook } from "../../src/xlsx/read-workbook";
import { SheetCellReader, type SheetCells } from "../../src/xlsx/sheet-cells";
import { PLAIN_NUMBER } from "../../src/workbook/cell-values";
import { sheetXml, workbookParts, zipPackage } from "../robustness/xlsx-package";

/** A shared string stored with a carriage return (`_x000D_`) before its line break, as some writers store them. */
const SHARED = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Строка_x000D_&#10;два</t></si></sst>`;

/** A sheet's cells read by the reader, the XML handed over in the pieces given. */
function readPieces(pieces: string[]): SheetCells {
  const reader = new SheetCellReader({ sharedStrings: ["Строка\nдва"], formats: [PLAIN_NUMBER], date1904: false });
  for (const piece of pieces) reader.push(Buffer.from(piece, "utf8"));
  return reader.end();
}

async function readSheet(rows: string): Promise<(string | number | boolean | null)[][]> {
  const parts = [...workbookParts([{ name: "Plan", xml: sheetXml(rows) }]), { name: "xl/sharedStrings.xml", content: SHARED }];
  const [grid] = (await readWorkbook(zipPackage(parts), "plan.xlsx")).sheets;
  return grid.values;
}

describe("cells read whatever form their XML takes", () => {
  // The plain form (<v>text</v></c>) beside forms that are read the long way.
  const rows =
    `<row r="1"><c r="A1"><v>7</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="str"><v>a &amp; b</v></c>` +
    `<c r="D1"><f>1+1</f><v>2</v></c><c r="E1" t="str"><v><![CDATA[x<y]]></v></c><c r="F1" s="0"><v>5</v></c></row>` +
    `<row r="2"><c r="A2" t="inlineStr"><is><t>Задача</t></is></c><c r="B2"><v></v></c><c r="C2"/><c r="D2" t="str"><v>ряд&#10;два</v></c></row>`;

  it("reads plain values, entities, formulas, CDATA and inline text alike", async () => {
    expect(await readSheet(rows)).toEqual([
      [7, "Строка\nдва", "a & b", 2, "x<y", 5],
      ["Задача", null, null, "ряд\nдва", null, null],
    ]);
  });

  it("reads the same cells however the sheet's bytes are split into pieces", () => {
    const xml = sheetXml(rows);
    const whole = readPieces([xml]);
    expect(whole.values).toEqual([7, "Строка\nдва", "a & b", 2, "x<y", 5, "Задача", "ряд\nдва"]);
    for (let at = 1; at < xml.length; at++) expect(readPieces([xml.slice(0, at), xml.slice(at)])).toEqual(whole);
  });

  it("reads a cell's address, type and style in any order, quoted either way", async () => {
    expect(await readSheet(`<row r="1"><c t='str' s = "0" r="C1"><v>x</v></c><c s="0" r='D1' t="s"><v>0</v></c></row>`)).toEqual([
      [null, null, "x", "Строка\nдва"],
    ]);
  });

  it("refuses an '&' that starts no entity in a plain value as damaged", async () => {
    await expect(readSheet(`<row r="1"><c r="A1" t="str"><v>a & b</v></c></row>`)).rejects.toMatchObject({ code: "file.corrupt", reason: "unreadable" });
  });
});
