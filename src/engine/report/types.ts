import type { Finding } from "../finding";

export type { TableCheck } from "../check";

/** The gap report's headline: how much was checked and whether the plan can go out. */
export interface ReportSummary {
  tables: number;
  rows: number;
  errors: number;
  warnings: number;
  infos: number;
  /** No error finding, and at least one plan table was found to check. */
  ready: boolean;
}

/**
 * What a summary counts of one checked table: its rows and its findings' severities. A check's
 * result and its JSON both have this shape, so every summary is counted by the same rule.
 */
export interface CountedTable {
  rows: readonly unknown[];
  findings: readonly { severity: Finding["severity"] }[];
}

export interface Report {
  summary: ReportSummary;
  /** Findings per code, codes in alphabetical order. */
  counts: Record<string, number>;
  /** Every finding, sheet by sheet in workbook order, then by row and column. */
  findings: Finding[];
}

/** Columns of the report sheet after the link cell, in order (`report.col.<key>` names them). */
export const REPORT_COLUMNS = ["code", "severity", "role", "value", "message", "fix"] as const;

/** One finding as a row of the report sheet. */
export interface ReportRow {
  /** The finding's cell: the target of the row's hyperlink (always in the same workbook). */
  link: { sheet: string; cell: string };
  /** Text shown in the link cell: `План 2019!A35`. */
  linkText: string;
  /** The link text for a host that parses typed input (see `input`). */
  linkInput: string;
  /** Texts of REPORT_COLUMNS exactly as a person should read them. */
  cells: string[];
  /**
   * The same texts for a host that parses what it is given as typed input (Office.js
   * `range.values`): a text Excel would take for a formula (it begins with = + - @, a tab or a
   * carriage return) gets a leading apostrophe, which Excel keeps as the cell's quote prefix and
   * does not show.
   */
  input: string[];
}
