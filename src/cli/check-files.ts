import { readErrorKey, readWorkbook, WorkbookReadError, type ReadLimits } from "../xlsx/read-workbook";
import { checkSheet, type CheckOptions, type TableCheck } from "../engine/check";
import { planSheets } from "../xlsx/plan-sheets";
import type { Translator } from "../i18n/catalog";
import { findingJson, tableJson, type TableJson } from "./table-json";

/**
 * Why a file could not be read: a stable code, the message, and (from the reader) what exactly
 * went wrong with what it names, so each language can say it.
 */
export interface FileError {
  code: string;
  message: string;
  reason?: string | null;
  params?: Record<string, string | number>;
}

/** The checks' options plus the reader's limits; plain data, so it reaches the pool's workers too. */
export interface FileCheckOptions extends CheckOptions {
  limits?: Partial<ReadLimits>;
}

/** One input file's outcome: its checked tables, or why it could not be read. */
export interface FileCheck {
  file: string;
  error: FileError | null;
  tables: TableCheck[];
  /** The user's sheets; those PlanCheck made (report, registry) are not counted or checked. */
  sheets: number;
  /** Sheets hidden in Excel: checked like the others, and said to be hidden. */
  hidden?: Record<string, HiddenState>;
}

type HiddenState = "hidden" | "veryHidden";

/** The same outcome as plain data, in the user's language: what --json prints and workers send back. */
export interface FileJson {
  file: string;
  error: FileError | null;
  sheets: number;
  tables: (TableJson & { findings: NonNullable<TableJson["findings"]>; visibility?: HiddenState })[];
}

export async function checkFile(file: string, options: FileCheckOptions): Promise<FileCheck> {
  const { limits, ...checkOptions } = options;
  try {
    const wb = await readWorkbook(file, undefined, limits);
    // The workbook's own record decides roles, period and known executors, as in the add-in.
    const plans = planSheets(wb, checkOptions);
    const tables = plans.flatMap((p) => checkSheet(p.grid, p.options));
    const hidden: Record<string, HiddenState> = {};
    for (const { grid } of plans) if (grid.visibility === "hidden" || grid.visibility === "veryHidden") hidden[grid.sheet] = grid.visibility;
    return { file, error: null, tables, sheets: plans.length, hidden };
  } catch (e) {
    if (e instanceof WorkbookReadError) {
      return { file, error: { code: e.code, message: e.message, reason: e.reason, params: e.params }, tables: [], sheets: 0 };
    }
    // Anything else is still this file's problem, not the whole run's: name it and go on.
    const message = e instanceof Error ? e.message : String(e);
    return { file, error: { code: "file.corrupt", message: `${file}: ${message}` }, tables: [], sheets: 0 };
  }
}

/** A read error in the user's language, naming what the reader named (sheet, part, limit). */
export function fileErrorText(file: string, error: FileError, t: Translator): string {
  return t.t(readErrorKey(error.code, error.reason), { ...error.params, file });
}

export function fileJson(f: FileCheck, t: Translator): FileJson {
  return {
    file: f.file,
    // The reader's errors are said in the user's language; anything else keeps its own words.
    error: f.error && f.error.reason !== undefined ? { ...f.error, message: fileErrorText(f.file, f.error, t) } : f.error,
    sheets: f.sheets,
    tables: f.tables.map((c) => {
      const visibility = f.hidden?.[c.table.sheet];
      return { ...tableJson(c), ...(visibility ? { visibility } : {}), findings: c.findings.map((x) => findingJson(x, t)) };
    }),
  };
}
