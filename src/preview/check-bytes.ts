import { checkWorkbook } from "../engine/check";
import type { SheetGrid } from "../engine/grid";
import { metadataXml } from "../workbook/record";
import { checkWithRecordedRoles, fileJson, withPreamble, type FileCheck, type FileJson } from "../cli/check-files";
import { reportSheetModel } from "../cli/report-model";
import { fileFormat } from "../files/file-format";
import { readPlanBytes } from "../files/read-plan-file";
import { translator, type Lang } from "../i18n/hosts/file-worker";
import { injectReportSheet } from "../xlsx/inject-report-sheet";
import { planSheets } from "../xlsx/plan-sheets";
import { DEFAULT_READ_LIMITS, WorkbookReadError } from "../xlsx/read-workbook";
import { readError } from "../xlsx/workbook-read-error";

/**
 * One opened file, read and checked in the browser exactly as `plancheck check` reads and checks
 * it: the same reader for its format, the workbook's own record, the same engine. What comes
 * back is plain data, so it crosses from the worker to the page.
 */

export interface CheckedFile {
  name: string;
  /** Its sheets, for the page's in-memory workbook (none when it could not be read). */
  sheets: SheetGrid[];
  /** PlanCheck's record in the workbook as its XML part, when the file has one. */
  record: string | null;
  /** The outcome as `plancheck check --json` prints it for this file. */
  json: FileJson;
  /** The checked copy (`check --report`): the workbook with the report sheet; .xlsx only. */
  copy: Uint8Array | null;
}

/** Formats read only through LibreOffice on the command line: the page cannot convert them. */
const CONVERTED = { xls: "xls-no-converter", doc: "doc-no-converter" } as const;

export async function checkPlanBytes(bytes: Uint8Array, name: string, lang: Lang, checkedAt = new Date()): Promise<CheckedFile> {
  const t = translator(lang);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let checked: FileCheck;
  let sheets: SheetGrid[] = [];
  let record: string | null = null;
  try {
    const format = fileFormat(buffer, name);
    if (format === "xls" || format === "doc") throw readError("file.not-workbook", name, CONVERTED[format]);
    const read = await readPlanBytes(buffer, name, DEFAULT_READ_LIMITS);
    const plans = planSheets(read.workbook).map((p) => withPreamble(p, read));
    // Recorded roles by the one rule every host follows (a refused role is read without).
    const { tables, findings } = checkWorkbook(plans, {}, checkWithRecordedRoles);
    sheets = read.workbook.sheets;
    record = read.workbook.metadata ? metadataXml(read.workbook.metadata) : null;
    checked = { file: name, format: read.format, error: null, tables, sheets: plans.length, findings };
  } catch (e) {
    const error =
      e instanceof WorkbookReadError
        ? { code: e.code, message: e.message, reason: e.reason, params: e.params }
        : { code: "file.corrupt", message: `${name}: ${e instanceof Error ? e.message : String(e)}` };
    checked = { file: name, format: null, error, tables: [], sheets: 0 };
  }
  const json = fileJson(checked, t);
  const copy = checked.format === "xlsx" ? new Uint8Array(await injectReportSheet(buffer, reportSheetModel(json, t, checkedAt))) : null;
  return { name, sheets, record, json, copy };
}
