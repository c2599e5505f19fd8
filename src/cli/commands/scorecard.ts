import { promises as fs } from "fs";
import { EXIT, type CommandContext } from "../command-context";
import { checkFile } from "../check-files";
import { buildScorecard, childrenOf, type Scorecard, type ScorecardNode } from "../../engine/scorecard";
import { scorecardLayout } from "../../excel/portable-scorecard-layout";
import { injectScorecardSheets } from "../../xlsx/inject-scorecard-sheet";
import { checkOutputTarget, OutputRefusal, writeOutputFile } from "../../xlsx/safe-output";
import { oneLine } from "./table";
import { SCHEMA_VERSION } from "../schema-version";

/**
 * `plancheck scorecard <file> [--json] [--report copy.xlsx [--plan-formulas]]`: perspectives ->
 * objectives -> indicators, scored. --report writes a copy of the workbook with a portable
 * Scorecard sheet per scorecard table (standard formulas with their values, so it calculates
 * anywhere); with --plan-formulas the sheet holds the shorter, live PLAN.* formulas instead, and
 * says that they need the add-in.
 */
export async function runScorecard(ctx: CommandContext): Promise<number> {
  const { io, t } = ctx;
  // --plan-formulas only says how --report writes its sheet; alone it would be silently ignored.
  if (ctx.args.planFormulas && ctx.args.report === null) {
    io.err(`plancheck: ${t.t("cli.usage.plan-formulas-without-report")}`);
    io.err(t.t("cli.usage.hint"));
    return EXIT.unreadable;
  }
  let unreadable = false;
  const docs: { file: string; format?: string | null; scorecards: { sheet: string; range: string; scorecard: Scorecard }[] }[] = [];
  for (const file of ctx.workbooks) {
    const f = await checkFile(file, ctx.options);
    if (f.error) {
      unreadable = true;
      io.err(`plancheck: ${t.t(`cli.error.${f.error.code}`, { file })}`);
      continue;
    }
    const scorecards = f.tables
      .filter(({ table }) => table.columns.some((c) => c.role === "perspective" || c.role === "objective"))
      .map(({ table }) => ({ sheet: table.sheet, range: table.range, scorecard: buildScorecard(table) }));
    docs.push({ file, format: f.format, scorecards });
  }
  if (ctx.args.report !== null) {
    const refused = await writeScorecardCopy(ctx, docs);
    if (refused !== null) {
      io.err(`plancheck: ${refused}`);
      return EXIT.unreadable;
    }
  }
  if (ctx.args.json) {
    io.out(JSON.stringify(docs.length === 1 ? strip(docs[0]) : docs.map(strip), null, 2));
  } else {
    for (const doc of docs) {
      io.out(doc.file);
      if (doc.scorecards.length === 0) io.out(`  ${t.t("cli.scorecard.none")}`);
      for (const s of doc.scorecards) {
        io.out(`  ${s.sheet} ${s.range}`);
        printNodes(ctx, s.scorecard.perspectives, 2);
      }
    }
  }
  if (ctx.args.report !== null) (ctx.args.json ? io.err : io.out)(t.t("scorecard.copy-written", { file: ctx.args.report }));
  return unreadable ? EXIT.unreadable : EXIT.ok;
}

/** The JSON document of a file, as before --report existed: its file name and scorecards. */
function strip(doc: { file: string; scorecards: unknown[] }) {
  return { schemaVersion: SCHEMA_VERSION, file: doc.file, scorecards: doc.scorecards };
}

/**
 * --report: a copy of the one .xlsx plan with its Scorecard sheets, written the safe way
 * (src/xlsx/safe-output.ts: never over an input, over another file only with --force, never
 * half-written). The plan itself is only read.
 * Returns why it was refused, or null once written.
 */
async function writeScorecardCopy(ctx: CommandContext, docs: { file: string; format?: string | null; scorecards: { sheet: string; scorecard: Scorecard }[] }[]): Promise<string | null> {
  const { t } = ctx;
  const out = ctx.args.report!;
  if (docs.length !== 1 || ctx.workbooks.length !== 1 || !(docs[0].format === "xlsx" || docs[0].format === undefined || docs[0].format === null)) {
    return t.t("scorecard.copy-one-xlsx", { file: out });
  }
  const doc = docs[0];
  const target = { inputs: [doc.file], force: ctx.args.force };
  try {
    // Refused before any work; checked again just before the copy takes its place.
    await checkOutputTarget(out, target);
    if (doc.scorecards.length === 0) return t.t("scorecard.copy-none", { file: doc.file });
    const models = doc.scorecards.map((s) => ({ name: t.t("scorecard.sheet-name"), plan: s.sheet, layout: scorecardLayout(s.scorecard, t, ctx.args.planFormulas ? "plan" : "portable"), chartTitle: t.t("scorecard.chart.title") }));
    await writeOutputFile(out, await injectScorecardSheets(await fs.readFile(doc.file), models), target);
  } catch (e) {
    if (e instanceof OutputRefusal) return t.t(e.key, { ...e.params, file: e.file });
    return t.t("cli.error.report-write", { file: out, reason: e instanceof Error ? e.message : String(e) });
  }
  return null;
}

const ARROWS = { up: "↑", down: "↓", flat: "→" } as const;

function printNodes(ctx: CommandContext, nodes: ScorecardNode[], depth: number): void {
  for (const n of nodes) {
    const score = n.score === null ? "—" : `${Math.round(n.score * 100)}%`;
    // An indicator reported by period shows which way it moved since the period before.
    const trend = n.kind === "indicator" && n.series?.trend ? `  ${ARROWS[n.series.trend.direction]}` : "";
    ctx.io.out(`${"  ".repeat(depth)}${oneLine(n.name, 70)}  ${score}  ${ctx.t.t(`cli.scorecard.status.${n.status}`)}${trend}`);
    printNodes(ctx, childrenOf(n), depth + 1);
  }
}
