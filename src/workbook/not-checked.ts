/**
 * Why a received file was not checked, in the words an office sorts by: the one rule for the
 * command line's JSON, its summary and the overview.
 */
export type NotCheckedReason = "unsupported" | "password" | "damaged" | "too-large" | "not-found" | "no-converter" | "no-plan-table";

/** A reader's error as far as the reason depends on it: its code and, from the reader, what exactly went wrong. */
export interface ReadErrorCode {
  code: string;
  reason?: string | null;
}

/** The reason a file was not checked, or null when it was. */
export function notCheckedReason(error: ReadErrorCode | null, tables: number): NotCheckedReason | null {
  if (!error) return tables === 0 ? "no-plan-table" : null;
  switch (error.code) {
    case "file.encrypted":
      return "password";
    case "file.corrupt":
      return "damaged";
    case "file.too-large":
      return "too-large";
    case "file.not-found":
      return "not-found";
    default:
      return error.reason === "xls-no-converter" || error.reason === "doc-no-converter" ? "no-converter" : "unsupported";
  }
}
