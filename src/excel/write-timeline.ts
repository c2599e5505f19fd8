import type { Timeline } from "../engine/report/timeline";
import { TIMELINE_FILLS, timelineSheet, type TimelineSheetLayout } from "../engine/report/timeline-sheet";
import { LOCALE_TAG, translator, type Lang } from "../i18n/hosts/pane";
import { asText } from "./cell-text";
import { syncSteps, type WriteStep } from "./errors";
import { metadataXml, ownedSheet, ownedSheetsFor, type OwnedSheetRecord, type PlanSheetRef, type SheetInfo, type WorkbookMetadata } from "../workbook/record";
import { queueMetadataWrite, readMetadata } from "./metadata";
import { SYNC_BUDGET_BYTES } from "./read-snapshot";
import { rowChunks, type RowChunk } from "./row-chunks";
import { freeSheetName } from "./sheet-names";

/**
 * Writes the plan's Timeline sheet (laid out by engine/report/timeline-sheet) through Office.js
 * and records it as PlanCheck's, the timeline of one plan sheet. Writing it again replaces
 * PlanCheck's earlier timeline of the same plan, found through the workbook's record, never by
 * name: a sheet of the user's that bears the name stays, and the new one takes a free name;
 * "Remove PlanCheck" deletes it with PlanCheck's other sheets.
 *
 * The record goes out in the first sync, with the new sheet and its first rows: whatever a failure
 * leaves behind, "Remove PlanCheck" finds it. Rows follow in requests under Excel on the web's
 * 5 MB, then the fills, and last the new sheet's id into the record.
 */

export interface WrittenTimeline {
  sheet: string;
  /** Placed tasks drawn. */
  tasks: number;
  /** PlanCheck's earlier timeline of the same plan that this one replaced, or null. */
  replaced: string | null;
}

export interface WriteTimelineOptions {
  lang: Lang;
  /** The plan sheet the timeline is of. */
  plan: string;
}

export async function writeTimelineSheet(context: Excel.RequestContext, timeline: Timeline, options: WriteTimelineOptions): Promise<WrittenTimeline> {
  const t = translator(options.lang);
  const layout = timelineSheet(timeline, t, { plan: options.plan, locale: LOCALE_TAG[options.lang] });
  const sheets = context.workbook.worksheets.load("items/name,items/id,items/visibility");
  const stored = await readMetadata(context);
  const infos: SheetInfo[] = sheets.items.map((s) => ({ name: s.name, id: s.id, visibility: s.visibility as SheetInfo["visibility"] }));
  const before = stored.metadata;

  const plan: PlanSheetRef = { sheet: options.plan, sheetId: infos.find((s) => s.name === options.plan)?.id ?? null };
  const records = ownedSheetsFor(before, "timeline", plan);
  // Never the plan itself, nor a sheet holding a typed table, whatever an old record says.
  const keep = new Set([plan.sheetId, ...before.tables.map((x) => x.sheetId)]);
  const old = records.map((r) => ownedSheet(r, infos)).filter((s): s is SheetInfo => s !== null && !keep.has(s.id));
  const oldIds = new Set(old.map((s) => s.id));
  const name = freeSheetName(t.t("timeline.sheet-name"), infos.filter((s) => !oldIds.has(s.id)));

  const mine: OwnedSheetRecord = { kind: "timeline", name, id: null, plan };
  const metadata: WorkbookMetadata = { ...before, sheets: [...before.sheets.filter((s) => !records.includes(s)), mine] };
  const values = layout.rows.map((r) => r.map(asText));
  const chunks = rowChunks(values, 0, rowBytes);

  let part: Excel.CustomXmlPart | null = null;
  let ws: Excel.Worksheet | null = null;
  const sheet = () => ws as unknown as Excel.Worksheet;
  const queueRows = (chunk: RowChunk<string[]>) => (sheet().getRangeByIndexes(chunk.top, 0, chunk.rows.length, layout.width).values = chunk.rows);

  let done = await syncSteps(
    context,
    [
      { key: "metadata", queue: () => (part = queueMetadataWrite(context, metadata, stored.partIds)) },
      {
        key: "timeline",
        queue: () => {
          for (const s of old) context.workbook.worksheets.getItem(s.id).delete();
          ws = context.workbook.worksheets.add(name);
          sheet().load("id");
          queueRows(chunks[0]);
        },
      },
    ],
    options.lang,
  );
  for (const chunk of chunks.slice(1)) done = await syncSteps(context, [{ key: "timeline", queue: () => queueRows(chunk) }], options.lang, done);
  for (const step of formatSteps(layout, sheet)) done = await syncSteps(context, [step], options.lang, done);

  // The sheet's id exists only now; the record keeps it so a sheet the user renames becomes theirs.
  const id = (ws as Excel.Worksheet | null)?.id ?? null;
  const final: WorkbookMetadata = { ...metadata, sheets: metadata.sheets.map((s) => (s === mine ? { ...s, id } : s)) };
  await syncSteps(context, [{ key: "metadata", queue: () => (part as Excel.CustomXmlPart | null)?.setXml(metadataXml(final)) }], options.lang, done);
  return { sheet: name, tasks: layout.tasks, replaced: old[0]?.name ?? null };
}

/** Bytes a timeline row takes in a request: its texts and the command around them. */
function rowBytes(row: string[]): number {
  return JSON.stringify(row).length * 2 + 50;
}

/** A fill command's share of a request: its address, colour and the command around them. */
const FILL_BYTES = 300;

/** Column widths, bold rows, the frozen header, then the month fills, each request under the budget. */
function formatSteps(layout: TimelineSheetLayout, sheet: () => Excel.Worksheet): WriteStep[] {
  const steps: WriteStep[] = [
    {
      key: "timeline",
      queue: () => {
        const ws = sheet();
        layout.widths.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 6));
        for (const row of layout.boldRows) ws.getRangeByIndexes(row, 0, 1, layout.width).format.font.bold = true;
        ws.freezePanes.freezeRows(layout.headerRow + 1);
      },
    },
  ];
  const perRequest = Math.max(1, Math.floor(SYNC_BUDGET_BYTES / FILL_BYTES));
  for (let i = 0; i < layout.fills.length; i += perRequest) {
    const runs = layout.fills.slice(i, i + perRequest);
    steps.push({
      key: "timeline",
      queue: () => {
        for (const r of runs) sheet().getRangeByIndexes(r.row, r.col, 1, r.count).format.fill.color = TIMELINE_FILLS[r.fill];
      },
    });
  }
  return steps;
}
