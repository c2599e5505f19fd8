import type { SheetGrid } from "../engine/grid";
import { PAYLOAD_LIMIT_BYTES } from "./bytes";
import { MemoryRequestContext, type HostCore, type HostFault, type HostStats } from "./context";
import { hostError } from "./errors";
import { boxAddress, displayFill, getValue, sheetValues, workbookFromGrids, type SheetModel, type WorkbookModel } from "./state";

/**
 * An in-memory Excel host: the part of the Excel JavaScript API PlanCheck uses, with the
 * semantics that matter in real Excel (load before read, writes at sync, counted syncs, measured
 * payloads, failing table overlaps and invalid validation rules). Browser-safe: no Node APIs.
 */

export interface MemoryExcel {
  /** Stands in for the global `Excel`: `Excel.run(async (context) => { ... })`. */
  Excel: { run: RunFunction };
  stats: HostStats;
  workbookState: WorkbookState;
  /** For tests: the next command at this location (`TableCollection.add`) fails with this code. */
  failNext(fault: HostFault): void;
}

/** The shape of `Excel.run` the adapter and the task pane use; the host's proxies stand in for Excel's. */
export type RunFunction = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The workbook as tests and the preview page inspect it. */
export interface WorkbookState {
  model: WorkbookModel;
  sheet(name: string): SheetModel;
  /** Values from A1 to the last used cell, null where empty. */
  values(sheetName: string): (string | number | boolean | null)[][];
  /** Value of one cell, 0-based row and column; null when empty. */
  value(sheetName: string, row: number, col: number): string | number | boolean | null;
  /** The fill a person sees on a cell (0-based row and column). */
  fill(sheetName: string, row: number, col: number): string | null;
  activeSheet(): string;
  /** Selected range as "Sheet!A1:B2", or null. */
  selection(): { sheet: string; address: string } | null;
}

export interface MemoryExcelOptions {
  /** Largest request and largest response (default 5 MB, as Excel on the web). */
  limitBytes?: number;
}

export function createMemoryExcel(workbook: { sheets: SheetGrid[] }, options: MemoryExcelOptions = {}): MemoryExcel {
  const stats: HostStats = { syncs: 0, payloads: [], maxPayload: 0, log: [] };
  const core: HostCore = { model: workbookFromGrids(workbook.sheets), stats, limitBytes: options.limitBytes ?? PAYLOAD_LIMIT_BYTES, faults: [] };

  /**
   * Excel.run(batch) or Excel.run(options, batch): a fresh context; commands still queued when
   * the batch's promise settles are synced, as office.js does; objects die with the batch.
   */
  const run = async <T>(...args: unknown[]): Promise<T> => {
    const batch = args.find((a): a is (ctx: MemoryRequestContext) => unknown => typeof a === "function");
    if (!batch) throw hostError("InvalidArgument", "Excel.run needs a batch function.");
    const context = new MemoryRequestContext(core);
    try {
      const pending = batch(context);
      if (!pending || typeof (pending as Promise<T>).then !== "function") throw hostError("RunMustReturnPromise");
      const result = await (pending as Promise<T>);
      if (context.hasPending) await context.sync();
      return result;
    } finally {
      context.close();
    }
  };

  const sheet = (name: string): SheetModel => {
    const found = core.model.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`No sheet named '${name}'.`);
    return found;
  };

  const workbookState: WorkbookState = {
    get model() {
      return core.model;
    },
    sheet,
    values: (name) => sheetValues(sheet(name)),
    value: (name, row, col) => getValue(sheet(name), row, col),
    fill: (name, row, col) => displayFill(sheet(name), row, col),
    activeSheet: () => core.model.sheets.find((s) => s.id === core.model.activeSheetId)?.name ?? "",
    selection: () => {
      const sel = core.model.selection;
      if (!sel) return null;
      const s = core.model.sheets.find((x) => x.id === sel.sheetId);
      if (!s) return null;
      return { sheet: s.name, address: boxAddress(sel.box) };
    },
  };

  return { Excel: { run: run as unknown as RunFunction }, stats, workbookState, failNext: (fault) => void core.faults.push(fault) };
}

export { HostError } from "./errors";
export type { HostFault, HostStats, SyncRecord } from "./context";
export type { WorkbookModel, SheetModel } from "./state";
export { MemoryRequestContext } from "./context";
