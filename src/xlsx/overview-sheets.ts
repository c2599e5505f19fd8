import type { Translator } from "../i18n/catalog";
import { plansInPrintOrder, type Overview, type OverviewFinding, type PlanSummaryRow } from "../workbook/overview-model";
import { sheetRef } from "../workbook/sheet-ref";
import type { TableSheet, TableValue } from "./table-sheet-xml";

/**
 * What the receiving office's overview says, sheet by sheet: Summary, Plans, Findings, By problem
 * and Consolidated plan, each a table under a title row (folder, date and time of the check,
 * PlanCheck's version), in the user's language — sheet names, headings, severities, roles and
 * finding titles; codes keep a column of their own for tools. Wide sheets print landscape. How the
 * sheets are written into a package is table-workbook's; this decides only their content.
 */

/** Where the overview came from: printed in every sheet's title row. */
export interface OverviewContext {
  /**
   * The folder checked (or the folder the named files share), as the user will recognise it; null
   * for files opened in the browser page, which come from no folder the page can know.
   */
  folder: string | null;
  /** When the check ran. */
  checkedAt: Date;
  version: string;
  /** How a file is shown: relative to the folder checked. */
  name: (file: string) => string;
}

/** Sheet-name keys; names are in the user's language, and --since finds the Findings sheet in any. */
export type OverviewSheetKey = "summary" | "plans" | "findings" | "by-code" | "consolidated";

/** The title row is row 1, each table's header row 2 (print titles, frozen panes and links rely on it). */
export const OVERVIEW_HEADER_ROW = 2;

export function overviewSheetName(t: Translator, key: OverviewSheetKey): string {
  return t.t(`overview.sheet.${key}`);
}

