import { columnIndex } from "../engine/grid";
import { splitSheetReference } from "../workbook/sheet-ref";
import { MAX_COLS, MAX_ROWS, type Box } from "./state";

/**
 * Addresses as Office.js accepts them: `A1`, `B2:D9`, `$A$1`, whole columns `A:C`, whole rows
 * `3:5`, optionally after a sheet name (`Sheet1!A1`, `'Plan 2019'!A1`), several areas joined by
 * commas for `Worksheet.getRanges`.
 */

export interface ParsedAddress {
  /** Sheet named in the address, unquoted; null when the address has none. */
  sheet: string | null;
  boxes: Box[];
}

function parseCorner(text: string): { row: number | null; col: number | null } | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(text);
  if (!m || (m[1] === "" && m[2] === "")) return null;
  const col = m[1] === "" ? null : columnIndex(m[1]);
  const row = m[2] === "" ? null : Number(m[2]) - 1;
  if (col !== null && (col < 0 || col >= MAX_COLS)) return null;
  if (row !== null && (row < 0 || row >= MAX_ROWS)) return null;
  return { row, col };
}

/** One area without a sheet name; null when it is not a valid reference. */
export function parseArea(text: string): Box | null {
  const [p, q, extra] = text.trim().split(":");
  if (extra !== undefined) return null;
  const a = parseCorner(p);
  const b = q === undefined ? a : parseCorner(q);
  if (!a || !b) return null;
  // A lone corner must be a full cell; `A:C` and `3:5` need both corners of the same kind.
  if (q === undefined && (a.row === null || a.col === null)) return null;
  if ((a.row === null) !== (b.row === null) || (a.col === null) !== (b.col === null)) return null;
  const top = a.row === null ? 0 : Math.min(a.row, b.row as number);
  const bottom = a.row === null ? MAX_ROWS - 1 : Math.max(a.row, b.row as number);
  const left = a.col === null ? 0 : Math.min(a.col, b.col as number);
  const right = a.col === null ? MAX_COLS - 1 : Math.max(a.col, b.col as number);
  return { top, left, bottom, right };
}

/** Parses one or more comma-separated areas, all on the same sheet. */
export function parseAddress(text: string): ParsedAddress | null {
  const parts = splitTopLevel(text);
  let sheet: string | null = null;
  const boxes: Box[] = [];
  for (const part of parts) {
    const split = splitSheetReference(part);
    if (!split) return null;
    if (split.sheet !== null) {
      if (sheet !== null && sheet !== split.sheet) return null;
      sheet = split.sheet;
    }
    const box = parseArea(split.rest);
    if (!box) return null;
    boxes.push(box);
  }
  return boxes.length > 0 ? { sheet, boxes } : null;
}

/** Commas inside a quoted sheet name do not separate areas. */
function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter((s) => s !== "");
}
