import type { PlanTable } from "../engine/plan";
import { buildScorecard } from "../engine/scorecard";
import { translator, type Lang } from "../i18n/hosts/pane";
import { syncSteps } from "./errors";
import {
  metadataXml,
  ownedSheet,
  ownedSheetsFor,
  type OwnedSheetRecord,
  type PlanSheetRef,
  type SheetInfo,
  type WorkbookMetadata,
} from "../workbook/record";
import { queueMetadataWrite, readMetadata } from "./metadata";
import type { SheetSnapshot } from "./read-snapshot";
import { freeSheetName } from "./sheet-names";
import { scorecardLayout, SCORECARD_WIDTH, STATUS_FILLS, type ScorecardForm, type ScorecardLayout } from "./portable-scorecard-layout";
import { scorecardChart } from "../workbook/scorecard-chart";

export { scorecardLayout, STATUS_FILLS, SCORECARD_WIDTH, type ScorecardForm, type ScorecardLayout } from "./portable-scorecard-layout";

/** Writes the Scorecard sheet (see ./portable-scorecard-layout) through Office.js. */
const WIDTH = SCORECARD_WIDTH;

export interface WrittenScorecard {
  sheet: string;
  indicators: number;
  /** PlanCheck's earlier scorecard of the same plan that this one replaced, or null. */
  replaced: string | null;
}

export interface WriteScorecardOptions {
  lang: Lang;
  /** Portable standard formulas (the default) or the add-in's PLAN.* formulas. */
  form?: ScorecardForm;
  /**
   * The workbook's sheets and PlanCheck's record as the caller read them earlier in the same
   * batch (a `readSheet` snapshot); without them the write reads them first.
   */
  known?: Pick<SheetSnapshot, "sheets" | "metadata" | "metadataPartIds">;
}

/**
 * Writes the scorecard of a plan table into a sheet of its own and records that sheet as
 * PlanCheck's. Writing it again replaces PlanCheck's earlier scorecard of the same plan, found
 * through the workbook's record, never by name: a sheet of the user's that bears the name, or a
 * scorecard the user renamed to keep, stays, and the new one takes a free name.
 *
 * Two syncs after the read: the record and the sheet in one (a failure leaves the record naming
 * what was written, so "Remove PlanCheck" finds it), then the new sheet's id into the record.
 */
export async function writeScorecardSheet(context: Excel.RequestContext, table: PlanTable, options: WriteScorecardOptions): Promise<WrittenScorecard> {
  const t = translator(options.lang);
  const card = buildScorecard(table);
  const layout = scorecardLayout(card, t, options.form ?? "portable");
  const { sheets: infos, metadata: before, metadataPartIds } = options.known ?? (await readSheetsAndRecord(context));

  const plan: PlanSheetRef = { sheet: table.sheet, sheetId: infos.find((s) => s.name === table.sheet)?.id ?? null };
  const records = ownedSheetsFor(before, "scorecard", plan);
  // Never the plan itself, nor a sheet holding a typed table, whatever an old record says.
  const keep = new Set([plan.sheetId, ...before.tables.map((x) => x.sheetId)]);
  const old = records.map((r) => ownedSheet(r, infos)).filter((s): s is SheetInfo => s !== null && !keep.has(s.id));
  const oldIds = new Set(old.map((s) => s.id));
  const name = freeSheetName(t.t("scorecard.sheet-name"), infos.filter((s) => !oldIds.has(s.id)));

  const mine: OwnedSheetRecord = { kind: "scorecard", name, id: null, plan };
  const metadata: WorkbookMetadata = { ...before, sheets: [...before.sheets.filter((s) => !records.includes(s)), mine] };
  let part: Excel.CustomXmlPart | null = null;
  let ws: Excel.Worksheet | null = null;
  const done = await syncSteps(
    context,
    [
      // The record goes first: whatever a failure leaves behind, "Remove PlanCheck" finds it.
      { key: "metadata", queue: () => (part = queueMetadataWrite(context, metadata, metadataPartIds)) },
      {
        key: "scorecard",
        queue: () => {
          for (const s of old) context.workbook.worksheets.getItem(s.id).delete();
          ws = context.workbook.worksheets.add(name);
          ws.load("id");
          queueScorecard(ws, layout);
          queueChart(ws, layout, t.t("scorecard.chart.title"));
        },
      },
    ],
    options.lang,
  );
  // The sheet's id exists only now; the record keeps it so a sheet the user renames becomes theirs.
  const id = (ws as Excel.Worksheet | null)?.id ?? null;
  const final: WorkbookMetadata = { ...metadata, sheets: metadata.sheets.map((s) => (s === mine ? { ...s, id } : s)) };
  await syncSteps(context, [{ key: "metadata", queue: () => (part as Excel.CustomXmlPart | null)?.setXml(metadataXml(final)) }], options.lang, done);

  const indicators = card.perspectives.reduce((n, p) => n + p.objectives.reduce((m, o) => m + o.indicators.length, 0), 0);
  return { sheet: name, indicators, replaced: old[0]?.name ?? null };
}

/** The workbook's sheets and PlanCheck's record, for a write that has not read them yet. */
async function readSheetsAndRecord(context: Excel.RequestContext): Promise<Pick<SheetSnapshot, "sheets" | "metadata" | "metadataPartIds">> {
  const sheets = context.workbook.worksheets.load("items/name,items/id,items/visibility");
  const stored = await readMetadata(context);
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, id: s.id, visibility: s.visibility as SheetInfo["visibility"] })),
    metadata: stored.metadata,
    metadataPartIds: stored.partIds,
  };
}

/**
 * A bar chart of the objectives' scores beside the table (see workbook/scorecard-chart). It lives
 * on PlanCheck's own sheet, so "Remove PlanCheck" removes it with the sheet.
 */
function queueChart(ws: Excel.Worksheet, layout: ScorecardLayout, title: string): void {
  const spec = scorecardChart(layout.statusRanges, Math.max(WIDTH, ...layout.rows.map((r) => r.length)));
  if (!spec) return;
  const chart = ws.charts.add("BarClustered", ws.getRange(spec.source), "Columns");
  chart.title.text = title;
  chart.setPosition(spec.fromCell, spec.toCell);
}

/** The scorecard's cells, bold rows and traffic lights, with calculation left for after the write. */
function queueScorecard(ws: Excel.Worksheet, layout: ScorecardLayout): void {
  ws.getRangeByIndexes(0, 0, layout.rows.length, WIDTH).values = layout.rows;
  for (const row of layout.boldRows) ws.getRangeByIndexes(row, 0, 1, WIDTH).format.font.bold = true;
  for (const { cell, format } of layout.numberFormats) ws.getRange(cell).numberFormat = [[format]];
  for (const address of layout.statusRanges) {
    const top = address.split(":")[0];
    for (const [status, fill] of Object.entries(STATUS_FILLS)) {
      const cf = ws.getRange(address).conditionalFormats.add("Custom");
      // Relative to the range's first cell: each status cell is compared with its own code.
      cf.custom.rule.formula = `=${top}="${status}"`;
      cf.custom.format.fill.color = fill;
    }
  }
  ws.getRangeByIndexes(0, 0, layout.rows.length, WIDTH).format.autofitColumns();
}
