import type { PlanPeriod } from "../engine/deadline/types";
import { detectPlanTables } from "../engine/plan-tables";
import { cellAddress, cellText, columnLetter, parseRangeAddress, rangeAddress, type CellValue, type MergedArea, type SheetGrid } from "../engine/grid";
import type { PlanTable } from "../engine/plan";
import type { Role } from "../engine/roles";
import { translator, type Lang, type Translator } from "../i18n/hosts/pane";
import { asInput, asText } from "./cell-text";
import { ExcelAdapterError, asAdapterError, syncSteps, type WriteStep } from "./errors";
import {
  metadataXml,
  ownedSheet,
  typedTableFor,
  type TypedTableRecord,
  type UndoRecord,
  type WorkbookMetadata,
} from "../workbook/record";
import { queueMetadataWrite } from "./metadata";
import { readSheet } from "./read-snapshot";
import { registryContent } from "./registry-content";
import { readRegistryValues } from "../workbook/registry";
import { queueRegistrySheet, registryTableNames, uniqueTableName } from "./registry-sheet";
import { planValidation, queueValidation, type ValidationKind } from "./validation";
import { freeSheetName } from "./sheet-names";

/**
 * Makes the detected plan table typed, once the user confirmed its column roles: an Excel table
 * over it, PlanCheck's record of roles and period, the registry sheet, native data validation,
 * a frozen header. It refuses, with the sheet and cells named, where Excel would have to change
 * the user's data: an overlap with another table, merged cells (unless the user agreed to unmerge
 * them), two header cells with the same text (Excel would rename one).
 */

export interface ApplyTypedTableOptions {
  /** Sheet of the plan table; the active sheet when absent. */
  sheet?: string;
  /** Roles the user confirmed, by column letter. */
  roles: Record<string, Role>;
  period: PlanPeriod | null;
  /** The user agreed that merged cells inside the table may be unmerged. */
  allowUnmerge?: boolean;
  /** The table's range as the user selected it (`B4:G60`), when PlanCheck found no table; kept in the record. */
  range?: string;
  /** Language of the texts written into the workbook (registry headers, input messages). */
  lang: Lang;
}

export type { ValidationKind };

export interface ApplyTypedTableResult {
  sheet: string;
  /** A1 range of the Excel table. */
  range: string;
  /** Name of the Excel table. */
  table: string;
  registrySheet: string;
  /** Merged areas PlanCheck unmerged. */
  unmerged: string[];
  validated: { column: string; kind: ValidationKind }[];
  /** Columns that keep validation the user set up before; PlanCheck leaves it alone. */
  kept: string[];
  /** Header rows frozen; 0 when the header sits too low for freezing to help. */
  frozenRows: number;
}

