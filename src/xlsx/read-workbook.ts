import { promises as fs } from "fs";
import * as path from "path";
import { cellAddress, type CellValue, type SheetGrid } from "../engine/grid";
import { fileKind } from "./file-signature";
import type { SheetCells } from "./sheet-cells";
import { groupDigits, megabytes, readError, WorkbookReadError } from "./workbook-read-error";
import { guardPackage } from "./zip-guard";
import type { WorkbookMetadata } from "../workbook/record";
import { isCustomXmlItem, metadataFromParts, reportMarkerSheet } from "./workbook-record";

export { WorkbookReadError, readErrorKey } from "./workbook-read-error";
export type { WorkbookReadErrorCode } from "./workbook-read-error";

/** Every sheet of one workbook file, as the engine reads sheets. */
export interface WorkbookSnapshot {
  /** The file as the user named it. */
  file: string;
  sheets: SheetGrid[];
  /** PlanCheck's record (typed tables, sheets PlanCheck made), when the workbook holds one (docs/workbook-metadata.md). */
  metadata: WorkbookMetadata | null;
  /** The sheet the command line's report marker (hidden defined name `_PlanCheck_Report`) points at, or null. */
  reportSheet: string | null;
}

/** How much PlanCheck reads at once; more is refused with `file.too-large` (docs/limits.md). */
export interface ReadLimits {
  /** Largest file on disk, and the most its parts may unpack to together, in bytes. */
  maxBytes: number;
  /**
   * Most cells the sheets may store together, counting each stored row and merged area as a cell
   * (each costs the reader time, and a value kept until the snapshot is built). The sheets' used ranges, from A1 to the last
   * cell with a value or merge, may together span USED_RANGE_FACTOR times as many.
   */
  maxCells: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxBytes: 100 * 1024 * 1024,
  maxCells: 1_000_000,
};

/** Empty cells of a used range cost the snapshot 8 bytes each, not an object: 16 times more may be read. */
export const USED_RANGE_FACTOR = 16;

/**
 * Reads an .xlsx (or .xlsm) file into sheet snapshots: values from A1 to the last used row and
 * column, merged areas, and whether each sheet is hidden; and PlanCheck's own record and report
 * marker when the workbook carries them. Anything that is not a readable
 * workbook, or is larger than the limits, is a `WorkbookReadError` naming the file (and the sheet
 * or part where that applies), never a stack trace; the limits are checked before the memory is spent.
 */
export async function readWorkbook(
  input: string | Buffer,
  name?: string,
  limits?: Partial<ReadLimits>,
): Promise<WorkbookSnapshot> {
  const file = name ?? (typeof input === "string" ? input : "workbook.xlsx");
  const max: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limits };
  const bytes = typeof input === "string" ? await readFileBytes(input, file, max) : input;
  checkSize(bytes.length, file, max);

  switch (fileKind(bytes)) {
    case "encrypted-package":
      throw readError("file.encrypted", file);
    case "legacy-xls":
      throw readError("file.not-workbook", file, "xls");
    case "other":
      throw readError("file.not-workbook", file);
    case "zip":
      break;
  }
  // One pass unpacks every part once: the cells, and PlanCheck's record, are read in it.
  const pkg = await guardPackage(bytes, file, { maxUnpackedBytes: max.maxBytes, maxCells: max.maxCells }, isCustomXmlItem).catch((err: unknown) => {
    // A damaged field read past the end of a buffer: the file is damaged, and the user reads that, not Node's words.
    if (err instanceof RangeError) throw readError("file.corrupt", file, "directory");
    throw err;
  });
  const worksheets = pkg.sheets.filter((s) => s.cells !== null);
  if (worksheets.length === 0) throw readError("file.not-workbook", file, "no-sheets");

  const sheets: SheetGrid[] = [];
  const maxArea = max.maxCells * USED_RANGE_FACTOR;
  let area = 0;
  for (const sheet of worksheets) {
    const cells = sheet.cells!;
    const extent = usedExtent(cells);
    area += extent.rows * extent.cols;
    // Checked before the snapshot's rows are allocated: one value in XFD1048576 would ask for 17 billion.
    if (area > maxArea) {
      throw readError("file.too-large", file, "used-range", {
        sheet: sheet.sheet,
        corner: cellAddress(extent.rows - 1, extent.cols - 1),
        cells: groupDigits(extent.rows * extent.cols),
        limit: groupDigits(maxArea),
      });
    }
    const overlap = overlappingMerges(cells);
    if (overlap) {
      throw readError("file.corrupt", file, "unreadable", { reason: `'${sheet.sheet}' (${sheet.part}): merged areas ${overlap} overlap` });
    }
    sheets.push({ sheet: sheet.sheet, origin: { row: 0, col: 0 }, values: gridValues(cells, extent), merges: sortedMerges(cells), visibility: sheet.state });
  }
  const parts = [...pkg.kept].map(([part, data]) => ({ part, bytes: data }));
  // The marker is a defined name, whatever prefix the workbook's writer gives its elements.
  const marked = reportMarkerSheet(pkg.workbookXml?.replace(/<(\/?)[\w.-]+:definedName\b/g, "<$1definedName") ?? null);
  const reportSheet = sheets.some((s) => s.sheet === marked) ? marked : null;
  return { file, sheets, metadata: metadataFromParts(parts), reportSheet };
}

