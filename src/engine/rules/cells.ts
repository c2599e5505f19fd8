import { columnLetter } from "../grid";
import type { Finding, FindingFix, Severity } from "../finding";
import { cellAddress, type PlanColumn, type PlanRow, type PlanTable } from "../plan";

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
  if (text === undefined || text === "") return false;
  // Nearly every cell opens with a digit or a letter that is no filler: no need to ask the pattern.
  const c = text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 0x410 && c <= 0x44f && c !== 0x425 && c !== 0x445)) return true;
  const lower = c | 0x20;
  if (lower >= 97 && lower <= 122 && lower !== 120) return true;
  return !PLACEHOLDER.test(text);
}

/** The column a key names, or undefined. */
export function columnOf(table: PlanTable, key: string): PlanColumn | undefined {
  // Asked for every finding: a plain loop, with no function made for each call.
  const columns = table.columns;
  for (let i = 0; i < columns.length; i++) if (columns[i].key === key) return columns[i];
  return undefined;
}

/** A1 address of a row's cell for a column key, also when the cell is empty. */
export function cellRef(table: PlanTable, row: PlanRow, key: string): string {
  const column = columnOf(table, key) ?? table.columns[0];
  return column ? cellAddress(row, column) : `${columnLetter(0)}${row.row}`;
}

/**
 * The cells of a column that more than one row may point at: a cell merged down over several rows
 * is the cell of each of them. Any other row's cell is on its own first line, which no other row
 * holds, so a rule that says a thing once a cell need remember only these (a large plan has
 * a hundred thousand cells and, often, no merged one).
 */
export function cellsOfSeveralRows(table: PlanTable, key: string): Set<string> {
  const shared = new Set<string>();
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    // A row's cell on its own first line is kept by no address: only the others can be shared.
    const ref = row.refs?.[key];
    if (ref !== undefined && sheetRowOf(ref) !== row.row) shared.add(ref);
  }
  return shared;
}

/** The sheet row an A1 address ends with (`C12` -> 12); -1 when it ends with no digits. */
export function sheetRowOf(a1: string): number {
  let row = 0;
  let scale = 1;
  let i = a1.length - 1;
  for (; i >= 0; i--) {
    const c = a1.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row += (c - 48) * scale;
    scale *= 10;
  }
  return i === a1.length - 1 ? -1 : row;
}

/** Numbering as a person quotes it: `5.1.` -> `5.1`, `1)` -> `1`. */
export function displayNumber(number: string): string {
  // Most numbers are quoted as written (`5.1` from a path, `12`): those need no lookup and no copy.
  if (isQuotedAsWritten(number)) return number;
  let shown = quoted.get(number);
  if (shown === undefined) {
    if (quoted.size >= MAX_QUOTED) quoted.clear();
    shown = number.trim().replace(/[.)]+$/u, "");
    quoted.set(number, shown);
  }
  return shown;
}

/** True when trimming and dropping trailing `.` and `)` would leave the text as it is. */
function isQuotedAsWritten(number: string): boolean {
  const n = number.length;
  if (n === 0) return true;
  const last = number.charCodeAt(n - 1);
  if (last === 46 || last === 41 || isTrimmed(last) || isTrimmed(number.charCodeAt(0))) return false;
  return true;
}

/** What String.prototype.trim removes. */
function isTrimmed(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * Numbers repeat in every section and a row is named by each of its findings: one quoted number a
 * text, shared. Bounded, so a session of many workbooks starts over instead of growing.
 */
const quoted = new Map<string, string>();
const MAX_QUOTED = 8192;

/**
 * A fix that is only a message key (`fix.gap.no-deadline`) says the same for every row: one shared
 * object a key, frozen, instead of one a finding (a large plan has tens of thousands of gaps).
 */
const bareFixes = new Map<string, FindingFix>();

function shared(fix: FindingFix): FindingFix {
  // A rule that made its fix with `bareFix` hands the shared one already.
  if (bareFixes.get(fix.key) === fix) return fix;
  // Only `{ key, params: {} }` exactly, in that order: the shared one must print the same.
  let fields = 0;
  for (const name in fix) if (name !== (fields++ === 0 ? "key" : "params")) return fix;
  if (fields !== 2) return fix;
  for (const _ in fix.params) return fix;
  return bareFix(fix.key);
}

/** The shared fix that is only its message key (`{ key, params: {} }`), for rules that make one fix for many rows. */
export function bareFix(key: string): FindingFix {
  let bare = bareFixes.get(key);
  if (bare === undefined) {
    bare = Object.freeze({ key, params: Object.freeze({}) as Record<string, string | number> });
    bareFixes.set(key, bare);
  }
  return bare;
}

/** Parameters naming the row in a message: its number when it has one, and its sheet row. */
export function subjectParams(row: PlanRow): Record<string, string | number> {
  const params: Record<string, string | number> = { row: row.row };
  if (row.number) params.number = displayNumber(row.number);
  return params;
}

/**
 * No parameters beyond the row's own: what a gap finding says of its row. Most findings of a large
 * plan are these, so they are told apart by this one object, not by looking into each.
 */
export const NO_PARAMS: Readonly<Record<string, string | number>> = Object.freeze({});

/** A finding about a row's cell for a column key, with the row named in its parameters. */
export function rowFinding(
  table: PlanTable,
  row: PlanRow,
  key: string,
  code: string,
  severity: Severity,
  params: Readonly<Record<string, string | number>> = NO_PARAMS,
  fix: FindingFix | null = null,
): Finding {
  const column = columnOf(table, key);
  const all = subjectParams(row);
  if (params !== NO_PARAMS) for (const name in params) all[name] = params[name];
  return {
    code,
    severity,
    sheet: table.sheet,
    cell: column ? cellAddress(row, column) : cellRef(table, row, key),
    role: column ? column.role : null,
    value: row.cells[key] ?? "",
    params: all,
    fix: fix === null ? null : shared(fix),
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
