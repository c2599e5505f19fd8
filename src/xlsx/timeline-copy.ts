import { TIMELINE_FILL_KINDS, TIMELINE_FILLS, type TimelineFill, type TimelineSheetLayout } from "../engine/report/timeline-sheet";
import { emptyMetadata, metadataXml, type WorkbookMetadata } from "../workbook/record";
import { freeRelId } from "./package-parts";
import {
  addOverride,
  addRelationship,
  ensureNamespace,
  freePartName,
  optionalPart,
  PackageLayoutError,
  relativeTarget,
  relationships,
  relsPartName,
} from "./package-edit";
import { openWorkbookPackage, workbookSheets } from "./package-open";
import { writeRecordPart, type StoredRecord } from "./record-part";
import { minimalStyles, withFillStyles } from "./report-styles";
import { escapeXml } from "./report-sheet-xml";
import { timelineSheetXml } from "./timeline-sheet-xml";

/**
 * Adds (or replaces) PlanCheck's Timeline sheet of one plan sheet in a copy of a workbook, by
 * editing the package: the new sheet part, the workbook's list of sheets, its relationships, the
 * content types, the styles (the fills and a bold font, reused when already there) and PlanCheck's
 * record naming it as that plan's timeline. Every other part is carried over byte for byte. A
 * timeline written earlier for the same plan (found through the record, never by its name) is
 * rewritten in place; a user's sheet of the same name is never touched.
 */

const CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

export interface TimelineSheetModel {
  /** The sheet's name when it is new (the user's language); a free name is taken if it is in use. */
  name: string;
  /** The plan sheet the timeline is of. */
  plan: string;
  layout: TimelineSheetLayout;
}

export async function injectTimelineSheet(workbookBytes: Buffer, model: TimelineSheetModel): Promise<Buffer> {
  const opened = await openWorkbookPackage(workbookBytes);
  const { zip, workbookPart, workbookRelsPart, base, flavour, standardLayout, stored, main } = opened;
  let { workbookXml, relsXml, types } = opened;
  const sheets = workbookSheets(workbookXml, main);
  const rels = relationships(relsXml, base);
  const recorded = (stored.metadata?.sheets ?? []).filter((s) => s.kind === "timeline" && s.plan?.sheet === model.plan).map((s) => s.name);
  const previous = sheets.find((s) => recorded.includes(s.name) && s.name !== model.plan);

  let sheetPath: string;
  let sheetName: string;
  if (previous) {
    sheetName = previous.name;
    const rel = rels.find((r) => r.id === previous.rid);
    if (!rel) throw new PackageLayoutError(`the workbook names sheet '${previous.name}' without a relationship`);
    sheetPath = rel.part;
  } else {
    const ns = ensureNamespace(workbookXml, flavour.rel, "r");
    workbookXml = ns.xml;
    sheetName = uniqueName(model.name, new Set(sheets.map((s) => s.name.toLowerCase())));
    sheetPath = freePartName(zip, `${base}worksheets/sheet`, ".xml");
    const rid = freeRelId(rels.map((r) => r.id));
    const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
    relsXml = addRelationship(relsXml, { id: rid, type: `${flavour.relType}/worksheet`, target: relativeTarget(base, sheetPath) });
    workbookXml = appendSheet(workbookXml, main, `<${main}sheet name="${escapeXml(sheetName)}" sheetId="${sheetId}" ${ns.prefix}:id="${rid}"/>`);
    types = addOverride(types, sheetPath, CT_SHEET);
  }

  // Styles: the workbook's own part, or a new one when the package has none.
  const stylesRel = rels.find((r) => /\/styles$/.test(r.type) && !r.external);
  let stylesPath = stylesRel?.part ?? null;
  let stylesXml = stylesPath === null ? null : await optionalPart(zip, stylesPath);
  if (stylesXml === null) {
    stylesPath ??= freePartName(zip, `${base}styles`, ".xml");
    stylesXml = minimalStyles(flavour.main);
    if (!stylesRel) relsXml = addRelationship(relsXml, { id: freeRelId(relationships(relsXml, base).map((r) => r.id)), type: `${flavour.relType}/styles`, target: relativeTarget(base, stylesPath) });
    types = addOverride(types, stylesPath, CT_STYLES);
  }
  const styles = withFillStyles(stylesXml, TIMELINE_FILL_KINDS.map((f) => TIMELINE_FILLS[f]));
  const fills = Object.fromEntries(TIMELINE_FILL_KINDS.map((f, i) => [f, styles.fills[i]])) as Record<TimelineFill, number>;

  // The sheet has no relationships of its own: an earlier one's are PlanCheck's and go with it.
  zip.remove(relsPartName(sheetPath));
  zip.file(sheetPath, timelineSheetXml(model.layout, flavour.main, { fills, bold: styles.bold }));
  zip.file(stylesPath!, styles.styles);
  zip.file(workbookPart, workbookXml);
  zip.file(workbookRelsPart, relsXml);
  zip.file("[Content_Types].xml", types);
  if (standardLayout) await writeRecordPart(zip, metadataXml(recordWithTimeline(stored, sheetName, model.plan)), stored);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}


function appendSheet(xml: string, p: string, tag: string): string {
  const close = new RegExp(`</${p}sheets\\s*>`).exec(xml);
  if (!close) throw new PackageLayoutError("the workbook has no <sheets>");
  return xml.slice(0, close.index) + tag + xml.slice(close.index);
}

/** The record with this sheet as the plan's timeline; entries this version does not know are kept. */
function recordWithTimeline(stored: StoredRecord, sheetName: string, plan: string): WorkbookMetadata {
  const record = stored.json ?? (emptyMetadata() as unknown as Record<string, unknown>);
  const sheets = Array.isArray(record.sheets) ? (record.sheets as unknown[]) : [];
  const others = sheets.filter((s) => {
    const r = s as { kind?: unknown; plan?: { sheet?: unknown } } | null;
    return !(r && typeof r === "object" && r.kind === "timeline" && r.plan?.sheet === plan);
  });
  return { ...record, sheets: [...others, { kind: "timeline", name: sheetName, id: null, plan: { sheet: plan, sheetId: null } }] } as unknown as WorkbookMetadata;
}

function uniqueName(base: string, taken: Set<string>): string {
  const clean = base.replace(/[\\/?*[\]:]/g, " ").slice(0, 31);
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const candidate = `${clean.slice(0, 31 - ` (${i})`.length)} (${i})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
