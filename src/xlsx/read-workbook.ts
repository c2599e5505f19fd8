import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { cellAddress, type CellValue, type MergedArea, type SheetGrid } from "../engine/grid";
import { snapshotValue } from "./cell-value";
import { fileKind } from "./file-signature";
import { groupDigits, megabytes, readError, WorkbookReadError } from "./workbook-read-error";
import { guardPackage } from "./zip-guard";
import type { WorkbookMetadata } from "../excel/metadata-format";
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
   * (each costs the workbook library an object). The sheets' used ranges, from A1 to the last
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
  // The guard unpacks every part once anyway; PlanCheck's record is taken from that same pass.
  const pkg = await guardPackage(bytes, file, { maxUnpackedBytes: max.maxBytes, maxCells: max.maxCells }, isCustomXmlItem);

  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs accepts any Buffer at run time; its typings name an older Buffer shape.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw readError("file.corrupt", file, "unreadable", { reason: reason(err) });
  }
  if (workbook.worksheets.length === 0) throw readError("file.not-workbook", file, "no-sheets");

  const sheets: SheetGrid[] = [];
  const maxArea = max.maxCells * USED_RANGE_FACTOR;
  let area = 0;
  for (const worksheet of workbook.worksheets) {
    const extent = usedExtent(worksheet);
    area += extent.rows * extent.cols;
    // Checked before the snapshot's rows are allocated: one value in XFD1048576 would ask for 17 billion.
    if (area > maxArea) {
      throw readError("file.too-large", file, "used-range", {
        sheet: worksheet.name,
        corner: cellAddress(extent.rows - 1, extent.cols - 1),
        cells: groupDigits(extent.rows * extent.cols),
        limit: groupDigits(maxArea),
      });
    }
    sheets.push(sheetGrid(worksheet, extent));
  }
  const parts = [...pkg.kept].map(([part, data]) => ({ part, bytes: data }));
  const marked = reportMarkerSheet(pkg.workbookXml);
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

/** exceljs keeps merges keyed by their top-left address; it has no public list of them. */
interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergeRanges(worksheet: ExcelJS.Worksheet): MergeRange[] {
  const internal = (worksheet as unknown as { _merges?: Record<string, { model?: MergeRange } & MergeRange> })._merges;
  if (!internal) return [];
  return Object.values(internal)
    .filter(Boolean)
    .map((m) => m.model ?? m)
    .map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
}

/**
 * Rows and columns from A1 to the last cell holding a value, widened to cover every merged area
 * so that a merge never points outside the snapshot. Formatting alone does not count.
 */
function usedExtent(worksheet: ExcelJS.Worksheet): Extent {
  let rows = 0;
  let cols = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (isMergeFollower(cell) || snapshotValue(cell.value) === null) return;
      rows = Math.max(rows, rowNumber);
      cols = Math.max(cols, colNumber);
    });
  });
  for (const m of mergeRanges(worksheet)) {
    rows = Math.max(rows, m.bottom);
    cols = Math.max(cols, m.right);
  }
  return { rows, cols };
}

/** A merged cell other than the top-left one: Excel shows it empty, exceljs repeats the master. */
function isMergeFollower(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master !== cell && cell.master.address !== cell.address;
}

function sheetGrid(worksheet: ExcelJS.Worksheet, extent: Extent): SheetGrid {
  const values: CellValue[][] = [];
  for (let r = 0; r < extent.rows; r++) values.push(new Array<CellValue>(extent.cols).fill(null));
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > extent.rows) return;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (colNumber > extent.cols || isMergeFollower(cell)) return;
      values[rowNumber - 1][colNumber - 1] = snapshotValue(cell.value);
    });
  });
  const merges: MergedArea[] = mergeRanges(worksheet)
    .map((m) => ({ row: m.top - 1, col: m.left - 1, rowCount: m.bottom - m.top + 1, colCount: m.right - m.left + 1 }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    sheet: worksheet.name,
    origin: { row: 0, col: 0 },
    values,
    merges,
    visibility: visibility(worksheet.state),
  };
}

function visibility(state: string | undefined): SheetGrid["visibility"] {
  if (state === "hidden") return "hidden";
  if (state === "veryHidden") return "veryHidden";
  return "visible";
}
