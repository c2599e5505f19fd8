import { promises as fs } from "fs";
import { injectReportSheet } from "./inject-report-sheet";
import type { ReportSheetModel } from "./report-sheet-model";
import { checkOutputTarget, writeOutputFile } from "./safe-output";
import { injectTimelineSheet, type TimelineSheetModel } from "./timeline-copy";

export interface ReportCopyOptions {
  /** Every file the run reads; the plan itself is always one. */
  inputs?: string[];
  /** Replace an existing file that is not an input (`--force`). */
  force?: boolean;
  /** The plan's Timeline sheet to add beside the report (`--timeline`), or none. */
  timeline?: TimelineSheetModel | null;
}

/**
 * Writes a copy of a workbook with PlanCheck's report sheet added (and its Timeline sheet, when
 * given). The input file is only read.
 * The copy is never written over any input (by any name, link or hard link), over another
 * existing file only with `force`, and always whole: a temporary file renamed into place
 * (src/xlsx/safe-output.ts). A refusal is an OutputRefusal naming the file.
 */
export async function writeReportCopy(input: string, output: string, model: ReportSheetModel, options: ReportCopyOptions = {}): Promise<void> {
  const inputs = [input, ...(options.inputs ?? [])];
  // Refused before any work: the target is checked again just before the copy takes its place.
  await checkOutputTarget(output, { inputs, force: options.force });
  const bytes = await fs.readFile(input);
  let copy = await injectReportSheet(bytes, model);
  if (options.timeline) copy = await injectTimelineSheet(copy, options.timeline);
  await writeOutputFile(output, copy, { inputs, force: options.force });
}
