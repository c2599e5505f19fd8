import { columnLetter } from "../engine/grid";
import type { Report } from "../engine/report";
import { reportHeaders, reportRows, reportSummaryRows } from "../i18n/report-words";
import { translator, type Lang } from "../i18n/hosts/pane";
import { asText, sheetRef } from "./cell-text";
import { syncSteps, type WriteStep } from "./errors";
import { metadataXml, ownedSheet, type SheetInfo, type WorkbookMetadata } from "../workbook/record";
import { queueMetadataWrite, readMetadata } from "./metadata";
import { rowChunks } from "./row-chunks";
import { uniqueTableName } from "./registry-sheet";
import { freeSheetName } from "./sheet-names";

/**
 * The report sheet ("PlanCheck report", localized): a summary block, then one row per finding
 * with a link to its cell, as an Excel table so it filters and sorts. Rewriting replaces only
 * PlanCheck's own earlier report, found through the workbook's record, never by name: a sheet of
 * the user's that happens to bear the name is left alone and the report takes another name.
 * Every text is written as text (no formula from a plan can run), and links only point at cells
 * of this workbook.
 */

export interface WrittenReport {
  sheet: string;
  findings: number;
}

const WIDTH = 7;

/** Bytes a finding row takes in a request: its texts plus the link command. */
function rowBytes(row: (string | number)[]): number {
  return JSON.stringify(row).length * 2 + 200;
}

export async function writeReportSheet(context: Excel.RequestContext, report: Report, options: { lang: Lang }): Promise<WrittenReport> {
  const t = translator(options.lang);
  const sheets = context.workbook.worksheets.load("items/name,items/id,items/visibility");
  const tables = context.workbook.tables.load("items/name,items/worksheet/id");
  const stored = await readMetadata(context);
  const infos: SheetInfo[] = sheets.items.map((s) => ({ name: s.name, id: s.id, visibility: s.visibility as SheetInfo["visibility"] }));

  const record = stored.metadata.sheets.find((s) => s.kind === "report");
  const old = record ? ownedSheet(record, infos) : null;
  const name = freeSheetName(t.t("report.sheet-name"), infos, old?.id ?? null);
  const taken = new Set(tables.items.filter((x) => x.worksheet.id !== old?.id).map((x) => x.name.toLowerCase()));
  const tableName = uniqueTableName("PlanCheckReport", taken);

  const summary = reportSummaryRows(report.summary, t).map(([label, value]) => [asText(label), typeof value === "string" ? asText(value) : value]);
  const headerRow = summary.length + 1;
  const rows = reportRows(report, t);
  const pad = (cells: (string | number)[]) => [...cells, ...new Array(WIDTH - cells.length).fill("")];
  const head = [...summary.map(pad), pad([]), reportHeaders(t).map(asText)];
  const body = rows.length > 0 ? rows.map((r) => [asText(r.linkText), ...r.cells.map(asText)]) : [pad([asText(t.t("excel.report.no-findings"))])];

  const metadata: WorkbookMetadata = {
    ...stored.metadata,
    sheets: [...stored.metadata.sheets.filter((s) => s.kind !== "report"), { kind: "report", name, id: null }],
  };

  const chunks = rowChunks(body, headerRow + 1, rowBytes);

  let part: Excel.CustomXmlPart | null = null;
  let ws: Excel.Worksheet | null = null;
  const sheet = () => ws as unknown as Excel.Worksheet;
  const queueChunk = (chunk: (typeof chunks)[number], first: number) => {
    sheet().getRangeByIndexes(chunk.top, 0, chunk.rows.length, WIDTH).values = chunk.rows;
    chunk.rows.forEach((_, i) => {
      const r = rows[first + i];
      if (!r) return;
      sheet().getRangeByIndexes(chunk.top + i, 0, 1, 1).hyperlink = { documentReference: sheetRef(r.link.sheet, r.link.cell), textToDisplay: r.linkText };
    });
  };

  let done: string[] = [];
  const first: WriteStep[] = [
    { key: "metadata", queue: () => (part = queueMetadataWrite(context, metadata, stored.partIds)) },
    {
      key: "report",
      queue: () => {
        if (old) context.workbook.worksheets.getItem(old.id).delete();
        ws = context.workbook.worksheets.add(name);
        sheet().load("id");
        sheet().getRangeByIndexes(0, 0, head.length, WIDTH).values = head;
        queueChunk(chunks[0], 0);
      },
    },
  ];
  done = await syncSteps(context, first, options.lang);
  let written = chunks[0].rows.length;
  for (const chunk of chunks.slice(1)) {
    const at = written;
    done = await syncSteps(context, [{ key: "links", queue: () => queueChunk(chunk, at) }], options.lang, done);
    written += chunk.rows.length;
  }

  const last = headerRow + body.length;
  const final: WorkbookMetadata = {
    ...metadata,
    sheets: metadata.sheets.map((s) => (s.kind === "report" ? { ...s, id: sheet().id } : s)),
  };
  await syncSteps(
    context,
    [
      {
        key: "table",
        queue: () => {
          if (rows.length > 0) sheet().tables.add(`A${headerRow + 1}:${columnLetter(WIDTH - 1)}${last + 1}`, true).name = tableName;
          sheet().getRangeByIndexes(0, 0, summary.length, 1).format.font.bold = true;
          sheet().getRangeByIndexes(0, 0, last + 1, WIDTH).format.autofitColumns();
          sheet().freezePanes.freezeRows(headerRow + 1);
        },
      },
      { key: "metadata", queue: () => (part as Excel.CustomXmlPart | null)?.setXml(metadataXml(final)) },
    ],
    options.lang,
    done,
  );
  return { sheet: name, findings: rows.length };
}

