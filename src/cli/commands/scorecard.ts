import type { CommandContext } from "../main";
import { EXIT } from "../main";
import { checkFile } from "../check-files";
import { buildScorecard, childrenOf, type ScorecardNode } from "../../engine/scorecard";
import { oneLine } from "./table";
import { SCHEMA_VERSION } from "../schema-version";

/** `plancheck scorecard <file> [--json]`: perspectives -> objectives -> indicators, scored. */
export async function runScorecard(ctx: CommandContext): Promise<number> {
  const { io, t } = ctx;
  let unreadable = false;
  const docs = [];
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
    docs.push({ schemaVersion: SCHEMA_VERSION, file, scorecards });
  }
  if (ctx.args.json) {
    io.out(JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2));
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
  return unreadable ? EXIT.unreadable : EXIT.ok;
}

function printNodes(ctx: CommandContext, nodes: ScorecardNode[], depth: number): void {
  for (const n of nodes) {
    const score = n.score === null ? "—" : `${Math.round(n.score * 100)}%`;
    ctx.io.out(`${"  ".repeat(depth)}${oneLine(n.name, 70)}  ${score}  ${ctx.t.t(`cli.scorecard.status.${n.status}`)}`);
    printNodes(ctx, childrenOf(n), depth + 1);
  }
}
