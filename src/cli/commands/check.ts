import { allFiles, EXIT, reportUnreadable, reportUnreadableFile, type CommandContext } from "../command-context";
import { countedFindings, type FileJson } from "../check-files";
import type { FileFindings } from "../file-findings";
import type { FindingJson } from "../table-json";
import { oneLine } from "./table";
import type { Overview, OverviewFinding } from "../../workbook/overview-model";
import { notCheckedReason } from "../../workbook/not-checked";
import { summarizeChecks } from "../../engine/report";
import type { Finding } from "../../engine/finding";
import { VERSION } from "../version";
import { SCHEMA_VERSION } from "../schema-version";
import { writeJson } from "../json-stream";
import { TextBlocks } from "../text-blocks";
import { promises as fs } from "fs";
import * as path from "path";
import type { Translator } from "../../i18n/catalog";
import { formatFinding } from "../../i18n/format-finding";

export interface CheckSummary {
  files: number;
  tables: number;
  rows: number;
  errors: number;
  warnings: number;
  /** Files not checked: unreadable, or without a plan table. */
  notChecked: number;
}

/** The files' headline, counted by the engine's one rule (`summarizeChecks`), plus the files themselves. */
export function summarize(files: FileJson[]): CheckSummary {
  // `table.not-found`: a plan that was not read is an error, so it is never ready.
  const { tables, rows, errors, warnings } = summarizeChecks(
    files.flatMap((f) => f.tables.map((table) => ({ rows: table.rows, findings: countedFindings(table.findings) }))),
    files.flatMap((f) => countedFindings(f.findings ?? [])),
  );
  const notChecked = files.filter((f) => notCheckedReason(f.error, f.tables.length) !== null).length;
  return { files: files.length, tables, rows, errors, warnings, notChecked };
}

/** `plancheck check <file-or-folder>... [--json]`: every rule on every plan table. */
export async function runCheck(ctx: CommandContext): Promise<number> {
  // The text report alone needs no file but the one in hand: each is printed as it is checked.
  if (!ctx.args.json && ctx.args.report === null && ctx.args.since === null) return printAsChecked(ctx);
  const { io, t } = ctx;
  const files = withoutOwnOutput(ctx, await allFiles(ctx));
  const unreadable = reportUnreadable(ctx, files);
  const summary = summarize(files);
  let overview: OverviewJson | null;
  let written: { file: string; overview: boolean } | null = null;
  try {
    ({ overview, written } = await writeReports(ctx, files));
  } catch (e) {
    io.err(`plancheck: ${await refusalText(e, ctx)}`);
    return EXIT.unreadable;
  }
  if (ctx.args.json) {
    const doc = { schemaVersion: SCHEMA_VERSION, files, skipped: ctx.skipped, summary, ...(overview ? { overview } : {}) };
    // Written as it is produced: a large plan's JSON is larger than the memory its check takes.
    writeJson(doc, io);
  } else {
    const out = new TextBlocks(io);
    for (const f of files) if (!f.error) printFile(out, t, f.file, [...(f.findings ?? []), ...f.tables.flatMap((x) => x.findings)], f.tables.length, (x) => x);
    printTotals(out, ctx, summary);
  }
  if (written) (ctx.args.json ? io.err : io.out)(t.t(written.overview ? "cli.report.overview-written" : "cli.report.copy-written", { file: written.file }));
  if (unreadable) return EXIT.unreadable;
  return summary.errors > 0 ? EXIT.findings : EXIT.ok;
}

/**
 * The text report printed file by file as the files are checked, each file's findings put into
 * words as they are written, and the totals added up on the way: nothing of a file is kept
 * once it is printed, and no typed row is made.
 */
async function printAsChecked(ctx: CommandContext): Promise<number> {
  const { t } = ctx;
  const named = new Set(ctx.args.inputs);
  const out = new TextBlocks(ctx.io);
  const summary: CheckSummary = { files: 0, tables: 0, rows: 0, errors: 0, warnings: 0, notChecked: 0 };
  let unreadable = false;
  await ctx.checkFindings((f: FileFindings) => {
    if (isOwnOutput(f, named)) return;
    summary.files++;
    summary.tables += f.summary.tables;
    summary.rows += f.summary.rows;
    summary.errors += f.summary.errors;
    summary.warnings += f.summary.warnings;
    if (f.notChecked !== null) summary.notChecked++;
    if (reportUnreadableFile(ctx, f.file, f.error)) unreadable = true;
    else printFile(out, t, f.file, f.findings, f.summary.tables, (x: Finding) => formatFinding(x, t));
    // A file's report is shown when it is done, not when the block fills.
    out.flush();
  });
  printTotals(out, ctx, summary);
  if (unreadable) return EXIT.unreadable;
  return summary.errors > 0 ? EXIT.findings : EXIT.ok;
}

