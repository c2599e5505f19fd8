import { readErrorKey, WorkbookReadError, type ReadLimits } from "../xlsx/read-workbook";
import { checkSheet, checkWorkbook, type CheckOptions, type SheetCheck, type TableCheck } from "../engine/check";
import type { Finding } from "../engine/finding";
import { planPeriodFromTexts } from "../engine/deadline";
import { registryFromGlossary } from "../engine/executors";
import { planSheets, type PlanSheet } from "../xlsx/plan-sheets";
import { readPlanFile, type PlanFile } from "../files/read-plan-file";
import type { FileFormat } from "../files/file-format";
import type { Translator } from "../i18n/catalog";
import { findingJson, tableJson, type FindingJson, type TableJson } from "./table-json";
import { madeFrom, madeWhole, sourceOf, type ListMaker } from "./made-on-read";
import { notCheckedReason, type NotCheckedReason } from "../workbook/not-checked";
import { isPlanCheckOutput } from "../xlsx/overview-record";
import { readWithRecordedRoles } from "../workbook/options-from-record";

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
  /** What the file is (from its bytes, and its name where they cannot tell); null when it could not be opened. */
  format: FileFormat | null;
  error: FileError | null;
  tables: TableCheck[];
  /** The user's sheets; those PlanCheck made (report, registry) are not counted or checked. */
  sheets: number;
  /** Sheets hidden in Excel: checked like the others, and said to be hidden. */
  hidden?: Record<string, HiddenState>;
  /** Findings about the workbook as a whole: `table.not-found` when no sheet holds a plan table. */
  findings?: Finding[];
  /** PlanCheck's own overview (src/xlsx/overview-record.ts): found in a folder, it is not a received plan. */
  planCheckOutput?: boolean;
}

type HiddenState = "hidden" | "veryHidden";

/** The same outcome as plain data, in the user's language: what --json prints and workers send back. */
export interface FileJson {
  file: string;
  format?: FileFormat | null;
  /** "checked", or "not-checked" with the reason: the file could not be read, or holds no plan table. */
  status?: "checked" | "not-checked";
  notChecked?: NotCheckedReason | null;
  error: FileError | null;
  sheets: number;
  tables: (TableJson & { findings: NonNullable<TableJson["findings"]>; visibility?: HiddenState })[];
  /** Findings about the file as a whole (`table.not-found`); tables carry their own. */
  findings?: ReturnType<typeof findingJson>[];
  /** PlanCheck's own overview; the check command passes over it in folders and never prints this field. */
  planCheckOutput?: true;
}

export async function checkFile(file: string, options: FileCheckOptions): Promise<FileCheck> {
  const { limits, ...checkOptions } = options;
  try {
    const read = await readPlanFile(file, limits);
    // The workbook's own record decides roles, period and known executors, as in the add-in.
    const plans = planSheets(read.workbook, checkOptions).map((p) => withPreamble(p, read));
    // A workbook in which no plan table is found is not ready: `table.not-found`, never silence.
    const { tables, findings } = checkWorkbook(plans, {}, checkWithRecordedRoles);
    const hidden: Record<string, HiddenState> = {};
    for (const { grid } of plans) if (grid.visibility === "hidden" || grid.visibility === "veryHidden") hidden[grid.sheet] = grid.visibility;
    return { file, format: read.format, error: null, tables, sheets: plans.length, hidden, findings, ...(isPlanCheckOutput(read.workbook) ? { planCheckOutput: true } : {}) };
  } catch (e) {
    if (e instanceof WorkbookReadError) {
      return { file, format: null, error: { code: e.code, message: e.message, reason: e.reason, params: e.params }, tables: [], sheets: 0 };
    }
    // Anything else is still this file's problem, not the whole run's: name it and go on.
    const message = e instanceof Error ? e.message : String(e);
    return { file, format: null, error: { code: "file.corrupt", message: `${file}: ${message}` }, tables: [], sheets: 0 };
  }
}

/** A sheet checked with its recorded roles, or without them when the engine refuses them: the rule every host follows. */
export const checkWithRecordedRoles: SheetCheck = (grid, options) => readWithRecordedRoles(options, (o) => checkSheet(grid, o));

/**
 * A Word table has its title, period and abbreviations in the paragraphs above it, outside the
 * table the engine sees: they give the period (unless the user gave one) and the glossary, as
 * the rows above a table do on a sheet.
 */
export function withPreamble(plan: PlanSheet, read: PlanFile): PlanSheet {
  const preamble = read.preambles.get(plan.grid.sheet);
  if (!preamble || preamble.length === 0) return plan;
  const glossary = registryFromGlossary(preamble);
  return {
    grid: plan.grid,
    options: {
      ...plan.options,
      period: plan.options.period ?? planPeriodFromTexts(preamble),
      ...(glossary.length > 0 || plan.options.registry ? { registry: [...glossary, ...(plan.options.registry ?? [])] } : {}),
    },
  };
}

/** A read error in the user's language, naming what the reader named (sheet, part, limit). */
export function fileErrorText(file: string, error: FileError, t: Translator): string {
  return t.t(readErrorKey(error.code, error.reason), { ...error.params, file });
}

/**
 * One file's outcome as plain data with no words in it: findings keep their codes and parameters,
 * a read error its code and reason. What a pool worker sends back; words are made at the edge.
 */
export interface FileData extends Omit<FileJson, "findings" | "tables"> {
  tables: (Omit<FileJson["tables"][number], "findings"> & { findings: Finding[] })[];
  findings?: Finding[];
}

/** `list` decides whether the rows are made now (to be sent to another thread) or as they are read. */
export function fileData(f: FileCheck, list: ListMaker = madeWhole): FileData {
  const notChecked = notCheckedReason(f.error, f.tables.length);
  return {
    file: f.file,
    format: f.format,
    status: notChecked ? "not-checked" : "checked",
    notChecked,
    error: f.error,
    sheets: f.sheets,
    ...(f.findings && f.findings.length > 0 ? { findings: f.findings } : {}),
    ...(f.planCheckOutput ? { planCheckOutput: true as const } : {}),
    tables: f.tables.map((c) => {
      const visibility = f.hidden?.[c.table.sheet];
      return { ...tableJson(c, list), ...(visibility ? { visibility } : {}), findings: c.findings };
    }),
  };
}

/**
 * A file's data in the user's language: the JSON the command line prints and its commands read.
 * `list` decides whether the findings' words are made now or as they are read.
 */
export function fileWords(d: FileData, t: Translator, list: ListMaker = madeWhole): FileJson {
  const { findings, tables, error, ...rest } = d;
  return {
    ...rest,
    // The reader's errors are said in the user's language; anything else keeps its own words.
    error: error && error.reason !== undefined ? { ...error, message: fileErrorText(d.file, error, t) } : error,
    ...(findings ? { findings: inWords(findings, t, list) } : {}),
    tables: tables.map((table) => ({ ...table, findings: inWords(table.findings, t, list) })),
  };
}

function inWords(findings: Finding[], t: Translator, list: ListMaker): ReturnType<typeof findingJson>[] {
  return madeFrom(list, findings, (f) => findingJson(f, t));
}

/**
 * What is counted of a file's findings in words (their severities), read from the findings they
 * are made from where they are made on read: counting them does not put each into words.
 */
export function countedFindings(findings: readonly FindingJson[]): readonly Pick<Finding, "severity">[] {
  return (sourceOf(findings) as readonly Finding[] | undefined) ?? findings;
}

export function fileJson(f: FileCheck, t: Translator): FileJson {
  return fileWords(fileData(f), t);
}
