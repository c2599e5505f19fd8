/**
 * The sheet snapshot every engine step works on. Adapters (Office.js, .xlsx) produce it;
 * the engine never sees a host object.
 */

/** A cell value as hosts hand it over: text, number, boolean, or empty. */
export type CellValue = string | number | boolean | null;

/** A merged area, in 0-based sheet coordinates. */
export interface MergedArea {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/** A rectangular snapshot of one sheet. values[0][0] sits at (origin.row, origin.col). */
export interface SheetGrid {
  sheet: string;
  /** 0-based sheet position of values[0][0]; {0,0} when the snapshot starts at A1. */
  origin: { row: number; col: number };
  values: CellValue[][];
  merges: MergedArea[];
  /** Hidden, very hidden, or visible: hidden sheets are still checked but reported as such. */
  visibility?: "visible" | "hidden" | "veryHidden";
}

/** Column letters for a 0-based column index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index for letters: A -> 0, AA -> 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a 0-based sheet cell. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** A1 range of 0-based inclusive corners. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const a = cellAddress(top, left);
  const b = cellAddress(bottom, right);
  return a === b ? a : `${a}:${b}`;
}

/** Parses "B7" into 0-based {row, col}; null when it is not an A1 cell address. */
export function parseCellAddress(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Parses "A3:F40" (or a single cell) into 0-based inclusive corners. */
export function parseRangeAddress(a1: string): { top: number; left: number; bottom: number; right: number } | null {
  const [p, q] = a1.split(":");
  const a = parseCellAddress(p);
  const b = q === undefined ? a : parseCellAddress(q);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Texts of the whole numbers below the limit, each made when first met (a list of that length, never sparse). */
const SMALL_WHOLE_LIMIT = 10_000;
const SMALL_WHOLE: (string | undefined)[] = new Array<string | undefined>(SMALL_WHOLE_LIMIT).fill(undefined);

/** Text of a cell as a person reads it: trimmed, empty for null. Numbers keep their plain form. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") {
    // Nearly every cell begins and ends with a letter, a digit or a stop: it is its own text, and
    // the engine reads each cell several times. Only a cell that may end in a space is trimmed.
    const n = v.length;
    if (n > 0 && !maybeSpace(v.charCodeAt(0)) && !maybeSpace(v.charCodeAt(n - 1))) return v;
    return v.trim();
  }
  // Whole numbers (counts, targets, years) stand in many cells, each read several times: their
  // text is made once.
  if (typeof v === "number" && v >= 0 && v < SMALL_WHOLE_LIMIT && Number.isInteger(v)) return (SMALL_WHOLE[v] ??= String(v));
  return String(v);
}

/**
 * True for every character String.prototype.trim removes (white space and line ends: controls up to
 * the space, no-break spaces, the Unicode space separators, line and paragraph separators, the byte
 * order mark) and a few others, which `trim` itself then reads.
 */
function maybeSpace(c: number): boolean {
  if (c <= 32) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || c === 0x180e || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when a cell holds nothing a person would see. */
export function isBlank(v: CellValue | undefined): boolean {
  return cellText(v) === "";
}

/** Value at a 0-based sheet position, or null outside the snapshot. */
export function valueAt(grid: SheetGrid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.origin.row];
  if (!r) return null;
  const v = r[col - grid.origin.col];
  return v === undefined ? null : v;
}

/** Builds a grid from rows of values, as tests and fixtures write them. */
export function gridFromRows(sheet: string, rows: CellValue[][], merges: MergedArea[] = []): SheetGrid {
  return { sheet, origin: { row: 0, col: 0 }, values: rows, merges };
}
