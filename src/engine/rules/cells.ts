import { columnLetter } from "../grid";
import type { Finding, FindingFix, Severity } from "../finding";
import type { PlanColumn, PlanRow, PlanTable } from "../plan";

/**
 * Where a finding points and what it says about its row: the pieces every rule shares.
 */

/**
 * A cell that only holds filler (`-`, `—`, `?`, `…`, `x`) says nothing: officials type these into
 * cells they have not filled yet, so for every completeness check they count as empty.
 */
const PLACEHOLDER = /^[\s\-‐‑‒–—―_.,;:…?!*xх×/\\]*$/iu;

/** True when a cell text holds something a reader would take as an answer. */
export function isFilled(text: string | undefined): boolean {
  return text !== undefined && text !== "" && !PLACEHOLDER.test(text);
}

/** The column a key names, or undefined. */
export function columnOf(table: PlanTable, key: string): PlanColumn | undefined {
  return table.columns.find((c) => c.key === key);
}

/** A1 address of a row's cell for a column key, also when the cell is empty. */
export function cellRef(table: PlanTable, row: PlanRow, key: string): string {
  const ref = row.refs[key];
  if (ref) return ref;
  const column = columnOf(table, key) ?? table.columns[0];
  return `${column ? column.column : columnLetter(0)}${row.row}`;
}

/** Numbering as a person quotes it: `5.1.` -> `5.1`, `1)` -> `1`. */
export function displayNumber(number: string): string {
  return number.trim().replace(/[.)]+$/u, "");
}

/** Parameters naming the row in a message: its number when it has one, and its sheet row. */
export function subjectParams(row: PlanRow): Record<string, string | number> {
  const params: Record<string, string | number> = { row: row.row };
  if (row.number) params.number = displayNumber(row.number);
  return params;
}

/** A finding about a row's cell for a column key, with the row named in its parameters. */
export function rowFinding(
  table: PlanTable,
  row: PlanRow,
  key: string,
  code: string,
  severity: Severity,
  params: Record<string, string | number> = {},
  fix: FindingFix | null = null,
): Finding {
  const column = columnOf(table, key);
  const all = subjectParams(row);
  for (const name in params) all[name] = params[name];
  return {
    code,
    severity,
    sheet: table.sheet,
    cell: row.refs[key] ?? cellRef(table, row, key),
    role: column ? column.role : null,
    value: row.cells[key] ?? "",
    params: all,
    fix,
  };
}

/** First 60 characters of a text on one line, for quoting it in a message. */
export function excerpt(text: string, max = 60): string {
  const line = text.replace(/\s+/gu, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** The row's content apart from its number, word for word, for telling a repeated row from a renumbered one. */
export function rowContentKey(table: PlanTable, row: PlanRow, numberKey: string | null): string {
  let key = "";
  for (const column of table.columns) {
    if (column.key === numberKey) continue;
    key += (row.cells[column.key] ?? "") + "\u0001";
  }
  return key;
}
