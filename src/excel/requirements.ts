import { ExcelAdapterError } from "./errors";

/**
 * The newest Excel JavaScript API set the adapter calls: Range.getMergedAreasOrNullObject is
 * ExcelApi 1.13 (the others are older: custom XML parts 1.5, calculation suspension and
 * conditional formats 1.6, hyperlinks and frozen panes 1.7, data validation 1.8, getRanges 1.9).
 */
export const REQUIRED_EXCEL_API = "1.13";

/** What the adapter reads of the `Office` global (office.js's requirement sets). */
export interface OfficeRequirements {
  context: { requirements: { isSetSupported(name: string, minVersion?: string): boolean } };
}

/**
 * Null when this Excel runs everything PlanCheck does; otherwise the message to show, checked once
 * at start-up ("Office.context.requirements.isSetSupported", requirement sets page) rather than
 * failing on the first call that is missing.
 */
export function missingExcelApi(office: OfficeRequirements): ExcelAdapterError | null {
  return office.context.requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API)
    ? null
    : new ExcelAdapterError("excel.error.api-missing", { version: REQUIRED_EXCEL_API });
}
