import { useCallback, useMemo, useReducer, useRef } from "react";
import type { Finding } from "../../engine/finding";
import type { Role } from "../../engine/roles";
import { parsePeriodOption } from "../../engine/deadline";
import type { ScorecardForm } from "../../excel/write-scorecard";
import type { PlanFormulaCount } from "../../excel/make-portable";
import { PaneError } from "../pane-error";
import type { PlanCheckService } from "../service";
import { correctedRoles, INITIAL_STATE, paneReducer, type Busy, type Notice, type PaneState } from "./pane-state";

/** What the pane's sections can do; each call runs one service action and records its outcome. */
export interface PaneActions {
  detect(): Promise<void>;
  /** Reads the plan table in the range the user selected by hand (the pane's range field). */
  detectInRange(): Promise<void>;
  /** Fills the range field with the cells selected in the sheet. */
  useSelection(): Promise<void>;
  setManualRange(text: string): void;
  openManual(): void;
  setRole(letter: string, role: Role): void;
  setPeriod(text: string): void;
  setAllowUnmerge(allow: boolean): void;
  /** Makes the typed table; `unmerge` gives the consent to unmerge cells in the same click. */
  apply(unmerge?: boolean): Promise<void>;
  check(from?: "pane" | "ribbon"): Promise<void>;
  selectFinding(finding: Finding): Promise<void>;
  writeReport(): Promise<void>;
  clearMarks(): Promise<void>;
  /** Writes the plan's Timeline sheet. */
  writeTimeline(): Promise<void>;
  /** Writes the Scorecard sheet: portable formulas, or the PLAN.* ones when `form` is "plan". */
  writeScorecard(form?: ScorecardForm): Promise<void>;
  /** How many PLAN formulas the workbook has, for the offer to make it portable; null when it cannot be read. */
  planFormulas(): Promise<PlanFormulaCount | null>;
  makePortable(): Promise<void>;
  restorePlanFormulas(): Promise<void>;
  loadRegistry(): Promise<void>;
  remove(): Promise<void>;
  dismiss(): void;
}

/** Words for a failure: the service's own explanation, or the error's text when it has none. */
export function noticeFor(err: unknown): Notice {
  if (err instanceof PaneError) return { intent: "error", key: err.key, params: err.params };
  const message = err instanceof Error ? err.message : String(err);
  return { intent: "error", key: "pane.error.unexpected", params: { message } };
}

/** True for an A1 range of cells as the range field takes it (`B4:G60`, `b4:g60`, `$B$4:$G$60`). */
export function isRange(text: string): boolean {
  return /^\$?[A-Za-z]{1,3}\$?\d+:\$?[A-Za-z]{1,3}\$?\d+$/.test(text.trim());
}

/** The period the user typed: null when left empty, undefined when it is not a period. */
export function periodFromText(text: string) {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return parsePeriodOption(trimmed) ?? undefined;
}