/** Files passed over, the totals and the closing line. */
function printTotals(out: TextBlocks, ctx: CommandContext, summary: CheckSummary): void {
  const { t } = ctx;
  for (const s of ctx.skipped) out.line(t.t("cli.check.skipped", { file: s.file }));
  out.line(t.t("cli.check.total", { ...summary }));
  out.line(closingLine(summary, t));
  out.flush();
}

/**
 * --report: one plan gets a copy of itself with a report sheet; a folder or several plans get the
 * receiving office's overview workbook. --since compares with an earlier overview.
 */
async function writeReports(ctx: CommandContext, files: FileJson[]): Promise<{ overview: OverviewJson | null; written: { file: string; overview: boolean } | null }> {
  const { args, t } = ctx;
  // Nothing read in this run is ever written over, by any name or link (src/xlsx/safe-output.ts):
  // the plans, and the earlier overview.
  const output = { inputs: [...files.map((f) => f.file), ...(args.since !== null ? [args.since] : [])], force: args.force };
  const single = files.length === 1 && ctx.skipped.length === 0 && args.inputs.length === 1 && args.inputs[0] === files[0].file;
  // A copy with a report sheet is made of an .xlsx plan; a plan in another format gets the overview.
  if (single && args.since === null && (args.report === null || files[0].error || files[0].format === "xlsx" || files[0].format === undefined)) {
    if (args.report !== null && !files[0].error) {
      // The zip library that writes the copy is loaded only when a copy is written.
      const { writeReportCopy } = await import("../../xlsx/write-report-copy");
      const timeline = args.timeline ? await timelineOf(ctx, files[0].file) : null;
      const { reportSheetModel } = await import("../report-model");
      await writeReportCopy(files[0].file, args.report, reportSheetModel(files[0], t), { ...output, timeline });
      return { overview: null, written: { file: args.report, overview: false } };
    }
    return { overview: null, written: null };
  }
  const base = await checkedFolder(args.inputs);
  const name = (file: string) => path.relative(base, path.resolve(file)).split(path.sep).join("/") || path.basename(file);
  const previous = args.since !== null ? (await (await import("../since")).readSince(args.since)).map((p) => anchored(p, base)) : undefined;
  const { buildOverview } = await import("../../workbook/overview-model");
  const overview = buildOverview(files, previous, name);
  // The overview's workbook library is loaded only when an overview is read or written: loading it
  // costs more than reading and checking a typical plan.
  if (args.report !== null) await (await import("../../xlsx/write-overview")).writeOverview(overview, t, args.report, { folder: base, checkedAt: new Date(), version: VERSION, name }, output);
  // The JSON already lists every file's findings and rows; the overview adds what a batch needs.
  const { findings, consolidated: _consolidated, ...rest } = overview;
  return { overview: previous ? { ...rest, findings } : rest, written: args.report !== null ? { file: args.report, overview: true } : null };
}

/**
 * --timeline: the plan's Timeline sheet, or null when no deadline of it can be placed in time. The
 * plan is read and checked again here: the check that printed it handed back its findings as data,
 * and the timeline is drawn from the checks themselves, as the add-in draws it. Only asked for, so
 * a receiving office's copy does not carry a sheet nobody wanted, nor a large plan the extra time.
 */
async function timelineOf(ctx: CommandContext, file: string) {
  const [{ checkFile }, { timelineSheetModel }] = await Promise.all([import("../check-files"), import("../../xlsx/timeline-model")]);
  const checked = await checkFile(file, ctx.options);
  return timelineSheetModel(checked.tables, ctx.t, ctx.args.today ?? localToday());
}

/** Today's date on this machine (ISO): what "overdue" is measured against. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/**
 * PlanCheck's own overview found in a folder (often written into the folder it speaks of) is not
 * a received plan: it is left out of everything, so the next run of the same command sees the
 * same plans, and may replace it with --report. A file the user names is checked whatever it is.
 */
function withoutOwnOutput(ctx: CommandContext, files: FileJson[]): FileJson[] {
  const named = new Set(ctx.args.inputs);
  if (!files.some((f) => f.planCheckOutput)) return files;
  return files.filter((f) => !isOwnOutput(f, named)).map(({ planCheckOutput: _own, ...f }) => f);
}

function isOwnOutput(f: { file: string; planCheckOutput?: true }, named: Set<string>): boolean {
  return f.planCheckOutput === true && !named.has(f.file);
}

/**
 * Why the report was not written, or the earlier overview not read, in the user's words, naming the
 * file. The modules of the refusals are loaded here, as the steps that throw them load them (the
 * text report of a plan loads neither).
 */
