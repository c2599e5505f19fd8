import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue } from "../../src/engine/grid";
import { METADATA_NAMESPACE, metadataXml, type WorkbookMetadata } from "../../src/workbook/record";

/**
 * Workbooks carrying PlanCheck's record, built the way Excel saves them: sheets written by
 * exceljs, then the custom XML part laid out by hand as Excel lays it out (item, item properties,
 * their relationship, the workbook's relationship, the properties' content type), so the reader
 * is tested against Excel's layout and not against PlanCheck's own writer.
 */

export const PLAN: CellValue[][] = [
  ["No.", "Activity", "Deadline", "Responsible", "Indicator", "Paid from"],
  ["1.", "Train class teachers", "by June 2026", "CLH", "Number of trained teachers", "municipal budget"],
  ["2.", "Open a reading room", "by March 2025", "CLH", "Number of readers", null],
];

/** An executor the common bodies do not know, as a user lists it on the registry sheet. */
export const REGISTRY: CellValue[][] = [
  ["Executor", "Full name", null, "Unit", null, "Level"],
  ["CLH", "Community Learning Hub", null, "number", null, "High"],
];

/** An earlier report: it holds a header naming plan roles, so checked as a plan it would show up. */
export const OLD_REPORT: CellValue[][] = [
  ["PlanCheck report"],
  ["Errors", 1],
  [null],
  ["No.", "Activity", "Deadline", "Responsible", "Indicator"],
  ["1.", "Train class teachers", null, null, "Number of trained teachers"],
];

/** The record the add-in keeps after the user typed the plan and corrected column F to financing. */
export function planRecord(): WorkbookMetadata {
  return {
    version: 1,
    tables: [
      {
        sheet: "Plan",
        sheetId: "{00000000-0001-0000-0000-000000000000}",
        table: "PlanCheckPlan",
        range: "A1:F3",
        headerRows: [1],
        roles: { A: "number", B: "activity", C: "deadline", D: "responsible", E: "indicator", F: "financing" },
        period: { start: "2025-01-01", end: "2025-12-31", label: "2025" },
        undo: { cells: [], merges: [], validation: ["C2:C3"], freeze: null },
      },
    ],
    sheets: [
      { kind: "registry", name: "PlanCheck registry", id: "{00000000-0002-0000-0000-000000000000}" },
      { kind: "report", name: "PlanCheck report", id: "{00000000-0003-0000-0000-000000000000}" },
    ],
  };
}

export async function workbookBytes(sheets: [string, CellValue[][]][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface CustomXmlItem {
  /** N in customXml/itemN.xml. */
  n: number;
  /** The part's bytes; a string is written as UTF-8. */
  content: string | Buffer;
}

/** Adds custom XML parts as Excel lays them out in a saved workbook. */
export async function withCustomXml(bytes: Buffer, items: CustomXmlItem[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  let rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  let types = await zip.file("[Content_Types].xml")!.async("string");
  for (const { n, content } of items) {
    zip.file(`customXml/item${n}.xml`, content);
    zip.file(
      `customXml/itemProps${n}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n<ds:datastoreItem ds:itemID="{6E1A0C5B-0000-4000-8000-00000000000${n}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    );
    zip.file(
      `customXml/_rels/item${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`,
    );
    rels = rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdCx${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item${n}.xml"/></Relationships>`,
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/customXml/itemProps${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>`,
    );
  }
  zip.file("xl/_rels/workbook.xml.rels", rels);
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The record as Excel saves the part the add-in added: an XML declaration, then the add-in's XML. */
export function recordPart(metadata: WorkbookMetadata, n = 1): CustomXmlItem {
  return { n, content: `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n${metadataXml(metadata)}` };
}

/** Another add-in's custom XML part, which PlanCheck must leave alone. */
export function otherPart(n: number): CustomXmlItem {
  return { n, content: `<?xml version="1.0" encoding="UTF-8"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="APA"/>` };
}

/** The command line's report marker on a sheet, as copies written before the record carry it. */
export async function withReportMarker(bytes: Buffer, sheet: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const ref = `'${sheet.replace(/'/g, "''")}'!$A$1`.replace(/&/g, "&amp;");
  zip.file("xl/workbook.xml", xml.replace("</sheets>", `</sheets><definedNames><definedName name="_PlanCheck_Report" hidden="1">${ref}</definedName></definedNames>`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

export async function tempFile(name: string, bytes: Buffer): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-record-"));
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return file;
}

/** Every part of a package that holds XML in PlanCheck's namespace. */
export async function recordParts(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out: string[] = [];
  for (const name of Object.keys(zip.files).sort()) {
    if (!/^customXml\/item\d+\.xml$/.test(name)) continue;
    if ((await zip.file(name)!.async("string")).includes(`xmlns="${METADATA_NAMESPACE}"`)) out.push(name);
  }
  return out;
}
