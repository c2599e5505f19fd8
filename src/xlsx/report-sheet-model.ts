import type { Translator } from "../i18n/catalog";

/**
 * The report sheet as rows of text, whoever writes it (the .xlsx writer here, the Excel adapter
 * in the add-in): a summary block, then a header and one row per finding linking to its cell.
 */
export interface ReportSheetModel {
  /** Sheet name in the user's language ("PlanCheck report", "Доклад PlanCheck", ...). */
  name: string;
  /** Label/value pairs shown above the findings. */
  summary: [string, string | number][];
  headers: string[];
  rows: ReportSheetRow[];
}

export interface ReportSheetRow {
  /** The finding's cell, the target of the row's hyperlink (always in the same workbook). */
  link: { sheet: string; cell: string };
  /** Text shown in the link cell. */
  linkText: string;
  cells: string[];
}

/** A sheet-qualified reference Excel accepts in a hyperlink location: 'My sheet'!B7. */
export { sheetRef as sheetReference } from "../workbook/sheet-ref";

/** What the report sheet's heading tells beside the counts: when, with what, over which period, and the verdict. */
export interface CheckFacts {
  checkedAt: Date;
  version: string;
  /** The plan period the checks used, or null when none was given or found. */
  period: { label: string; start: string; end: string } | null;
  tables: number;
  errors: number;
  warnings: number;
}

/** The heading rows in the user's language: verdict first (one line), then date and time, version and period. */
export function reportHeading(facts: CheckFacts, t: Translator): [string, string][] {
  const verdict =
    facts.tables === 0
      ? t.t("report.verdict.no-table")
      : facts.errors === 0
        ? t.t("report.verdict.ready")
        : t.t("report.verdict.not-ready", { errors: facts.errors, warnings: facts.warnings });
  const period = facts.period ? `${facts.period.label || `${facts.period.start} – ${facts.period.end}`} (${facts.period.start} – ${facts.period.end})` : t.t("report.summary.period-none");
  return [
    [t.t("report.summary.verdict"), verdict],
    [t.t("report.summary.checked-at"), localDateTime(facts.checkedAt)],
    [t.t("report.summary.version"), facts.version],
    [t.t("report.summary.period"), period],
  ];
}

/** `2026-12-06 14:05`, the machine's local time: read the same in every language. */
function localDateTime(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
