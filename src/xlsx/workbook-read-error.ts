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

  constructor(code: WorkbookReadErrorCode, file: string, message: string) {
    super(message);
    this.name = "WorkbookReadError";
    this.code = code;
    this.file = file;
  }
}
