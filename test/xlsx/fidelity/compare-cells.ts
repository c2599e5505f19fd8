import { cellAddress, type CellValue, type SheetGrid } from "../../../src/engine/grid";
import { decodeOoxmlEscapes } from "../../../src/xlsx/xml-scan";
import type { ReferenceSheet, ReferenceValue } from "./libreoffice-reference";

/**
 * Where PlanCheck's snapshot of a workbook and the reference reader's differ, cell by cell: one
 * line per differing cell or merged area (`'Sheet'!B7: ours 2019-09-16, reference 2019-09-15`).
 */
export function cellDifferences(ours: SheetGrid[], reference: ReferenceSheet[]): string[] {
  const out: string[] = [];
  const refByName = new Map(reference.map((s) => [s.sheet, s]));
  for (const grid of ours) {
    const ref = refByName.get(grid.sheet);
    if (!ref) {
      out.push(`'${grid.sheet}': the reference has no such sheet`);
      continue;
    }
    refByName.delete(grid.sheet);
    const seen = new Set<string>();
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const key = `${r},${c}`;
        seen.add(key);
        const expected = ref.cells.get(key);
        if (!sameValue(value, expected)) out.push(`'${grid.sheet}'!${cellAddress(r, c)}: ours ${show(value)}, reference ${showRef(expected)}`);
      }),
    );
    for (const [key, expected] of ref.cells) {
      if (seen.has(key)) continue;
      const [r, c] = key.split(",").map(Number);
      if (underMerge(grid, r, c)) continue;
      out.push(`'${grid.sheet}'!${cellAddress(r, c)}: ours empty, reference ${showRef(expected)}`);
    }
    const m1 = grid.merges.map((m) => `${m.row},${m.col},${m.rowCount},${m.colCount}`).join(" ");
    const m2 = ref.merges.map((m) => `${m.row},${m.col},${m.rowCount},${m.colCount}`).join(" ");
    if (m1 !== m2) out.push(`'${grid.sheet}': merged areas differ (ours ${m1 || "none"}, reference ${m2 || "none"})`);
  }
  for (const name of refByName.keys()) out.push(`'${name}': only the reference has this sheet`);
  return out;
}

function underMerge(grid: SheetGrid, r: number, c: number): boolean {
  return grid.merges.some((m) => r >= m.row && r < m.row + m.rowCount && c >= m.col && c < m.col + m.colCount && !(r === m.row && c === m.col));
}

/** Whether a snapshot value shows what the reference cell holds, in the snapshot's conventions. */
export function sameValue(ours: CellValue, ref: ReferenceValue | undefined): boolean {
  if (ref === undefined) return false;
  switch (ref.kind) {
    case "string":
      // LibreOffice leaves `_x0041_` in shared strings as written; Excel (and PlanCheck) read the escape.
      return ours === ref.text || ours === decodeOoxmlEscapes(ref.text);
    case "boolean":
      return ours === ref.value;
    case "number":
      // LibreOffice keeps a boolean cell as the number 1 or 0 in a boolean format.
      if (typeof ours === "boolean") return (ours ? 1 : 0) === ref.value;
      return typeof ours === "number" && Math.abs(ours - ref.value) <= 1e-9 * Math.max(1, Math.abs(ref.value));
    case "date": {
      // Past the year 9999 Excel shows no date (####): the snapshot keeps the number.
      if (/^\d{5,}-/.test(ref.value)) return typeof ours === "number";
      // The snapshot keeps a date to the minute, as the cell shows it: 2019-09-15 or 2019-09-15T10:30.
      const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?/.exec(ref.value);
      if (!m) return false;
      const time = m[2] === undefined || (m[2] === "00" && m[3] === "00") ? "" : `T${m[2]}:${m[3]}`;
      return ours === m[1] + time;
    }
    case "time": {
      if (typeof ours !== "string") return false;
      const t = /^(-)?(\d+):(\d{2})(?::(\d{2}))?$/.exec(ours);
      if (!t) return false;
      const seconds = (Number(t[2]) * 3600 + Number(t[3]) * 60 + Number(t[4] ?? 0)) * (t[1] ? -1 : 1);
      const precision = t[4] === undefined ? 60 : 1;
      const refSeconds = Math.floor(Math.round(ref.seconds * 1000) / 1000 / precision) * precision;
      return seconds === refSeconds || seconds === refSeconds % 86400;
    }
  }
}

function show(v: CellValue): string {
  return JSON.stringify(v);
}

function showRef(v: ReferenceValue | undefined): string {
  if (v === undefined) return "empty";
  switch (v.kind) {
    case "string":
      return JSON.stringify(v.text);
    case "time":
      return `time ${v.seconds}s`;
    default:
      return `${v.kind} ${JSON.stringify(v.value)}`;
  }
}