async function refusalText(e: unknown, ctx: CommandContext): Promise<string> {
  const { t } = ctx;
  const [{ OutputRefusal }, { SinceRefusal }] = await Promise.all([import("../../xlsx/safe-output"), import("../since")]);
  if (e instanceof OutputRefusal) return t.t(e.key, { ...e.params, file: e.file });
  if (e instanceof SinceRefusal) return t.t(e.key, { file: e.file });
  const file = ctx.args.report ?? "";
  // The system's own words name the temporary file, in English: the user reads the cause instead.
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const cause = code ? WRITE_CAUSES[code] : undefined;
  if (cause) return t.t(`cli.error.report-write.${cause}`, { file, folder: path.dirname(path.resolve(file)) });
  return t.t("cli.error.report-write", { file, reason: code ?? (e instanceof Error ? e.message : String(e)) });
}

/** What the file system says when a report cannot be written, as the causes a user can act on. */
const WRITE_CAUSES: Record<string, "no-folder" | "denied" | "full"> = {
  ENOENT: "no-folder",
  ENOTDIR: "no-folder",
  EACCES: "denied",
  EPERM: "denied",
  EROFS: "denied",
  ENOSPC: "full",
  EDQUOT: "full",
};

/** A previous overview names files relative to its folder: anchored there, they compare with this run's paths. */
function anchored(p: OverviewFinding, base: string): OverviewFinding {
  return path.isAbsolute(p.file) ? p : { ...p, file: path.join(base, p.file) };
}

/** The folder the overview speaks of: the one folder named, or the deepest folder all inputs share. */
async function checkedFolder(inputs: string[]): Promise<string> {
  const dirs = await Promise.all(
    inputs.map(async (i) => {
      const full = path.resolve(i);
      const stat = await fs.stat(full).catch(() => null);
      return stat?.isDirectory() ? full : path.dirname(full);
    }),
  );
  let common = dirs[0].split(path.sep);
  for (const d of dirs.slice(1)) {
    const parts = d.split(path.sep);
    let k = 0;
    while (k < common.length && k < parts.length && common[k] === parts[k]) k++;
    common = common.slice(0, k);
  }
  return common.join(path.sep) || path.sep;
}

/**
 * The last line: ready only when every file was checked and none has errors; otherwise what is
 * in the way, and only what is there (no "errors above" when there are none).
 */
function closingLine(s: CheckSummary, t: Translator): string {
  const notChecked = s.notChecked > 0 ? t.plural("cli.check.not-checked", s.notChecked) : null;
  if (s.errors > 0) return notChecked ? `${t.t("cli.check.not-ready")} ${notChecked}` : t.t("cli.check.not-ready");
  if (notChecked) return t.t("cli.check.not-ready-unchecked", { files: notChecked });
  return t.t("cli.check.ready");
}

/** The overview in --json: per-file rows, counts by code, and (with --since) findings marked new or open. */
type OverviewJson = Omit<Overview, "findings" | "consolidated"> & { findings?: Overview["findings"] };

/**
 * A file's findings grouped by code, most serious first, each with its cell and the fix. `words`
 * gives a finding's message and fix: already made, or made here as the line is written.
 */
function printFile<F extends Pick<Finding, "code" | "severity" | "sheet" | "cell" | "value">>(
  out: TextBlocks,
  t: Translator,
  file: string,
  findings: readonly F[],
  tables: number,
  words: (x: F) => Pick<FindingJson, "message" | "fix">,
): void {
  let errors = 0;
  let warnings = 0;
  for (const x of findings) {
    if (x.severity === "error") errors++;
    else if (x.severity === "warning") warnings++;
  }
  out.line(`${file}: ${t.plural("cli.check.errors", errors)}, ${t.plural("cli.check.warnings", warnings)}`);
  if (tables === 0) out.line(`  ${t.t("cli.table.none")}`);
  const byCode = new Map<string, F[]>();
  for (const x of findings) {
    const list = byCode.get(x.code);
    if (list) list.push(x);
    else byCode.set(x.code, [x]);
  }
  const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
  const groups = [...byCode.values()].sort((a, b) => rank[a[0].severity] - rank[b[0].severity]);
  for (const list of groups) {
    out.line(`  ${t.t(`severity.${list[0].severity}`)}: ${t.t(`code.${list[0].code}`)} [${list[0].code}] × ${list.length}`);
    for (const x of list) {
      const { message, fix } = words(x);
      const value = x.value ? `  «${oneLine(x.value, 40)}»` : "";
      out.line(`    ${x.sheet}!${x.cell}  ${message}${value}${fix ? `  → ${fix}` : ""}`);
    }
  }
}
