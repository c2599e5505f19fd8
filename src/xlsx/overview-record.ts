import { METADATA_VERSION, metadataXml } from "../workbook/record";
import { writeRecordPart } from "./record-part";
import type { WorkbookSnapshot } from "./read-workbook";
import { ownedSheetNames } from "./workbook-record";

/**
 * The receiving office's overview is PlanCheck's own output, not a plan: it is often written into
 * the very folder it speaks of, and the next check of that folder must not take it for a received
 * plan. It says so the way every workbook says which sheets PlanCheck made — its record
 * (docs/workbook-metadata.md) lists each of its sheets — so it is recognised by what PlanCheck
 * wrote into it, never by its name.
 */

/** The overview's bytes with PlanCheck's record naming every one of its sheets as PlanCheck's. */
export async function withOverviewRecord(bytes: Uint8Array, sheetNames: string[]): Promise<Uint8Array> {
  // Loaded here only: recognising an overview, on every check, needs no zip writer.
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(bytes);
  const record = { version: METADATA_VERSION, tables: [], sheets: sheetNames.map((name) => ({ kind: "report" as const, name, id: null })) };
  await writeRecordPart(zip, metadataXml(record), { metadata: null, json: null, parts: [] });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * True for a workbook every sheet of which PlanCheck made, by its record or report marker: an
 * overview, not anyone's plan. A plan's report copy keeps the plan's own sheets, so it is not one.
 */
export function isPlanCheckOutput(workbook: WorkbookSnapshot): boolean {
  const owned = ownedSheetNames(workbook.metadata, workbook.reportSheet);
  return workbook.sheets.length > 0 && workbook.sheets.every((s) => owned.has(s.sheet));
}
