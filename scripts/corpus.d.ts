/** Types of the corpus runner's measuring functions (scripts/corpus.js), for the corpus test. */

export type ExpectationKind = "tables" | "headerRows" | "columns" | "taskRows" | "sections" | "continuations";

export interface Tally {
  met: number;
  total: number;
}

export interface PlanMeasure {
  id: string;
  lang: string;
  kind: string;
  tables: number;
  expectedTables: number;
  headerRows: number;
  columns: number;
  unknownColumns: number;
  taskRows: number;
  deadlinesUnread: number;
  findings: Record<string, number>;
  kinds: Record<ExpectationKind, Tally>;
  misses: string[];
  deadlines: { total: number; right: number; unread: number; wrong: number; missing: number; wrongCells: string[] };
  /** Every finding PlanCheck emitted on the plan, as the review file names them. */
  emitted: EmittedFinding[];
}

export interface EmittedFinding {
  plan: string;
  code: string;
  /** `Sheet!A1`. */
  cell: string;
  text: string;
  /** The missing role, the body named, or `row N`, where one cell carries several findings. */
  detail?: string;
}

/** A reviewer's verdict on one finding (test/corpus/reviewed-findings.json). */
export interface ReviewedFinding {
  plan: string;
  code: string;
  cell: string;
  detail?: string;
  verdict: "right" | "wrong";
  reason: string;
}

export interface FindingReview {
  emitted: number;
  reviewed: number;
  wrong: number;
  unreviewed: EmittedFinding[];
  wrongEmitted: ReviewedFinding[];
}

export interface CorpusTotals {
  plans: number;
  plansWithTables: number;
  plansWithTablesFound: number;
  tables: number;
  expectedTables: number;
  headerRows: number;
  columns: number;
  unknownColumns: number;
  taskRows: number;
  deadlinesUnread: number;
  findings: Record<string, number>;
  findingsPer100: Record<string, number>;
  kinds: Record<ExpectationKind, Tally>;
  deadlines: { total: number; right: number; unread: number; wrong: number; missing: number };
}

/**
 * What the runner needs of PlanCheck: the reader, the workbook check and the table JSON. `W` is the
 * workbook the reader gives, `C` one table's check result.
 */
export interface CorpusEngine<W = unknown, C = unknown> {
  readWorkbook(file: string): Promise<W>;
  checkWorkbook(workbook: W): { tables: C[]; findings: { code: string }[] };
  tableJson(check: C): unknown;
  /** The deadline reader and its own measure, by which each deadline cell of the corpus is judged. */
  parseDeadline(text: string, context: { period: unknown; section: unknown }): unknown;
  compareReading(expected: never, reading: never): { verdict: string };
}

export const KINDS: ExpectationKind[];
export function measureCorpus<W, C>(engine: CorpusEngine<W, C>, ids?: string[]): Promise<PlanMeasure[]>;
export function totals(measures: PlanMeasure[]): CorpusTotals;
export function reviewFindings(measures: PlanMeasure[], reviewed: ReviewedFinding[]): FindingReview;
export function readReviewed(): ReviewedFinding[];
export function readReviewedSources(): { file: string; entries: ReviewedFinding[] }[];
export function readPlans(ids?: string[]): { id: string; expected?: { tables?: unknown[] } }[];
