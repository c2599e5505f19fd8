import type { Role } from "../../engine/roles";
import type { Params } from "../../i18n";
import type { CheckProgress, CheckResult, DetectResult, RegistryItem } from "../service";

/**
 * What the pane remembers between clicks: the detected table and the user's corrections to it,
 * the last check, and the one message shown at the top. Nothing here is workbook data the pane
 * could lose: the workbook stays the source of truth and every action asks the service again.
 */

/**
 * The action the pane is waiting for; buttons are disabled meanwhile so nothing runs twice.
 * An action ends with "idle" (or "fail"); the steps in between leave it busy.
 */
export type Busy = "detect" | "selection" | "apply" | "check" | "report" | "clear" | "scorecard" | "registry" | "remove";

export interface Notice {
  intent: "success" | "error" | "info";
  key: string;
  params: Params;
}

export interface PaneState {
  busy: Busy | null;
  detected: DetectResult | null;
  /** Roles by column letter, as the user confirmed or corrected them. */
  roles: Record<string, Role>;
  /** The plan period as the user typed it (starts as the detected period's label). */
  periodText: string;
  allowUnmerge: boolean;
  /** The table's range as the user typed or selected it, for reading the table there by hand. */
  manualRange: string;
  /** The user asked to select the table by hand although one was found. */
  manualOpen: boolean;
  progress: CheckProgress | null;
  result: CheckResult | null;
  /** Where the last check was asked for: the ribbon's "Check plan" or the pane's button. */
  checkedFrom: "pane" | "ribbon" | null;
  registry: RegistryItem[] | null;
  /** The cell of the finding last selected in the sheet, announced to screen readers. */
  selectedCell: string | null;
  notice: Notice | null;
}

export const INITIAL_STATE: PaneState = {
  busy: null,
  detected: null,
  roles: {},
  periodText: "",
  allowUnmerge: false,
  manualRange: "",
  manualOpen: false,
  progress: null,
  result: null,
  checkedFrom: null,
  registry: null,
  selectedCell: null,
  notice: null,
};

export type PaneAction =
  | { type: "start"; busy: Busy }
  | { type: "idle" }
  | { type: "fail"; notice: Notice }
  | { type: "detected"; detected: DetectResult }
  | { type: "set-role"; letter: string; role: Role }
  | { type: "set-period"; text: string }
  | { type: "set-allow-unmerge"; allow: boolean }
  | { type: "set-manual-range"; text: string }
  | { type: "open-manual" }
  | { type: "applied"; notice: Notice }
  | { type: "progress"; progress: CheckProgress }
  | { type: "checked"; result: CheckResult; from: "pane" | "ribbon" }
  | { type: "done"; notice: Notice | null }
  | { type: "registry"; items: RegistryItem[] }
  | { type: "selected"; cell: string }
  | { type: "removed"; notice: Notice }
  | { type: "dismiss" };

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "start":
      return { ...state, busy: action.busy, notice: null, progress: action.busy === "check" ? { phase: "read", done: 0 } : null };
    case "idle":
      return { ...state, busy: null, progress: null };
    case "fail":
      return { ...state, busy: null, progress: null, notice: action.notice };
    case "detected": {
      const table = action.detected.table;
      const roles: Record<string, Role> = {};
      for (const c of table?.columns ?? []) roles[c.letter] = c.role;
      return {
        ...state,
        detected: action.detected,
        roles,
        periodText: table?.period?.label ?? "",
        manualRange: table?.selection ?? state.manualRange,
        manualOpen: false,
        // A new detection may be another table: the old check no longer describes it.
        result: null,
        checkedFrom: null,
      };
    }
    case "set-role":
      return { ...state, roles: { ...state.roles, [action.letter]: action.role } };
    case "set-period":
      return { ...state, periodText: action.text };
    case "set-allow-unmerge":
      return { ...state, allowUnmerge: action.allow };
    case "set-manual-range":
      return { ...state, manualRange: action.text };
    case "open-manual":
      return { ...state, manualOpen: true };
    case "applied":
      return { ...state, notice: action.notice };
    case "progress":
      return { ...state, progress: action.progress };
    case "checked":
      return { ...state, progress: null, result: action.result, checkedFrom: action.from, selectedCell: null };
    case "done":
      // After "Clear marks" the findings stay listed (they are still true); only the highlights go.
      return { ...state, notice: action.notice };
    case "registry":
      return { ...state, registry: action.items };
    case "selected":
      return { ...state, selectedCell: action.cell };
    case "removed":
      return { ...INITIAL_STATE, notice: action.notice };
    case "dismiss":
      return { ...state, notice: null };
  }
}

/** Roles the user changed from what detection proposed, by column letter. */
export function correctedRoles(state: PaneState): Record<string, Role> {
  const out: Record<string, Role> = {};
  for (const c of state.detected?.table?.columns ?? []) {
    const role = state.roles[c.letter];
    if (role && role !== c.role) out[c.letter] = role;
  }
  return out;
}
