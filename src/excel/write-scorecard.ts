import { columnLetter } from "../engine/grid";
import type { PlanTable } from "../engine/plan";
import { buildScorecard, type Scorecard, type Status } from "../engine/scorecard";
import { parseNumber } from "../engine/scorecard/measure";
import { translator, type Lang, type Translator } from "../i18n";
import { asText } from "./cell-text";
import { syncSteps } from "./errors";
import {
  metadataXml,
  ownedSheet,
  ownedSheetsFor,
  type OwnedSheetRecord,
  type PlanSheetRef,
  type SheetInfo,
  type WorkbookMetadata,
} from "./metadata-format";
import { queueMetadataWrite, readMetadata } from "./metadata";
import type { SheetSnapshot } from "./read-snapshot";
import { freeSheetName } from "./sheet-names";

/**
 * The "Scorecard" sheet: the plan's indicators with their values, each scored by =PLAN.SCORE, then
 * every objective and perspective and the whole plan rolled up by =PLAN.ROLLUPIF / =PLAN.ROLLUP,
 * each with its =PLAN.STATUS traffic light coloured by conditional formatting on the stable status
 * codes. The roll-up lives in formulas the official can read and audit; the values are copied from
 * the plan as text, so nothing in the plan can run as a formula.
 */

export interface ScorecardLayout {
  /** Cell contents from A1: numbers, texts as text (`'…`), formulas (`=PLAN.…`). */
  rows: (string | number)[][];
  /** A1 ranges of the status cells, one per block, for the traffic-light formats. */
  statusRanges: string[];
  /** 0-based rows of the title and block headers, shown bold. */
  boldRows: number[];
}

/** Fills of the traffic lights: Excel's own light green, yellow, red and a neutral grey. */
export const STATUS_FILLS: Record<Status, string> = { green: "#C6EFCE", amber: "#FFEB9C", red: "#FFC7CE", grey: "#D9D9D9" };

/** Indicator block columns: A perspective, B objective, C indicator, D-G values, H score, I status. */
const WIDTH = 9;
const VALUE_ROLES = ["baseline", "target", "actual", "weight"] as const;

/** A plan value as the sheet should hold it: a plain number as a number, anything else as text. */
function valueCell(text: string | null): string | number {
  const t = (text ?? "").trim();
  if (t === "") return "";
  const n = parseNumber(t);
  return n !== null && !t.includes("%") ? n : asText(t);
}

export function scorecardLayout(card: Scorecard, t: Translator): ScorecardLayout {
  const rows: (string | number)[][] = [];
  const pad = (cells: (string | number)[]) => [...cells, ...new Array(Math.max(0, WIDTH - cells.length)).fill("")];
  const boldRows: number[] = [];
  const statusRanges: string[] = [];
  const push = (cells: (string | number)[], bold = false) => {
    if (bold) boldRows.push(rows.length);
    rows.push(pad(cells));
  };
  const role = (r: string) => asText(t.t(`role.${r}`));
  const score = asText(t.t("scorecard.col.score"));
  const status = asText(t.t("scorecard.col.status"));

  push([asText(t.t("scorecard.title", { sheet: card.sheet, range: card.range }))], true);
  push([]);

  // Indicators: one row each, scored from their own values.
  push([asText(t.t("scorecard.indicators"))], true);
  push([role("perspective"), role("objective"), role("indicator"), ...VALUE_ROLES.map(role), score, status], true);
  const first = rows.length + 1; // 1-based sheet row of the first indicator
  for (const p of card.perspectives) {
    for (const o of p.objectives) {
      for (const ind of o.indicators) {
        const r = rows.length + 1;
        push([
          asText(p.name),
          asText(o.name),
          asText(ind.name),
          ...VALUE_ROLES.map((v) => valueCell(ind[v])),
          `=PLAN.SCORE(F${r},E${r},D${r})`,
          `=PLAN.STATUS(H${r})`,
        ]);
      }
    }
  }
  const last = Math.max(first, rows.length);
  if (rows.length >= first) statusRanges.push(`I${first}:I${last}`);
  const scores = `$H$${first}:$H$${last}`;
  const weights = card.weighted ? `,$G$${first}:$G$${last}` : "";

  // Objectives and perspectives: the indicators of their rows rolled up.
  const block = (titleKey: string, heads: string[], items: { names: string[]; groups: string }[]) => {
    push([]);
    push([asText(t.t(titleKey))], true);
    push([...heads, score, status], true);
    const top = rows.length + 1;
    const scoreCol = columnLetter(heads.length);
    const keyCol = columnLetter(heads.length - 1);
    for (const item of items) {
      const r = rows.length + 1;
      push([...item.names.map(asText), `=PLAN.ROLLUPIF(${scores},${item.groups},${keyCol}${r}${weights})`, `=PLAN.STATUS(${scoreCol}${r})`]);
    }
    if (items.length > 0) statusRanges.push(`${columnLetter(heads.length + 1)}${top}:${columnLetter(heads.length + 1)}${rows.length}`);
  };
  block(
    "scorecard.objectives",
    [role("perspective"), role("objective")],
    card.perspectives.flatMap((p) =>
      p.objectives.filter((o) => o.name.trim() !== "").map((o) => ({ names: [p.name, o.name], groups: `$B$${first}:$B$${last}` })),
    ),
  );
  block(
    "scorecard.perspectives",
    [role("perspective")],
    card.perspectives.filter((p) => p.name.trim() !== "").map((p) => ({ names: [p.name], groups: `$A$${first}:$A$${last}` })),
  );

  // The whole plan.
  push([]);
  const r = rows.length + 1;
  push([asText(t.t("scorecard.overall")), `=PLAN.ROLLUP(${scores}${weights})`, `=PLAN.STATUS(B${r})`], true);
  statusRanges.push(`C${r}`);
  return { rows, statusRanges, boldRows };
}

export interface WrittenScorecard {
  sheet: string;
  indicators: number;
  /** PlanCheck's earlier scorecard of the same plan that this one replaced, or null. */
  replaced: string | null;
}

export interface WriteScorecardOptions {
  lang: Lang;
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
  const layout = scorecardLayout(card, t);
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

/** The scorecard's cells, bold rows and traffic lights, with calculation left for after the write. */
function queueScorecard(ws: Excel.Worksheet, layout: ScorecardLayout): void {
  ws.getRangeByIndexes(0, 0, layout.rows.length, WIDTH).values = layout.rows;
  for (const row of layout.boldRows) ws.getRangeByIndexes(row, 0, 1, WIDTH).format.font.bold = true;
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
