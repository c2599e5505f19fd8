import type { Lang } from "../i18n/hosts/pane";
import type { ExcelNamespace, PlanCheckService } from "./service";

/**
 * The pane's service over Excel, loaded on the first action. Every action of the service is
 * asynchronous and none is needed to draw the first screen, so the engine and the Excel adapter
 * (detection, the check, the sheet writers) come as a chunk of their own when the user first
 * asks for something; one service is made then and kept, with the plan it remembers.
 */
export function lazyExcelService(excel: ExcelNamespace, lang: Lang): PlanCheckService {
  let service: Promise<PlanCheckService> | undefined;
  const loaded = () => (service ??= import(/* webpackChunkName: "service" */ "./service").then((m) => m.createExcelService(excel, lang)));
  // Every action returns a promise, so each can wait for the service before it runs.
  const later = <K extends keyof PlanCheckService>(name: K): PlanCheckService[K] =>
    ((...args: unknown[]) => loaded().then((s) => (s[name] as (...a: unknown[]) => Promise<unknown>).apply(s, args))) as PlanCheckService[K];
  // Each action by name: a new action of the service is a type error here until it is passed on.
  return {
    detect: later("detect"),
    selectedRange: later("selectedRange"),
    applyTypedTable: later("applyTypedTable"),
    check: later("check"),
    selectFinding: later("selectFinding"),
    writeReport: later("writeReport"),
    clearMarks: later("clearMarks"),
    writeTimeline: later("writeTimeline"),
    writeScorecard: later("writeScorecard"),
    planFormulas: later("planFormulas"),
    makePortable: later("makePortable"),
    restorePlanFormulas: later("restorePlanFormulas"),
    registry: later("registry"),
    remove: later("remove"),
  };
}
