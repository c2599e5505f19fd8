import { compareFindings, type Finding } from "../finding";
import type { Report, TableCheck } from "./types";

export * from "./types";
export { asTypedText, looksLikeFormula } from "./safe-text";

/**
 * The gap report of a workbook (or a sheet): the summary, counts per code, and every finding in
 * the order a reader meets it — sheets in the order given, then row, then column.
 */
export function buildReport(input: { sheets: TableCheck[] }): Report {
  const sheetOrder = new Map<string, number>();
  let tables = 0;
  let rows = 0;
  const findings: Finding[] = [];
  for (const check of input.sheets) {
    if (!sheetOrder.has(check.table.sheet)) sheetOrder.set(check.table.sheet, sheetOrder.size);
    tables++;
    rows += check.table.rows.length;
    for (const f of check.findings) {
      if (!sheetOrder.has(f.sheet)) sheetOrder.set(f.sheet, sheetOrder.size);
      findings.push(f);
    }
  }
  findings.sort((a, b) => sheetOrder.get(a.sheet)! - sheetOrder.get(b.sheet)! || compareFindings(a, b));

  const bySeverity = { error: 0, warning: 0, info: 0 };
  const tally = new Map<string, number>();
  for (const f of findings) {
    bySeverity[f.severity]++;
    tally.set(f.code, (tally.get(f.code) ?? 0) + 1);
  }
  const counts: Record<string, number> = {};
  for (const code of [...tally.keys()].sort()) counts[code] = tally.get(code)!;

  return {
    summary: {
      tables,
      rows,
      errors: bySeverity.error,
      warnings: bySeverity.warning,
      infos: bySeverity.info,
      ready: bySeverity.error === 0 && tables > 0,
    },
    counts,
    findings,
  };
}
