import { allFiles, EXIT, reportUnreadable, reportUnreadableFile, type CommandContext } from "../command-context";
import type { FileJson } from "../check-files";
import { SCHEMA_VERSION } from "../schema-version";
import { writeJson } from "../json-stream";

/** `plancheck table <file> [--json]`: the typed plan tables of every sheet. */
export async function runTable(ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  if (!ctx.args.json) {
    // Printed as each file is checked.
    let unreadable = false;
    await ctx.checkFiles((f) => {
      if (reportUnreadableFile(ctx, f.file, f.error)) unreadable = true;
      else printFile(ctx, f);
    });
    return unreadable ? EXIT.unreadable : EXIT.ok;
  }
  const files = await allFiles(ctx);
  const unreadable = reportUnreadable(ctx, files);
  const readable = files.filter((f) => !f.error);
  const docs = readable.map((f) => ({ schemaVersion: SCHEMA_VERSION, file: f.file, tables: f.tables.map(({ findings: _findings, ...table }) => table) }));
  // One file gives the one object of the contract; several give a list of such objects. Written
  // as it is produced: a large plan's rows are larger as JSON than the check they are read from.
  writeJson(docs.length === 1 ? docs[0] : docs, io);
  return unreadable ? EXIT.unreadable : EXIT.ok;
}

/** A file's tables: range, rows and header rows, each column's role and heading, and how many sections. */
function printFile(ctx: CommandContext, f: FileJson): void {
  const { io, t } = ctx;
  io.out(f.file);
  if (f.tables.length === 0) io.out(`  ${t.t("cli.table.none")}`);
  for (const table of f.tables) {
    io.out(`  ${t.t("cli.table.summary", { sheet: table.sheet, range: table.range, rows: table.rows.length, headerRows: table.headerRows.join(", ") })}`);
    for (const c of table.columns) io.out(`    ${c.column.padEnd(3)} ${t.t(`role.${c.role}`).padEnd(24)} ${oneLine(c.header)}`);
    const sections = new Set(table.rows.map((r) => r.section).filter((s) => s !== null)).size;
    if (sections > 0) io.out(`  ${t.plural("cli.table.sections", sections)}`);
  }
}

export function oneLine(s: string, max = 60): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > max ? flat.slice(0, max - 1) + "…" : flat;
}
