import { SYNC_BUDGET_BYTES } from "./read-snapshot";

/** A run of rows written in one request, starting at sheet row index `top` (0-based). */
export interface RowChunk<T> {
  top: number;
  rows: T[];
}

/**
 * Rows split into runs whose estimated request size stays under the sync budget (Excel on the
 * web refuses a request over 5 MB). Every run holds at least one row, so a single row over the
 * budget still goes out, alone.
 */
export function rowChunks<T>(rows: readonly T[], firstTop: number, bytesOf: (row: T) => number, budget = SYNC_BUDGET_BYTES): RowChunk<T>[] {
  const chunks: RowChunk<T>[] = [];
  let current: T[] = [];
  let top = firstTop;
  let bytes = 0;
  for (const row of rows) {
    const b = bytesOf(row);
    if (current.length > 0 && bytes + b > budget) {
      chunks.push({ top, rows: current });
      top += current.length;
      current = [];
      bytes = 0;
    }
    current.push(row);
    bytes += b;
  }
  chunks.push({ top, rows: current });
  return chunks;
}
