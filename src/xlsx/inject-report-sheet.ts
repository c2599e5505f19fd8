import type JSZip from "jszip";
import type { ReportSheetModel } from "./report-sheet-model";
import { sheetReference } from "./report-sheet-model";
import { emptyMetadata, metadataXml, type WorkbookMetadata } from "../workbook/record";
import { insertInto, openWorkbookPackage, placeSheet, stylesPart, workbookSheets, type WorkbookSheet } from "./package-open";
import { writeRecordPart, type StoredRecord } from "./record-part";
import { REPORT_MARKER, reportMarkerSheet } from "./workbook-record";
import { tagAttribute } from "./package-parts";
import {
  addOverride,
  folderOf,
  freePartName,
  optionalPart,
  relativeTarget,
  relationships,
  relsPartName,
  type PackageFlavour,
} from "./package-edit";
import { withReportStyles } from "./report-styles";
import { escapeXml, reportSheetXml, reportTableXml } from "./report-sheet-xml";

export { PackageLayoutError } from "./package-edit";

/**
 * Adds (or replaces) PlanCheck's report sheet in a copy of a workbook by editing the package
 * directly. The parts it writes are new (the sheet, its table) or edited where the report must be
 * named: the workbook (the sheet, the hidden marker, the print titles, the active tab), its
 * relationships, the content types, the styles (two cell formats added) and PlanCheck's record.
 * Every other part is carried over byte for byte, except that another sheet selected in the
 * file gives up its selection to the report (the sheet the user sees first). The package is edited
 * through its own relationships and namespaces, whatever the prefixes, paths and flavour (Strict or
 * transitional) its writer chose.
 *
 * The report sheet is named in PlanCheck's record (the custom XML part the add-in reads,
 * docs/workbook-metadata.md) and marked by a hidden defined name; it is recognised by those, never
 * by its sheet name, so a user's own sheet with the same name is never touched.
 */

const CT_TABLE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const PRINT_TITLES = "_xlnm.Print_Titles";

type SheetEntry = WorkbookSheet;

export async function injectReportSheet(workbookBytes: Buffer, model: ReportSheetModel): Promise<Buffer> {
  const opened = await openWorkbookPackage(workbookBytes);
  const { zip, workbookPart, workbookRelsPart, base, flavour, standardLayout, stored, main } = opened;
  let { workbookXml, relsXml, types } = opened;
  const sheets = workbookSheets(workbookXml, main);
  const rels = relationships(relsXml, base);
  const previous = previousReport(sheets, workbookXml, stored.metadata);
  // Rewrite PlanCheck's own earlier report in place; everything else stays as it is.
  const edits = { workbookXml, relsXml, types };
  const { path: sheetPath, name: sheetName } = placeSheet(opened, edits, previous, model.name);
  const order = workbookSheets(edits.workbookXml, main);
  const reportIndex = order.findIndex((s) => s.name === sheetName);
  const { path: stylesPath, xml: stylesXml } = await stylesPart(opened, edits);
  ({ workbookXml, relsXml, types } = edits);
  const styles = withReportStyles(stylesXml);

  // The findings table: reuse the earlier report's table part when there is one.
  const sheetRelsPath = relsPartName(sheetPath);
  const oldSheetRels = await optionalPart(zip, sheetRelsPath);
  const oldTable = oldSheetRels === null ? undefined : relationships(oldSheetRels, folderOf(sheetPath)).find((r) => /\/table$/.test(r.type) && !r.external);
  const tablePath = oldTable?.part ?? freePartName(zip, `${base}tables/table`, ".xml");
  if (!oldTable) types = addOverride(types, tablePath, CT_TABLE);
  const tableId = await nextTableId(zip, tablePath);

  const layout = reportSheetXml(model, flavour.main, flavour.rel, styles);
  zip.file(sheetPath, layout.xml);
  zip.file(
    sheetRelsPath,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${flavour.relType}/table" Target="${relativeTarget(folderOf(sheetPath), tablePath)}"/></Relationships>`,
  );
  zip.file(tablePath, reportTableXml(flavour.main, tableId, `PlanCheckReport${tableId}`, layout.tableRef, model.headers));
  zip.file(stylesPath!, styles.styles);

  workbookXml = withDefinedNames(workbookXml, main, sheetName, reportIndex, layout.headerRow);
  workbookXml = withActiveTab(workbookXml, main, reportIndex);
  await deselectOtherSheets(zip, order, rels, sheetName);
  zip.file(workbookPart, workbookXml);
  zip.file(workbookRelsPart, relsXml);
  zip.file("[Content_Types].xml", types);
  // PlanCheck's record is kept where the add-in keeps it: in a transitional workbook at the usual path.
  if (standardLayout) await writeRecordPart(zip, metadataXml(recordWithReport(stored, sheetName)), stored);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}



/**
 * PlanCheck's earlier report: the sheet the record names as its report (the add-in's or an
 * earlier copy's), else the one the hidden marker points at. Replacing it keeps one report sheet.
 */
