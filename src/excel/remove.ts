import type { Lang } from "../i18n";
import { asInput } from "./cell-text";
import { asAdapterError, syncSteps, type WriteStep } from "./errors";
import { isMarkFormula } from "./marks-format";
import { queueClearMarks } from "./marks";
import { queuePortableCheck } from "./make-portable";
import { METADATA_NAMESPACE, ownedSheet, parseMetadataXml, type SheetInfo, type TypedTableRecord, type WorkbookMetadata } from "../workbook/record";

/**
 * "Remove PlanCheck": undoes everything PlanCheck added, as the workbook's record lists it — the
 * Excel tables turned back into ranges, header cells and merged cells as they were, PlanCheck's
 * validation, frozen panes, cell marks, the report, registry, scorecard and timeline sheets, and the record
 * itself, and PLAN formulas made portable back as they were. Values the user wrote stay exactly as they are. What no longer exists is skipped; a sheet
 * is deleted only when the record names it (by id and name), never for its name alone.
 */

export interface RemoveResult {
  /** Excel tables turned back into ranges. */
  tables: string[];
  /** Sheets deleted (report, registry, scorecards, timelines). */
  sheets: string[];
  /** Mark rules deleted. */
  marks: number;
}

interface SheetState {
  info: SheetInfo;
  ws: Excel.Worksheet;
  formats: Excel.ConditionalFormatCollection;
}

export async function removePlanCheck(context: Excel.RequestContext, options: { lang: Lang }): Promise<RemoveResult> {
  const sheets = context.workbook.worksheets.load("items/name,items/id,items/visibility");
  const tables = context.workbook.tables.load("items/name,items/worksheet/id");
  const parts = context.workbook.customXmlParts.getByNamespace(METADATA_NAMESPACE).load("items/id");
  let metadata: WorkbookMetadata | null = null;
  let states: SheetState[] = [];
  let markIds = new Map<string, string[]>();
  let portable: { restore(): number } = { restore: () => 0 };
  try {
    await context.sync();
    const xml = parts.items.map((p) => p.getXml());
    states = sheets.items.map((ws) => ({
      info: { name: ws.name, id: ws.id, visibility: ws.visibility as SheetInfo["visibility"] },
      ws,
      formats: ws.getRange().conditionalFormats.load("items/id,items/type"),
    }));
    await context.sync();
    for (const x of xml) metadata ??= parseMetadataXml(x.value);
    // PLAN formulas made portable go back where the cell still holds PlanCheck's formula.
    if (metadata) portable = queuePortableCheck(context, metadata, states.map((s) => s.info));
    const rules = states.map((s) => s.formats.items.filter((f) => f.type === "Custom").map((f) => ({ id: f.id, rule: f.custom.rule.load("formula") })));
    await context.sync();
    markIds = new Map(states.map((s, i) => [s.info.id, rules[i].filter((r) => isMarkFormula(r.rule.formula)).map((r) => r.id)]));
  } catch (err) {
    throw asAdapterError(err);
  }

  const infos = states.map((s) => s.info);
  const existingTables = new Set(tables.items.map((x) => `${x.worksheet.id}\u0000${x.name}`));
  const hasTable = (record: TypedTableRecord, state: SheetState) => existingTables.has(`${state.info.id}\u0000${record.table}`);
  // A record is undone on its sheet when the sheet still holds PlanCheck's table or still has the
  // recorded name: never on another sheet that happens to get a deleted sheet's id.
  const records = (metadata?.tables ?? [])
    .map((record) => ({ record, state: states.find((s) => (record.sheetId ? s.info.id === record.sheetId : s.info.name === record.sheet)) }))
    .filter((x): x is { record: TypedTableRecord; state: SheetState } => x.state !== undefined)
    .filter(({ record, state }) => state.info.name === record.sheet || hasTable(record, state));
  const converted = records.filter(({ record, state }) => hasTable(record, state));
  const owned = (metadata?.sheets ?? [])
    .map((s) => ownedSheet(s, infos))
    .filter((s): s is SheetInfo => s !== null && !records.some((r) => r.state.info.id === s.id));
  const marks = [...markIds.values()].reduce((n, ids) => n + ids.length, 0);

  const steps: WriteStep[] = [
    { key: "remove-marks", queue: () => states.forEach((s) => queueClearMarks(s.ws, markIds.get(s.info.id) ?? [])) },
    { key: "restore-table", queue: () => converted.forEach(({ record, state }) => state.ws.tables.getItem(record.table).convertToRange()) },
    { key: "remove-validation", queue: () => records.forEach(({ record, state }) => record.undo.validation.forEach((r) => state.ws.getRange(r).dataValidation.clear())) },
    // After the table is gone: a table header cannot be blank, a range cell can.
    { key: "restore-cells", queue: () => records.forEach(({ record, state }) => record.undo.cells.forEach((c) => (state.ws.getRange(c.cell).values = [[asInput(c.value)]]))) },
    { key: "restore-merges", queue: () => records.forEach(({ record, state }) => record.undo.merges.forEach((m) => state.ws.getRange(m).merge(false))) },
    {
      key: "remove-freeze",
      queue: () =>
        records.forEach(({ record, state }) => {
          const f = record.undo.freeze;
          if (!f) return;
          if (f.rows === 0 && f.cols === 0) state.ws.freezePanes.unfreeze();
          else if (f.cols === 0) state.ws.freezePanes.freezeRows(f.rows);
          else if (f.rows === 0) state.ws.freezePanes.freezeColumns(f.cols);
          else state.ws.freezePanes.freezeAt(state.ws.getRangeByIndexes(0, 0, f.rows, f.cols));
        }),
    },
    { key: "restore-formulas", queue: () => portable.restore() },
    { key: "remove-sheets", queue: () => owned.forEach((s) => context.workbook.worksheets.getItem(s.id).delete()) },
    { key: "remove-metadata", queue: () => parts.items.forEach((p) => p.delete()) },
  ];
  await syncSteps(context, steps, options.lang);
  return { tables: converted.map((c) => c.record.table), sheets: owned.map((s) => s.name), marks };
}
