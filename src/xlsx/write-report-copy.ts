import { promises as fs } from "fs";
import * as path from "path";
import { injectReportSheet } from "./inject-report-sheet";
import type { ReportSheetModel } from "./report-sheet-model";

/**
 * Writes a copy of a workbook with PlanCheck's report sheet added. The input file is only read:
 * writing the report over the input itself is refused.
 */
export async function writeReportCopy(input: string, output: string, model: ReportSheetModel): Promise<void> {
  if (path.resolve(input) === path.resolve(output)) {
    throw new Error(`${output}: the report is written to a copy; choose another file name than the plan itself`);
  }
  const bytes = await fs.readFile(input);
  await fs.writeFile(output, await injectReportSheet(bytes, model));
}
