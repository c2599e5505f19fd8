import { formattedNumber } from "../workbook/cell-values";
import { parseRangeAddress, rangeAddress, type CellValue, type MergedArea, type SheetGrid } from "../engine/grid";
import { ExcelAdapterError, asAdapterError, officeCode } from "./errors";
import type { SheetInfo, WorkbookMetadata } from "../workbook/record";
import { queueMetadataRead, type MetadataRead, type StoredMetadata } from "./metadata";
import { isMarkFormula } from "./marks-format";
import type { RegistryContent } from "../workbook/registry";
import { splitSheetReference } from "../workbook/sheet-ref";
import { queueRegistryRead } from "./registry-sheet";

/**
 * Reads one sheet into the engine's snapshot in a fixed number of syncs, whatever its size:
 *
 * 1. a survey: the sheet, its used range (values only), a small sample of its top rows, the
 *    workbook's sheets and tables, PlanCheck's metadata parts with the XML of the only one, the
 *    sheet's conditional formats;
 * 2. the data: values and merged areas of the used range in row blocks, all queued in one sync,
 *    with the table ranges, the conditional formats' rules and, when asked for, the registry
 *    sheet's values (its id comes from the record read in the survey).
 *
 * A workbook with several metadata parts (two copies of the add-in wrote at once) has their XML
 * read in the data sync instead, and its registry sheet in one sync more.
 *
 * Excel on the web refuses a request or response over 5 MB ("Resource limits and performance
 * optimization", Excel add-ins), so the first data sync is sized from the sample: a sheet whose
 * values fit in about 3.7 MB is read in those two syncs. A bigger one takes one more sync for each
 * further ~4.7 MB: the later blocks are sized from the bytes the first block really carried, not
 * from the sample. A response Excel still refuses is split in two and read again. Range.getMergedAreas…
 * fails above 512 merged areas, so merged areas are asked for per 200 rows, and per fewer rows
 * when a block holds more.
 */

export interface ExcelTableInfo {
  name: string;
  id: string;
  /** A1 range on its sheet, without the sheet name. */
  range: string;
}

export interface SheetSnapshot {
  grid: SheetGrid;
  sheet: SheetInfo;
  /** A1 range of the cells holding values, or null for an empty sheet. */
  usedRange: string | null;
  /** Excel tables on this sheet. */
  tables: ExcelTableInfo[];
  /** Names of every table in the workbook (table names are unique across it). */
  tableNames: string[];
  sheets: SheetInfo[];
  metadata: WorkbookMetadata;
  /** Ids of the custom XML parts that hold PlanCheck's metadata (normally one). */
  metadataPartIds: string[];
  /** Ids of PlanCheck's conditional formats (cell marks) on this sheet. */
  marks: string[];
  /**
   * The registry sheet's lists when they were asked for (`ReadSheetOptions.registry`) and the
   * record names a registry sheet that is still there with values; otherwise null.
   */
  registry: RegistryContent | null;
}

export interface ReadSheetOptions {
  /** Also read the registry sheet, in the same syncs. */
  registry?: boolean;
}

/** Bytes one data sync may carry: under Excel on the web's 5 MB, with room for estimate errors. */
export const SYNC_BUDGET_BYTES = 4.5 * 1024 * 1024;
/**
 * Bytes a data sync may carry once the first block has been read: its rows' real size is known,
 * so the margin is only for later rows longer than those of the first block, and for the
 * request and the merged areas' addresses.
 */
export const MEASURED_BUDGET_BYTES = 4.75 * 1024 * 1024;
const SAMPLE_ROWS = 100;
const SAMPLE_COLS = 32;
const BLOCK_ROWS = 200;
/** Guessed bytes per cell where the sample says nothing. */
const DEFAULT_CELL_BYTES = 24;
/**
 * Estimates are raised by a fifth: the sample is the top of the sheet, not all of it. A response
 * that still comes out too big is refused by Excel and read again in two halves.
 */
const SAFETY = 1.2;

/** The engine's snapshot of a sheet (the active one when no name is given). */
export async function readSnapshot(context: Excel.RequestContext, sheetName?: string): Promise<SheetGrid> {
  return (await readSheet(context, sheetName)).grid;
}

interface Block {
  top: number;
  rows: number;
}

interface Survey {
  ws: Excel.Worksheet;
  used: Excel.Range;
  sample: Excel.Range;
  tables: Excel.TableCollection;
  allTables: Excel.TableCollection;
  sheets: Excel.WorksheetCollection;
  metadata: MetadataRead;
  formats: Excel.ConditionalFormatCollection;
}

