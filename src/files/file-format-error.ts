/**
 * Why a reader could not turn a document's bytes into sheets. Readers are pure and know nothing of
 * files on disk; the adapter turns this into the command line's located, translated read error.
 */
export type FileFormatProblem =
  /** More cells than the read limit. */
  | "too-many-cells"
  /** The document's XML does not read (`detail` says where). */
  | "unreadable"
  /** A part the format needs is missing. */
  | "missing-part"
  /** The document is encrypted with a password. */
  | "encrypted"
  /** A spreadsheet without a single sheet. */
  | "no-sheets";

export class FileFormatError extends Error {
  constructor(
    readonly problem: FileFormatProblem,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${problem}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ""}`);
    this.name = "FileFormatError";
  }
}
