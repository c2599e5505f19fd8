import JSZip from "jszip";
import type { ReportSheetModel } from "./report-sheet-model";
import { sheetReference } from "./report-sheet-model";
import { looksLikeFormula } from "../engine/report/safe-text";
import { columnLetter } from "../engine/grid";
import { emptyMetadata, metadataXml, type WorkbookMetadata } from "../excel/metadata-format";
import { readRecordPart, writeRecordPart, type StoredRecord } from "./record-part";
import { REPORT_MARKER, reportMarkerElement, reportMarkerSheet } from "./workbook-record";
import { freeRelId, partXml, tagAttribute } from "./package-parts";

/**
 * Adds (or replaces) PlanCheck's report sheet in a copy of a workbook by editing the package
 * directly: every other part of the file — sheets, charts, styles, other add-ins' data — is
 * carried over byte for byte. The report sheet is named in PlanCheck's record (the custom XML
 * part the add-in reads, docs/workbook-metadata.md) and marked by a hidden defined name, as
 * copies written before the record was; it is recognised by those, never by its sheet name, so a
 * user's own sheet with the same name is never touched.
 */

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_SHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const REL_TABLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_TABLE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

interface SheetEntry {
  xml: string;
  name: string;
  sheetId: number;
  rid: string;
}

export async function injectReportSheet(workbookBytes: Buffer, model: ReportSheetModel): Promise<Buffer> {
  const zip = await JSZip.loadAsync(workbookBytes);
  const workbookXml = await partXml(zip, "xl/workbook.xml");
  const relsXml = await partXml(zip, "xl/_rels/workbook.xml.rels");
  let contentTypes = await partXml(zip, "[Content_Types].xml");
  const stored = await readRecordPart(zip);

  const sheets: SheetEntry[] = [...workbookXml.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => ({
    xml: m[0],
    name: tagAttribute(m[0], "name") ?? "",
    sheetId: Number(tagAttribute(m[0], "sheetId") ?? 0),
    rid: tagAttribute(m[0], "r:id") ?? "",
  }));
  const rels = [...relsXml.matchAll(/<Relationship\b[^>]*\/>/g)].map((m) => ({
    id: tagAttribute(m[0], "Id") ?? "",
    target: tagAttribute(m[0], "Target") ?? "",
  }));
  const previous = previousReport(sheets, workbookXml, stored.metadata);

  let sheetPath: string;
  let sheetName: string;
  let newWorkbookXml = workbookXml;
  let newRelsXml = relsXml;
  if (previous) {
    // Rewrite PlanCheck's own earlier report in place; everything else stays as it is.
    sheetName = previous.name;
    const target = rels.find((r) => r.id === previous.rid)?.target ?? "";
    sheetPath = resolveTarget(target);
  } else {
    sheetName = uniqueName(model.name, new Set(sheets.map((s) => s.name.toLowerCase())));
    const n = nextFreeNumber(zip, "xl/worksheets/sheet", ".xml");
    sheetPath = `xl/worksheets/sheet${n}.xml`;
    const rid = freeRelId(rels.map((r) => r.id));
    const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
    newRelsXml = relsXml.replace("</Relationships>", `<Relationship Id="${rid}" Type="${REL_SHEET}" Target="worksheets/sheet${n}.xml"/></Relationships>`);
    newWorkbookXml = newWorkbookXml.replace(/<\/sheets>/, `<sheet name="${escapeXml(sheetName)}" sheetId="${sheetId}" r:id="${rid}"/></sheets>`);
    contentTypes = contentTypes.replace("</Types>", `<Override PartName="/${sheetPath}" ContentType="${CT_SHEET}"/></Types>`);
  }
  newWorkbookXml = withReportMarker(newWorkbookXml, sheetName);
  if (!newWorkbookXml.includes(`xmlns:r="${NS_REL}"`)) newWorkbookXml = newWorkbookXml.replace("<workbook ", `<workbook xmlns:r="${NS_REL}" `);

  // The findings table: reuse the earlier report's table part when there is one.
  const sheetRelsPath = sheetPath.replace(/worksheets\/(sheet\d+\.xml)$/, "worksheets/_rels/$1.rels");
  let tablePath: string;
  const oldSheetRels = zip.file(sheetRelsPath) ? await partXml(zip, sheetRelsPath) : null;
  const oldTableTarget = oldSheetRels ? /Type="[^"]*\/table"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Type="[^"]*\/table"/.exec(oldSheetRels) : null;
  if (oldTableTarget) {
    tablePath = "xl/" + (oldTableTarget[1] ?? oldTableTarget[2]).replace(/^\.\.\//, "");
  } else {
    const t = nextFreeNumber(zip, "xl/tables/table", ".xml");
    tablePath = `xl/tables/table${t}.xml`;
    contentTypes = contentTypes.replace("</Types>", `<Override PartName="/${tablePath}" ContentType="${CT_TABLE}"/></Types>`);
  }
  const tableId = await nextTableId(zip, tablePath);
  const layout = layoutSheet(model);
  zip.file(sheetPath, layout.xml);
  zip.file(sheetRelsPath, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_TABLE}" Target="../${tablePath.replace(/^xl\//, "")}"/></Relationships>`);
  zip.file(tablePath, tableXml(tableId, layout.tableRef, model.headers));
  zip.file("xl/workbook.xml", newWorkbookXml);
  zip.file("xl/_rels/workbook.xml.rels", newRelsXml);
  zip.file("[Content_Types].xml", contentTypes);
  await writeRecordPart(zip, metadataXml(recordWithReport(stored, sheetName)), stored);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * PlanCheck's earlier report: the sheet the record names as its report (the add-in's or an
 * earlier copy's), else the one the hidden marker points at. Replacing it keeps one report sheet.
 */
function previousReport(sheets: SheetEntry[], workbookXml: string, metadata: WorkbookMetadata | null): SheetEntry | undefined {
  const recorded = (metadata?.sheets ?? []).filter((s) => s.kind === "report").map((s) => s.name);
  const marked = reportMarkerSheet(workbookXml);
  for (const name of [...recorded, ...(marked !== null ? [marked] : [])]) {
    const sheet = sheets.find((s) => s.name === name);
    if (sheet) return sheet;
  }
  return undefined;
}

/** The hidden marker on the report sheet's A1, replacing any earlier one. */
function withReportMarker(workbookXml: string, sheetName: string): string {
  const old = reportMarkerElement(workbookXml);
  const xml = old ? workbookXml.replace(old.xml, "") : workbookXml;
  const definedName = `<definedName name="${REPORT_MARKER}" hidden="1">${escapeXml(sheetReference(sheetName, "$A$1"))}</definedName>`;
  if (/<definedNames\s*\/>/.test(xml)) return xml.replace(/<definedNames\s*\/>/, `<definedNames>${definedName}</definedNames>`);
  if (/<definedNames\s*>/.test(xml)) return xml.replace(/<definedNames\s*>/, (open) => `${open}${definedName}`);
  // definedNames follows sheets, functionGroups and externalReferences in the workbook's schema order.
  const after = [/<\/externalReferences>/, /<\/functionGroups>|<functionGroups\b[^>]*\/>/, /<\/sheets>/].find((tag) => tag.test(xml))!;
  return xml.replace(after, (tag) => `${tag}<definedNames>${definedName}</definedNames>`);
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

interface Layout {
  xml: string;
  tableRef: string;
}

function layoutSheet(model: ReportSheetModel): Layout {
  const rows: string[] = [];
  const links: string[] = [];
  let r = 1;
  rows.push(rowXml(r++, [model.name]));
  for (const [label, value] of model.summary) rows.push(rowXml(r++, [label, value]));
  r++; // one empty row between the summary and the findings
  const headerRow = r;
  rows.push(rowXml(r++, model.headers));
  for (const row of model.rows) {
    links.push(`<hyperlink ref="A${r}" location="${escapeXml(sheetReference(row.link.sheet, row.link.cell))}" display="${escapeXml(row.linkText)}"/>`);
    rows.push(rowXml(r++, [row.linkText, ...row.cells]));
  }
  // A table needs at least one data row.
  if (model.rows.length === 0) rows.push(rowXml(r++, [""]));
  const lastCol = columnLetter(model.headers.length - 1);
  const tableRef = `A${headerRow}:${lastCol}${r - 1}`;
  const cols = model.headers.map((_, i) => `<col min="${i + 1}" max="${i + 1}" width="${i === 0 ? 18 : i >= 5 ? 50 : 14}" customWidth="1"/>`).join("");
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<cols>${cols}</cols><sheetData>${rows.join("")}</sheetData>` +
    (links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    `<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;
  return { xml, tableRef };
}

function rowXml(r: number, values: (string | number)[]): string {
  const cells = values
    .map((v, i) => {
      const ref = `${columnLetter(i)}${r}`;
      if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
      if (v === "") return "";
      // Inline strings are never evaluated; a formula-like text is still only text.
      const quote = looksLikeFormula(v) ? ' quotePrefix="1"' : "";
      return `<c r="${ref}" t="inlineStr"${quote}><is><t xml:space="preserve">${escapeXml(clip(v))}</t></is></c>`;
    })
    .join("");
  return `<row r="${r}">${cells}</row>`;
}

function tableXml(id: number, ref: string, headers: string[]): string {
  const seen = new Map<string, number>();
  const names = headers.map((h) => {
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return n === 1 ? h : `${h} ${n}`;
  });
  const columns = names.map((h, i) => `<tableColumn id="${i + 1}" name="${escapeXml(h)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${NS_MAIN}" id="${id}" name="PlanCheckReport${id}" displayName="PlanCheckReport${id}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

function resolveTarget(target: string): string {
  return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
}

function uniqueName(base: string, taken: Set<string>): string {
  const clean = base.replace(/[\\/?*[\]:]/g, " ").slice(0, 31);
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const candidate = `${clean.slice(0, 31 - ` (${i})`.length)} (${i})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function nextFreeNumber(zip: JSZip, prefix: string, suffix: string): number {
  let n = 1;
  while (zip.file(`${prefix}${n}${suffix}`)) n++;
  return n;
}

/** Table ids must be unique across the workbook. */
async function nextTableId(zip: JSZip, own: string): Promise<number> {
  let max = 0;
  for (const path of Object.keys(zip.files)) {
    if (!/^xl\/tables\/table\d+\.xml$/.test(path) || path === own) continue;
    const m = /<table\b[^>]*\sid="(\d+)"/.exec(await zip.file(path)!.async("string"));
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}


/** Excel keeps at most 32,767 characters in a cell. */
function clip(s: string): string {
  return s.length > 32767 ? s.slice(0, 32766) + "…" : s;
}

function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Characters XML 1.0 cannot carry are written the way Excel writes them (_xHHHH_).
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`);
}

