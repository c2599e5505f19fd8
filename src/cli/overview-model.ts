import type { FileJson } from "./check-files";
import type { FindingJson } from "./table-json";
import { ROLES } from "../engine/roles";

/**
 * What a receiving office sees of a batch of plans: one row per file, every finding, counts per
 * code, and all typed rows in common roles. Plain data; the .xlsx writer and --json share it.
 */

export type Change = "new" | "open" | "fixed";

export interface PlanSummaryRow {
  file: string;
  sheets: number;
  tables: number;
  rows: number;
  errors: number;
  warnings: number;
  ready: boolean;
  period: string | null;
  /** The three most frequent finding codes, most frequent first (ties by code). */
  topProblems: string[];
  /** Why the file could not be checked, or null. */
  error: string | null;
}

export interface OverviewFinding extends FindingJson {
  file: string;
  /** Against a previous overview (--since): new, still open; fixed ones are listed apart. */
  change?: Change;
}

export interface ConsolidatedRow {
  file: string;
  sheet: string;
  row: number;
  section: string | null;
  number: string | null;
  cells: Record<string, string>;
  deadlineStart: string | null;
  deadlineEnd: string | null;
}

export interface Overview {
  plans: PlanSummaryRow[];
  findings: OverviewFinding[];
  /** Findings of the previous overview no longer present (only with --since). */
  fixed: OverviewFinding[];
  codes: string[];
  byCode: { file: string; counts: Record<string, number> }[];
  /** Roles present in any plan, in vocabulary order: the consolidated plan's columns. */
  roles: string[];
  consolidated: ConsolidatedRow[];
}

export function findingKey(f: { file: string; sheet: string; cell: string; code: string }): string {
  return `${f.file}\u0000${f.sheet}\u0000${f.cell}\u0000${f.code}`;
}

export function buildOverview(files: FileJson[], previous?: OverviewFinding[]): Overview {
  const plans: PlanSummaryRow[] = [];
  const findings: OverviewFinding[] = [];
  const byCode: Overview["byCode"] = [];
  const codeSet = new Set<string>();
  const roleSet = new Set<string>();
  const consolidated: ConsolidatedRow[] = [];

  for (const f of files) {
    const counts: Record<string, number> = {};
    let rows = 0;
    let errors = 0;
    let warnings = 0;
    for (const table of f.tables) {
      rows += table.rows.length;
      for (const c of table.columns) roleSet.add(c.role);
      for (const x of table.findings) {
        findings.push({ file: f.file, ...x });
        counts[x.code] = (counts[x.code] ?? 0) + 1;
        codeSet.add(x.code);
        if (x.severity === "error") errors++;
        else if (x.severity === "warning") warnings++;
      }
      for (const r of table.rows) {
        consolidated.push({
          file: f.file,
          sheet: table.sheet,
          row: r.row,
          section: r.section,
          number: r.number,
          cells: r.cells,
          deadlineStart: r.deadline?.start ?? null,
          deadlineEnd: r.deadline?.end ?? null,
        });
      }
    }
    const topProblems = Object.entries(counts)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 3)
      .map(([code]) => code);
    const period = f.tables.find((t) => t.period)?.period?.label ?? null;
    plans.push({
      file: f.file,
      sheets: f.sheets,
      tables: f.tables.length,
      rows,
      errors,
      warnings,
      ready: !f.error && errors === 0 && f.tables.length > 0,
      period,
      topProblems,
      error: f.error ? f.error.code : null,
    });
    byCode.push({ file: f.file, counts });
  }

  let fixed: OverviewFinding[] = [];
  if (previous) {
    const before = new Set(previous.map(findingKey));
    const now = new Set(findings.map(findingKey));
    for (const x of findings) x.change = before.has(findingKey(x)) ? "open" : "new";
    // A finding of a file that was not in this batch is not "fixed": nobody resubmitted it.
    const checked = new Set(files.map((f) => f.file));
    fixed = previous.filter((p) => checked.has(p.file) && !now.has(findingKey(p))).map((p) => ({ ...p, change: "fixed" as const }));
  }

  return {
    plans,
    findings,
    fixed,
    codes: [...codeSet].sort(),
    byCode,
    roles: ROLES.filter((r) => roleSet.has(r)),
    consolidated,
  };
}
