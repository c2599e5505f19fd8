import { columnLetter, type CellValue, type MergedArea, type SheetGrid } from "../engine/grid";
import { quoteSheetName } from "../workbook/sheet-ref";

/**
 * The workbook the in-memory host keeps: plain data that tests and the preview page inspect
 * directly. Proxies never hand these objects to add-in code; they only change at `context.sync()`.
 */

/** A rectangle in 0-based sheet coordinates, corners included. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export type ValidationType = "None" | "WholeNumber" | "Decimal" | "List" | "Date" | "Time" | "TextLength" | "Custom";

/** One data validation as the user would see it in Data > Data Validation. */
export interface ValidationModel {
  type: ValidationType;
  /** The rule as Excel reports it back (formulas as strings). */
  rule: Record<string, unknown>;
  prompt: { message: string; title: string; showPrompt: boolean };
  errorAlert: { message: string; title: string; showAlert: boolean; style: "Stop" | "Warning" | "Information" };
  ignoreBlanks: boolean;
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  areas: Box[];
  /** Formula of a custom rule. */
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  priority: number;
  stopIfTrue: boolean;
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  box: Box;
  style: string;
}

export interface CustomXmlPartModel {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: Visibility;
  /** Values by row then column; missing entries and nulls are empty cells. */
  rows: (CellValue | undefined)[][];
  /** Formulas written through the API, by cell key. Their results are not computed. */
  formulas: Map<number, string>;
  merges: Box[];
  fills: Map<number, string>;
  bold: Map<number, boolean>;
  numberFormats: Map<number, string>;
  hyperlinks: Map<number, HyperlinkModel>;
  validation: Map<number, ValidationModel>;
  conditionalFormats: ConditionalFormatModel[];
  frozen: { rows: number; cols: number };
  /** Columns whose width was fitted to their content (a no-op on values, recorded for tests). */
  autofitted: Set<number>;
  /** Charts on the sheet, in the order added; they go with the sheet when it is deleted. */
  charts: ChartModel[];
}

/** A chart embedded in a sheet: its type, the cells it plots, its title and where it sits. */
export interface ChartModel {
  id: string;
  name: string;
  /** Excel.ChartType as given (`BarClustered`). */
  chartType: string;
  /** The cells plotted, on the chart's own sheet. */
  source: Box;
  seriesBy: "Auto" | "Columns" | "Rows";
  title: { text: string; visible: boolean };
  /** Top-left and bottom-right cells it covers (A1), once placed with setPosition. */
  position: { start: string; end: string | null } | null;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  tables: TableModel[];
  customXmlParts: CustomXmlPartModel[];
  settings: Map<string, unknown>;
  activeSheetId: string;
  selection: { sheetId: string; box: Box } | null;
  counters: { sheet: number; table: number; cf: number; xml: number; chart?: number };
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLS);
}

export function keyCol(key: number): number {
  return key % MAX_COLS;
}

/** Worksheet ids look like Excel's: a braced GUID that never changes when the sheet is renamed. */
function sheetId(n: number): string {
  const hex = n.toString(16).toUpperCase().padStart(4, "0");
  return `{00000000-${hex}-0000-C000-000000000046}`;
}

export function newSheet(model: WorkbookModel, name: string): SheetModel {
  model.counters.sheet += 1;
  return {
    id: sheetId(model.counters.sheet),
    name,
    visibility: "Visible",
    rows: [],
    formulas: new Map(),
    merges: [],
    fills: new Map(),
    bold: new Map(),
    numberFormats: new Map(),
    hyperlinks: new Map(),
    validation: new Map(),
    conditionalFormats: [],
    frozen: { rows: 0, cols: 0 },
    autofitted: new Set(),
    charts: [],
  };
}

