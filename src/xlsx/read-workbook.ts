import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { CellValue, MergedArea, SheetGrid } from "../engine/grid";
import { snapshotValue } from "./cell-value";
import { fileKind } from "./file-signature";
import { WorkbookReadError } from "./workbook-read-error";

export { WorkbookReadError } from "./workbook-read-error";
export type { WorkbookReadErrorCode } from "./workbook-read-error";

/** Every sheet of one workbook file, as the engine reads sheets. */
export interface WorkbookSnapshot {
  /** The file as the user named it. */
  file: string;
  sheets: SheetGrid[];
}

/** How much PlanCheck reads at once; bigger files are refused with `file.too-large`. */
export interface ReadLimits {
  /** Size of the file on disk, in bytes. */
  maxBytes: number;
  /** Cells of all sheets' used ranges together. */
  maxCells: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxBytes: 100 * 1024 * 1024,
  maxCells: 20_000_000,
};

/**
 * Reads an .xlsx (or .xlsm) file into sheet snapshots: values from A1 to the last used row and
 * column, merged areas, and whether each sheet is hidden. Anything that is not a readable
 * workbook is a `WorkbookReadError` naming the file, never a stack trace.
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
      throw new WorkbookReadError(
        "file.encrypted",
        file,
        `${file} is password-protected; save a copy without a password and check that copy.`,
      );
    case "legacy-xls":
      throw new WorkbookReadError(
        "file.not-workbook",
        file,
        `${file} is an Excel 97-2003 workbook (.xls); save it as an .xlsx workbook first.`,
      );
    case "other":
      throw new WorkbookReadError("file.not-workbook", file, `${file} is not an Excel workbook (.xlsx).`);
    case "zip":
      break;
  }

  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs accepts any Buffer at run time; its typings name an older Buffer shape.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new WorkbookReadError("file.corrupt", file, `${file} is damaged and cannot be read (${reason(err)}).`);
  }
  if (workbook.worksheets.length === 0) {
    throw new WorkbookReadError("file.not-workbook", file, `${file} is a zip archive but holds no Excel worksheets.`);
  }

  const sheets: SheetGrid[] = [];
  let cells = 0;
  for (const worksheet of workbook.worksheets) {
    const extent = usedExtent(worksheet);
    cells += extent.rows * extent.cols;
    if (cells > max.maxCells) {
      throw new WorkbookReadError(
        "file.too-large",
        file,
        `${file} has more than ${max.maxCells} cells in use; PlanCheck reads at most that many at once.`,
      );
    }
    sheets.push(sheetGrid(worksheet, extent));
  }
  return { file, sheets };
}

async function readFileBytes(filePath: string, file: string, max: ReadLimits): Promise<Buffer> {
  try {
    const stat = await fs.stat(filePath);
    if (stat.isDirectory()) {
      throw new WorkbookReadError("file.not-workbook", file, `${file} is a folder, not an Excel workbook.`);
    }
    checkSize(stat.size, file, max);
    return await fs.readFile(filePath);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") {
      throw new WorkbookReadError("file.not-found", file, `${file} cannot be opened: permission denied.`);
    }
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new WorkbookReadError("file.not-found", file, `${file} was not found (looked in ${path.resolve(filePath)}).`);
    }
    throw new WorkbookReadError("file.not-found", file, `${file} cannot be opened (${reason(err)}).`);
  }
}

function checkSize(size: number, file: string, max: ReadLimits): void {
  if (size > max.maxBytes) {
    throw new WorkbookReadError(
      "file.too-large",
      file,
      `${file} is ${megabytes(size)} MB; PlanCheck reads workbooks of at most ${megabytes(max.maxBytes)} MB.`,
    );
  }
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? mb.toFixed(0) : mb.toFixed(1);
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
