import type { CellValue } from "../engine/grid";
import { storedInput } from "./cell-input";
import { hostError } from "./errors";
import {
  boxAddress,
  boxCells,
  cellKey,
  contains,
  forEachCell,
  getValue,
  intersects,
  keyCol,
  keyRow,
  setValue,
  usedBox,
  type Box,
  type HyperlinkModel,
  type SheetModel,
  type WorkbookModel,
} from "./state";

/**
 * What range reads and writes do to the workbook, kept apart from the proxies that queue them.
 */

/** "A range is limited to 5,000,000 cells for read operations" (Resource limits page, Excel add-ins). */
export const READ_CELL_LIMIT = 5_000_000;

export interface RangeRef {
  sheet: SheetModel;
  box: Box;
}

export function assertReadable(ref: RangeRef, location: string): void {
  if (boxCells(ref.box) > READ_CELL_LIMIT) {
    throw hostError("RangeExceedsLimit", `${boxAddress(ref.box)} has more than ${READ_CELL_LIMIT} cells.`, location);
  }
}

/** Values as Office.js returns them: empty cells are "" (page "Fundamental programming concepts", blank values). */
export function readValues(ref: RangeRef): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = ref.box.top; r <= ref.box.bottom; r++) {
    const src = ref.sheet.rows[r];
    const row: CellValue[] = new Array(ref.box.right - ref.box.left + 1);
    for (let c = ref.box.left; c <= ref.box.right; c++) {
      const v = src?.[c];
      row[c - ref.box.left] = v === null || v === undefined ? "" : v;
    }
    out.push(row);
  }
  return out;
}

export function readFormulas(ref: RangeRef): CellValue[][] {
  const values = readValues(ref);
  return values.map((row, i) =>
    row.map((v, j) => ref.sheet.formulas.get(cellKey(ref.box.top + i, ref.box.left + j)) ?? v),
  );
}

export function readText(ref: RangeRef): string[][] {
  return readValues(ref).map((row) => row.map((v) => (v === null ? "" : String(v))));
}

export function readNumberFormat(ref: RangeRef): string[][] {
  const out: string[][] = [];
  for (let r = ref.box.top; r <= ref.box.bottom; r++) {
    const row: string[] = [];
    for (let c = ref.box.left; c <= ref.box.right; c++) row.push(ref.sheet.numberFormats.get(cellKey(r, c)) ?? "General");
    out.push(row);
  }
  return out;
}

export function readValueTypes(ref: RangeRef): string[][] {
  return readValues(ref).map((row) =>
    row.map((v) =>
      v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : /^#[A-Z0-9/!?]+$/.test(String(v)) ? "Error" : "String",
    ),
  );
}

function rows(ref: RangeRef): number {
  return ref.box.bottom - ref.box.top + 1;
}

function cols(ref: RangeRef): number {
  return ref.box.right - ref.box.left + 1;
}

