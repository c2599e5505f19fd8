import { compareFindings, type Finding } from "../finding";
import type { CountedTable, Report, ReportSummary, TableCheck } from "./types";

export * from "./types";
export { asTypedText, looksLikeFormula } from "./safe-text";

/**
 * The headline of checked tables, the one rule for the pane, the report sheet and the command
 * line: `loose` are findings about the workbook as a whole (`table.not-found`), counted with the
 * tables' own. Ready means no error and at least one plan table checked.
 */
export function summarizeChecks(tables: readonly CountedTable[], loose: readonly CountedTable["findings"][number][] = []): ReportSummary {
  const bySeverity = { error: 0, warning: 0, info: 0 };
  let rows = 0;
  for (const f of loose) bySeverity[f.severity]++;
  for (const table of tables) {
    rows += table.rows.length;
    for (const f of table.findings) bySeverity[f.severity]++;
  }
  return {
    tables: tables.length,
    rows,
    errors: bySeverity.error,
    warnings: bySeverity.warning,
    infos: bySeverity.info,
    ready: bySeverity.error === 0 && tables.length > 0,
  };
}

/**
 * The gap report of a workbook (or a sheet): the summary, counts per code, and every finding in
 * the order a reader meets it — sheets in the order given, then row, then column.
 */
export function buildReport(input: { sheets: TableCheck[] }): Report {
  const sheetOrder = new Map<string, number>();
  const findings: Finding[] = [];
  for (const check of input.sheets) {
    if (!sheetOrder.has(check.table.sheet)) sheetOrder.set(check.table.sheet, sheetOrder.size);
    for (const f of check.findings) {
      if (!sheetOrder.has(f.sheet)) sheetOrder.set(f.sheet, sheetOrder.size);
      findings.push(f);
    }
  }
  findings.sort((a, b) => sheetOrder.get(a.sheet)! - sheetOrder.get(b.sheet)! || compareFindings(a, b));

  const tally = new Map<string, number>();
  for (const f of findings) {
    tally.set(f.code, (tally.get(f.code) ?? 0) + 1);
  }
  const counts: Record<string, number> = {};
  for (const code of [...tally.keys()].sort()) counts[code] = tally.get(code)!;

  return {
    summary: summarizeChecks(input.sheets.map((c) => ({ rows: c.table.rows, findings: c.findings }))),
    counts,
    findings,
  };
}
