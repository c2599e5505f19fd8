import type { Translator } from "../i18n/catalog";
import type { FileJson } from "./check-files";
import { reportHeading, type ReportSheetModel } from "../xlsx/report-sheet-model";
import { VERSION } from "./version";
import { reportHeaders, reportRow, reportSummaryRows } from "../i18n/report-words";
import { summarizeChecks } from "../engine/report";

/** The report sheet for one checked file, in the user's language: the same rows the add-in writes. */
export function reportSheetModel(file: FileJson, t: Translator, checkedAt: Date = new Date()): ReportSheetModel {
  const s = summarizeChecks(file.tables, file.findings ?? []);
  const period = file.tables.find((x) => x.period !== null)?.period ?? null;
  const findings = file.tables.flatMap((x) => x.findings);
  return {
    name: t.t("report.sheet-name"),
    summary: [
      ...reportHeading({ checkedAt, version: VERSION, period, tables: s.tables, errors: s.errors, warnings: s.warnings }, t),
      [t.t("report.summary.file"), file.file],
      ...reportSummaryRows(s, t),
    ],
    headers: reportHeaders(t),
    rows: findings.map((x) => {
      const row = reportRow(x, x, t);
      return { link: row.link, linkText: row.linkText, cells: row.cells };
    }),
  };
}
