import type { CellValue } from "../engine/grid";
import { isMathError, type MathError } from "../engine/scorecard/math";
import { parseNumber, parseWeight } from "../engine/scorecard/measure";

/**
 * The one place where Excel's way of passing values meets the engine's plain numbers.
 *
 * How values arrive (Excel custom functions runtime, parameters of type `any`):
 * - an omitted optional argument is `null` (`undefined` when a caller passes fewer arguments);
 * - a blank cell is `null` or `""`, inside ranges too;
 * - a range is a 2-D array, rows first; a single cell given to a range parameter is `[[value]]`;
 * - an error cell reaches the function only when the metadata allows errors for `any`
 *   (`allowErrorForDataTypeAny`, set by scripts/localize-functions.js): as a
 *   `CustomFunctions.Error`-like object with a `code` such as `#N/A`, or, with rich data
 *   allowed, as an error cell value `{ type: "Error", basicValue: "#N/A" }`;
 * - rich values (formatted numbers, strings, booleans) carry their plain value in `basicValue`.
 * Results leave as plain values, or as a thrown `CustomFunctions.Error`.
 */

/** A cell value after coercion. */
export type Cell =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  | { kind: "text"; text: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; code: string };

/** A failed computation, carried until it leaves the function as an Excel error (`fail` as the sheet shows it: `#N/A`). */
export interface Failure {
  fail: string;
  /** True when an argument held this error already and the function only passes it on. */
  passed?: boolean;
  /** Words Excel shows with a #VALUE! or #N/A: which argument is wrong and why. */
  message?: string;
}

export function isFailure(x: unknown): x is Failure {
  return typeof x === "object" && x !== null && "fail" in x;
}

export const NOT_AVAILABLE: Failure = { fail: "#N/A" };
export const INVALID_VALUE: Failure = { fail: "#VALUE!" };

/** The error code an input value carries, or null when it is not an error. */
function errorCodeOf(v: object): string | null {
  const o = v as { code?: unknown; type?: unknown; basicValue?: unknown };
  if (typeof o.code === "string" && o.code.startsWith("#")) return o.code;
  if (o.type === "Error") return typeof o.basicValue === "string" ? o.basicValue : "#VALUE!";
  return null;
}

/** One input value as a cell. */
export function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return { kind: "blank" };
  if (typeof v === "number") return Number.isFinite(v) ? { kind: "number", value: v } : { kind: "error", code: "#NUM!" };
  if (typeof v === "string") return v.trim() === "" ? { kind: "blank" } : { kind: "text", text: v };
  if (typeof v === "boolean") return { kind: "boolean", value: v };
  if (Array.isArray(v)) {
    // A one-cell range given where one value is expected.
    return v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? toCell(v[0][0]) : { kind: "error", code: "#VALUE!" };
  }
  if (typeof v === "object") {
    const code = errorCodeOf(v);
    if (code !== null) return { kind: "error", code };
    if ("basicValue" in v) return toCell((v as { basicValue: unknown }).basicValue);
  }
  return { kind: "error", code: "#VALUE!" };
}

/** The cells of a range argument, rows first; a single value counts as a one-cell range. */
export function toCells(v: unknown): Cell[] {
  if (!Array.isArray(v)) return [toCell(v)];
  return v.flatMap((row: unknown) => (Array.isArray(row) ? row.map(toCell) : [toCell(row)]));
}

/** The cells of an optional range argument, or undefined when it was left out. */
export function optionalRange(v: unknown): Cell[] | undefined {
  return v === null || v === undefined ? undefined : toCells(v);
}

/** True when an optional argument was left out (or points at a blank cell). */
export function omitted(v: unknown): boolean {
  return toCell(v).kind === "blank";
}

/**
 * A cell read as a number by the engine's reader for text (`85%`, `0,85`, `Висока`):
 * null when blank, a failure for errors (passed on) and for anything else.
 */
export function readNumber(cell: Cell, readText: (text: string) => number | null | MathError): number | null | Failure {
  switch (cell.kind) {
    case "blank":
      return null;
    case "number":
      return cell.value;
    case "text": {
      const v = readText(cell.text);
      return isMathError(v) ? fromMath(v) : v;
    }
    case "boolean":
      return INVALID_VALUE;
    case "error":
      return { fail: cell.code, passed: true };
  }
}

