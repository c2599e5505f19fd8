import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { sheetXml, workbookParts, zipPackage } from "../robustness/xlsx-package";
import { exceljsSheets } from "./exceljs-reference";
import { parseCellAddress, type CellValue } from "../../src/engine/grid";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const GOOD_FIXTURES = ["bg-kyustendil-2019.xlsx", "bg-scorecard.xlsx", "pl-bochnia-2018.xlsx", "pl-power-context.xlsx", "ru-volodarsk-2020.xlsx"];

/**
 * The workbook reader's sheets must be exactly what exceljs gives, read the old way, except in the
 * cells named in `excelShows` (sheet index, A1 -> value), where exceljs is not what Excel shows:
 * a time of day is not a date in 1899, and serials before March 1900 count Excel's phantom leap day.
 */
async function expectSameSheets(bytes: Buffer, excelShows: [number, string, CellValue][] = []): Promise<void> {
  const ours = await readWorkbook(bytes, "workbook.xlsx");
  const reference = await exceljsSheets(bytes);
  for (const [sheet, a1, value] of excelShows) {
    const { row, col } = parseCellAddress(a1)!;
    reference[sheet].values[row][col] = value;
  }
  expect(ours.sheets).toEqual(reference);
}

/** everyCellKind's cells where exceljs reads a date and Excel shows something else. */
const EXCEL_SHOWS: [number, string, CellValue][] = [
  [0, "E13", "10:30"],
  [0, "D14", "1900-02-28"],
];

const long = (s: string): string => s.repeat(Math.ceil(32767 / s.length)).slice(0, 32767);

/** One sheet with every kind of cell value exceljs writes, and sheets of every visibility. */
function everyCellKind(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("План & <проверка>");
  const cells: [string, ExcelJS.CellValue][] = [
    ["A1", "Дейност"],
    ["B1", "Zadanie \"pilotaż\" <a & b> 'x'"],
    ["C1", "ligne 1\r\nligne 2\nligne 3\r"],
    ["D1", "  leading and trailing spaces  "],
    ["E1", "literal _x0041_ escape"],
    ["F1", "تدريب المعلمين / РУО – Кюстендил / בית ספר \u200F👩‍🏫"],
    ["G1", long("Организиране на консултации; ")],
    ["A2", 42],
    ["B2", -0.1 + 0.3],
    ["C2", 1e20],
    ["D2", 1.5e-10],
    ["E2", 0],
    ["F2", true],
    ["G2", false],
    ["A3", { error: "#N/A" } as ExcelJS.CellValue],
    ["B3", { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue],
    ["C3", { formula: "2*21", result: 42 } as ExcelJS.CellValue],
    ["D3", { formula: "\"a\"&\"b\"", result: "ab" } as ExcelJS.CellValue],
    ["E3", { formula: "TRUE()", result: true } as ExcelJS.CellValue],
    ["F3", { formula: "NOW()" } as ExcelJS.CellValue],
    ["G3", { sharedFormula: "C3", result: 43 } as ExcelJS.CellValue],
    ["A4", { richText: [{ text: "Wydział " }, { font: { bold: true }, text: "OPS/FK\nSkarbnik" }] }],
    ["B4", { text: "Regulamin", hyperlink: "https://example.org/regulamin" }],
    ["C4", { richText: [{ text: "a&b " }, { font: { italic: true }, text: "<i>" }] }],
    ["A6", "Merged over three columns"],
    ["A7", "Merged over two rows"],
    ["B7", "hidden under the merge"],
  ];
  for (const [a1, value] of cells) ws.getCell(a1).value = value;
  ws.getCell("C3").value = { formula: "2*21", result: 42, shareType: "shared", ref: "C3:C3" } as unknown as ExcelJS.CellValue;
  ws.mergeCells("A6:C6");
  ws.mergeCells("A7:A8");
  ws.mergeCells("E10:F12");

  const dates: [string, ExcelJS.CellValue, string][] = [
    ["A13", new Date(Date.UTC(2019, 8, 15)), "dd.mm.yyyy"],
    ["B13", new Date(Date.UTC(2019, 8, 15, 10, 30)), "dd.mm.yyyy hh:mm"],
    ["C13", new Date(Date.UTC(2020, 0, 31)), "mm-dd-yy"],
    ["D13", new Date(Date.UTC(2019, 11, 31, 23, 59, 40)), 'yyyy"г."'],
    ["E13", 0.4375, "h:mm"],
    ["F13", 43723, "[$-F800]dddd, mmmm dd, yyyy"],
    ["G13", 12.5, '0.00" дни"'],
    ["A14", 1234.5, '#,##0.00 "zł";[Red]-#,##0.00 "zł"'],
    ["B14", 0.25, "0%"],
    ["C14", { formula: "TODAY()", result: new Date(Date.UTC(2020, 0, 31)) } as ExcelJS.CellValue, "dd.mm.yyyy"],
    ["D14", 59, "dd.mm.yyyy"],
    ["E14", 61.75, "dd.mm.yyyy hh:mm"],
  ];
  for (const [a1, value, numFmt] of dates) {
    ws.getCell(a1).value = value;
    ws.getCell(a1).numFmt = numFmt;
  }
  // Formatting alone, far below and to the right, and between values: not content.
  ws.getCell("Z100").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("C20").border = { top: { style: "thin" } };
  ws.getCell("A20").value = "after empty rows and columns";
  ws.getCell("J20").value = "far right";

  wb.addWorksheet("Rejestr", { state: "hidden" }).getCell("B2").value = "PPP";
  wb.addWorksheet("Archiwum", { state: "veryHidden" }).getCell("C3").value = new Date(Date.UTC(2018, 0, 1));
  wb.getWorksheet("Archiwum")!.getCell("C3").numFmt = "dd.mm.yyyy";
  wb.addWorksheet("Pusty");
  wb.addWorksheet("Only formatting").getCell("D4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00FF00" } };
}