const VISIBILITY: Record<NonNullable<SheetGrid["visibility"]>, Visibility> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/** A workbook holding the given sheets; the first visible one is active. */
export function workbookFromGrids(grids: SheetGrid[]): WorkbookModel {
  const model: WorkbookModel = {
    sheets: [],
    tables: [],
    customXmlParts: [],
    settings: new Map(),
    activeSheetId: "",
    selection: null,
    counters: { sheet: 0, table: 0, cf: 0, xml: 0 },
  };
  for (const grid of grids.length > 0 ? grids : [{ sheet: "Sheet1", origin: { row: 0, col: 0 }, values: [], merges: [] }]) {
    const sheet = newSheet(model, grid.sheet);
    sheet.visibility = VISIBILITY[grid.visibility ?? "visible"];
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") setValue(sheet, grid.origin.row + r, grid.origin.col + c, v);
      }),
    );
    sheet.merges = grid.merges.map(boxOfMerge);
    model.sheets.push(sheet);
  }
  const active = model.sheets.find((s) => s.visibility === "Visible") ?? model.sheets[0];
  model.activeSheetId = active.id;
  return model;
}

export function boxOfMerge(m: MergedArea): Box {
  return { top: m.row, left: m.col, bottom: m.row + m.rowCount - 1, right: m.col + m.colCount - 1 };
}

export function getValue(sheet: SheetModel, row: number, col: number): CellValue {
  const v = sheet.rows[row]?.[col];
  return v === undefined ? null : v;
}

export function setValue(sheet: SheetModel, row: number, col: number, value: CellValue): void {
  const empty = value === null || value === "";
  let r = sheet.rows[row];
  if (!r) {
    if (empty) return;
    r = sheet.rows[row] = [];
  }
  r[col] = empty ? null : value;
}

export function intersects(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Box, inner: Box): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

export function boxCells(box: Box): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

export function forEachCell(box: Box, fn: (row: number, col: number) => void): void {
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) fn(r, c);
}

/**
 * The smallest box around every cell with a value or formula, and (unless valuesOnly) every cell
 * with formatting, a merge or a link. Null when there is none. Follows the Worksheet.getUsedRange
 * reference page: "any cells that have a value or formatting assigned to them".
 */
export function usedBox(sheet: SheetModel, valuesOnly: boolean): Box | null {
  let box: Box | null = null;
  const grow = (row: number, col: number) => {
    if (!box) box = { top: row, left: col, bottom: row, right: col };
    else {
      box.top = Math.min(box.top, row);
      box.left = Math.min(box.left, col);
      box.bottom = Math.max(box.bottom, row);
      box.right = Math.max(box.right, col);
    }
  };
  sheet.rows.forEach((r, row) => {
    if (!r) return;
    r.forEach((v, col) => {
      if (v !== null && v !== undefined && v !== "") grow(row, col);
    });
  });
  for (const key of sheet.formulas.keys()) grow(keyRow(key), keyCol(key));
  if (!valuesOnly) {
    for (const map of [sheet.fills, sheet.bold, sheet.numberFormats, sheet.hyperlinks, sheet.validation]) {
      for (const key of map.keys()) grow(keyRow(key), keyCol(key));
    }
    for (const m of sheet.merges) {
      grow(m.top, m.left);
      grow(m.bottom, m.right);
    }
  }
  return box;
}

/** "A1" or "A1:C3" for a box. */
export function boxAddress(box: Box): string {
  const a = `${columnLetter(box.left)}${box.top + 1}`;
  const b = `${columnLetter(box.right)}${box.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

export { quoteSheetName } from "../workbook/sheet-ref";

export function sheetAddress(sheet: SheetModel, box: Box): string {
  return `${quoteSheetName(sheet.name)}!${boxAddress(box)}`;
}

// ----- What the preview page and tests read -------------------------------------------------

/** The sheet's values from A1 to the last used cell, null for empty cells: what the user sees. */
export function sheetValues(sheet: SheetModel): CellValue[][] {
  const box = usedBox(sheet, true);
  if (!box) return [];
  const out: CellValue[][] = [];
  for (let r = 0; r <= box.bottom; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c <= box.right; c++) row.push(getValue(sheet, r, c));
    out.push(row);
  }
  return out;
}

/** The fill a person sees on a cell: the first matching conditional format wins over the cell's own fill. */
export function displayFill(sheet: SheetModel, row: number, col: number): string | null {
  const cf = [...sheet.conditionalFormats]
    .sort((a, b) => a.priority - b.priority)
    .find((f) => f.fill && f.areas.some((a) => intersects(a, { top: row, left: col, bottom: row, right: col })));
  if (cf) return cf.fill;
  return sheet.fills.get(cellKey(row, col)) ?? null;
}
