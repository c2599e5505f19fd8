import { cellAddress } from "../engine/grid";
import { hasPlanCall, portableFormulaFor, type ReferencedCell } from "../engine/scorecard/portable-rewrite";
import type { Lang } from "../i18n";
import { asAdapterError, syncSteps } from "./errors";
import { queueMetadataRead, queueMetadataWrite, type StoredMetadata } from "./metadata";
import type { PortableFormulaRecord, SheetInfo, WorkbookMetadata } from "../workbook/record";

/**
 * "Make this workbook portable": every PLAN formula that has a standard equivalent
 * (src/engine/scorecard/portable-rewrite.ts) is replaced by it, and PlanCheck's record keeps what
 * was there, so "Restore PLAN.* formulas" and "Remove PlanCheck" put the PLAN formulas back.
 * A cell is restored only while it still holds the formula PlanCheck wrote.
 */

export interface PlanFormulaCount {
  /** Cells whose formula calls a PLAN function. */
  plan: number;
  /** PLAN formulas PlanCheck made portable and can restore. */
  portable: number;
}

export interface MadePortable {
  replaced: number;
  /** PLAN formulas with no standard equivalent PlanCheck is sure of; they stay. */
  kept: number;
}

interface PlanCell {
  sheet: SheetInfo;
  cell: string;
  formula: string;
  portable: string | null;
}

/** Every PLAN formula of the workbook with its portable form (null when it has none): one sync, plus one when the record is split. */
async function scan(context: Excel.RequestContext): Promise<{ cells: PlanCell[]; stored: StoredMetadata }> {
  const sheets = context.workbook.worksheets.load("items/name,items/id,items/visibility");
  const record = queueMetadataRead(context, { onlyItem: true });
  try {
    await context.sync();
    const used = sheets.items.map((ws) => ws.getUsedRangeOrNullObject().load("rowIndex,columnIndex,formulas,valueTypes"));
    const each = record.known() === null ? record.queueEach() : null;
    await context.sync();
    const stored = record.known() ?? each!();
    const cells: PlanCell[] = [];
    sheets.items.forEach((ws, i) => {
      const range = used[i];
      if (range.isNullObject) return;
      const sheet: SheetInfo = { name: ws.name, id: ws.id, visibility: ws.visibility as SheetInfo["visibility"] };
      const lookup = (ref: string): ReferencedCell => {
        const m = /^([A-Z]+)(\d+)$/u.exec(ref)!;
        const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 - range.columnIndex;
        const row = Number(m[2]) - 1 - range.rowIndex;
        const formula = range.formulas[row]?.[col];
        const type = range.valueTypes[row]?.[col] ?? "Empty";
        if (typeof formula === "string" && formula.startsWith("=")) return { kind: "formula", text: type === "String" || type === "Boolean" };
        if (type === "Double") return { kind: "number" };
        if (type === "Error") return { kind: "error" };
        return type === "Empty" || formula === "" || formula === null || formula === undefined ? { kind: "blank" } : { kind: "text" };
      };
      range.formulas.forEach((line, r) =>
        line.forEach((f, c) => {
          if (typeof f !== "string" || !f.startsWith("=") || !hasPlanCall(f)) return;
          cells.push({ sheet, cell: cellAddress(range.rowIndex + r, range.columnIndex + c), formula: f, portable: portableFormulaFor(f, lookup) });
        }),
      );
    });
    return { cells, stored };
  } catch (err) {
    throw asAdapterError(err);
  }
}

/** How many PLAN formulas the workbook holds, and how many PlanCheck has made portable: what the pane offers. */
export async function countPlanFormulas(context: Excel.RequestContext): Promise<PlanFormulaCount> {
  const { cells, stored } = await scan(context);
  return { plan: cells.length, portable: stored.metadata.portable?.length ?? 0 };
}

/** Replaces every PLAN formula that has a standard equivalent and records what it replaced. */
export async function makeWorkbookPortable(context: Excel.RequestContext, options: { lang: Lang }): Promise<MadePortable> {
  const { cells, stored } = await scan(context);
  const replace = cells.filter((c): c is PlanCell & { portable: string } => c.portable !== null);
  if (replace.length === 0) return { replaced: 0, kept: cells.length };
  const records: PortableFormulaRecord[] = replace.map((c) => ({ sheet: c.sheet.name, sheetId: c.sheet.id, cell: c.cell, plan: c.formula, portable: c.portable }));
  const metadata: WorkbookMetadata = { ...stored.metadata, portable: [...(stored.metadata.portable ?? []), ...records] };
  await syncSteps(
    context,
    [
      // The record first: were Excel to stop after it, Restore still finds the cells it names.
      { key: "portable-formulas", queue: () => queueMetadataWrite(context, metadata, stored.partIds) },
      { key: "portable-formulas", queue: () => replace.forEach((c) => (context.workbook.worksheets.getItem(c.sheet.id).getRange(c.cell).formulas = [[c.portable]])) },
    ],
    options.lang,
  );
  return { replaced: replace.length, kept: cells.length - replace.length };
}

/**
 * The recorded cells that still hold PlanCheck's portable formula, read in the caller's next
 * sync; `restore()` then queues the PLAN formulas back. Sheets are matched by id, by name when
 * the record has no id; a cell on a sheet that is gone is skipped.
 */
export function queuePortableCheck(context: Excel.RequestContext, metadata: WorkbookMetadata, sheets: SheetInfo[]): { restore(): number } {
  const found = (metadata.portable ?? []).flatMap((p) => {
    const sheet = sheets.find((s) => (p.sheetId !== null ? s.id === p.sheetId : s.name === p.sheet));
    if (!sheet) return [];
    const range = context.workbook.worksheets.getItem(sheet.id).getRange(p.cell).load("formulas");
    return [{ p, range }];
  });
  return {
    restore() {
      const still = found.filter(({ p, range }) => range.formulas[0]?.[0] === p.portable);
      still.forEach(({ p, range }) => (range.formulas = [[p.plan]]));
      return still.length;
    },
  };
}

/** "Restore PLAN.* formulas": puts back every PLAN formula PlanCheck replaced, where the cell still holds what PlanCheck wrote. */
export async function restorePlanFormulas(context: Excel.RequestContext, options: { lang: Lang }): Promise<number> {
  const sheets = context.workbook.worksheets.load("items/name,items/id,items/visibility");
  const record = queueMetadataRead(context, { onlyItem: true });
  let stored: StoredMetadata;
  let check: { restore(): number };
  try {
    await context.sync();
    const each = record.known() === null ? record.queueEach() : null;
    if (each) await context.sync();
    stored = record.known() ?? each!();
    const infos: SheetInfo[] = sheets.items.map((ws) => ({ name: ws.name, id: ws.id, visibility: ws.visibility as SheetInfo["visibility"] }));
    check = queuePortableCheck(context, stored.metadata, infos);
    await context.sync();
  } catch (err) {
    throw asAdapterError(err);
  }
  if (!stored.metadata.portable?.length) return 0;
  let restored = 0;
  const rest: WorkbookMetadata = { ...stored.metadata };
  delete rest.portable;
  await syncSteps(
    context,
    [
      { key: "restore-formulas", queue: () => (restored = check.restore()) },
      { key: "restore-formulas", queue: () => queueMetadataWrite(context, rest, stored.partIds) },
    ],
    options.lang,
  );
  return restored;
}
