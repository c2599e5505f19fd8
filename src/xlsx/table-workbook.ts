import JSZip from "jszip";
import { METADATA_VERSION, metadataXml } from "../workbook/record";
import { writeRecordPart } from "./record-part";
import { escapeText, escapeXml } from "./report-sheet-xml";
import { printTitles, tableSheetXml, tableXml, type StringTable, type TableSheet } from "./table-sheet-xml";

/**
 * A workbook of table sheets written from scratch, part by part, as PlanCheck's own output (the
 * receiving office's overview): workbook, sheets, their tables, one stylesheet, shared strings,
 * the application's properties (which name its sheets), zipped. No core properties part: its
 * Dublin Core namespaces are addresses the browser page's bundle must not carry, and the date of
 * the check is in every sheet's title. Its record (docs/workbook-metadata.md) names every sheet as
 * PlanCheck's, so the next check of the folder it is written into passes over it. No part is
 * generated code and nothing is fetched: the same writer runs in Node and in the browser page.
 */

export interface TableWorkbook {
  sheets: TableSheet[];
  /** Every sheet's printed footer, in Excel's header/footer codes. */
  footer: string;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";
const DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

export async function tableWorkbookBytes(book: TableWorkbook): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, xml] of tableWorkbookParts(book)) zip.file(path, xml);
  const record = { version: METADATA_VERSION, tables: [], sheets: book.sheets.map((s) => ({ kind: "report" as const, name: s.name, id: null })) };
  await writeRecordPart(zip, metadataXml(record), { metadata: null, json: null, parts: [] });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Every part but PlanCheck's record, by path, in the order they are zipped. */
export function tableWorkbookParts(book: TableWorkbook): Map<string, string> {
  const parts = new Map<string, string>();
  const strings = stringTable();
  const n = book.sheets.length;
  const sheetRels = book.sheets.map((_, i) => `rId${i + 1}`);

  parts.set(
    "[Content_Types].xml",
    DECLARATION +
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
      book.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`).join("") +
      book.sheets.map((_, i) => `<Override PartName="/xl/tables/table${i + 1}.xml" ContentType="${CT}.spreadsheetml.table+xml"/>`).join("") +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
      `</Types>`,
  );
  parts.set(
    "_rels/.rels",
    DECLARATION +
      `<Relationships xmlns="${PACKAGE_RELS}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
      `</Relationships>`,
  );
  parts.set("docProps/app.xml", appProperties(book.sheets));
  parts.set(
    "xl/workbook.xml",
    DECLARATION +
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
      `<bookViews><workbookView activeTab="0"/></bookViews>` +
      `<sheets>${book.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="${sheetRels[i]}"/>`).join("")}</sheets>` +
      `<definedNames>${book.sheets.map((s, i) => `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(printTitles(s))}</definedName>`).join("")}</definedNames>` +
      `</workbook>`,
  );
  parts.set(
    "xl/_rels/workbook.xml.rels",
    DECLARATION +
      `<Relationships xmlns="${PACKAGE_RELS}">` +
      book.sheets.map((_, i) => `<Relationship Id="${sheetRels[i]}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
      `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      `</Relationships>`,
  );
  book.sheets.forEach((sheet, i) => {
    parts.set(`xl/worksheets/sheet${i + 1}.xml`, tableSheetXml(sheet, i === 0, book.footer, strings, MAIN, REL));
    parts.set(
      `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
      DECLARATION + `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table${i + 1}.xml"/></Relationships>`,
    );
    parts.set(`xl/tables/table${i + 1}.xml`, tableXml(sheet, i + 1, MAIN));
  });
  parts.set("xl/styles.xml", STYLES);
  // Written last: every sheet has added its texts.
  parts.set("xl/sharedStrings.xml", strings.xml());
  return parts;
}

/**
 * The cell formats, at the indexes table-sheet-xml's STYLE names: plain, wrapped, top-aligned,
 * the title (bold, 12 pt), a link (blue, underlined), and text-format (`@`, numFmtId 49)
 * wrapped and not.
 */
const STYLES =
  DECLARATION +
  `<styleSheet xmlns="${MAIN}">` +
  `<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
  `<font><b/><sz val="12"/><name val="Calibri"/><family val="2"/></font>` +
  `<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="7">` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>` +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf>` +
  `<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` +
  `<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` +
  `<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>` +
  `</cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
  `</styleSheet>`;

function stringTable(): StringTable & { xml(): string } {
  const index = new Map<string, number>();
  let uses = 0;
  return {
    index(text) {
      uses++;
      let i = index.get(text);
      if (i === undefined) {
        i = index.size;
        index.set(text, i);
      }
      return i;
    },
    xml() {
      const items = [...index.keys()].map((s) => `<si><t xml:space="preserve">${escapeText(s)}</t></si>`).join("");
      return DECLARATION + `<sst xmlns="${MAIN}" count="${uses}" uniqueCount="${index.size}">${items}</sst>`;
    },
  };
}

function appProperties(sheets: TableSheet[]): string {
  const names = sheets.map((s) => `<vt:lpstr>${escapeXml(s.name)}</vt:lpstr>`).join("");
  return (
    DECLARATION +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>PlanCheck</Application>` +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${names}</vt:vector></TitlesOfParts>` +
    `</Properties>`
  );
}
