import ExcelJS from "exceljs";
import type { Translator } from "../i18n/catalog";
import { plansInPrintOrder, type Overview, type OverviewFinding, type PlanSummaryRow } from "../workbook/overview-model";
import { setTextCell } from "./safe-cell";
import { CATALOG, LANGS } from "../i18n";
import { isRole, ROLES } from "../engine/roles";
import type { Severity } from "../engine/finding";
import { checkOutputTarget, writeOutputFile, type OutputOptions } from "./safe-output";
import { withOverviewRecord } from "./overview-record";
import { sheetRef } from "../workbook/sheet-ref";

/**
 * The receiving office's overview workbook: Summary, Plans, Findings, By problem and
 * Consolidated plan, each an Excel table under a title row (folder, date and time of the check,
 * PlanCheck's version), in the user's language — sheet names, headings, severities, roles and
 * finding titles; codes keep a column of their own for tools. Every sheet prints on A4: fitted to
 * one page wide, landscape where wide, the header row repeated on every page and frozen on screen,
 * long text wrapped in columns of sensible width.
 */

/** Where the overview came from: printed in every sheet's title row. */
export interface OverviewContext {
  /** The folder checked (or the folder the named files share), as the user will recognise it. */
  folder: string;
  /** When the check ran. */
  checkedAt: Date;
  version: string;
  /** How a file is shown: relative to the folder checked. */
  name: (file: string) => string;
}

/** Sheet-name keys; names are in the user's language, and --since finds the Findings sheet in any. */
type SheetKey = "summary" | "plans" | "findings" | "by-code" | "consolidated";

/** English sheet names of overviews written before the names were translated: --since still reads them. */
const LEGACY_FINDINGS_SHEET = "Findings";

/** The title row is row 1, the table's header row 2. */
const HEADER_ROW = 2;

type Value = string | number | null | { link: string; text: string };

interface ColumnSpec {
  header: string;
  width: number;
  /** Long text: wrapped. */
  wrap?: boolean;
}

export function overviewSheetName(t: Translator, key: SheetKey): string {
  return t.t(`overview.sheet.${key}`);
}

/**
 * Writes the overview: never over a file the run reads, over another existing file only with
 * `--force`, and whole or not at all (src/xlsx/safe-output.ts). A refusal is an OutputRefusal.
 */
export async function writeOverview(overview: Overview, t: Translator, outPath: string, context: OverviewContext, output: OutputOptions): Promise<void> {
  await checkOutputTarget(outPath, output);
  const wb = buildOverviewWorkbook(overview, t, context);
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  // Marked as PlanCheck's own: the next check of the folder it is written into passes over it.
  await writeOutputFile(outPath, await withOverviewRecord(bytes, wb.worksheets.map((ws) => ws.name)), output);
}