export function overviewSheets(overview: Overview, t: Translator, context: OverviewContext): TableSheet[] {
  const when = { date: stamp(context.checkedAt), version: context.version };
  const title = context.folder === null ? t.t("overview.title-opened", when) : t.t("overview.title", { ...when, folder: context.folder });
  const name = (key: OverviewSheetKey) => overviewSheetName(t, key);
  const sev = (s: string) => t.t(`severity.${s}`);
  const sheet = (key: OverviewSheetKey, tableName: string, orientation: TableSheet["orientation"], columns: TableSheet["columns"], rows: TableValue[][]): TableSheet => ({
    name: name(key),
    tableName,
    title,
    orientation,
    columns,
    rows,
  });

  // Findings are listed in the Plans sheet's order, so each plan's link lands on its first finding.
  const order = plansInPrintOrder(overview.plans);
  const rank = new Map(order.map((i, k) => [overview.plans[i].file, k]));
  const all: OverviewFinding[] = [...overview.findings, ...overview.fixed]
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (rank.get(a.f.file) ?? Infinity) - (rank.get(b.f.file) ?? Infinity) || a.i - b.i)
    .map((x) => x.f);
  const firstFinding = new Map<string, number>();
  all.forEach((f, i) => {
    if (!firstFinding.has(f.file)) firstFinding.set(f.file, OVERVIEW_HEADER_ROW + 1 + i);
  });

  // Summary: the batch at a glance, and the problems most plans share.
  const s = overview.summary;
  const summary = sheet("summary", "Summary", "portrait",
    [{ header: t.t("overview.col.item"), width: 60, wrap: true }, { header: t.t("overview.col.number"), width: 14 }, { header: t.t("overview.col.code"), width: 24 }],
    [
      [t.t("overview.summary.received"), s.received, null],
      [t.t("overview.summary.ready"), s.ready, null],
      [t.t("overview.summary.not-ready"), s.notReady, null],
      [t.t("overview.summary.not-checked"), s.notChecked, null],
      ...s.topProblems.map((p) => [t.t("overview.summary.problem", { problem: t.t(`code.${p.code}`) }), p.plans, p.code]),
    ]);

  const findingsSheet = name("findings");
  const plans = sheet("plans", "Plans", "landscape",
    [
      { header: t.t("overview.col.file"), width: 36, wrap: true },
      { header: t.t("overview.col.ready"), width: 12, wrap: true },
      { header: t.t("overview.col.errors"), width: 9 },
      { header: t.t("overview.col.warnings"), width: 13, wrap: true },
      { header: t.t("overview.col.problems"), width: 44, wrap: true },
      { header: t.t("overview.col.error"), width: 44, wrap: true },
      { header: t.t("overview.col.period"), width: 12 },
      { header: t.t("overview.col.sheets"), width: 9 },
      { header: t.t("overview.col.tables"), width: 9 },
      { header: t.t("overview.col.rows"), width: 9 },
    ],
    order.map((i) => {
      const p = overview.plans[i];
      const shown = context.name(p.file);
      const row = firstFinding.get(p.file);
      return [
        row !== undefined ? { link: `#${sheetRef(findingsSheet, `A${row}`)}`, text: shown } : shown,
        t.t(p.ready ? "overview.yes" : "overview.no"),
        p.errors,
        p.warnings,
        p.topProblems.map((c) => t.t(`code.${c}`)).join("; ") || null,
        notCheckedText(p, t, shown),
        p.period,
        p.sheets,
        p.tables,
        p.rows,
      ];
    }));

  const findings = sheet("findings", "Findings", "landscape",
    [
      { header: t.t("overview.col.file"), width: 24, wrap: true },
      { header: t.t("overview.col.sheet"), width: 14, wrap: true },
      { header: t.t("overview.col.cell"), width: 8 },
      { header: t.t("overview.col.problem"), width: 26, wrap: true },
      { header: t.t("overview.col.severity"), width: 13 },
      { header: t.t("overview.col.role"), width: 14, wrap: true },
      { header: t.t("overview.col.value"), width: 30, wrap: true },
      { header: t.t("overview.col.message"), width: 40, wrap: true },
      { header: t.t("overview.col.fix"), width: 30, wrap: true },
      { header: t.t("overview.col.change"), width: 12, wrap: true },
      { header: t.t("overview.col.code"), width: 22 },
    ],
    all.map((f) => [context.name(f.file), f.sheet, f.cell, t.t(`code.${f.code}`), sev(f.severity), f.role ? t.t(`role.${f.role}`) : null, f.value, f.message, f.fix,
      f.change ? t.t(`overview.change.${f.change}`) : null, f.code]));

  const plansWith = new Map<string, number>();
  const total = new Map<string, number>();
  for (const b of overview.byCode) {
    for (const [code, n] of Object.entries(b.counts)) {
      plansWith.set(code, (plansWith.get(code) ?? 0) + 1);
      total.set(code, (total.get(code) ?? 0) + n);
    }
  }
  const severityOf = new Map(overview.findings.map((f) => [f.code, f.severity]));
  const severityRank: Record<string, number> = { error: 0, warning: 1, info: 2 };
  const seriousness = (code: string) => severityRank[severityOf.get(code) ?? "info"] ?? 2;
  // Most serious first, then the problems most plans share, then the most frequent.
  const codes = [...overview.codes].sort(
    (a, b) => seriousness(a) - seriousness(b) || (plansWith.get(b) ?? 0) - (plansWith.get(a) ?? 0) || (total.get(b) ?? 0) - (total.get(a) ?? 0) || (a < b ? -1 : 1),
  );
  const byCode = sheet("by-code", "ByProblem", "landscape",
    [
      { header: t.t("overview.col.problem"), width: 44, wrap: true },
      { header: t.t("overview.col.severity"), width: 14 },
      { header: t.t("overview.col.plans"), width: 14, wrap: true },
      { header: t.t("overview.col.count"), width: 14, wrap: true },
      { header: t.t("overview.col.code"), width: 26 },
    ],
    codes.map((c) => [t.t(`code.${c}`), sev(severityOf.get(c) ?? "info"), plansWith.get(c) ?? 0, total.get(c) ?? 0, c]));

  const roles = overview.roles.filter((r) => r !== "number");
  const consolidated = sheet("consolidated", "ConsolidatedPlan", "landscape",
    [
      { header: t.t("overview.col.file"), width: 20, wrap: true },
      { header: t.t("overview.col.sheet"), width: 12, wrap: true },
      { header: t.t("overview.col.row"), width: 7 },
      { header: t.t("overview.col.section"), width: 22, wrap: true },
      { header: t.t("role.number"), width: 8 },
      ...roles.map((r) => ({ header: t.t(`role.${r}`), width: r === "activity" ? 40 : 22, wrap: true })),
      { header: t.t("overview.col.deadline-start"), width: 12 },
      { header: t.t("overview.col.deadline-end"), width: 12 },
    ],
    overview.consolidated.map((r) => [context.name(r.file), r.sheet, r.row, r.section, r.number, ...roles.map((role) => r.cells[role] ?? null), r.deadlineStart, r.deadlineEnd]));

  return [summary, plans, findings, byCode, consolidated];
}

/** Why a plan was not checked, in words, with the reader's own account of it. */
function notCheckedText(p: PlanSummaryRow, t: Translator, shown: string): string | null {
  if (p.notChecked === null) return null;
  const reason = t.t(`overview.not-checked.${p.notChecked}`);
  if (!p.error) return reason;
  // The reader's own words name the file as given; the overview names it relative to the folder.
  const detail = p.errorMessage !== null ? p.errorMessage.split(p.file).join(shown) : t.t(`cli.error.${p.error}`, { file: shown });
  return `${reason}: ${detail}`;
}

/** 2026-12-06 22:05, the same in every language. */
function stamp(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