function previousReport(sheets: SheetEntry[], workbookXml: string, metadata: WorkbookMetadata | null): SheetEntry | undefined {
  const recorded = (metadata?.sheets ?? []).filter((s) => s.kind === "report").map((s) => s.name);
  const marked = reportMarkerSheet(workbookXml.replace(/<(\/?)[\w.-]+:definedName\b/g, "<$1definedName"));
  for (const name of [...recorded, ...(marked !== null ? [marked] : [])]) {
    const sheet = sheets.find((s) => s.name === name);
    if (sheet) return sheet;
  }
  return undefined;
}

/**
 * The hidden marker on the report sheet's A1 and the report's print titles (its findings header
 * row on every printed page), replacing earlier ones; other defined names stay as they are.
 */
function withDefinedNames(workbookXml: string, p: string, sheetName: string, sheetIndex: number, headerRow: number): string {
  const definedName = new RegExp(`<${p}definedName\\b[^>]*>[^<]*</${p}definedName>`, "g");
  let xml = workbookXml.replace(definedName, (el) => {
    const name = tagAttribute(el, "name");
    if (name === REPORT_MARKER) return "";
    if (name === PRINT_TITLES && tagAttribute(el, "localSheetId") === String(sheetIndex)) return "";
    return el;
  });
  const names =
    `<${p}definedName name="${REPORT_MARKER}" hidden="1">${escapeXml(sheetReference(sheetName, "$A$1"))}</${p}definedName>` +
    `<${p}definedName name="${PRINT_TITLES}" localSheetId="${sheetIndex}">${escapeXml(sheetReference(sheetName, `$${headerRow}:$${headerRow}`))}</${p}definedName>`;
  if (new RegExp(`<${p}definedNames\\b`).test(xml)) return insertInto(xml, p, "definedNames", names);
  // definedNames follows sheets, functionGroups and externalReferences in the workbook's schema order.
  const after = [`</${p}externalReferences>`, `</${p}functionGroups>`, `</${p}sheets>`].find((tag) => xml.includes(tag))!;
  const at = xml.indexOf(after) + after.length;
  xml = xml.slice(0, at) + `<${p}definedNames>${names}</${p}definedNames>` + xml.slice(at);
  return xml;
}

/** The report is the sheet the workbook opens on: `activeTab` of the first workbook view (one is added when there is none). */
function withActiveTab(xml: string, p: string, index: number): string {
  const view = new RegExp(`<${p}workbookView\\b[^>]*?/?>`).exec(xml);
  if (view) {
    const tag = view[0].replace(/\sactiveTab\s*=\s*("[^"]*"|'[^']*')/, "");
    const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
    return xml.slice(0, view.index) + tag.slice(0, end) + ` activeTab="${index}"` + tag.slice(end) + xml.slice(view.index + view[0].length);
  }
  const views = `<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>`;
  if (new RegExp(`<${p}bookViews\\s*/>`).test(xml)) return xml.replace(new RegExp(`<${p}bookViews\\s*/>`), views);
  const sheetsAt = xml.search(new RegExp(`<${p}sheets[\\s>/]`));
  return xml.slice(0, sheetsAt) + views + xml.slice(sheetsAt);
}

/** Other worksheets give up `tabSelected`, so that the report alone is selected and Excel does not open a group of sheets. */
async function deselectOtherSheets(zip: JSZip, sheets: SheetEntry[], rels: ReturnType<typeof relationships>, reportName: string): Promise<void> {
  for (const sheet of sheets) {
    if (sheet.name === reportName) continue;
    const part = rels.find((r) => r.id === sheet.rid)?.part;
    if (!part) continue;
    const xml = await optionalPart(zip, part);
    if (xml === null || !/\stabSelected\s*=\s*["'](?:1|true)["']/.test(xml)) continue;
    zip.file(part, xml.replace(/(<(?:[\w.-]+:)?sheetView\b[^>]*?)\stabSelected\s*=\s*["'](?:1|true)["']/g, "$1"));
  }
}

/**
 * The record with this report sheet as PlanCheck's report (without an Excel id: a file has none;
 * the add-in finds it by name). The record is changed as its JSON holds it, so entries this
 * version does not know (another kind of sheet, a later field) are kept.
 */
function recordWithReport(stored: StoredRecord, sheetName: string): WorkbookMetadata {
  const record = stored.json ?? (emptyMetadata() as unknown as Record<string, unknown>);
  const sheets = Array.isArray(record.sheets) ? (record.sheets as unknown[]) : [];
  const others = sheets.filter((s) => !(s && typeof s === "object" && (s as { kind?: unknown }).kind === "report"));
  return { ...record, sheets: [...others, { kind: "report", name: sheetName, id: null }] } as unknown as WorkbookMetadata;
}


/** Table ids must be unique across the workbook. */
async function nextTableId(zip: JSZip, own: string): Promise<number> {
  let max = 0;
  for (const path of Object.keys(zip.files)) {
    if (!/(^|\/)tables\/[^/]+\.xml$/i.test(path) || path === own) continue;
    const m = /<(?:[\w.-]+:)?table\b[^>]*\sid\s*=\s*"(\d+)"/.exec(await zip.file(path)!.async("string"));
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

export type { PackageFlavour };
