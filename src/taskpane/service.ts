import type { ReportSummary } from "../engine/report";
import { planPeriodOfTable, type PlanPeriod } from "../engine/deadline";
import { detectPlanTables } from "../engine/plan-tables";
import { registryFromGlossary } from "../engine/executors";
import type { Finding } from "../engine/finding";
import { isBlank, parseRangeAddress } from "../engine/grid";
import type { PlanTable } from "../engine/plan";
import type { Role } from "../engine/roles";
import { applyTypedTable as applyInExcel } from "../excel/apply-typed-table";
import { checkInExcel, clearMarks as clearMarksInExcel, selectFinding as selectInExcel, writeReportSheet, type CheckProgress } from "../excel/check";
import { ExcelAdapterError } from "../excel/errors";
import { typedTableFor } from "../workbook/record";
import { checkOptionsFromRecord, readWithRecordedRoles } from "../workbook/options-from-record";
import { splitSheetReference } from "../workbook/sheet-ref";
import { readSheet, type SheetSnapshot } from "../excel/read-snapshot";
import { registryContent } from "../excel/registry-content";
import type { RegistryContent } from "../workbook/registry";
import { removePlanCheck } from "../excel/remove";
import { writeScorecardSheet, type ScorecardForm } from "../excel/write-scorecard";
import { countPlanFormulas, makeWorkbookPortable, restorePlanFormulas as restoreInExcel, type MadePortable, type PlanFormulaCount } from "../excel/make-portable";
import { translator, type Lang } from "../i18n/hosts/pane";
import { formatFinding } from "../i18n/format-finding";
import { checkCharts, type CheckCharts } from "./charts/check-charts";
import { timelineData, timelineTasks } from "../engine/report/timeline";
import { PaneError } from "./pane-error";
import { hasScorecardRoles } from "./scorecard-roles";

// The pane's first load takes these from their own modules; what imported them from here still can.
export { PaneError, hasScorecardRoles };

/**
 * The one interface the task pane talks to. The pane holds UI state only; everything it shows
 * about the workbook comes through here, so the same pane runs in Excel and in the browser preview
 * (over the in-memory Excel host) and component tests can drive it with plain data.
 */

/** One column of the detected plan table, as the pane lists it. */
export interface PaneColumn {
  /** 0-based sheet column. */
  index: number;
  /** Column letter as Excel shows it. */
  letter: string;
  /** Header text ("" when the header cell is blank). */
  header: string;
  role: Role;
}

/** The plan table found on the active sheet. */
export interface PaneTable {
  sheet: string;
  /** A1 range from the first header row to the last data row. */
  range: string;
  /** Sheet rows (1-based) of the header. */
  headerRows: number[];
  /** Data rows (split rows counted once). */
  rowCount: number;
  columns: PaneColumn[];
  /** Period from the title above the table, or the one saved with the typed table. */
  period: PlanPeriod | null;
  /** True when the workbook already stores this table's roles (made typed earlier). */
  typed: boolean;
  /** The range the user selected by hand for this table, when PlanCheck did not find it on its own. */
  selection?: string;
}

/** Why there is no table: an empty sheet, no header found, or nothing in the range the user selected. */
export type NoTableReason = "empty-sheet" | "no-header" | "empty-range";

export type DetectResult = { table: PaneTable } | { table: null; sheet: string; reason: NoTableReason };

export interface ApplyOptions {
  /** The user agreed that merged cells inside the table may be unmerged. */
  allowUnmerge: boolean;
}

export interface ApplyResult {
  sheet: string;
  range: string;
}

/** A check's phase ("read", "check", "mark") and the share of it done, as the adapter reports them. */
export type { CheckPhase, CheckProgress } from "../excel/check";

/** A finding with its words in the user's language. */
export interface PaneFinding extends Finding {
  /** Short title of the finding's code, for its group heading. */
  title: string;
  message: string;
  /** The suggested fix in words, or null when none is known. */
  fixText: string | null;
}

/** The gap report's headline, as the engine's report model has it. */
export type CheckSummary = ReportSummary;

export interface CheckResult {
  sheet: string;
  summary: CheckSummary;
  /** Findings per code. */
  counts: Record<string, number>;
  /** In sheet order. */
  findings: PaneFinding[];
  /** When the check finished (ISO timestamp). */
  checkedAt: string;
  /** What the pane's pictures are drawn from (tasks, sections, the scorecard tree); absent when not worked out. */
  charts?: CheckCharts;
}