export async function readSheet(context: Excel.RequestContext, sheetName?: string, options: ReadSheetOptions = {}): Promise<SheetSnapshot> {
  const survey = await runSurvey(context, sheetName);
  const { ws, used } = survey;
  const sheet: SheetInfo = { name: ws.name, id: ws.id, visibility: ws.visibility as SheetInfo["visibility"] };
  const sheets: SheetInfo[] = survey.sheets.items.map((s) => ({ name: s.name, id: s.id, visibility: s.visibility as SheetInfo["visibility"] }));
  const box = used.isNullObject ? null : { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
  const dates = box ? numberColumns(survey.sample.values, box) : [];
  const rowBytes = box ? estimateRowBytes(survey.sample.values, box) + dates.length * 12 : 0;

  const extras = queueExtras(context, survey, sheets, options.registry === true);
  const data = box ? await readData(context, ws, box, rowBytes, dates, extras) : await syncExtrasOnly(context, extras);

  const grid = buildGrid(sheet, box, data);
  const found = extras.collect();
  const registry = found.registry === "later" ? await readRegistryAlone(context, found.stored.metadata, sheets) : found.registry;
  return {
    grid,
    sheet,
    usedRange: box ? rangeAddress(box.top, box.left, box.top + box.rows - 1, box.left + box.cols - 1) : null,
    tables: found.tables,
    tableNames: survey.allTables.items.map((t) => t.name),
    sheets,
    metadata: found.stored.metadata,
    metadataPartIds: found.stored.partIds,
    marks: found.marks,
    registry,
  };
}

/**
 * The survey's sync. The reference pages do not say what CustomXmlPart.getXml does on a null
 * object; should Excel refuse it rather than answer null, the survey runs once more without
 * asking for the only part's XML, and the parts' XML comes with the data.
 */
async function runSurvey(context: Excel.RequestContext, sheetName: string | undefined): Promise<Survey> {
  let survey = queueSurvey(context, sheetName, true);
  try {
    await context.sync();
    return survey;
  } catch (err) {
    if (errorLocation(err) !== "CustomXmlPart.getXml") throw surveyError(err, sheetName);
  }
  survey = queueSurvey(context, sheetName, false);
  try {
    await context.sync();
    return survey;
  } catch (err) {
    throw surveyError(err, sheetName);
  }
}

function surveyError(err: unknown, sheetName: string | undefined): ExcelAdapterError {
  if (sheetName !== undefined && officeCode(err) === "ItemNotFound") return new ExcelAdapterError("excel.error.sheet-missing", { sheet: sheetName });
  return asAdapterError(err);
}

function errorLocation(err: unknown): string | undefined {
  return (err as { debugInfo?: { errorLocation?: string } } | null)?.debugInfo?.errorLocation;
}

/** The registry sheet on its own: the one sync more a workbook with several metadata parts takes. */
async function readRegistryAlone(context: Excel.RequestContext, metadata: WorkbookMetadata, sheets: SheetInfo[]): Promise<RegistryContent | null> {
  const read = queueRegistryRead(context, metadata, sheets);
  if (!read) return null;
  try {
    await context.sync();
  } catch (err) {
    throw asAdapterError(err);
  }
  return read();
}

function queueSurvey(context: Excel.RequestContext, sheetName: string | undefined, onlyItem: boolean): Survey {
  const sheets = context.workbook.worksheets;
  const ws = sheetName === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
  ws.load("name,id,visibility");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const sample = ws.getRangeByIndexes(0, 0, SAMPLE_ROWS, SAMPLE_COLS).load("values");
  const tables = ws.tables.load("items/name,items/id");
  const allTables = context.workbook.tables.load("items/name");
  sheets.load("items/name,items/id,items/visibility");
  const metadata = queueMetadataRead(context, { onlyItem });
  const formats = ws.getRange().conditionalFormats.load("items/id,items/type");
  return { ws, used, sample, tables, allTables, sheets, metadata, formats };
}

interface Extras {
  /** Queues the loads; false when there is nothing to load. */
  queue(): boolean;
  collect(): {
    tables: ExcelTableInfo[];
    stored: StoredMetadata;
    marks: string[];
    /** "later" when the registry could not be found before the record was read. */
    registry: RegistryContent | null | "later";
  };
}

/**
 * Loads that need the survey's answers, for the data sync: table ranges, custom format rules, the
 * registry sheet's values when asked for, and each metadata part's XML when there are several.
 */
function queueExtras(context: Excel.RequestContext, survey: Survey, sheets: SheetInfo[], wantRegistry: boolean): Extras {
  const known = survey.metadata.known();
  let ranges: Excel.Range[] = [];
  let each: (() => StoredMetadata) | null = null;
  let rules: { id: string; rule: Excel.ConditionalFormatRule }[] = [];
  let registry: (() => RegistryContent | null) | null = null;
  return {
    queue() {
      ranges = survey.tables.items.map((t) => t.getRange().load("address"));
      each = known ? null : survey.metadata.queueEach();
      rules = survey.formats.items
        .filter((f) => f.type === "Custom")
        .map((f) => ({ id: f.id, rule: f.custom.rule.load("formula") }));
      registry = wantRegistry && known ? queueRegistryRead(context, known.metadata, sheets) : null;
      return ranges.length > 0 || each !== null || rules.length > 0 || registry !== null;
    },
    collect() {
      const tables = survey.tables.items.map((t, i) => ({ name: t.name, id: t.id, range: withoutSheet(ranges[i].address) }));
      return {
        tables,
        stored: known ?? each!(),
        marks: rules.filter((r) => isMarkFormula(r.rule.formula)).map((r) => r.id),
        registry: !wantRegistry ? null : known ? (registry?.() ?? null) : "later",
      };
    },
  };
}

/** `'План 2019'!A31:F168` -> `A31:F168`, by the one reading of sheet references (src/workbook/sheet-ref.ts). */
export function withoutSheet(address: string): string {
  return splitSheetReference(address)?.rest ?? address;
}

/** An empty sheet: the extras alone, and no sync when there are none. */
async function syncExtrasOnly(context: Excel.RequestContext, extras: Extras): Promise<RowData> {
  if (extras.queue()) {
    try {
      await context.sync();
    } catch (err) {
      throw asAdapterError(err);
    }
  }
  return { values: [], merges: [], formats: new Map() };
}

interface UsedBox {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** Columns (sheet indexes) where the sample holds numbers: the only ones that may hold dates. */
function numberColumns(sample: unknown[][], box: UsedBox): number[] {
  const cols = new Set<number>();
  for (const row of sample) row.forEach((v, c) => typeof v === "number" && c >= box.left && c < box.left + box.cols && cols.add(c));
  return [...cols].sort((a, b) => a - b);
}

/** Bytes a row of the used range will take in the response, judged from the sample. */
function estimateRowBytes(sample: unknown[][], box: UsedBox): number {
  let bytes = 0;
  let cells = 0;
  for (let r = box.top; r < Math.min(SAMPLE_ROWS, box.top + box.rows); r++) {
    for (let c = box.left; c < Math.min(SAMPLE_COLS, box.left + box.cols); c++) {
      bytes += jsonLength(sample[r]?.[c]) + 1;
      cells++;
    }
  }
  const perCell = cells > 0 ? Math.max(3, bytes / cells) : DEFAULT_CELL_BYTES;
  return Math.ceil(perCell * box.cols * SAFETY) + 16;
}

/** UTF-8 length of a value's JSON: Cyrillic text is two bytes a letter. */
function jsonLength(v: unknown): number {
  const s = JSON.stringify(v ?? "");
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}

interface RowData {
  /** Values by sheet row offset from the used range's top. */
  values: unknown[][];
  merges: MergedArea[];
  /** Number formats of the date candidate columns: column -> formats by row offset. */
  formats: Map<number, string[]>;
}

/** Bytes per row of the response: the sample's estimate until a block has been read, then that block's bytes. */
interface RowSize {
  bytes: number;
  measured: boolean;
}

/** The next block from `top`: as many rows as the budget holds at the row size known so far. */
function nextBlock(top: number, end: number, size: RowSize): Block {
  const budget = size.measured ? MEASURED_BUDGET_BYTES : SYNC_BUDGET_BYTES;
  return { top, rows: Math.min(end - top, Math.max(1, Math.floor(budget / size.bytes))) };
}

async function readData(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  box: UsedBox,
  rowBytes: number,
  dates: number[],
  extras: Extras,
): Promise<RowData> {
  // A row too wide for one sync is read in column chunks.
  const colsPerRange = rowBytes > SYNC_BUDGET_BYTES ? Math.max(1, Math.floor((box.cols * SYNC_BUDGET_BYTES) / rowBytes)) : box.cols;
  const out: RowData = { values: new Array(box.rows), merges: [], formats: new Map(dates.map((c) => [c, new Array<string>(box.rows)])) };
  const end = box.top + box.rows;
  const size: RowSize = { bytes: rowBytes, measured: false };
  // Blocks planned and not yet read: a refused block's two halves; the rest are cut as they come.
  const pending: Block[] = [];
  let planned = box.top;
  let mergeRows = BLOCK_ROWS;
  let extrasDone = false;
  const seen = new Set<string>();

  while (pending.length > 0 || planned < end) {
    if (pending.length === 0) {
      pending.push(nextBlock(planned, end, size));
      planned += pending[0].rows;
    }
    const group = pending[0];
    const readers: (() => void)[] = [];
    // What this block's response carries, counted as the host counts it (JSON, UTF-8).
    let received = 0;
    const measure = !size.measured;
    for (let r = 0; r < group.rows; r += BLOCK_ROWS) {
      const top = group.top + r;
      const rows = Math.min(BLOCK_ROWS, group.rows - r);
      for (let c = 0; c < box.cols; c += colsPerRange) {
        const cols = Math.min(colsPerRange, box.cols - c);
        const range = ws.getRangeByIndexes(top, box.left + c, rows, cols).load("values");
        readers.push(() => {
          if (measure) received += jsonLength(range.values);
          range.values.forEach((row, i) => {
            const target = (out.values[top - box.top + i] ??= []);
            row.forEach((v, j) => (target[c + j] = v));
          });
        });
      }
      for (const col of dates) {
        const formats = ws.getRangeByIndexes(top, col, rows, 1).load("numberFormat");
        readers.push(() => {
          if (measure) received += jsonLength(formats.numberFormat);
          formats.numberFormat.forEach((f, i) => (out.formats.get(col)![top - box.top + i] = String(f[0])));
        });
      }
    }
    for (let r = 0; r < group.rows; r += mergeRows) {
      const areas = ws.getRangeByIndexes(group.top + r, box.left, Math.min(mergeRows, group.rows - r), box.cols).getMergedAreasOrNullObject();
      areas.load("address");
      readers.push(() => {
        if (areas.isNullObject) return;
        if (measure) received += jsonLength(areas.address);
        for (const a of splitAreas(areas.address)) {
          if (seen.has(a)) continue;
          seen.add(a);
          const p = parseRangeAddress(a);
          if (p) out.merges.push({ row: p.top, col: p.left, rowCount: p.bottom - p.top + 1, colCount: p.right - p.left + 1 });
        }
      });
    }
    if (!extrasDone) extras.queue();
    try {
      // One sync per group of rows by design: the groups are as large as Excel's payload limit
      // allows, and a group that is refused is halved and retried.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (err) {
      const code = officeCode(err);
      const location = errorLocation(err);
      if ((code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded") && group.rows > 1) {
        const half = Math.ceil(group.rows / 2);
        pending.splice(0, 1, { top: group.top, rows: half }, { top: group.top + half, rows: group.rows - half });
        continue;
      }
      if (location === "Range.getMergedAreasOrNullObject" && mergeRows > 1) {
        mergeRows = Math.max(1, Math.floor(mergeRows / 4));
        continue;
      }
      throw asAdapterError(err);
    }
    readers.forEach((read) => read());
    extrasDone = true;
    pending.shift();
    // The first block read is the measure of the rest: its real bytes replace the sample's guess.
    if (measure && received > 0) {
      size.bytes = Math.max(1, received / group.rows);
      size.measured = true;
    }
  }
  return out;
}

/** "Sheet1!A1:B2,Sheet1!D4" -> ["A1:B2", "D4"] (sheet names may be quoted and hold commas). */
function splitAreas(address: string): string[] {
  return address
    .split(/,(?=(?:[^']*'[^']*')*[^']*$)/)
    .map((a) => withoutSheet(a.trim()).replace(/\$/g, ""))
    .filter((a) => a !== "");
}

/** A cell as the engine reads it: "" is empty; line breaks are "\n" as in the file adapter. */
function cellValue(v: unknown, format: string | undefined): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string") return v.replace(/\r\n?/g, "\n");
  if (typeof v === "number") {
    // Dates, times and durations as the file reader gives them (src/workbook/cell-values.ts).
    return format !== undefined ? formattedNumber(v, format) : Number.isFinite(v) ? v : null;
  }
  if (typeof v === "boolean") return v;
  return String(v);
}

/** The grid from A1, as the file adapter builds it, widened to hold every merged area. */
function buildGrid(sheet: SheetInfo, box: UsedBox | null, data: RowData): SheetGrid {
  const visibility = sheet.visibility === "Hidden" ? "hidden" : sheet.visibility === "VeryHidden" ? "veryHidden" : "visible";
  if (!box) return { sheet: sheet.name, origin: { row: 0, col: 0 }, values: [], merges: [], visibility };
  let rows = box.top + box.rows;
  let cols = box.left + box.cols;
  for (const m of data.merges) {
    rows = Math.max(rows, m.row + m.rowCount);
    cols = Math.max(cols, m.col + m.colCount);
  }
  const values: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const row = new Array<CellValue>(cols).fill(null);
    const src = r >= box.top ? data.values[r - box.top] : undefined;
    if (src) {
      for (let c = 0; c < box.cols; c++) row[box.left + c] = cellValue(src[c], data.formats.get(box.left + c)?.[r - box.top]);
    }
    values.push(row);
  }
  const merges = [...data.merges].sort((a, b) => a.row - b.row || a.col - b.col);
  return { sheet: sheet.name, origin: { row: 0, col: 0 }, values, merges, visibility };
}
