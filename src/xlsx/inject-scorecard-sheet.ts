import JSZip from "jszip";
import { columnLetter } from "../engine/grid";
import type { SheetValue } from "../engine/scorecard/portable";
import { storedFormula } from "../engine/scorecard/stored-formula";
import { metadataXml, emptyMetadata, type WorkbookMetadata } from "../workbook/record";
import { STATUS_FILLS, SCORECARD_WIDTH, type ScorecardLayout } from "../excel/portable-scorecard-layout";
import { freeRelId, partXml, tagAttribute } from "./package-parts";
import { readRecordPart, writeRecordPart, type StoredRecord } from "./record-part";
import { escapeXml } from "./report-sheet-xml";
import { uniqueName } from "./package-open";
import { scorecardChart } from "../workbook/scorecard-chart";
import { chartXml, CT_CHART, CT_DRAWING, drawingXml, REL_CHART, REL_DRAWING, relationshipsXml } from "./scorecard-chart-parts";

/**
 * Adds (or replaces) PlanCheck's Scorecard sheet of one plan sheet in a copy of a workbook, by
 * editing the package: the sheet part with its formulas and their cached values, its number
 * formats and traffic-light fills in the styles part, and the record naming it as the scorecard of
 * that plan. Every other part is carried over byte for byte. A scorecard written earlier for the
 * same plan (found through the record, never by its name) is rewritten in place; a user's sheet of
 * the same name is never touched.
 */

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_SHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

export interface ScorecardSheetModel {
  /** The sheet's name when it is new (the user's language); a free name is taken if it is in use. */
  name: string;
  /** The plan sheet the scorecard rolls up. */
  plan: string;
  layout: ScorecardLayout;
  /** The chart's title in the user's language; without one, Excel titles it with the score column's heading. */
  chartTitle?: string;
}

interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
}

