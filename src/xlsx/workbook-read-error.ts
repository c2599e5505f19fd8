import { makeTranslator, mergeCatalogs, type Params, type Translator } from "../i18n/catalog";
import { CLI_MESSAGES } from "../i18n/messages/cli";
import { WORKBOOK_FILE_MESSAGES } from "../i18n/messages/workbook-files";

/**
 * Why a file could not be read as a workbook. The codes are stable: the command line and the task
 * pane turn them into words in the user's language; the English message is for logs and tests.
 */
export type WorkbookReadErrorCode =
  | "file.not-found"
  | "file.not-workbook"
  | "file.encrypted"
  | "file.corrupt"
  | "file.too-large";

export class WorkbookReadError extends Error {
  readonly code: WorkbookReadErrorCode;
  /** The file as the user named it. */
  readonly file: string;
  /** What exactly went wrong within the code (`cells`, `truncated`, ...), or null for the plain case. */
  readonly reason: string | null;
  /** What the message names: the sheet, the part, the size found and the limit. */
  readonly params: Params;

  constructor(code: WorkbookReadErrorCode, file: string, message: string, reason: string | null = null, params: Params = {}) {
    super(message);
    this.name = "WorkbookReadError";
    this.code = code;
    this.file = file;
    this.reason = reason;
    this.params = params;
  }
}

/** Catalog key of a read error's message: `cli.error.file.too-large.cells`, or the code's plain one. */
export function readErrorKey(code: string, reason?: string | null): string {
  return reason ? `cli.error.${code}.${reason}` : `cli.error.${code}`;
}

let english: Translator | null = null;

/** A read error whose English message comes from the same catalog entry users read in their language. */
export function readError(code: WorkbookReadErrorCode, file: string, reason: string | null = null, params: Params = {}): WorkbookReadError {
  // The read errors' words: the command line's and the workbook files' domains.
  english ??= makeTranslator(mergeCatalogs(CLI_MESSAGES, WORKBOOK_FILE_MESSAGES), "en");
  return new WorkbookReadError(code, file, english.t(readErrorKey(code, reason), { ...params, file }), reason, params);
}

/** Sizes in messages: whole megabytes from 10 MB up, one decimal below, two significant digits under 0.1 MB. */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 10) return groupDigits(mb);
  return mb >= 0.1 ? mb.toFixed(1) : String(Number(mb.toPrecision(2)));
}

/** 1000000 -> "1 000 000" (no-break spaces), readable in every language PlanCheck speaks. */
export function groupDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
}
