import { checkSheet, type TableCheck } from "../engine/check";
import type { PlanPeriod } from "../engine/deadline/types";
import type { Role } from "../engine/roles";
import { buildReport, type Report } from "../engine/report";
import type { Lang } from "../i18n";
import { syncSteps } from "./errors";
import { typedTableFor } from "../workbook/record";
import { markGroups, queueClearMarks, queueMarks, readMarks } from "./marks";
import { readSheet, type SheetSnapshot } from "./read-snapshot";
import { checkOptionsFromRecord, readWithRecordedRoles } from "../workbook/options-from-record";

/**
 * "Check before submission" inside Excel: the sheet's snapshot through the engine, then the cells
 * with findings marked. The typed table's roles and period and the registry sheet's executors
 * come from the workbook itself, so the check reads the plan the way the user confirmed it; what
 * the pane gives for this check (roles corrected but not applied, a selected range) wins over the
 * record, by the one rule of src/workbook/options-from-record.ts.
 *
 * Three syncs whatever the sheet's size: the snapshot's survey (with PlanCheck's record), its data
 * (with the registry sheet), the marks; one more for each further block of cell data, each block
 * under Excel on the web's 5 MB (read-snapshot.ts). Progress is reported between them, never
 * with a sync of its own.
 */

export { selectFinding } from "./select";
export { writeReportSheet, type WrittenReport } from "./report-sheet";

export type CheckPhase = "read" | "check" | "mark";

export interface CheckInExcelOptions {
  /** Sheet to check; the active sheet when absent. */
  sheet?: string;
  /** "Today" for deadline rules (ISO date); null leaves time-relative checks out. */
  today?: string | null;
  /** Plan period for this check, over the one recorded with the typed table. */
  period?: PlanPeriod | null;
  /**
   * Roles by column letter for this check only, over those stored with the typed table (the
   * user's corrections not yet applied). Nothing is written to the workbook's record.
   */
  roles?: Record<string, Role>;
  /** The table's range as the user selected it (`B4:G60`), over the one recorded with the typed table. */
  range?: string;
  /** Mark the cells with findings (default true). */
  mark?: boolean;
  /** Language of messages about a failed write. */
  lang: Lang;
  /**
   * Called before each phase and at the end. A promise it returns is awaited before the check
   * goes on, so a task pane can draw the new phase while Excel waits.
   */
  onProgress?: (progress: CheckProgress) => void | Promise<void>;
}

export interface CheckProgress {
  phase: CheckPhase;
  /** Share of the whole check done, 0 to 1. */
  done: number;
}

export interface ExcelCheck {
  sheet: string;
  checks: TableCheck[];
  report: Report;
  /** Cells marked (0 when marking was not asked for). */
  marked: number;
  snapshot: SheetSnapshot;
}

export async function checkInExcel(context: Excel.RequestContext, options: CheckInExcelOptions): Promise<ExcelCheck> {
  const progress = async (p: CheckProgress) => {
    await options.onProgress?.(p);
  };
  await progress({ phase: "read", done: 0 });
  const snapshot = await readSheet(context, options.sheet, { registry: true });

  await progress({ phase: "check", done: 0.5 });
  const recorded = typedTableFor(snapshot.metadata, snapshot.sheet);
  const checks = readWithRecordedRoles(
    checkOptionsFromRecord(recorded, snapshot.registry ? [snapshot.registry] : [], {
      roles: options.roles,
      range: options.range,
      period: options.period,
      today: options.today ?? null,
    }),
    (o) => checkSheet(snapshot.grid, o),
  );
  const report = buildReport({ sheets: checks });

  let marked = 0;
  if (options.mark !== false) {
    await progress({ phase: "mark", done: 0.8 });
    const ws = context.workbook.worksheets.getItem(snapshot.sheet.id);
    const groups = markGroups(report.findings, snapshot.sheet.name);
    await syncSteps(
      context,
      [
        {
          key: "marks",
          queue: () => {
            queueClearMarks(ws, snapshot.marks);
            marked = queueMarks(ws, groups);
          },
        },
      ],
      options.lang,
    );
  }
  await progress({ phase: "mark", done: 1 });
  return { sheet: snapshot.sheet.name, checks, report, marked, snapshot };
}

/** "Clear marks": deletes PlanCheck's marks on a sheet (the active one when absent); returns how many rules went. */
export async function clearMarks(context: Excel.RequestContext, options: { sheet?: string; lang: Lang }): Promise<number> {
  const sheets = context.workbook.worksheets;
  const ws = options.sheet === undefined ? sheets.getActiveWorksheet() : sheets.getItem(options.sheet);
  const ids = await readMarks(context, ws);
  if (ids.length > 0) await syncSteps(context, [{ key: "remove-marks", queue: () => queueClearMarks(ws, ids) }], options.lang);
  return ids.length;
}
