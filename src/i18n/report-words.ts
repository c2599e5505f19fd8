import type { Translator } from "./catalog";
import { formatFinding } from "./format-finding";
import type { Finding } from "../engine/finding";
import { asTypedText } from "../engine/report/safe-text";
import { REPORT_COLUMNS, type Report, type ReportRow, type ReportSummary } from "../engine/report/types";

/**
 * The report sheet in the user's language: the same rows whoever writes them (the add-in through
 * Office.js, the command line into a copy of the file). The engine's report model stays words-free.
 */

/** What a report row needs of a finding: where it is, what it is, and its words. */
export type ReportFinding = Pick<Finding, "sheet" | "cell" | "code" | "severity" | "role" | "value">;

export function reportRow(f: ReportFinding, words: { message: string; fix: string | null }, t: Translator): ReportRow {
  const cells = [f.code, t.t(`severity.${f.severity}`), f.role ? t.t(`role.${f.role}`) : "", f.value, words.message, words.fix ?? ""];
  const linkText = `${f.sheet}!${f.cell}`;
  return {
    link: { sheet: f.sheet, cell: f.cell },
    linkText,
    linkInput: asTypedText(linkText),
    cells,
    input: cells.map(asTypedText),
  };
}

/** The report sheet's finding rows (columns: REPORT_COLUMNS after the link). */
export function reportRows(report: Report, t: Translator): ReportRow[] {
  return report.findings.map((f) => reportRow(f, formatFinding(f, t), t));
}

/** Titles of the report sheet's columns, the link column first. */
export function reportHeaders(t: Translator): string[] {
  return ["cell", ...REPORT_COLUMNS].map((k) => t.t(`report.col.${k}`));
}

/** The summary block above the findings: label and value pairs. */
export function reportSummaryRows(s: ReportSummary, t: Translator): [string, number | string][] {
  return [
    [t.t("report.summary.tables"), s.tables],
    [t.t("report.summary.rows"), s.rows],
    [t.t("report.summary.errors"), s.errors],
    [t.t("report.summary.warnings"), s.warnings],
    [t.t("report.summary.status"), s.ready ? t.t("report.ready") : t.t("report.not-ready")],
  ];
}
