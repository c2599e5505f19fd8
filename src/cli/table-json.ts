import type { PlanRow } from "../engine/plan";
import type { Finding } from "../engine/finding";
import type { TableCheck } from "../engine/check";
import type { ResolvedBody } from "../engine/executors";
import type { Translator } from "../i18n/catalog";
import { formatFinding } from "../i18n/format-finding";
import type { CheckedFinding } from "../workbook/overview-model";
import { madeWhole, type ListMaker } from "./made-on-read";

/** JSON shapes of the command line: a contract other tools read. Extend, never rename. */

export interface ColumnJson {
  column: string;
  header: string;
  role: string;
  /** What decided the role: the column's heading, its cells, or the user. */
  source: "header" | "content" | "user";
}

export interface RowJson {
  row: number;
  section: string | null;
  number: string | null;
  level: number;
  cells: Record<string, string>;
  deadline?: { text: string; kind: string; start: string | null; end: string | null; every?: string; reason?: string; note?: string };
  responsible?: BodyJson[];
  partners?: BodyJson[];
  unit?: { kind: string; text: string; currency?: string } | null;
  target?: { text: string; kind: string; value: number | null; noun?: string; level?: number } | null;
}

export interface BodyJson {
  text: string;
  body: string | null;
  known: boolean;
}

/** A finding with its words: the workbook contract's one shape of it (the overview reads the same). */
export type FindingJson = CheckedFinding;

export interface TableJson {
  sheet: string;
  range: string;
  /** The plan period the checks used (from the title or --period), or null. */
  period: { start: string; end: string; label: string } | null;
  headerRows: number[];
  columns: ColumnJson[];
  rows: RowJson[];
  /** Notes written between the rows (a footnote merged across the table), in sheet order; absent when there are none. */
  notes?: { row: number; text: string }[];
  findings?: FindingJson[];
}

/**
 * A checked table as the JSON prints it: each row's meaning is the check's own reading
 * (TableCheck.meanings). `list` decides whether the rows are made now or as they are read.
 */
export function tableJson(check: TableCheck, list: ListMaker = madeWhole): TableJson {
  const { table } = check;
  const has = (role: string) => table.columns.some((c) => c.role === role);
  const shows = { unit: has("unit") || has("indicator"), target: has("target") };
  return {
    sheet: table.sheet,
    range: table.range,
    period: check.period,
    headerRows: table.headerRows,
    columns: table.columns.map((c) => ({ column: c.column, header: c.header, role: c.role, source: c.source ?? "header" })),
    rows: list(table.rows.length, (i) => rowJson(table.rows[i], i, check, shows)),
    ...(table.notes ? { notes: table.notes.map((n) => ({ row: n.row, text: n.text })) } : {}),
  };
}

function rowJson(r: PlanRow, i: number, check: TableCheck, shows: { unit: boolean; target: boolean }): RowJson {
  const out: RowJson = { row: r.row, section: r.section, number: r.number, level: r.level, cells: r.cells };
  const meaning = check.meanings.row(i);
  const d = meaning.deadline;
  if (d) {
    out.deadline = { text: d.text, kind: d.kind, start: d.start, end: d.end };
    if (d.every) out.deadline.every = d.every;
    if (d.reason) out.deadline.reason = d.reason;
    if (d.note) out.deadline.note = d.note;
  }
  if (meaning.responsible) out.responsible = bodies(meaning.responsible);
  if (meaning.partners) out.partners = bodies(meaning.partners);
  if (shows.unit) {
    out.unit = meaning.unit ? { ...meaning.unit } : null;
    if (shows.target) out.target = meaning.target ? { ...meaning.target } : null;
  }
  return out;
}

function bodies(resolved: readonly ResolvedBody[]): BodyJson[] {
  return resolved.map((r) => ({ text: r.text, body: r.body, known: r.known }));
}

export function findingJson(f: Finding, t: Translator): FindingJson {
  const words = formatFinding(f, t);
  return {
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    role: f.role,
    value: f.value,
    message: words.message,
    fix: words.fix,
  };
}
