import type { Translator } from "../i18n/catalog";
import type { FileJson } from "./check-files";
import type { ReportSheetModel } from "../xlsx/report-sheet-model";
import { reportHeaders, reportRow, reportSummaryRows } from "../i18n/report-words";
import { summarize } from "./commands/check";

/** The report sheet for one checked file, in the user's language: the same rows the add-in writes. */
export function reportSheetModel(file: FileJson, t: Translator): ReportSheetModel {
  const s = summarize([file]);
  const findings = file.tables.flatMap((x) => x.findings);
  return {
    name: t.t("report.sheet-name"),
    summary: [
      [t.t("report.summary.file"), file.file],
      ...reportSummaryRows({ ...s, infos: 0, ready: s.errors === 0 && s.tables > 0 }, t),
    ],
    headers: reportHeaders(t),
    rows: findings.map((x) => {
      const row = reportRow(x, x, t);
      return { link: row.link, linkText: row.linkText, cells: row.cells };
    }),
  };
}
