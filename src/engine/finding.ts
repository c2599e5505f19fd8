import type { Role } from "./roles";

/**
 * A finding is data: a stable code, where it is, and a message key with parameters.
 * Words for people are made at the edge from the locale catalogs.
 */

export type Severity = "error" | "warning" | "info";

export interface Finding {
  /** Stable identifier, documented in docs/findings.md (e.g. `deadline.missing`). */
  code: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding is about. */
  cell: string;
  role: Role | null;
  /** The cell's text as found ("" for a missing value). */
  value: string;
  /** Parameters for the message template of `code`. */
  params: Record<string, string | number>;
  /** A suggested fix, as data: the replacement text, or a message key with parameters. */
  fix: FindingFix | null;
}

export interface FindingFix {
  /** Text the cell could hold instead, when one is known. */
  value?: string;
  /** Catalog key explaining the fix, with its parameters. */
  key: string;
  params: Record<string, string | number>;
}

/** Orders findings by sheet position: sheet, then row, then column. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  const pa = splitA1(a.cell);
  const pb = splitA1(b.cell);
  if (pa.row !== pb.row) return pa.row - pb.row;
  if (pa.col !== pb.col) return pa.col - pb.col;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function splitA1(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) return { row: 0, col: 0 };
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}