/**
 * An optional argument that names one of a few things (`lower`, `start`, `2018/2019`):
 * the default when omitted, the error passed on, #VALUE! for a boolean or for text `parse` refuses.
 */
export function readOption<T>(v: unknown, parse: (text: string) => T | null, whenOmitted: T): T | Failure {
  const cell = toCell(v);
  if (cell.kind === "blank") return whenOmitted;
  if (cell.kind === "error") return { fail: cell.code, passed: true };
  if (cell.kind === "boolean") return INVALID_VALUE;
  return parse(cellText(cell).trim()) ?? INVALID_VALUE;
}

/** Scores of a range: #N/A counts as not measured, like a blank cell; other errors pass on. */
export function readScores(cells: Cell[]): (number | null | Failure)[] {
  return cells.map((c) => (c.kind === "error" && c.code === "#N/A" ? null : readNumber(c, numberOnly)));
}

/** Weights of a range: numbers or percentages; blank is null; any error passes on. */
export function readWeights(cells: Cell[]): (number | null | Failure)[] {
  return cells.map((c) => readNumber(c, parseWeight));
}

/** A score or threshold given as one value; #N/A reads as not measured. */
export function readScore(v: unknown): number | null | Failure {
  return readScores([toCell(v)])[0];
}

/** A number written as text (`0,9`, `90%`), or #VALUE!. */
export function numberOnly(text: string): number | MathError {
  return parseNumber(text) ?? { error: "value" };
}

/** A range as a sheet snapshot holds its values: blank is null, an error cell reads as the code the sheet shows. */
export function rangeValues(range: unknown): CellValue[][] {
  const rows = Array.isArray(range) ? range : [[range]];
  return rows.map((row: unknown) => (Array.isArray(row) ? row : [row]).map((v) => snapshotValue(toCell(v))));
}

function snapshotValue(cell: Cell): CellValue {
  switch (cell.kind) {
    case "blank":
      return null;
    case "number":
    case "boolean":
      return cell.value;
    case "text":
      return cell.text;
    case "error":
      return cell.code;
  }
}

/** The first failure among already-read arguments, in argument order, as Excel reports the leftmost error. */
export function firstFailure(...xs: unknown[]): Failure | undefined {
  return xs.find(isFailure) as Failure | undefined;
}

/** A cell as text for the engine (numbers as Excel would show them plainly, errors by their code). */
export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case "blank":
      return "";
    case "number":
      return String(cell.value);
    case "text":
      return cell.text;
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "error":
      return cell.code;
  }
}

/** An engine math error as an Excel failure. */
export function fromMath(e: MathError): Failure {
  return e.error === "div0" ? { fail: "#DIV/0!" } : INVALID_VALUE;
}

// ---------------------------------------------------------------------------------------------
// Results back to Excel.

/** ErrorCode names of the runtime, by the value the sheet shows. */
const ERROR_CODE_NAMES: Record<string, string> = {
  "#N/A": "notAvailable",
  "#VALUE!": "invalidValue",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#NULL!": "nullReference",
};

interface CustomFunctionsRuntime {
  Error: new (code: string, message?: string) => Error & { code: string };
  ErrorCode: Record<string, string>;
}

/** The error a custom function throws outside Excel (tests, command line): same `code` as the runtime's. */
export class ExcelError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "ExcelError";
  }
}

/**
 * The Excel error for a code, made by the custom functions runtime when it is loaded.
 * Errors Excel accepts only as inputs (`#REF!`, `#NAME?`, newer ones) leave as `#VALUE!`.
 */
export function excelError(code: string, message?: string): Error & { code: string } {
  const out = ERROR_CODE_NAMES[code] ? code : "#VALUE!";
  // Excel shows a message only with #VALUE! and #N/A.
  const words = out === "#VALUE!" || out === "#N/A" ? message : undefined;
  const runtime = (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
  if (runtime?.Error && runtime.ErrorCode) {
    const runtimeCode = runtime.ErrorCode[ERROR_CODE_NAMES[out]] ?? out;
    return words === undefined ? new runtime.Error(runtimeCode) : new runtime.Error(runtimeCode, words);
  }
  return new ExcelError(out, words);
}

/** A result for the cell: the value, or the failure thrown as an Excel error. */
export function toExcel<T>(result: T | Failure): T {
  if (isFailure(result)) throw excelError(result.fail, result.message);
  return result;
}
