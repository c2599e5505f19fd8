import ExcelJS from "exceljs";
import type { CellValue, MergedArea, SheetGrid } from "../../src/engine/grid";
import { isoDate, normalizeText } from "../../src/xlsx/cell-value";

/**
 * The sheets of a workbook as the exceljs library reads them, turned into snapshots the way the
 * command line read workbooks before it read them itself: the reference the workbook reader is
 * held equal to.
 */
export async function exceljsSheets(bytes: Buffer): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((worksheet) => sheetGrid(worksheet));
}

function snapshotValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return normalizeText(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== "object") return null;
  if ("error" in value && typeof value.error === "string") return value.error;
  if ("richText" in value && Array.isArray(value.richText)) return normalizeText(value.richText.map((run) => run.text ?? "").join(""));
  if ("formula" in value || "sharedFormula" in value) return snapshotValue((value as { result?: ExcelJS.CellValue }).result);
  if ("text" in value) return snapshotValue((value as { text: ExcelJS.CellValue }).text);
  return null;
}

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

const isMergeFollower = (cell: ExcelJS.Cell): boolean => cell.isMerged && cell.master !== cell && cell.master.address !== cell.address;

function sheetGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
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
  const values: CellValue[][] = [];
  for (let r = 0; r < rows; r++) values.push(new Array<CellValue>(cols).fill(null));
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (isMergeFollower(cell)) return;
      values[rowNumber - 1][colNumber - 1] = snapshotValue(cell.value);
    });
  });
  const merges: MergedArea[] = mergeRanges(worksheet)
    .map((m) => ({ row: m.top - 1, col: m.left - 1, rowCount: m.bottom - m.top + 1, colCount: m.right - m.left + 1 }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const state = worksheet.state as string | undefined;
  return {
    sheet: worksheet.name,
    origin: { row: 0, col: 0 },
    values,
    merges,
    visibility: state === "hidden" ? "hidden" : state === "veryHidden" ? "veryHidden" : "visible",
  };
}