export type RegistryKind = "executor" | "unit" | "level";
export type RegistrySource = "glossary" | "registry-sheet" | "common" | "vocabulary" | "table";

export interface RegistryItem {
  kind: RegistryKind;
  /** The name as written in plans (an abbreviation for many executors). */
  name: string;
  /** The full name, when the source gives one. */
  fullName: string | null;
  source: RegistrySource;
}

export interface WrittenSheet {
  sheet: string;
}

export interface PlanCheckService {
  /**
   * The plan table of the active sheet, or why there is none. With `selection` (an A1 range the
   * user selected, `B4:G60`) the table is read there and nowhere else, and the later actions
   * (apply, check, report) keep reading it there until the next detection without one.
   */
  detect(selection?: string): Promise<DetectResult>;
  /** The A1 range of the cells selected on the active sheet (`B4:G60`), without its sheet. */
  selectedRange(): Promise<string>;
  /** Makes the detected range a typed table with the roles the user confirmed (by column letter). */
  applyTypedTable(roles: Record<string, Role>, period: PlanPeriod | null, options: ApplyOptions): Promise<ApplyResult>;
  /**
   * Checks the plan's sheet, marks the cells with findings, and reports progress between phases.
   * `roles` (by column letter) are the user's corrections not yet applied: this check reads the
   * plan with them over the roles stored in the workbook, and stores nothing.
   */
  check(onProgress?: (p: CheckProgress) => void, roles?: Record<string, Role>): Promise<CheckResult>;
  /** Selects the finding's cell in the sheet (activating its sheet). */
  selectFinding(finding: Finding): Promise<void>;
  /** Writes the report sheet of a fresh check, read with the same `roles` as `check`. */
  writeReport(roles?: Record<string, Role>): Promise<WrittenSheet>;
  clearMarks(): Promise<void>;
  /** Writes the plan's Timeline sheet from a fresh check, read with the same `roles` as `check`. */
  writeTimeline(roles?: Record<string, Role>): Promise<WrittenSheet>;
  /**
   * Writes the "Scorecard" sheet for the plan's table, read with the roles the pane shows: portable
   * standard formulas, or with `form` "plan" the PLAN.* formulas that need the add-in.
   */
  writeScorecard(roles?: Record<string, Role>, form?: ScorecardForm): Promise<WrittenSheet>;
  /** How many PLAN formulas the workbook holds, and how many PlanCheck has made portable. */
  planFormulas(): Promise<PlanFormulaCount>;
  /** "Make this workbook portable": PLAN formulas with a standard equivalent replaced, reversibly. */
  makePortable(): Promise<MadePortable>;
  /** Puts back the PLAN formulas PlanCheck replaced; how many. */
  restorePlanFormulas(): Promise<number>;
  registry(): Promise<RegistryItem[]>;
  /** Undoes everything PlanCheck added to the workbook; values stay as they were. */
  remove(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// The service over Excel: each action is one Excel.run through the src/excel adapter.

/** The part of the `Excel` namespace the service uses; the in-memory host provides the same. */
export interface ExcelNamespace {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/**
 * The pane's service in Excel (or over the in-memory host, which stands in for `Excel`).
 * It remembers the sheet of the table it last found: checking, writing the report or the
 * scorecard work on that plan even while the user looks at another sheet (the report, say),
 * and "Find again" moves it to the active sheet.
 */
export function createExcelService(excel: ExcelNamespace, lang: Lang): PlanCheckService {
  const t = translator(lang);
  let planSheet: string | undefined;
  /** The range the user selected by hand for the plan table, while it is the one worked on. */
  let selection: string | undefined;
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      return await excel.run(batch);
    } catch (err) {
      throw paneError(err);
    }
  };

  return {
    detect: (selected) =>
      run(async (context) => {
        const snapshot = await readSheet(context);
        const range = selected === undefined ? undefined : rangeOnly(selected);
        const found = planTableOf(snapshot, undefined, range);
        if (!found) {
          planSheet = undefined;
          selection = undefined;
          const empty = snapshot.grid.values.every((row) => row.every((v) => isBlank(v)));
          return { table: null, sheet: snapshot.sheet.name, reason: range !== undefined ? "empty-range" : empty ? "empty-sheet" : "no-header" };
        }
        planSheet = snapshot.sheet.name;
        selection = found.selection;
        return { table: paneTable(found.table, found.period, found.typed, found.selection) };
      }),

    selectedRange: () =>
      run(async (context) => {
        const range = context.workbook.getSelectedRange().load("address");
        await context.sync();
        return rangeOnly(range.address);
      }),

    applyTypedTable: (roles, period, options) =>
      run(async (context) => {
        const applied = await applyInExcel(context, { sheet: planSheet, roles, period, allowUnmerge: options.allowUnmerge, range: selection, lang });
        planSheet = applied.sheet;
        return { sheet: applied.sheet, range: applied.range };
      }),

    check: async (onProgress, roles) => {
      const report = (p: CheckProgress) => {
        onProgress?.(p);
        // The check waits for this before its next step: the pane draws the new phase first
        // (the engine's step is synchronous and would hold the page otherwise).
        return nextTask();
      };
      const checked = await run((context) =>
        checkInExcel(context, { sheet: planSheet, lang, roles: withRoles(roles), range: selection, onProgress: report }),
      );
      planSheet ??= checked.sheet;
      const findings: PaneFinding[] = checked.report.findings.map((f) => {
        const words = formatFinding(f, t);
        return { ...f, title: words.title, message: words.message, fixText: words.fix };
      });
      const checkedAt = new Date();
      return {
        sheet: checked.sheet,
        summary: { ...checked.report.summary },
        counts: { ...checked.report.counts },
        findings,
        checkedAt: checkedAt.toISOString(),
        charts: checkCharts(checked.checks, localDate(checkedAt)),
      };
    },

    selectFinding: (finding) => run((context) => selectInExcel(context, finding)),

    writeReport: (roles) =>
      run(async (context) => {
        // The report describes the plan as it is now, not as it was at the last check.
        const checked = await checkInExcel(context, { sheet: planSheet, lang, roles: withRoles(roles), range: selection, mark: false });
        const written = await writeReportSheet(context, checked.report, { lang });
        return { sheet: written.sheet };
      }),

    clearMarks: () =>
      run(async (context) => {
        await clearMarksInExcel(context, { sheet: planSheet, lang });
      }),

    writeTimeline: (roles) =>
      run(async (context) => {
        // The sheet's writer loads only when a timeline is written: the pane's first load stays small.
        const { writeTimelineSheet } = await import(/* webpackChunkName: "timeline-sheet" */ "../excel/write-timeline");
        // Like the report, the timeline shows the plan as it is now.
        const checked = await checkInExcel(context, { sheet: planSheet, lang, roles: withRoles(roles), range: selection, mark: false });
        const source = { period: checked.checks[0]?.period ?? null, today: localDate(new Date()), tasks: timelineTasks(checked.checks) };
        const written = await writeTimelineSheet(context, timelineData(source, "status"), { lang, plan: checked.sheet });
        return { sheet: written.sheet };
      }),

    writeScorecard: (roles, form) =>
      run(async (context) => {
        const snapshot = await readSheet(context, planSheet);
        const found = planTableOf(snapshot, roles, selection);
        if (!found) throw new PaneError("excel.error.no-table", { sheet: snapshot.sheet.name });
        // The snapshot already holds the sheets and PlanCheck's record: no read of its own.
        const written = await writeScorecardSheet(context, found.table, { lang, known: snapshot, form });
        return { sheet: written.sheet };
      }),

    planFormulas: () => run((context) => countPlanFormulas(context)),
    makePortable: () => run((context) => makeWorkbookPortable(context, { lang })),
    restorePlanFormulas: () => run((context) => restoreInExcel(context, { lang })),

    registry: () =>
      run(async (context) => {
        // The registry sheet is read in the snapshot's own syncs.
        const snapshot = await readSheet(context, planSheet, { registry: true });
        const found = planTableOf(snapshot, undefined, selection);
        return registryItems(found?.table ?? null, snapshot.registry, t);
      }),

    remove: () =>
      run(async (context) => {
        await removePlanCheck(context, { lang });
      }),
  };
}

/** Corrections to pass to a check; none when the user changed no role. */
function withRoles(roles: Record<string, Role> | undefined): Record<string, Role> | undefined {
  return roles && Object.keys(roles).length > 0 ? roles : undefined;
}

/** `'План 2019'!B4:G60` or `$B$4:$G$60` -> `B4:G60`: the range without its sheet or anchors. */
export function rangeOnly(address: string): string {
  return (splitSheetReference(address)?.rest ?? address).replace(/\$/g, "").trim().toUpperCase();
}

/** The calendar day of an instant where the user is (ISO), as plan deadlines are written. */
function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Resolves after the browser has had a turn: pending renders and input run first. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The adapter's explanations keep their catalog key; anything else is shown with its own text. */
function paneError(err: unknown): Error {
  if (err instanceof PaneError) return err;
  if (err instanceof ExcelAdapterError) return new PaneError(err.key, err.params, err.message);
  return err instanceof Error ? err : new Error(String(err));
}

interface FoundTable {
  table: PlanTable;
  period: PlanPeriod | null;
  typed: boolean;
  /** The range the table was read in, when the user selected it (now or when it was typed). */
  selection?: string;
}

/**
 * The sheet's plan table, read as a check reads it (src/workbook/options-from-record.ts): the
 * roles given over those stored when it was typed, a range the user selected now over the one
 * recorded, the period recorded over the one in the title.
 */
function planTableOf(snapshot: SheetSnapshot, roles?: Record<string, Role>, range?: string): FoundTable | null {
  const recorded = typedTableFor(snapshot.metadata, snapshot.sheet);
  if (range !== undefined && parseRangeAddress(range) === null) throw new PaneError("pane.table.manual.invalid", { range });
  const options = checkOptionsFromRecord(recorded, [], { roles, range });
  const tables = readWithRecordedRoles(options, (o) => detectPlanTables(snapshot.grid, { ...(o.roles ? { roles: o.roles } : {}), ...(o.range ? { range: o.range } : {}) }));
  const table = tables[0];
  if (!table) return null;
  // The same reading as the check's, so the pane shows the period the plan is checked in.
  const period = options.period ?? planPeriodOfTable(table);
  return { table, period, typed: recorded !== null, ...(options.range ? { selection: options.range } : {}) };
}

function paneTable(table: PlanTable, period: PlanPeriod | null, typed: boolean, selection?: string): PaneTable {
  return {
    sheet: table.sheet,
    range: table.range,
    headerRows: [...table.headerRows],
    rowCount: table.rows.length,
    columns: table.columns.map((c) => ({ index: c.index, letter: c.column, header: c.header, role: c.role })),
    period,
    typed,
    ...(selection ? { selection } : {}),
  };
}

/**
 * The executors, units and levels known for the workbook, each with where it came from: the
 * registry sheet first (the user's word), then the plan's glossary, the common bodies it names,
 * its own units and levels, and PlanCheck's vocabulary.
 */
export function registryItems(table: PlanTable | null, stored: RegistryContent | null, t: ReturnType<typeof translator>): RegistryItem[] {
  const content = table ? registryContent(table, stored, t) : (stored ?? { executors: [], units: [], levels: [] });
  const fold = (s: string) => s.trim().toLowerCase();
  const inSheet = {
    executors: new Set((stored?.executors ?? []).map((e) => fold(e.key))),
    units: new Set((stored?.units ?? []).map(fold)),
    levels: new Set((stored?.levels ?? []).map(fold)),
  };
  const glossary = new Set(table ? registryFromGlossary(table.preamble.map((p) => p.text)).map((e) => fold(e.key)) : []);
  const written = new Set(table ? table.rows.flatMap((r) => Object.values(r.cells)).flatMap((c) => c.split("\n")).map(fold) : []);

  const items: RegistryItem[] = [];
  for (const e of content.executors) {
    const source: RegistrySource = inSheet.executors.has(fold(e.key)) ? "registry-sheet" : glossary.has(fold(e.key)) ? "glossary" : "common";
    items.push({ kind: "executor", name: e.key, fullName: e.full === "" ? null : e.full, source });
  }
  for (const [kind, list, seen] of [
    ["unit", content.units, inSheet.units],
    ["level", content.levels, inSheet.levels],
  ] as const) {
    for (const name of list) {
      const source: RegistrySource = seen.has(fold(name)) ? "registry-sheet" : written.has(fold(name)) ? "table" : "vocabulary";
      items.push({ kind, name, fullName: null, source });
    }
  }
  return items;
}