async function readFileBytes(filePath: string, file: string, max: ReadLimits): Promise<Buffer> {
  try {
    const stat = await fs.stat(filePath);
    if (stat.isDirectory()) throw readError("file.not-workbook", file, "folder");
    checkSize(stat.size, file, max);
    return await fs.readFile(filePath);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") throw readError("file.not-found", file, "denied");
    if (code === "ENOENT" || code === "ENOTDIR") throw readError("file.not-found", file, "missing", { path: path.resolve(filePath) });
    throw readError("file.not-found", file, "unopenable", { reason: reason(err) });
  }
}

function checkSize(size: number, file: string, max: ReadLimits): void {
  if (size > max.maxBytes) {
    throw readError("file.too-large", file, "bytes", { size: megabytes(size), limit: megabytes(max.maxBytes) });
  }
}

/** The library's one-line reason, without its stack. */
function reason(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split("\n")[0].slice(0, 200) || "unknown reason";
}

// ---------------------------------------------------------------------------------------------

interface Extent {
  rows: number;
  cols: number;
}

/**
 * Rows and columns from A1 to the last cell holding a value, widened to cover every merged area
 * so that a merge never points outside the snapshot. Formatting alone does not count; a value
 * hidden under a merge lies inside that merge, so it widens nothing.
 */
function usedExtent(cells: SheetCells): Extent {
  let rows = 0;
  let cols = 0;
  for (let i = 0; i < cells.values.length; i++) {
    if (cells.rows[i] >= rows) rows = cells.rows[i] + 1;
    if (cells.cols[i] >= cols) cols = cells.cols[i] + 1;
  }
  for (const m of cells.merges) {
    rows = Math.max(rows, m.row + m.rowCount);
    cols = Math.max(cols, m.col + m.colCount);
  }
  return { rows, cols };
}

/** The values from A1 to the extent; a merged area's value only in its top-left cell, as Excel shows it. */
function gridValues(cells: SheetCells, extent: Extent): CellValue[][] {
  // Every row a copy of one empty row, into a list made at its size: growing a list of a hundred
  // thousand rows one row at a time took three times as long (measured).
  const empty: CellValue[] = [];
  for (let c = 0; c < extent.cols; c++) empty.push(null);
  const values = new Array<CellValue[]>(extent.rows);
  for (let r = 0; r < extent.rows; r++) values[r] = empty.slice();
  for (let i = 0; i < cells.values.length; i++) values[cells.rows[i]][cells.cols[i]] = cells.values[i];
  for (const m of cells.merges) {
    for (let r = m.row; r < m.row + m.rowCount; r++) {
      const row = values[r];
      for (let c = r === m.row ? m.col + 1 : m.col; c < m.col + m.colCount; c++) row[c] = null;
    }
  }
  return values;
}

function sortedMerges(cells: SheetCells): SheetGrid["merges"] {
  return [...cells.merges].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Two merged areas sharing a cell, as `A1:B2 and B2:C3`, or null: Excel repairs such a sheet before showing it. */
function overlappingMerges(cells: SheetCells): string | null {
  const merges = sortedMerges(cells);
  for (let i = 0; i < merges.length; i++) {
    const a = merges[i];
    for (let j = i + 1; j < merges.length && merges[j].row < a.row + a.rowCount; j++) {
      const b = merges[j];
      if (b.col < a.col + a.colCount && a.col < b.col + b.colCount) return `${range(a)} and ${range(b)}`;
    }
  }
  return null;
}

function range(m: SheetGrid["merges"][number]): string {
  const from = cellAddress(m.row, m.col);
  const to = cellAddress(m.row + m.rowCount - 1, m.col + m.colCount - 1);
  return from === to ? from : `${from}:${to}`;
}
