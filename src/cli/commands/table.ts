import { EXIT, reportUnreadable, type CommandContext } from "../command-context";
import { SCHEMA_VERSION } from "../schema-version";

/** `plancheck table <file> [--json]`: the typed plan tables of every sheet. */
export function runTable(ctx: CommandContext): number {
  const { io, t } = ctx;
  const unreadable = reportUnreadable(ctx);
  const readable = ctx.files.filter((f) => !f.error);
  if (ctx.args.json) {
    const docs = readable.map((f) => ({ schemaVersion: SCHEMA_VERSION, file: f.file, tables: f.tables.map(({ findings: _findings, ...table }) => table) }));
    // One file gives the one object of the contract; several give a list of such objects.
    io.out(JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2));
  } else {
    for (const f of readable) {
      io.out(f.file);
      if (f.tables.length === 0) io.out(`  ${t.t("cli.table.none")}`);
      for (const table of f.tables) {
        io.out(`  ${t.t("cli.table.summary", { sheet: table.sheet, range: table.range, rows: table.rows.length, headerRows: table.headerRows.join(", ") })}`);
        for (const c of table.columns) io.out(`    ${c.column.padEnd(3)} ${t.t(`role.${c.role}`).padEnd(24)} ${oneLine(c.header)}`);
        const sections = new Set(table.rows.map((r) => r.section).filter((s) => s !== null)).size;
        if (sections > 0) io.out(`  ${t.plural("cli.table.sections", sections)}`);
      }
    }
  }
  return unreadable ? EXIT.unreadable : EXIT.ok;
}

export function oneLine(s: string, max = 60): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > max ? flat.slice(0, max - 1) + "…" : flat;
}
