import ExcelJS from "exceljs";
import type { Translator } from "../i18n/catalog";
import type { Overview, OverviewFinding } from "../cli/overview-model";
import { setTextCell } from "./safe-cell";
import { CATALOG, LANGS } from "../i18n";
import { isRole } from "../engine/roles";
import type { Severity } from "../engine/finding";

/**
 * The receiving office's overview workbook: Plans, Findings, By code, Consolidated plan, each an
 * Excel table so it filters and sorts. Sheet names stay fixed (tools and --since read them);
 * headers are in the user's language.
 */

export const OVERVIEW_SHEETS = { plans: "Plans", findings: "Findings", byCode: "By code", consolidated: "Consolidated plan" } as const;

/** Findings columns in a fixed order: --since reads them back by position. */
const FINDING_COLUMNS = ["file", "sheet", "cell", "code", "severity", "role", "value", "message", "fix", "change"] as const;

type Row = (string | number | boolean | null)[];

export async function writeOverview(overview: Overview, t: Translator, outPath: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "PlanCheck";
  wb.created = new Date(0);
  wb.modified = new Date(0);

  addTable(wb, OVERVIEW_SHEETS.plans, "Plans",
    ["file", "sheets", "tables", "rows", "errors", "warnings", "ready", "period", "problems", "error"].map((k) => t.t(`overview.col.${k}`)),
    overview.plans.map((p) => [p.file, p.sheets, p.tables, p.rows, p.errors, p.warnings, t.t(p.ready ? "overview.yes" : "overview.no"), p.period, p.topProblems.join(", "), p.error ? t.t(`cli.error.${p.error}`, { file: p.file }) : null]));

  const all: OverviewFinding[] = [...overview.findings, ...overview.fixed];
  addTable(wb, OVERVIEW_SHEETS.findings, "Findings",
    FINDING_COLUMNS.map((k) => t.t(`overview.col.${k}`)),
    all.map((f) => [f.file, f.sheet, `'${f.sheet.replace(/'/g, "''")}'!${f.cell}`, f.code, f.severity, f.role, f.value, f.message, f.fix, f.change ? t.t(`overview.change.${f.change}`) : null]));

  addTable(wb, OVERVIEW_SHEETS.byCode, "ByCode",
    [t.t("overview.col.file"), ...overview.codes],
    overview.byCode.map((b) => [b.file, ...overview.codes.map((c) => b.counts[c] ?? 0)]));

  addTable(wb, OVERVIEW_SHEETS.consolidated, "ConsolidatedPlan",
    [t.t("overview.col.file"), t.t("overview.col.sheet"), t.t("overview.col.row"), t.t("overview.col.section"), t.t("role.number"),
      ...overview.roles.filter((r) => r !== "number").map((r) => t.t(`role.${r}`)), t.t("overview.col.deadline-start"), t.t("overview.col.deadline-end")],
    overview.consolidated.map((r) => [r.file, r.sheet, r.row, r.section, r.number,
      ...overview.roles.filter((role) => role !== "number").map((role) => r.cells[role] ?? null), r.deadlineStart, r.deadlineEnd]));

  await wb.xlsx.writeFile(outPath);
}

function addTable(wb: ExcelJS.Workbook, sheetName: string, tableName: string, headers: string[], rows: Row[]): void {
  const ws = wb.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  // Table header names must be unique within a table.
  const seen = new Map<string, number>();
  const unique = headers.map((h) => {
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return n === 1 ? h : `${h} (${n})`;
  });
  ws.addTable({
    name: tableName,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: unique.map((name) => ({ name, filterButton: true })),
    // An empty table still needs one row to be valid.
    rows: rows.length > 0 ? rows.map((r) => r.map((v) => v ?? "")) : [unique.map(() => "")],
  });
  ws.eachRow((row, n) => {
    if (n === 1) return;
    row.eachCell((cell) => {
      if (typeof cell.value === "string") setTextCell(cell, cell.value);
    });
  });
  unique.forEach((h, i) => (ws.getColumn(i + 1).width = Math.min(60, Math.max(10, h.length + 2))));
}

/** Findings of a previous overview, for --since. Columns are read by position, not by header text. */
export async function readOverviewFindings(path: string): Promise<OverviewFinding[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(OVERVIEW_SHEETS.findings);
  if (!ws) return [];
  // A finding already marked fixed in that overview is not open any more, in whatever language it was written.
  const fixedWords = new Set(LANGS.map((l) => CATALOG[l]["overview.change.fixed"]));
  const out: OverviewFinding[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const v = (i: number) => {
      const x = row.getCell(i + 1).value;
      return x === null || x === undefined ? "" : String(x);
    };
    if (!v(0) || !v(3) || fixedWords.has(v(9))) return;
    const address = v(2);
    const severity = v(4);
    const role = v(5);
    const bang = address.lastIndexOf("!");
    out.push({
      file: v(0),
      sheet: v(1),
      cell: bang >= 0 ? address.slice(bang + 1) : address,
      code: v(3),
      severity: (["error", "warning", "info"].includes(severity) ? severity : "info") as Severity,
      role: isRole(role) ? role : null,
      value: v(6),
      message: v(7),
      fix: v(8) || null,
    });
  });
  return out;
}
