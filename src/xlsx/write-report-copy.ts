import { promises as fs } from "fs";
import { injectReportSheet } from "./inject-report-sheet";
import type { ReportSheetModel } from "./report-sheet-model";
import { checkOutputTarget, writeOutputFile } from "./safe-output";

export interface ReportCopyOptions {
  /** Every file the run reads; the plan itself is always one. */
  inputs?: string[];
  /** Replace an existing file that is not an input (`--force`). */
  force?: boolean;
}

/**
 * Writes a copy of a workbook with PlanCheck's report sheet added. The input file is only read.
 * The copy is never written over any input (by any name, link or hard link), over another
 * existing file only with `force`, and always whole: a temporary file renamed into place
 * (src/xlsx/safe-output.ts). A refusal is an OutputRefusal naming the file.
 */
export async function writeReportCopy(input: string, output: string, model: ReportSheetModel, options: ReportCopyOptions = {}): Promise<void> {
  const inputs = [input, ...(options.inputs ?? [])];
  // Refused before any work: the target is checked again just before the copy takes its place.
  await checkOutputTarget(output, { inputs, force: options.force });
  const bytes = await fs.readFile(input);
  await writeOutputFile(output, await injectReportSheet(bytes, model), { inputs, force: options.force });
}
