import { TIMELINE_FILL_KINDS, TIMELINE_FILLS, type TimelineFill, type TimelineSheetLayout } from "../engine/report/timeline-sheet";
import { emptyMetadata, metadataXml, type WorkbookMetadata } from "../workbook/record";
import { relsPartName } from "./package-edit";
import { openWorkbookPackage, placeSheet, stylesPart, workbookSheets } from "./package-open";
import { writeRecordPart, type StoredRecord } from "./record-part";
import { withFillStyles } from "./report-styles";
import { timelineSheetXml } from "./timeline-sheet-xml";

/**
 * Adds (or replaces) PlanCheck's Timeline sheet of one plan sheet in a copy of a workbook, by
 * editing the package: the new sheet part, the workbook's list of sheets, its relationships, the
 * content types, the styles (the fills and a bold font, reused when already there) and PlanCheck's
 * record naming it as that plan's timeline. Every other part is carried over byte for byte. A
 * timeline written earlier for the same plan (found through the record, never by its name) is
 * rewritten in place; a user's sheet of the same name is never touched.
 */


export interface TimelineSheetModel {
  /** The sheet's name when it is new (the user's language); a free name is taken if it is in use. */
  name: string;
  /** The plan sheet the timeline is of. */
  plan: string;
  layout: TimelineSheetLayout;
}

export async function injectTimelineSheet(workbookBytes: Buffer, model: TimelineSheetModel): Promise<Buffer> {
  const opened = await openWorkbookPackage(workbookBytes);
  const { zip, workbookPart, workbookRelsPart, flavour, standardLayout, stored, main } = opened;
  let { workbookXml, relsXml, types } = opened;
  const sheets = workbookSheets(workbookXml, main);
  const recorded = (stored.metadata?.sheets ?? []).filter((s) => s.kind === "timeline" && s.plan?.sheet === model.plan).map((s) => s.name);
  const previous = sheets.find((s) => recorded.includes(s.name) && s.name !== model.plan);
  const edits = { workbookXml, relsXml, types };
  const { path: sheetPath, name: sheetName } = placeSheet(opened, edits, previous, model.name);
  const { path: stylesPath, xml: stylesXml } = await stylesPart(opened, edits);
  ({ workbookXml, relsXml, types } = edits);
  const styles = withFillStyles(stylesXml, TIMELINE_FILL_KINDS.map((f) => TIMELINE_FILLS[f]));
  const fills = Object.fromEntries(TIMELINE_FILL_KINDS.map((f, i) => [f, styles.fills[i]])) as Record<TimelineFill, number>;

  // The sheet has no relationships of its own: an earlier one's are PlanCheck's and go with it.
  zip.remove(relsPartName(sheetPath));
  zip.file(sheetPath, timelineSheetXml(model.layout, flavour.main, { fills, bold: styles.bold }));
  zip.file(stylesPath, styles.styles);
  zip.file(workbookPart, workbookXml);
  zip.file(workbookRelsPart, relsXml);
  zip.file("[Content_Types].xml", types);
  if (standardLayout) await writeRecordPart(zip, metadataXml(recordWithTimeline(stored, sheetName, model.plan)), stored);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
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