export function usePlanCheck(service: PlanCheckService): { state: PaneState; actions: PaneActions } {
  const [state, dispatch] = useReducer(paneReducer, INITIAL_STATE);
  // Actions read the latest state without being re-created on every keystroke.
  const latest = useRef(state);
  latest.current = state;

  /** Runs one service call unless another is under way; failures become the pane's notice. */
  const run = useCallback(async (busy: Busy, work: () => Promise<void>) => {
    if (latest.current.busy) return;
    // Mark busy at once, before React re-renders, so a second click in the same tick is ignored.
    latest.current = { ...latest.current, busy };
    dispatch({ type: "start", busy });
    try {
      await work();
      dispatch({ type: "idle" });
    } catch (err) {
      dispatch({ type: "fail", notice: noticeFor(err) });
    }
  }, []);

  const actions = useMemo<PaneActions>(
    () => ({
      detect: () =>
        run("detect", async () => {
          dispatch({ type: "detected", detected: await service.detect() });
        }),
      detectInRange: () =>
        run("detect", async () => {
          const range = latest.current.manualRange.trim();
          if (!isRange(range)) throw new PaneError("pane.table.manual.invalid", { range });
          dispatch({ type: "detected", detected: await service.detect(range) });
        }),
      useSelection: () =>
        run("selection", async () => {
          dispatch({ type: "set-manual-range", text: await service.selectedRange() });
        }),
      setManualRange: (text) => dispatch({ type: "set-manual-range", text }),
      openManual: () => dispatch({ type: "open-manual" }),
      setRole: (letter, role) => dispatch({ type: "set-role", letter, role }),
      setPeriod: (text) => dispatch({ type: "set-period", text }),
      setAllowUnmerge: (allow) => dispatch({ type: "set-allow-unmerge", allow }),
      apply: (unmerge) =>
        run("apply", async () => {
          if (unmerge) dispatch({ type: "set-allow-unmerge", allow: true });
          const s = unmerge ? { ...latest.current, allowUnmerge: true } : latest.current;
          if (!s.detected?.table) throw new PaneError("pane.error.no-table");
          const period = periodFromText(s.periodText);
          if (period === undefined) throw new PaneError("pane.table.period-invalid", { value: s.periodText.trim() });
          const applied = await service.applyTypedTable(s.roles, period, { allowUnmerge: s.allowUnmerge });
          dispatch({ type: "applied", notice: { intent: "success", key: "pane.table.applied", params: { ...applied } } });
          // Read the table back: it is now typed, and its range may have changed.
          dispatch({ type: "detected", detected: await service.detect() });
        }),
      check: (from = "pane") =>
        run("check", async () => {
          // A check asked for from the ribbon may come before the pane has looked at the sheet.
          if (!latest.current.detected) dispatch({ type: "detected", detected: await service.detect() });
          // Roles the user corrected count at once, before they are applied to the workbook.
          const result = await service.check((progress) => dispatch({ type: "progress", progress }), correctedRoles(latest.current));
          dispatch({ type: "checked", result, from });
        }),
      selectFinding: async (finding) => {
        try {
          await service.selectFinding(finding);
          dispatch({ type: "selected", cell: finding.cell });
        } catch (err) {
          dispatch({ type: "fail", notice: noticeFor(err) });
        }
      },
      writeReport: () =>
        run("report", async () => {
          const { sheet } = await service.writeReport(correctedRoles(latest.current));
          dispatch({ type: "done", notice: { intent: "success", key: "pane.check.report-written", params: { sheet } } });
        }),
      writeTimeline: () =>
        run("report", async () => {
          const { sheet } = await service.writeTimeline(correctedRoles(latest.current));
          dispatch({ type: "done", notice: { intent: "success", key: "charts.timeline.written", params: { sheet } } });
        }),
      clearMarks: () =>
        run("clear", async () => {
          await service.clearMarks();
          dispatch({ type: "done", notice: { intent: "success", key: "pane.check.marks-cleared", params: {} } });
        }),
      writeScorecard: (form) =>
        run("scorecard", async () => {
          const { sheet } = await (form === undefined ? service.writeScorecard(latest.current.roles) : service.writeScorecard(latest.current.roles, form));
          dispatch({ type: "done", notice: { intent: "success", key: "pane.scorecard.written", params: { sheet } } });
        }),
      planFormulas: () => service.planFormulas().catch(() => null),
      makePortable: () =>
        run("scorecard", async () => {
          const { replaced, kept } = await service.makePortable();
          const key = replaced > 0 ? "pane.portable.made" : "pane.portable.kept";
          dispatch({ type: "done", notice: { intent: replaced > 0 ? "success" : "info", key, params: { count: String(replaced > 0 ? replaced : kept) } } });
        }),
      restorePlanFormulas: () =>
        run("scorecard", async () => {
          const restored = await service.restorePlanFormulas();
          dispatch({ type: "done", notice: { intent: "success", key: "pane.portable.restored", params: { count: String(restored) } } });
        }),
      loadRegistry: () =>
        run("registry", async () => {
          dispatch({ type: "registry", items: await service.registry() });
        }),
      remove: () =>
        run("remove", async () => {
          await service.remove();
          dispatch({ type: "removed", notice: { intent: "success", key: "pane.remove.done", params: {} } });
        }),
      dismiss: () => dispatch({ type: "dismiss" }),
    }),
    [service, run],
  );

  return { state, actions };
}