async function built(fill: (wb: ExcelJS.Workbook) => void, options?: Partial<ExcelJS.XlsxWriteOptions>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return Buffer.from(await wb.xlsx.writeBuffer(options));
}

describe("the workbook reader reads what exceljs reads", () => {
  it.each(GOOD_FIXTURES)("in the fixture %s", async (name) => {
    await expectSameSheets(await fs.readFile(path.join(FIXTURES, name)));
  });

  it("in every kind of cell, with shared strings", async () => {
    await expectSameSheets(await built(everyCellKind), EXCEL_SHOWS);
  });

  it("in every kind of cell, with strings stored in the cells (inline rich text, formula text)", async () => {
    await expectSameSheets(await built(everyCellKind, { useSharedStrings: false }), EXCEL_SHOWS);
  });

  it("in dates of a workbook counting from 1904", async () => {
    const bytes = await built((wb) => {
      wb.properties.date1904 = true;
      everyCellKind(wb);
    });
    await expectSameSheets(bytes, [[0, "E13", "10:30"]]);
    const [plan] = (await readWorkbook(bytes)).sheets;
    expect(plan.values[12].slice(0, 3)).toEqual(["2019-09-15", "2019-09-15T10:30", "2020-01-31"]);
  });

  it("in cells as other writers store them: entities, character references, escapes, errors, booleans, phonetic guides", async () => {
    const strings =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<si><t xml:space="preserve"> R&amp;D &lt;план&gt; &quot;1&quot; &apos;2&apos; </t></si>` +
      `<si><t>line&#13;&#10;break &#x416;&#1046;</t></si>` +
      `<si><t>tab_x0009_and_x000D__x000A_newline, _x005F_x0041_ stays</t></si>` +
      `<si><r><rPr><b/></rPr><t>東京</t></r><r><t xml:space="preserve"> plan</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>` +
      `<si><t></t></si>` +
      `</sst>`;
    const rows =
      `<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c><c r="D2" t="s"><v>3</v></c><c r="E2" t="s"><v>4</v></c></row>` +
      `<row r="3"><c r="A3" t="e"><v>#REF!</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="b"><v>0</v></c><c r="D3"><v>1.25E+3</v></c><c r="E3" t="n"><v>-7</v></c></row>` +
      `<row r="4"><c r="A4" t="inlineStr"><is><t>inline &amp; plain</t></is></c><c r="B4" s="0"/><c r="C4"><f>A1</f></c><c r="D4" t="str"><f>B1</f><v>text result</v></c><c r="E4" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>` +
      `<!-- a comment --><row r="6"><c r="F6"><v>6</v></c></row>`;
    const parts = workbookParts([{ name: "Plan", xml: sheetXml(rows, `<mergeCells count="1"><mergeCell ref="A8:B9"/></mergeCells>`) }]);
    const rels = parts.find((p) => p.name === "xl/_rels/workbook.xml.rels")!;
    rels.content = String(rels.content).replace(
      "</Relationships>",
      `<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    );
    const bytes = zipPackage([...parts, { name: "xl/sharedStrings.xml", content: strings }]);
    await expectSameSheets(bytes);
    const [plan] = (await readWorkbook(bytes)).sheets;
    expect(plan.values[1]).toEqual([` R&D <план> "1" '2' `, "line\nbreak ЖЖ", "tab\tand\nnewline, _x0041_ stays", "東京 plan", "", null]);
  });
});
