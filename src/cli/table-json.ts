import type { PlanRow, PlanTable } from "../engine/plan";
import type { Finding, Severity } from "../engine/finding";
import type { Role } from "../engine/roles";
import type { TableCheck } from "../engine/check";
import { parseDeadline } from "../engine/deadline";
import { parseTarget, parseUnit, unitFromWording } from "../engine/units";
import { resolveBodies, type Registry } from "../engine/executors";
import type { Translator } from "../i18n/catalog";
import { formatFinding } from "../i18n/format-finding";

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

export interface FindingJson {
  code: string;
  severity: Severity;
  sheet: string;
  cell: string;
  role: Role | null;
  value: string;
  message: string;
  fix: string | null;
}

export interface TableJson {
  sheet: string;
  range: string;
  /** The plan period the checks used (from the title or --period), or null. */
  period: { start: string; end: string; label: string } | null;
  headerRows: number[];
  columns: ColumnJson[];
  rows: RowJson[];
  findings?: FindingJson[];
}

export function tableJson(check: TableCheck): TableJson {
  const { table } = check;
  return {
    sheet: table.sheet,
    range: table.range,
    period: check.period,
    headerRows: table.headerRows,
    columns: table.columns.map((c) => ({ column: c.column, header: c.header, role: c.role, source: c.source ?? "header" })),
    rows: table.rows.map((r) => rowJson(table, r, check)),
  };
}

function rowJson(table: PlanTable, r: PlanRow, check: TableCheck): RowJson {
  const out: RowJson = { row: r.row, section: r.section, number: r.number, level: r.level, cells: r.cells };
  const has = (role: string) => table.columns.some((c) => c.role === role);
  const deadline = r.cells.deadline;
  if (deadline !== undefined) {
    const d = parseDeadline(deadline, { period: check.period, section: r.section });
    out.deadline = { text: d.text, kind: d.kind, start: d.start, end: d.end };
    if (d.every) out.deadline.every = d.every;
    if (d.reason) out.deadline.reason = d.reason;
    if (d.note) out.deadline.note = d.note;
  }
  if (r.cells.responsible !== undefined) out.responsible = bodies(check.registry, r.cells.responsible);
  if (r.cells.partners !== undefined) out.partners = bodies(check.registry, r.cells.partners);
  if (has("unit") || has("indicator")) {
    const unit = (r.cells.unit !== undefined ? parseUnit(r.cells.unit) : null) ?? unitFromWording(r.cells.indicator ?? "");
    out.unit = unit ? { ...unit } : null;
    if (has("target")) {
      const t = r.cells.target !== undefined ? parseTarget(r.cells.target, unit) : null;
      out.target = t ? { ...t } : null;
    }
  }
  return out;
}

function bodies(registry: Registry, text: string): BodyJson[] {
  return resolveBodies(registry, text).map((r) => ({ text: r.text, body: r.body, known: r.known }));
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
