import type { CommandContext } from "../main";
import { EXIT, reportUnreadable } from "../main";
import type { FileJson } from "../check-files";
import type { FindingJson } from "../table-json";
import { oneLine } from "./table";
import { buildOverview, type Overview } from "../overview-model";
import { readOverviewFindings, writeOverview } from "../../xlsx/write-overview";
import { writeReportCopy } from "../../xlsx/write-report-copy";
import { reportSheetModel } from "../report-model";
import * as path from "path";

class ReportTargetError extends Error {
  constructor(
    readonly key: string,
    readonly file: string,
  ) {
    super(key);
  }
}

export interface CheckSummary {
  files: number;
  tables: number;
  rows: number;
  errors: number;
  warnings: number;
}

export function summarize(files: FileJson[]): CheckSummary {
  const s: CheckSummary = { files: files.length, tables: 0, rows: 0, errors: 0, warnings: 0 };
  for (const f of files) {
    for (const table of f.tables) {
      s.tables++;
      s.rows += table.rows.length;
      for (const x of table.findings) {
        if (x.severity === "error") s.errors++;
        else if (x.severity === "warning") s.warnings++;
      }
    }
  }
  return s;
}

/** `plancheck check <file-or-folder>... [--json]`: every rule on every plan table. */
export async function runCheck(ctx: CommandContext): Promise<number> {
  const { io, t } = ctx;
  const unreadable = reportUnreadable(ctx);
  const summary = summarize(ctx.files);
  let overview: OverviewJson | null;
  try {
    overview = await writeReports(ctx);
  } catch (e) {
    io.err(`plancheck: ${e instanceof ReportTargetError ? t.t(e.key, { file: e.file }) : t.t("cli.error.report-write", { file: ctx.args.report ?? "", reason: e instanceof Error ? e.message : String(e) })}`);
    return EXIT.unreadable;
  }
  if (ctx.args.json) {
    const doc = { files: ctx.files, skipped: ctx.skipped, summary, ...(overview ? { overview } : {}) };
    io.out(JSON.stringify(doc, null, 2));
  } else {
    for (const f of ctx.files) if (!f.error) printFile(ctx, f);
    for (const s of ctx.skipped) io.out(t.t("cli.check.skipped", { file: s.file }));
    io.out(t.t("cli.check.total", { ...summary }));
    io.out(summary.errors === 0 && !unreadable ? t.t("cli.check.ready") : t.t("cli.check.not-ready"));
  }
  if (unreadable) return EXIT.unreadable;
  return summary.errors > 0 ? EXIT.findings : EXIT.ok;
}

/**
 * --report: one plan gets a copy of itself with a report sheet; a folder or several plans get the
 * receiving office's overview workbook. --since compares with an earlier overview.
 */
async function writeReports(ctx: CommandContext): Promise<OverviewJson | null> {
  const { args, files, t } = ctx;
  // The plans themselves are only ever read.
  if (args.report !== null && files.some((f) => path.resolve(f.file) === path.resolve(args.report!))) {
    throw new ReportTargetError("cli.error.report-over-input", args.report);
  }
  const single = files.length === 1 && ctx.skipped.length === 0 && args.inputs.length === 1 && args.inputs[0] === files[0].file;
  if (single && args.since === null) {
    if (args.report !== null && !files[0].error) await writeReportCopy(files[0].file, args.report, reportSheetModel(files[0], t));
    return null;
  }
  const previous = args.since !== null ? await readOverviewFindings(args.since) : undefined;
  const overview = buildOverview(files, previous);
  if (args.report !== null) await writeOverview(overview, t, args.report);
  // The JSON already lists every file's findings and rows; the overview adds what a batch needs.
  const { findings, consolidated, ...rest } = overview;
  return previous ? { ...rest, findings } : rest;
}

/** The overview in --json: per-file rows, counts by code, and (with --since) findings marked new or open. */
type OverviewJson = Omit<Overview, "findings" | "consolidated"> & { findings?: Overview["findings"] };

/** A file's findings grouped by code, most serious first, each with its cell and the fix. */
function printFile(ctx: CommandContext, f: FileJson): void {
  const { io, t } = ctx;
  const findings = f.tables.flatMap((x) => x.findings);
  const count = (sev: string) => findings.filter((x) => x.severity === sev).length;
  io.out(`${f.file}: ${t.plural("cli.check.errors", count("error"))}, ${t.plural("cli.check.warnings", count("warning"))}`);
  if (f.tables.length === 0) io.out(`  ${t.t("cli.table.none")}`);
  const byCode = new Map<string, FindingJson[]>();
  for (const x of findings) {
    const list = byCode.get(x.code);
    if (list) list.push(x);
    else byCode.set(x.code, [x]);
  }
  const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
  const groups = [...byCode.values()].sort((a, b) => rank[a[0].severity] - rank[b[0].severity]);
  for (const list of groups) {
    io.out(`  ${t.t(`severity.${list[0].severity}`)}: ${t.t(`code.${list[0].code}`)} [${list[0].code}] × ${list.length}`);
    for (const x of list) {
      const value = x.value ? `  «${oneLine(x.value, 40)}»` : "";
      io.out(`    ${x.sheet}!${x.cell}  ${x.message}${value}${x.fix ? `  → ${x.fix}` : ""}`);
    }
  }
}
