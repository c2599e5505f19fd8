import type { Finding } from "../engine/finding";
import { summarizeChecks } from "../engine/report";
import { ROLES } from "../engine/roles";
import { notCheckedReason, type NotCheckedReason, type ReadErrorCode } from "./not-checked";

/**
 * What a receiving office sees of a batch of plans: one row per file, every finding, counts per
 * code, and all typed rows in common roles. Plain data; the overview workbook (command line and
 * browser page alike) and --json share it.
 */

/**
 * A finding as a check gives it, with its words: the overview lists it and --since compares its
 * code. The command line's JSON prints findings in this shape (its FindingJson is this type).
 */
export interface CheckedFinding extends Pick<Finding, "code" | "severity" | "sheet" | "cell" | "role" | "value"> {
  message: string;
  fix: string | null;
}

/** What the overview reads of one checked file (the command line's file JSON has this shape). */
export interface CheckedFile {
  file: string;
  format?: string | null;
  error: (ReadErrorCode & { message: string }) | null;
  sheets: number;
  tables: {
    sheet: string;
    period: { label: string } | null;
    columns: { role: string }[];
    rows: { row: number; section: string | null; number: string | null; cells: Record<string, string>; deadline?: { start: string | null; end: string | null } }[];
    findings: CheckedFinding[];
  }[];
}

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
  /** Why the file could not be read (a read error code), or null. */
  error: string | null;
  /** The read error in the user's language, or null. */
  errorMessage: string | null;
  /** Why the file was not checked (unreadable, or no plan table in it), or null when it was. */
  notChecked: NotCheckedReason | null;
  /** What the file is, when it could be opened. */
  format: string | null;
}

/** The batch at a glance: what an office reports upwards. */
export interface OverviewSummary {
  received: number;
  ready: number;
  /** Checked, with errors. */
  notReady: number;
  notChecked: number;
  /** The problems most plans have, with how many plans have each (most first, then by code). */
  topProblems: { code: string; plans: number }[];
}

/** How many problems the summary names. */
export const TOP_PROBLEMS = 5;

export interface OverviewFinding extends CheckedFinding {
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
  summary: OverviewSummary;
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

/**
 * `name` says how a file is known across overviews (relative to the folder checked), so that
 * --since matches a plan whether the folder was named by an absolute or a relative path.
 */
export function buildOverview(files: CheckedFile[], previous?: OverviewFinding[], name: (file: string) => string = (f) => f): Overview {
  const plans: PlanSummaryRow[] = [];
  const findings: OverviewFinding[] = [];
  const byCode: Overview["byCode"] = [];
  const codeSet = new Set<string>();
  const roleSet = new Set<string>();
  const consolidated: ConsolidatedRow[] = [];

  for (const f of files) {
    const counts: Record<string, number> = {};
    const { rows, errors, warnings, ready } = summarizeChecks(f.tables);
    for (const table of f.tables) {
      for (const c of table.columns) roleSet.add(c.role);
      for (const x of table.findings) {
        findings.push({ file: f.file, ...x });
        counts[x.code] = (counts[x.code] ?? 0) + 1;
        codeSet.add(x.code);
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
    const notChecked = notCheckedReason(f.error, f.tables.length);
    plans.push({
      file: f.file,
      sheets: f.sheets,
      tables: f.tables.length,
      rows,
      errors,
      warnings,
      ready: !f.error && ready,
      period,
      topProblems,
      error: f.error ? f.error.code : null,
      errorMessage: f.error ? f.error.message : null,
      notChecked,
      format: f.format ?? null,
    });
    byCode.push({ file: f.file, counts });
  }

  let fixed: OverviewFinding[] = [];
  if (previous) {
    const key = (x: OverviewFinding) => findingKey({ ...x, file: name(x.file) });
    const before = new Set(previous.map(key));
    const now = new Set(findings.map(key));
    for (const x of findings) x.change = before.has(key(x)) ? "open" : "new";
    // A finding of a file that was not in this batch is not "fixed": nobody resubmitted it.
    const checked = new Set(files.map((f) => name(f.file)));
    fixed = previous.filter((p) => checked.has(name(p.file)) && !now.has(key(p))).map((p) => ({ ...p, change: "fixed" as const }));
  }

  return {
    summary: summarizePlans(plans, byCode),
    plans,
    findings,
    fixed,
    codes: [...codeSet].sort(),
    byCode,
    roles: ROLES.filter((r) => roleSet.has(r)),
    consolidated,
  };
}

function summarizePlans(plans: PlanSummaryRow[], byCode: Overview["byCode"]): OverviewSummary {
  const plansWith = new Map<string, number>();
  for (const b of byCode) for (const code of Object.keys(b.counts)) plansWith.set(code, (plansWith.get(code) ?? 0) + 1);
  const notChecked = plans.filter((p) => p.notChecked !== null).length;
  const ready = plans.filter((p) => p.ready).length;
  return {
    received: plans.length,
    ready,
    notReady: plans.length - ready - notChecked,
    notChecked,
    topProblems: [...plansWith]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TOP_PROBLEMS)
      .map(([code, n]) => ({ code, plans: n })),
  };
}

/**
 * The Plans sheet's order: plans not ready first (most errors first), then those not checked,
 * then the ready ones; file order within each. Indices into `plans`.
 */
export function plansInPrintOrder(plans: PlanSummaryRow[]): number[] {
  const group = (p: PlanSummaryRow) => (p.notChecked !== null ? 1 : p.ready ? 2 : 0);
  return plans
    .map((p, i) => ({ p, i }))
    .sort((a, b) => group(a.p) - group(b.p) || b.p.errors - a.p.errors || b.p.warnings - a.p.warnings || a.i - b.i)
    .map((x) => x.i);
}