/** A 2-D input must have exactly the range's shape; a single value fills every cell. */
function shaped(ref: RangeRef, input: unknown, location: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  if (input.length !== rows(ref) || input.some((row) => !Array.isArray(row) || row.length !== cols(ref))) {
    throw hostError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${boxAddress(ref.box)}).`,
      location,
    );
  }
  return (r, c) => (input as unknown[][])[r][c];
}

export function writeValues(ref: RangeRef, input: unknown, location: string): void {
  const at = shaped(ref, input, location);
  forEachCell(ref.box, (r, c) => {
    const raw = at(r - ref.box.top, c - ref.box.left);
    // A null inside a 2-D array leaves that cell as it is (page "Fundamental programming concepts").
    if (raw === null || raw === undefined) return;
    const stored = storedInput(raw);
    const key = cellKey(r, c);
    if (stored.formula !== undefined) {
      ref.sheet.formulas.set(key, stored.formula);
      setValue(ref.sheet, r, c, null);
    } else {
      ref.sheet.formulas.delete(key);
      setValue(ref.sheet, r, c, stored.value);
    }
  });
}

export function writeNumberFormat(ref: RangeRef, input: unknown, location: string): void {
  const at = shaped(ref, input, location);
  forEachCell(ref.box, (r, c) => {
    const f = at(r - ref.box.top, c - ref.box.left);
    if (f === null || f === undefined) return;
    if (f === "" || f === "General") ref.sheet.numberFormats.delete(cellKey(r, c));
    else ref.sheet.numberFormats.set(cellKey(r, c), String(f));
  });
}

export function writeHyperlink(ref: RangeRef, link: HyperlinkModel | null, location: string): void {
  if (link === null || typeof link !== "object") throw hostError("InvalidArgument", "A hyperlink must be an object.", location);
  if (!link.address && !link.documentReference) {
    throw hostError("InvalidArgument", "A hyperlink needs an address or a document reference.", location);
  }
  const model: HyperlinkModel = {};
  for (const k of ["address", "documentReference", "textToDisplay", "screenTip"] as const) {
    if (typeof link[k] === "string") model[k] = link[k];
  }
  forEachCell(ref.box, (r, c) => ref.sheet.hyperlinks.set(cellKey(r, c), { ...model }));
  // The text to display goes into the top-left cell, as its value (RangeHyperlink reference page).
  const text = model.textToDisplay ?? model.documentReference ?? model.address ?? "";
  ref.sheet.formulas.delete(cellKey(ref.box.top, ref.box.left));
  setValue(ref.sheet, ref.box.top, ref.box.left, text);
}

export function readHyperlink(ref: RangeRef): HyperlinkModel | null {
  const link = ref.sheet.hyperlinks.get(cellKey(ref.box.top, ref.box.left));
  return link ? { ...link } : null;
}

function deleteKeysIn(map: Map<number, unknown>, box: Box): void {
  for (const key of [...map.keys()]) {
    const r = keyRow(key);
    const c = keyCol(key);
    if (r >= box.top && r <= box.bottom && c >= box.left && c <= box.right) map.delete(key);
  }
}

export type ClearTarget = "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

/** Range.clear(applyTo), as the ClearApplyTo enum describes each choice. */
export function clearRange(ref: RangeRef, applyTo: ClearTarget): void {
  const { sheet, box } = ref;
  const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
  const formats = applyTo === "All" || applyTo === "Formats" || applyTo === "RemoveHyperlinks";
  const links = applyTo === "All" || applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks";
  if (contents) {
    forEachCell(box, (r, c) => setValue(sheet, r, c, null));
    deleteKeysIn(sheet.formulas, box);
  }
  if (formats) {
    deleteKeysIn(sheet.fills, box);
    deleteKeysIn(sheet.bold, box);
    deleteKeysIn(sheet.numberFormats, box);
  }
  if (links) deleteKeysIn(sheet.hyperlinks, box);
}

export function mergedAreasIn(sheet: SheetModel, box: Box): Box[] {
  return sheet.merges.filter((m) => intersects(m, box));
}

export function tablesOn(model: WorkbookModel, sheet: SheetModel) {
  return model.tables.filter((t) => t.sheetId === sheet.id);
}

/**
 * Range.merge: the top-left value stays, the others are cleared. Merging across a table fails
 * with MergedRangeConflict (a table cannot hold merged cells).
 */
export function mergeRange(model: WorkbookModel, ref: RangeRef, across: boolean, location: string): void {
  const { sheet, box } = ref;
  if (tablesOn(model, sheet).some((t) => intersects(t.box, box))) {
    throw hostError("MergedRangeConflict", undefined, location);
  }
  const pieces: Box[] = across
    ? Array.from({ length: box.bottom - box.top + 1 }, (_, i) => ({ top: box.top + i, bottom: box.top + i, left: box.left, right: box.right }))
    : [box];
  for (const piece of pieces) {
    if (boxCells(piece) < 2) continue;
    if (sheet.merges.some((m) => intersects(m, piece) && !contains(piece, m))) {
      throw hostError("InvalidOperation", `Cannot merge ${boxAddress(piece)}: it partly overlaps another merged area.`, location);
    }
    sheet.merges = sheet.merges.filter((m) => !contains(piece, m));
    forEachCell(piece, (r, c) => {
      if (r === piece.top && c === piece.left) return;
      setValue(sheet, r, c, null);
      sheet.formulas.delete(cellKey(r, c));
    });
    sheet.merges.push(piece);
  }
}

export function unmergeRange(ref: RangeRef): void {
  ref.sheet.merges = ref.sheet.merges.filter((m) => !intersects(m, ref.box));
}

/** The used cells inside a range, or null when it has none. */
export function usedWithin(ref: RangeRef, valuesOnly: boolean): Box | null {
  const used = usedBox(ref.sheet, valuesOnly);
  if (!used || !intersects(used, ref.box)) return null;
  // Shrink to the cells actually used inside the range.
  let box: Box | null = null;
  const probe = {
    top: Math.max(used.top, ref.box.top),
    left: Math.max(used.left, ref.box.left),
    bottom: Math.min(used.bottom, ref.box.bottom),
    right: Math.min(used.right, ref.box.right),
  };
  forEachCell(probe, (r, c) => {
    const v = getValue(ref.sheet, r, c);
    const key = cellKey(r, c);
    const isUsed =
      (v !== null && v !== "") ||
      ref.sheet.formulas.has(key) ||
      (!valuesOnly && (ref.sheet.fills.has(key) || ref.sheet.numberFormats.has(key) || ref.sheet.hyperlinks.has(key)));
    if (!isUsed) return;
    if (!box) box = { top: r, left: c, bottom: r, right: c };
    else {
      box.top = Math.min(box.top, r);
      box.left = Math.min(box.left, c);
      box.bottom = Math.max(box.bottom, r);
      box.right = Math.max(box.right, c);
    }
  });
  return box;
}
