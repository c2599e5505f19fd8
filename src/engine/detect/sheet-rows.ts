import { cellText, type CellValue, type MergedArea, type SheetGrid } from "../grid";

/** The non-empty cells of one sheet row, left to right. */
export interface RowCells {
  /** 0-based sheet columns. */
  cols: number[];
  /** Text of each cell as a person reads it (trimmed). */
  texts: string[];
  /** The value as the host handed it over (a number stays a number). */
  values: CellValue[];
}

const EMPTY_ROW: RowCells = { cols: [], texts: [], values: [] };
/** Sheet columns per row in Excel; used to give each cell one numeric key. */
const MAX_COLUMNS = 16384;
/** Rows kept read at once (a power of two). */
const ROW_CACHE_SIZE = 256;

/**
 * A read-only view of a sheet snapshot in sheet coordinates, built once per detection: each row's
 * non-empty cells are collected on first use, and merged areas are indexed by the cells they cover.
 */
export class SheetRows {
  /** First and last 0-based sheet rows of the snapshot. */
  readonly first: number;
  readonly last: number;
  /** First and last 0-based sheet columns of the snapshot. */
  readonly left: number;
  readonly right: number;
  /**
   * Recently read rows, by row number modulo the cache size. Readers walk the sheet down and look
   * only a few rows back or ahead, so a small cache serves them; keeping every row would only make
   * the garbage collector carry them all.
   */
  private readonly cachedRow = new Int32Array(ROW_CACHE_SIZE).fill(-1);
  private readonly cachedCells: RowCells[] = new Array<RowCells>(ROW_CACHE_SIZE).fill(EMPTY_ROW);
  private readonly merged = new Map<number, MergedArea>();

  constructor(readonly grid: SheetGrid) {
    this.first = grid.origin.row;
    this.last = grid.origin.row + grid.values.length - 1;
    let width = 0;
    // Indexed: this loop runs once, before it is compiled, and an iterator there makes an object a row.
    const values = grid.values;
    for (let i = 0; i < values.length; i++) {
      const r = values[i];
      if (r && r.length > width) width = r.length;
    }
    this.left = grid.origin.col;
    this.right = grid.origin.col + width - 1;
    for (const m of grid.merges) {
      // Only the part of a merged area inside the snapshot matters (a merge may cover whole columns).
      const top = Math.max(m.row, this.first);
      const bottom = Math.min(m.row + m.rowCount - 1, this.last);
      const from = Math.max(m.col, this.left);
      const to = Math.min(m.col + m.colCount - 1, this.right);
      for (let r = top; r <= bottom; r++) {
        for (let c = from; c <= to; c++) this.merged.set(r * MAX_COLUMNS + c, m);
      }
    }
  }

  /** Non-empty cells of a sheet row (an empty list outside the snapshot). */
  cells(row: number): RowCells {
    if (row < this.first || row > this.last) return EMPTY_ROW;
    const slot = row & (ROW_CACHE_SIZE - 1);
    if (this.cachedRow[slot] !== row) {
      this.cachedRow[slot] = row;
      this.cachedCells[slot] = collect(this.grid.values[row - this.first], this.left);
    }
    return this.cachedCells[slot];
  }

  /**
   * The first and last sheet columns of a row's non-empty cells, as `cells` would list them, into
   * `span` (-1 for a blank row). A row read again only for its width is not gathered anew: when it
   * has left the cache, only its ends are looked at.
   */
  filledEnds(row: number, span: { first: number; last: number }): void {
    span.first = -1;
    span.last = -1;
    if (row < this.first || row > this.last) return;
    const slot = row & (ROW_CACHE_SIZE - 1);
    if (this.cachedRow[slot] === row) {
      const { cols } = this.cachedCells[slot];
      if (cols.length > 0) {
        span.first = cols[0];
        span.last = cols[cols.length - 1];
      }
      return;
    }
    const values = this.grid.values[row - this.first];
    if (!values) return;
    let j = 0;
    while (j < values.length && cellText(values[j]) === "") j++;
    if (j === values.length) return;
    let k = values.length - 1;
    while (cellText(values[k]) === "") k--;
    span.first = this.left + j;
    span.last = this.left + k;
  }

  isBlank(row: number): boolean {
    return this.cells(row).cols.length === 0;
  }

  value(row: number, col: number): CellValue {
    const r = this.grid.values[row - this.first];
    if (!r) return null;
    const v = r[col - this.left];
    return v === undefined ? null : v;
  }

  text(row: number, col: number): string {
    return cellText(this.value(row, col));
  }

  /** The merged area covering a cell (its top-left cell included), if any. */
  mergeAt(row: number, col: number): MergedArea | undefined {
    return this.merged.size === 0 ? undefined : this.merged.get(row * MAX_COLUMNS + col);
  }

  /** The first non-blank row after `row`, or -1. */
  nextNonBlank(row: number): number {
    for (let r = row + 1; r <= this.last; r++) if (!this.isBlank(r)) return r;
    return -1;
  }
}

/**
 * A row's cells are gathered here first and then copied at their size: every row of a large plan
 * is read more than once, and lists grown cell by cell would each carry room for a dozen more.
 * (They hold at most one row's cells, the widest read, between reads.)
 */
const gatheredCols: number[] = [];
const gatheredTexts: string[] = [];
const gatheredValues: CellValue[] = [];

function collect(values: CellValue[] | undefined, left: number): RowCells {
  if (!values) return EMPTY_ROW;
  let n = 0;
  // Whether every value is text already as a person reads it, as most of a plan's cells are.
  let valuesAreTexts = true;
  for (let j = 0; j < values.length; j++) {
    const v = values[j];
    if (v === null || v === undefined) continue;
    const t = cellText(v);
    if (t === "") continue;
    gatheredCols[n] = left + j;
    gatheredTexts[n] = t;
    gatheredValues[n] = v;
    if (t !== v) valuesAreTexts = false;
    n++;
  }
  if (n === 0) return EMPTY_ROW;
  const texts = gatheredTexts.slice(0, n);
  // Then the values are the texts, element for element: one list serves as both (neither is ever changed).
  return { cols: gatheredCols.slice(0, n), texts, values: valuesAreTexts ? texts : gatheredValues.slice(0, n) };
}