export function buildOverviewWorkbook(overview: Overview, t: Translator, context: OverviewContext): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "PlanCheck";
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const title = t.t("overview.title", { folder: context.folder, date: stamp(context.checkedAt), version: context.version });
  const name = (key: SheetKey) => overviewSheetName(t, key);
  const sev = (s: string) => t.t(`severity.${s}`);

  // Findings are listed in the Plans sheet's order, so each plan's link lands on its first finding.
  const order = plansInPrintOrder(overview.plans);
  const rank = new Map(order.map((i, k) => [overview.plans[i].file, k]));
  const all: OverviewFinding[] = [...overview.findings, ...overview.fixed]
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (rank.get(a.f.file) ?? Infinity) - (rank.get(b.f.file) ?? Infinity) || a.i - b.i)
    .map((x) => x.f);
  const firstFinding = new Map<string, number>();
  all.forEach((f, i) => {
    if (!firstFinding.has(f.file)) firstFinding.set(f.file, HEADER_ROW + 1 + i);
  });

  // Summary: the batch at a glance, and the problems most plans share.
  const s = overview.summary;
  const summary = addSheet(wb, name("summary"), "Summary", title, "portrait",
    [{ header: t.t("overview.col.item"), width: 60, wrap: true }, { header: t.t("overview.col.number"), width: 14 }, { header: t.t("overview.col.code"), width: 24 }],
    [
      [t.t("overview.summary.received"), s.received, null],
      [t.t("overview.summary.ready"), s.ready, null],
      [t.t("overview.summary.not-ready"), s.notReady, null],
      [t.t("overview.summary.not-checked"), s.notChecked, null],
      ...s.topProblems.map((p) => [t.t("overview.summary.problem", { problem: t.t(`code.${p.code}`) }), p.plans, p.code] as Value[]),
    ], t);
  void summary;

  const findingsSheet = name("findings");
  addSheet(wb, name("plans"), "Plans", title, "landscape",
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
    }), t);

  addSheet(wb, findingsSheet, "Findings", title, "landscape",
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
      f.change ? t.t(`overview.change.${f.change}`) : null, f.code]), t);

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
  const codes = [...overview.codes].sort((a, b) => (plansWith.get(b) ?? 0) - (plansWith.get(a) ?? 0) || (total.get(b) ?? 0) - (total.get(a) ?? 0) || (a < b ? -1 : 1));
  addSheet(wb, name("by-code"), "ByProblem", title, "landscape",
    [
      { header: t.t("overview.col.problem"), width: 44, wrap: true },
      { header: t.t("overview.col.severity"), width: 14 },
      { header: t.t("overview.col.plans"), width: 14, wrap: true },
      { header: t.t("overview.col.count"), width: 14, wrap: true },
      { header: t.t("overview.col.code"), width: 26 },
    ],
    codes
      .sort((a, b) => (severityRank[severityOf.get(a) ?? "info"] ?? 2) - (severityRank[severityOf.get(b) ?? "info"] ?? 2))
      .map((c) => [t.t(`code.${c}`), sev(severityOf.get(c) ?? "info"), plansWith.get(c) ?? 0, total.get(c) ?? 0, c]), t);

  const roles = overview.roles.filter((r) => r !== "number");
  addSheet(wb, name("consolidated"), "ConsolidatedPlan", title, "landscape",
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
    overview.consolidated.map((r) => [context.name(r.file), r.sheet, r.row, r.section, r.number, ...roles.map((role) => r.cells[role] ?? null), r.deadlineStart, r.deadlineEnd]), t);

  return wb;
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