/** Freezing more rows than this would leave little of the sheet to scroll. */
export const MAX_FROZEN_ROWS = 10;

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function intersects(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function mergeBox(m: MergedArea): Box {
  return { top: m.row, left: m.col, bottom: m.row + m.rowCount - 1, right: m.col + m.colCount - 1 };
}

function a1(b: Box): string {
  return rangeAddress(b.top, b.left, b.bottom, b.right);
}

/** The Excel table's box: the plan's last header row down to its last row, across its columns. */
function tableBox(table: PlanTable): Box {
  const r = parseRangeAddress(table.range)!;
  return { top: Math.max(...table.headerRows) - 1, left: r.left, bottom: r.bottom, right: r.right };
}

/** The grid as it was before PlanCheck's earlier apply wrote into it. */
function originalGrid(grid: SheetGrid, undo: UndoRecord | undefined): SheetGrid {
  if (!undo || undo.cells.length === 0) return grid;
  const values = grid.values.map((r) => [...r]);
  for (const { cell, value } of undo.cells) {
    const p = parseRangeAddress(cell);
    if (p && values[p.top]) values[p.top][p.left] = value;
  }
  return { ...grid, values };
}

interface HeaderPlan {
  /** Blank header cells and what PlanCheck writes into them. */
  writes: { row: number; col: number; text: string }[];
  /** Header cells Excel or PlanCheck changes, with their value before. */
  undo: { cell: string; value: CellValue }[];
}

/**
 * What the table's header row will read. A header cell left blank by a merged area above it gets
 * the merged text; a still blank one gets the column's role name; a number becomes text (Excel's
 * doing, undone on remove). Two cells with the same text are refused: Excel would rename one.
 */
function planHeader(grid: SheetGrid, box: Box, merges: MergedArea[], table: PlanTable, t: Translator): HeaderPlan {
  const value = (r: number, c: number): CellValue => grid.values[r]?.[c] ?? null;
  const writes: HeaderPlan["writes"] = [];
  const undo: HeaderPlan["undo"] = [];
  const texts: { col: number; text: string }[] = [];
  for (let c = box.left; c <= box.right; c++) {
    const v = value(box.top, c);
    let text = cellText(v);
    if (text === "") {
      const above = merges.map(mergeBox).find((m) => m.top < box.top && m.bottom >= box.top && m.left <= c && m.right >= c);
      const role = table.columns.find((col) => col.index === c)?.role;
      text = above ? cellText(value(above.top, above.left)) : role && role !== "unknown" ? t.t(`role.${role}`) : "";
      if (text !== "") writes.push({ row: box.top, col: c, text });
      undo.push({ cell: cellAddress(box.top, c), value: null });
    } else if (typeof v !== "string") {
      undo.push({ cell: cellAddress(box.top, c), value: v });
    }
    if (text !== "") texts.push({ col: c, text });
  }
  for (let i = 0; i < texts.length; i++) {
    const same = texts.filter((x) => x.text.toLowerCase() === texts[i].text.toLowerCase());
    if (same.length > 1) {
      throw new ExcelAdapterError("excel.error.header-duplicate", {
        sheet: grid.sheet,
        cells: same.map((x) => cellAddress(box.top, x.col)).join(", "),
        header: texts[i].text,
      });
    }
  }
  return { writes, undo };
}

/**
 * The refusal that asks for consent to unmerge, naming the plan table as the user sees it (from
 * its first header row, where merged headings start) and saying precisely what will change: every
 * value stays where it is, and when blank cells of the Excel table's header row must be filled
 * (a heading merged over two header rows leaves the lower cell blank once unmerged), which cells
 * get which text.
 */
function mergedCellsRefusal(sheet: string, table: PlanTable, merges: MergedArea[], header: HeaderPlan, box: Box): ExcelAdapterError {
  const listed = merges.slice(0, 6).map((m) => a1(mergeBox(m)));
  const params = { sheet, range: table.range, cells: listed.join(", ") + (merges.length > listed.length ? ", …" : "") };
  if (header.writes.length === 0) return new ExcelAdapterError("excel.error.merged-cells", params);
  const shown = (text: string) => {
    const line = text.replace(/\s+/g, " ").trim();
    return line.length > 60 ? `${line.slice(0, 59)}…` : line;
  };
  const copies = header.writes.map((w) => `${cellAddress(w.row, w.col)} (${shown(w.text)})`).join(", ");
  return new ExcelAdapterError("excel.error.merged-header", { ...params, row: box.top + 1, copies });
}

/** Rows and columns frozen, from the frozen range Excel reports (whole rows or whole columns). */
function frozenFrom(range: Excel.Range): { rows: number; cols: number } {
  if (range.isNullObject) return { rows: 0, cols: 0 };
  const FULL_ROWS = 1_048_576;
  const FULL_COLS = 16_384;
  return { rows: range.rowCount === FULL_ROWS ? 0 : range.rowCount, cols: range.columnCount === FULL_COLS ? 0 : range.columnCount };
}

export async function applyTypedTable(context: Excel.RequestContext, options: ApplyTypedTableOptions): Promise<ApplyTypedTableResult> {
  const t = translator(options.lang);
  const snap = await readSheet(context, options.sheet);
  const sheetName = snap.sheet.name;
  const previous = typedTableFor(snap.metadata, snap.sheet) ?? undefined;
  const grid = originalGrid(snap.grid, previous?.undo);
  const selection = options.range ?? previous?.selection;
  const table = detectPlanTables(grid, { roles: options.roles, ...(selection ? { range: selection } : {}) })[0];
  if (!table) throw new ExcelAdapterError("excel.error.no-table", { sheet: sheetName });

  const box = tableBox(table);
  const range = a1(box);
  const own = previous ? snap.tables.find((x) => x.name === previous.table) : undefined;
  const reuse = own !== undefined && own.range === range;

  const other = snap.tables.find((x) => x !== own && intersects(parseRangeAddress(x.range)!, box));
  if (other) throw new ExcelAdapterError("excel.error.table-overlap", { sheet: sheetName, range, other: other.name, otherRange: other.range });

  const merges = snap.grid.merges.filter((m) => intersects(mergeBox(m), box));
  const header = reuse ? { writes: [], undo: [] } : planHeader(grid, box, merges, table, t);
  if (merges.length > 0 && !options.allowUnmerge) throw mergedCellsRefusal(sheetName, table, merges, header, box);
  const validations = planValidation(table, box);

  // What the write depends on: validation the user already has, frozen panes, the registry sheet.
  const ws = context.workbook.worksheets.getItem(snap.sheet.id);
  const existingValidation = validations.map((v) => ws.getRange(v.range).dataValidation.load("type"));
  const frozen = ws.freezePanes.getLocationOrNullObject().load("rowCount,columnCount");
  const registryRecord = snap.metadata.sheets.find((s) => s.kind === "registry");
  const registryInfo = registryRecord ? ownedSheet(registryRecord, snap.sheets) : null;
  const registryWs = registryInfo ? context.workbook.worksheets.getItem(registryInfo.id) : null;
  const registryUsed = registryWs?.getUsedRangeOrNullObject(true).load("values");
  const registryTables = registryWs?.tables.load("items/name");
  try {
    await context.sync();
  } catch (err) {
    throw asAdapterError(err);
  }

  const ourValidation = new Set(previous?.undo.validation ?? []);
  const kept: string[] = [];
  const toValidate = validations.filter((v, i) => {
    const type = existingValidation[i].type;
    if (type === "None" || ourValidation.has(v.range)) return true;
    kept.push(columnLetter(v.column));
    return false;
  });

  const existingRegistry = registryUsed && !registryUsed.isNullObject ? readRegistryValues(registryUsed.values) : null;
  const content = registryContent(table, existingRegistry, t);
  const taken = new Set(snap.tableNames.map((n) => n.toLowerCase()));
  for (const name of registryTables?.items.map((x) => x.name) ?? []) taken.delete(name.toLowerCase());
  if (own) taken.delete(own.name.toLowerCase());
  const names = registryTableNames(taken);
  const tableName = reuse ? own!.name : uniqueTableName("PlanCheckPlan", taken);
  const registryName = freeSheetName(t.t("excel.registry.sheet-name"), snap.sheets, registryInfo?.id ?? null);

  const before = frozenFrom(frozen);
  const headerRows = box.top + 1;
  const freezeRows = headerRows <= MAX_FROZEN_ROWS ? headerRows : 0;
  const freezeChanges = freezeRows > 0 && (before.rows !== freezeRows || before.cols !== 0);

  const undo: UndoRecord = {
    cells: mergeUndoCells(previous?.undo.cells ?? [], header.undo),
    merges: [...(previous?.undo.merges ?? []), ...merges.map((m) => a1(mergeBox(m)))],
    validation: [...new Set([...(previous?.undo.validation ?? []).filter((r) => !kept.includes(r)), ...toValidate.map((v) => v.range)])],
    freeze: previous?.undo.freeze ?? (freezeChanges ? before : null),
  };
  const record: TypedTableRecord = {
    sheet: sheetName,
    sheetId: snap.sheet.id,
    table: tableName,
    range,
    headerRows: table.headerRows,
    roles: Object.fromEntries(table.columns.map((c) => [c.column, c.role])),
    period: options.period,
    undo,
    ...(selection ? { selection } : {}),
  };
  const metadata: WorkbookMetadata = {
    ...snap.metadata,
    tables: [...snap.metadata.tables.filter((x) => x !== previous), record],
    sheets: [...snap.metadata.sheets.filter((s) => s.kind !== "registry"), { kind: "registry", name: registryName, id: null }],
  };

  let part: Excel.CustomXmlPart | null = null;
  let registrySheet: Excel.Worksheet | null = null;
  const steps: WriteStep[] = [
    // The record goes first: whatever a failure leaves behind, "Remove PlanCheck" finds it.
    { key: "metadata", queue: () => (part = queueMetadataWrite(context, metadata, snap.metadataPartIds)) },
  ];
  if (previous && !reuse) {
    steps.push({
      key: "restore-table",
      queue: () => {
        if (own) ws.tables.getItem(own.name).convertToRange();
        for (const r of previous.undo.validation) ws.getRange(r).dataValidation.clear();
        for (const c of previous.undo.cells) ws.getRange(c.cell).values = [[asInput(c.value)]];
      },
    });
  }
  if (merges.length > 0) steps.push({ key: "unmerge", queue: () => merges.forEach((m) => ws.getRange(a1(mergeBox(m))).unmerge()) });
  if (header.writes.length > 0) {
    steps.push({ key: "header", queue: () => header.writes.forEach((w) => (ws.getRange(cellAddress(w.row, w.col)).values = [[asText(w.text)]])) });
  }
  steps.push({
    key: "registry",
    queue: () => {
      if (registryWs) registryWs.delete();
      registrySheet = queueRegistrySheet(context, registryName, content, names, t);
      registrySheet.load("id");
    },
  });
  if (!reuse) steps.push({ key: "table", queue: () => (ws.tables.add(range, true).name = tableName) });
  steps.push({
    key: "validation",
    queue: () => {
      if (reuse) for (const r of previous?.undo.validation ?? []) if (!kept.includes(r)) ws.getRange(r).dataValidation.clear();
      for (const v of toValidate) queueValidation(ws, v, table, options.period, names, t);
    },
  });
  if (freezeChanges) steps.push({ key: "freeze", queue: () => ws.freezePanes.freezeRows(freezeRows) });

  await syncSteps(context, steps, options.lang);

  // The registry sheet's id exists only now; the record keeps it so a renamed sheet stays ours.
  const registryId = (registrySheet as Excel.Worksheet | null)?.id ?? null;
  const final: WorkbookMetadata = {
    ...metadata,
    sheets: metadata.sheets.map((s) => (s.kind === "registry" ? { ...s, id: registryId } : s)),
  };
  await syncSteps(context, [{ key: "metadata", queue: () => (part as Excel.CustomXmlPart | null)?.setXml(metadataXml(final)) }], options.lang);

  return {
    sheet: sheetName,
    range,
    table: tableName,
    registrySheet: registryName,
    unmerged: merges.map((m) => a1(mergeBox(m))),
    validated: toValidate.map((v) => ({ column: columnLetter(v.column), kind: v.kind })),
    kept,
    frozenRows: freezeChanges || before.rows === freezeRows ? freezeRows : 0,
  };
}

/** The first recorded value of a cell is its original one: a later apply never overwrites it. */
function mergeUndoCells(before: UndoRecord["cells"], now: UndoRecord["cells"]): UndoRecord["cells"] {
  const seen = new Set(before.map((c) => c.cell));
  return [...before, ...now.filter((c) => !seen.has(c.cell))];
}

