import fc from "fast-check";
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

describe("the usual forms of rows and cells, read directly", () => {
  /** The same XML with a tab for each space between a tag's attributes: a form the reader reads the general way. */
  const tabbed = (xml: string) => xml.replace(/<[^>]*>/g, (tag) => tag.replace(/ /g, "\t"));
  /** Cells, or the error the reading ends with. */
  const outcome = (xml: string) => {
    try {
      return readPieces([xml]);
    } catch (e) {
      return (e as Error).message;
    }
  };

  /** Rows of cells whose attributes and values are drawn from `forms`. */
  function sheets(forms: { r: string[]; s: string[]; t: string[]; extra: string[]; rest: string[]; rowR: string[] }) {
    const attr = (name: string, values: string[]) => fc.option(fc.constantFrom(...values).map((v) => ` ${name}="${v}"`), { nil: "" });
    const cell = fc
      .tuple(attr("r", forms.r), attr("s", forms.s), attr("t", forms.t), fc.constantFrom(...forms.extra), fc.constantFrom(...forms.rest))
      .map(([r, s, t, extra, rest]) => `<c${r}${s}${t}${extra}${rest}`);
    const row = fc
      .tuple(attr("r", forms.rowR), fc.constantFrom("", ' spans="1:6"', ' x14ac:dyDescent="0.25"', ' ht="15" customHeight="1"'), fc.array(cell, { maxLength: 4 }), fc.boolean())
      .map(([r, extra, cells, empty]) => (empty && cells.length === 0 ? `<row${r}${extra}/>` : `<row${r}${extra}>${cells.join("")}</row>`));
    return fc.array(row, { maxLength: 5 }).map((rows) => sheetXml(rows.join("")));
  }
  const readable = {
    r: ["A1", "B7", "c3", "XFD2", "A01"],
    s: ["0", "1", "12", "007"],
    t: ["s", "n", "str", "b", "e", "d", "inlineStr", "S", "x"],
    extra: ["", ' cm="1"'],
    rest: ["/>", "><v>0</v></c>", "><v>12</v></c>", "><v></v></c>", "><v>3.5</v></c>", "><v>a &amp; b</v></c>", "><v>1</v></c>", "><v>2019-06-30</v></c>", "><v>x\r\ny</v></c>", "></c>", "><f>1</f><v>2</v></c>"],
    rowR: ["1", "2", "9", "01"],
  };

  it("reads every cell as the general reading does", () => {
    // Values every type reads: shared strings 0 to 19, numbers, text.
    const forms = { ...readable, t: ["s", "n", "str", "e", "inlineStr", "S", "x"], rest: ["/>", "><v>0</v></c>", "><v>12</v></c>", "><v>1</v></c>", "><v></v></c>", "></c>", "><f>1</f><v>2</v></c>"] };
    const read = (xml: string) => {
      const reader = new SheetCellReader({ sharedStrings: Array.from({ length: 20 }, (_, i) => `строка ${i}`), formats: [PLAIN_NUMBER, PLAIN_NUMBER], date1904: false });
      reader.push(Buffer.from(xml, "utf8"));
      return reader.end();
    };
    fc.assert(
      fc.property(sheets(forms), (xml) => {
        const cells = read(xml);
        expect(cells).toEqual(read(tabbed(xml)));
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a damaged cell or row with the words the general reading has for it", () => {
    const damaged = {
      r: [...readable.r, "A1048576", "XFE2", "AAAA1", "A0", "A1048577", "B", "7", "A1x", ""],
      s: [...readable.s, "", "x"],
      t: [...readable.t, ""],
      extra: [...readable.extra, ' r="A2"'],
      rest: [...readable.rest, "><v>a & b</v></c>", "><v>true</v></c>", "><v>#N/A</v></c>", "><v> 1</v></c>"],
      rowR: [...readable.rowR, "1048576", "1048577", "0", "", "x"],
    };
    fc.assert(
      fc.property(sheets(damaged), (xml) => {
        expect(outcome(xml)).toEqual(outcome(tabbed(xml)));
      }),
      { numRuns: 300 },
    );
  });
});
