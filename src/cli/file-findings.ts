import type { Finding } from "../engine/finding";
import { summarizeChecks, type ReportSummary } from "../engine/report";
import type { FileFormat } from "../files/file-format";
import { notCheckedReason, type NotCheckedReason } from "../workbook/not-checked";
import type { FileCheck, FileError } from "./check-files";

/**
 * One file's outcome as the text report of `check` prints it: its findings as data and its
 * counts, without the typed rows of the JSON contract. Reading every row's deadline, unit and
 * bodies again for a report that prints none of them was most of a large plan's time after the
 * check itself; a pool worker sends this instead, a fraction of the size.
 */
export interface FileFindings {
  file: string;
  format: FileFormat | null;
  notChecked: NotCheckedReason | null;
  error: FileError | null;
  /** Findings about the file as a whole (`table.not-found`) first, then each table's in table order. */
  findings: Finding[];
  /** Counted by the engine's one summary rule. */
  summary: Pick<ReportSummary, "tables" | "rows" | "errors" | "warnings">;
  planCheckOutput?: true;
}

export function fileFindings(f: FileCheck): FileFindings {
  const tables = f.tables.map((c) => ({ rows: c.table.rows, findings: c.findings }));
  const { tables: count, rows, errors, warnings } = summarizeChecks(tables, f.findings ?? []);
  const findings: Finding[] = [...(f.findings ?? [])];
  for (const c of f.tables) for (const x of c.findings) findings.push(x);
  return {
    file: f.file,
    format: f.format,
    notChecked: notCheckedReason(f.error, f.tables.length),
    error: f.error,
    findings,
    summary: { tables: count, rows, errors, warnings },
    ...(f.planCheckOutput ? { planCheckOutput: true as const } : {}),
  };
}