function addSheet(
  wb: ExcelJS.Workbook,
  sheetName: string,
  tableName: string,
  title: string,
  orientation: "portrait" | "landscape",
  columns: ColumnSpec[],
  rows: Value[][],
  t: Translator,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName, {
    views: [{ state: "frozen", ySplit: HEADER_ROW, xSplit: 0, topLeftCell: `A${HEADER_ROW + 1}`, activeCell: `A${HEADER_ROW + 1}` }],
    pageSetup: {
      paperSize: 9, // A4
      orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages tall as it takes
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L&A&R${t.t("overview.page", { page: "&P", pages: "&N" })}` },
  });
  setTextCell(ws.getCell("A1"), title);
  ws.getCell("A1").font = { bold: true, size: 12 };

  // Table header names must be unique within a table.
  const seen = new Map<string, number>();
  const unique = columns.map((c) => {
    const n = (seen.get(c.header) ?? 0) + 1;
    seen.set(c.header, n);
    return n === 1 ? c.header : `${c.header} (${n})`;
  });
  ws.addTable({
    name: tableName,
    ref: `A${HEADER_ROW}`,
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: unique.map((name) => ({ name, filterButton: true })),
    // An empty table still needs one row to be valid.
    rows: rows.length > 0 ? rows.map((r) => r.map((v) => (v === null ? "" : typeof v === "object" ? v.text : v))) : [unique.map(() => "")],
  });
  rows.forEach((r, i) => {
    r.forEach((v, c) => {
      const cell = ws.getCell(HEADER_ROW + 1 + i, c + 1);
      if (v !== null && typeof v === "object") {
        // A formula link works in Excel and LibreOffice alike, and inside a table.
        cell.value = { formula: `HYPERLINK("${v.link.replace(/"/g, '""')}","${v.text.replace(/"/g, '""')}")`, result: v.text };
        cell.font = { color: { argb: "FF0563C1" }, underline: true };
      } else if (typeof v === "string") setTextCell(cell, v);
    });
  });
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    col.alignment = { vertical: "top", wrapText: Boolean(c.wrap) };
  });
  ws.getRow(HEADER_ROW).alignment = { vertical: "top", wrapText: true };
  // The title row is one line over the table's width: not wrapped into the first column.
  ws.getCell("A1").alignment = { vertical: "top", wrapText: false };
  return ws;
}

/**
 * Findings of a previous overview, for --since: the Findings sheet found by its name in any of
 * PlanCheck's languages, its columns by their headings in any language, so an overview written in
 * Bulgarian compares with a check run in Polish. Codes are read, never the words. Null when the
 * workbook has no such sheet: it is not an overview.
 */
export async function readOverviewFindings(path: string): Promise<OverviewFinding[] | null> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const names = new Set([LEGACY_FINDINGS_SHEET, ...LANGS.map((l) => CATALOG[l]["overview.sheet.findings"])]);
  const ws = wb.worksheets.find((w) => names.has(w.name));
  if (!ws) return null;
  const text = (v: ExcelJS.CellValue): string => {
    if (v === null || v === undefined) return "";
    if (typeof v === "object" && "result" in v) return String(v.result ?? "");
    if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
    return String(v);
  };
  // Headings in every language, and the key each stands for.
  const keys = ["file", "sheet", "cell", "code", "severity", "role", "value", "message", "fix", "change"] as const;
  const heading = new Map<string, (typeof keys)[number]>();
  for (const l of LANGS) for (const k of keys) heading.set(CATALOG[l][`overview.col.${k}`], k);
  let headerRow = 0;
  const at: Partial<Record<(typeof keys)[number], number>> = {};
  ws.eachRow((row, n) => {
    if (headerRow !== 0 || n > 5) return;
    const found: typeof at = {};
    row.eachCell((cell, c) => {
      const k = heading.get(text(cell.value).replace(/ \(\d+\)$/, ""));
      if (k && found[k] === undefined) found[k] = c;
    });
    if (found.code !== undefined && found.file !== undefined) {
      headerRow = n;
      Object.assign(at, found);
    }
  });
  if (headerRow === 0) return null;
  const fixedWords = new Set(LANGS.map((l) => CATALOG[l]["overview.change.fixed"]));
  const severityWords = wordsToKeys(["error", "warning", "info"], (k) => `severity.${k}`);
  const roleWords = wordsToKeys([...ROLES], (k) => `role.${k}`);
  const out: OverviewFinding[] = [];
  ws.eachRow((row, n) => {
    if (n <= headerRow) return;
    const v = (k: (typeof keys)[number]) => (at[k] === undefined ? "" : text(row.getCell(at[k]!).value));
    if (!v("file") || !v("code") || fixedWords.has(v("change"))) return;
    const address = v("cell");
    const bang = address.lastIndexOf("!");
    const severity = severityWords.get(v("severity")) ?? v("severity");
    const role = roleWords.get(v("role")) ?? v("role");
    out.push({
      file: v("file"),
      sheet: v("sheet"),
      cell: bang >= 0 ? address.slice(bang + 1) : address,
      code: v("code"),
      severity: (["error", "warning", "info"].includes(severity) ? severity : "info") as Severity,
      role: isRole(role) ? role : null,
      value: v("value"),
      message: v("message"),
      fix: v("fix") || null,
    });
  });
  return out;
}

/** Words of every language back to the keys they translate (and each key to itself). */
function wordsToKeys(keys: string[], catalogKey: (k: string) => string): Map<string, string> {
  const map = new Map<string, string>();
  for (const k of keys) {
    map.set(k, k);
    for (const l of LANGS) {
      const word = CATALOG[l][catalogKey(k)];
      if (word) map.set(word, k);
    }
  }
  return map;
}