export async function injectScorecardSheets(workbookBytes: Buffer, models: ScorecardSheetModel[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(workbookBytes);
  let stored = await readRecordPart(zip);
  for (const model of models) {
    await injectOne(zip, model, stored);
    stored = await readRecordPart(zip);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function injectOne(zip: JSZip, model: ScorecardSheetModel, stored: StoredRecord): Promise<void> {
  let workbookXml = await partXml(zip, "xl/workbook.xml");
  let relsXml = await partXml(zip, "xl/_rels/workbook.xml.rels");
  let contentTypes = await partXml(zip, "[Content_Types].xml");
  const sheets: SheetEntry[] = [...workbookXml.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => ({
    name: tagAttribute(m[0], "name") ?? "",
    sheetId: Number(tagAttribute(m[0], "sheetId") ?? 0),
    rid: tagAttribute(m[0], "r:id") ?? "",
  }));
  const rels = [...relsXml.matchAll(/<Relationship\b[^>]*\/>/g)].map((m) => ({ id: tagAttribute(m[0], "Id") ?? "", target: tagAttribute(m[0], "Target") ?? "" }));

  const recorded = (stored.metadata?.sheets ?? []).filter((s) => s.kind === "scorecard" && s.plan?.sheet === model.plan).map((s) => s.name);
  const previous = sheets.find((s) => recorded.includes(s.name) && s.name !== model.plan);
  let sheetName: string;
  let sheetPath: string;
  if (previous) {
    sheetName = previous.name;
    const target = rels.find((r) => r.id === previous.rid)?.target ?? "";
    sheetPath = target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
  } else {
    sheetName = uniqueName(model.name, new Set(sheets.map((s) => s.name.toLowerCase())));
    let n = 1;
    while (zip.file(`xl/worksheets/sheet${n}.xml`)) n++;
    sheetPath = `xl/worksheets/sheet${n}.xml`;
    const rid = freeRelId(rels.map((r) => r.id));
    const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
    relsXml = relsXml.replace("</Relationships>", `<Relationship Id="${rid}" Type="${REL_SHEET}" Target="worksheets/sheet${n}.xml"/></Relationships>`);
    workbookXml = workbookXml.replace(/<\/sheets>/, `<sheet name="${escapeXml(sheetName)}" sheetId="${sheetId}" r:id="${rid}"/></sheets>`);
    if (!workbookXml.includes(`xmlns:r="${NS_REL}"`)) workbookXml = workbookXml.replace("<workbook ", `<workbook xmlns:r="${NS_REL}" `);
    contentTypes = contentTypes.replace("</Types>", `<Override PartName="/${sheetPath}" ContentType="${CT_SHEET}"/></Types>`);
  }

  const styles = zip.file("xl/styles.xml") ? await addStyles(await partXml(zip, "xl/styles.xml"), model.layout) : null;
  if (styles) zip.file("xl/styles.xml", styles.xml);
  const sheetRels = sheetPath.replace(/worksheets\/([^/]+\.xml)$/, "worksheets/_rels/$1.rels");
  // An earlier scorecard's chart goes with it: its drawing and chart parts are PlanCheck's own.
  contentTypes = await removeDrawings(zip, sheetRels, contentTypes);
  zip.remove(sheetRels);
  const chart = scorecardChart(model.layout.statusRanges, Math.max(SCORECARD_WIDTH, ...model.layout.rows.map((r) => r.length)));
  if (chart) {
    const drawing = freePart(zip, "xl/drawings/drawing", ".xml");
    const chartPart = freePart(zip, "xl/charts/chart", ".xml");
    zip.file(chartPart, chartXml(sheetName, model.layout, chart, model.chartTitle ?? null));
    zip.file(drawing, drawingXml(chart, "rId1", model.chartTitle ?? sheetName));
    zip.file(relsPathOf(drawing), relationshipsXml("rId1", REL_CHART, `../charts/${chartPart.split("/").pop()}`));
    zip.file(sheetRels, relationshipsXml("rId1", REL_DRAWING, `../drawings/${drawing.split("/").pop()}`));
    contentTypes = contentTypes.replace("</Types>", `<Override PartName="/${drawing}" ContentType="${CT_DRAWING}"/><Override PartName="/${chartPart}" ContentType="${CT_CHART}"/></Types>`);
  }
  zip.file(sheetPath, sheetXml(model.layout, styles, chart ? "rId1" : null));
  zip.file("xl/workbook.xml", workbookXml);
  zip.file("xl/_rels/workbook.xml.rels", relsXml);
  zip.file("[Content_Types].xml", contentTypes);
  await writeRecordPart(zip, metadataXml(recordWithScorecard(stored, sheetName, model.plan)), stored);
}

/** `xl/drawings/drawing3.xml` for the first number no part has. */
function freePart(zip: JSZip, stem: string, ext: string): string {
  let n = 1;
  while (zip.file(`${stem}${n}${ext}`)) n++;
  return `${stem}${n}${ext}`;
}

/** `xl/drawings/_rels/drawing1.xml.rels` for `xl/drawings/drawing1.xml`. */
function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name, relative to the part that holds the relationship. */
function resolveTarget(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== ".") parts.push(step);
  }
  return parts.join("/");
}

/**
 * Removes the drawings a sheet's relationships name (PlanCheck's earlier scorecard chart), with
 * their charts and content types; returns the content types without them.
 */
async function removeDrawings(zip: JSZip, sheetRels: string, contentTypes: string): Promise<string> {
  const rels = zip.file(sheetRels);
  if (!rels) return contentTypes;
  const sheetPart = sheetRels.replace(/_rels\/([^/]+)\.rels$/, "$1");
  const gone: string[] = [];
  for (const m of (await rels.async("string")).matchAll(/<Relationship\b[^>]*\/>/g)) {
    if (tagAttribute(m[0], "Type") !== REL_DRAWING) continue;
    const drawing = resolveTarget(sheetPart, tagAttribute(m[0], "Target") ?? "");
    const drawingRels = zip.file(relsPathOf(drawing));
    if (drawingRels) {
      for (const c of (await drawingRels.async("string")).matchAll(/<Relationship\b[^>]*\/>/g)) {
        if (tagAttribute(c[0], "Type") === REL_CHART) gone.push(resolveTarget(drawing, tagAttribute(c[0], "Target") ?? ""));
      }
    }
    gone.push(drawing, relsPathOf(drawing));
  }
  for (const part of gone) {
    zip.remove(part);
    contentTypes = contentTypes.replace(new RegExp(`<Override\\b[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`), "");
  }
  return contentTypes;
}

/** The record with this sheet as the plan's scorecard; entries this version does not know are kept. */
function recordWithScorecard(stored: StoredRecord, sheetName: string, plan: string): WorkbookMetadata {
  const record = stored.json ?? (emptyMetadata() as unknown as Record<string, unknown>);
  const sheets = Array.isArray(record.sheets) ? (record.sheets as unknown[]) : [];
  const others = sheets.filter((s) => {
    const r = s as { kind?: unknown; plan?: { sheet?: unknown } } | null;
    return !(r && typeof r === "object" && r.kind === "scorecard" && r.plan?.sheet === plan);
  });
  return { ...record, sheets: [...others, { kind: "scorecard", name: sheetName, id: null, plan: { sheet: plan, sheetId: null } }] } as unknown as WorkbookMetadata;
}

// ---------------------------------------------------------------------------------------------
// Styles: one cell format per number format used, a bold one, and a fill per traffic light.

interface AddedStyles {
  xml: string;
  /** Cell format index per number format code. */
  formats: Map<string, number>;
  bold: number | null;
  /** Differential format index per status. */
  fills: Map<string, number>;
}

async function addStyles(xml: string, layout: ScorecardLayout): Promise<AddedStyles | null> {
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
  if (!xfs) return null;
  let out = xml;
  let xfCount = (xfs[1].match(/<xf\b/g) ?? []).length;
  const newXfs: string[] = [];
  const formats = new Map<string, number>();

  const ids = [...xml.matchAll(/<numFmt\b[^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  let nextId = Math.max(163, ...ids) + 1;
  const newFmts: string[] = [];
  for (const code of new Set(layout.numberFormats.map((f) => f.format))) {
    newFmts.push(`<numFmt numFmtId="${nextId}" formatCode="${escapeXml(code)}"/>`);
    newXfs.push(`<xf numFmtId="${nextId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`);
    formats.set(code, xfCount++);
    nextId++;
  }
  if (newFmts.length > 0) {
    if (/<numFmts\b[^>]*\/>/.test(out)) out = out.replace(/<numFmts\b[^>]*\/>/, `<numFmts count="0"></numFmts>`);
    if (/<numFmts\b/.test(out)) out = out.replace(/<\/numFmts>/, `${newFmts.join("")}</numFmts>`);
    else out = out.replace(/(<styleSheet\b[^>]*>)/, `$1<numFmts count="0">${newFmts.join("")}</numFmts>`);
    out = recount(out, "numFmts", "numFmt");
  }

  let bold: number | null = null;
  const fonts = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(out);
  if (fonts) {
    const fontCount = (fonts[1].match(/<font\b/g) ?? []).length;
    out = out.replace(/<\/fonts>/, `<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>`);
    out = recount(out, "fonts", "font");
    newXfs.push(`<xf numFmtId="0" fontId="${fontCount}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`);
    bold = xfCount++;
  }
  out = out.replace(/<\/cellXfs>/, `${newXfs.join("")}</cellXfs>`);
  out = recount(out, "cellXfs", "xf");

  const fills = new Map<string, number>();
  const dxfList = Object.entries(STATUS_FILLS).map(([, color]) => `<dxf><fill><patternFill><bgColor rgb="FF${color.slice(1)}"/></patternFill></fill></dxf>`);
  const existing = /<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(out);
  const dxfStart = existing ? (existing[1].match(/<dxf\b/g) ?? []).length : 0;
  Object.keys(STATUS_FILLS).forEach((status, i) => fills.set(status, dxfStart + i));
  if (existing) out = out.replace(/<\/dxfs>/, `${dxfList.join("")}</dxfs>`);
  else if (/<dxfs\b[^>]*\/>/.test(out)) out = out.replace(/<dxfs\b[^>]*\/>/, `<dxfs count="0">${dxfList.join("")}</dxfs>`);
  else {
    // dxfs follows cellStyles (or cellXfs) in the stylesheet's schema order.
    const after = /<\/cellStyles>|<cellStyles\b[^>]*\/>/.test(out) ? /(<\/cellStyles>|<cellStyles\b[^>]*\/>)/ : /(<\/cellXfs>)/;
    out = out.replace(after, `$1<dxfs count="0">${dxfList.join("")}</dxfs>`);
  }
  out = recount(out, "dxfs", "dxf");
  return { xml: out, formats, bold, fills };
}

/** Sets a collection's count attribute to the number of its items. */
function recount(xml: string, collection: string, item: string): string {
  return xml.replace(new RegExp(`<${collection}\\b([^>]*)>([\\s\\S]*?)</${collection}>`), (whole, attrs: string, body: string) => {
    const count = (body.match(new RegExp(`<${item}\\b`, "g")) ?? []).length;
    const rest = attrs.replace(/\scount="\d*"/, "");
    return `<${collection} count="${count}"${rest}>${body}</${collection}>`;
  });
}

// ---------------------------------------------------------------------------------------------
// The sheet.

function sheetXml(layout: ScorecardLayout, styles: AddedStyles | null, drawingRel: string | null): string {
  const formatOf = new Map(layout.numberFormats.map((f) => [f.cell, f.format]));
  const bold = new Set(layout.boldRows);
  const rows = layout.rows.map((row, r) => {
    const cells = row
      .map((content, c) => {
        const ref = `${columnLetter(c)}${r + 1}`;
        const format = formatOf.get(ref);
        const xf = format !== undefined ? styles?.formats.get(format) : bold.has(r) ? styles?.bold : undefined;
        const s = xf !== undefined && xf !== null ? ` s="${xf}"` : "";
        return cellXml(ref, content, layout.cached[r]?.[c] ?? null, s);
      })
      .join("");
    return `<row r="${r + 1}">${cells}</row>`;
  });
  const cf = styles
    ? layout.statusRanges
        .map((range, i) => {
          const top = range.split(":")[0];
          const rules = Object.keys(STATUS_FILLS)
            .map((status, j) => `<cfRule type="expression" dxfId="${styles.fills.get(status)}" priority="${i * 4 + j + 1}"><formula>${escapeXml(`${top}="${status}"`)}</formula></cfRule>`)
            .join("");
          return `<conditionalFormatting sqref="${range}">${rules}</conditionalFormatting>`;
        })
        .join("")
    : "";
  const widths = [28, 34, 44, 12, 12, 12, 10, 10, 10, 12, 12, 12, 12, 12, 10].slice(0, SCORECARD_WIDTH);
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><cols>${cols}</cols><sheetData>${rows.join("")}</sheetData>${cf}${drawingRel ? `<drawing r:id="${drawingRel}"/>` : ""}</worksheet>`
  );
}

/** One cell: text as an inline string (never evaluated), a number, or a formula with its cached value. */
function cellXml(ref: string, content: string | number, cached: SheetValue | null, s: string): string {
  if (typeof content === "number") return `<c r="${ref}"${s}><v>${content}</v></c>`;
  if (content === "") return "";
  if (content.startsWith("=")) {
    const f = `<f>${escapeXml(storedFormula(content.slice(1)))}</f>`;
    if (typeof cached === "number") return `<c r="${ref}"${s}>${f}<v>${cached}</v></c>`;
    if (typeof cached === "string" && /^#/.test(cached)) return `<c r="${ref}"${s} t="e">${f}<v>${escapeXml(cached)}</v></c>`;
    if (typeof cached === "string") return `<c r="${ref}"${s} t="str">${f}<v>${escapeXml(cached)}</v></c>`;
    return `<c r="${ref}"${s}>${f}</c>`;
  }
  const text = content.startsWith("'") ? content.slice(1) : content;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text.length > 32767 ? `${text.slice(0, 32766)}…` : text)}</t></is></c>`;
}

