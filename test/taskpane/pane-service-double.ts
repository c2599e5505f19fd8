import type { Finding } from "../../src/engine/finding";
import { translator, type Lang } from "../../src/i18n";
import { formatFinding } from "../../src/i18n/format-finding";
import type {
  CheckProgress,
  CheckResult,
  DetectResult,
  PaneFinding,
  PaneTable,
  PlanCheckService,
  RegistryItem,
} from "../../src/taskpane/service";

/**
 * A PlanCheckService answering from plain data, for testing the pane's pieces on their own:
 * the table and findings are those of the Kyustendil plan (sheet `План 2019`), words come from
 * the real catalogs, and every call is recorded.
 */

export const KYUSTENDIL_TABLE: PaneTable = {
  sheet: "План 2019",
  range: "A31:F168",
  headerRows: [31],
  rowCount: 112,
  columns: [
    { index: 0, letter: "A", header: "№", role: "number" },
    { index: 1, letter: "B", header: "Дейност", role: "activity" },
    { index: 2, letter: "C", header: "Срок за изпълнение", role: "deadline" },
    { index: 3, letter: "D", header: "Отговорни институции", role: "responsible" },
    { index: 4, letter: "E", header: "Финансиране", role: "unknown" },
    { index: 5, letter: "F", header: "Индикатори оценка на изпълнение", role: "indicator" },
  ],
  period: { start: "2019-01-01", end: "2019-12-31", label: "2019" },
  typed: false,
};

const finding = (code: string, severity: Finding["severity"], cell: string, params: Finding["params"], value = ""): Finding => ({
  code,
  severity,
  sheet: "План 2019",
  cell,
  role: null,
  value,
  params,
  fix: null,
});

/** What a reviewer flags in the Kyustendil plan: the second `2.`, the missing 10.3 and 4.3, empty indicators. */
export const KYUSTENDIL_FINDINGS: Finding[] = [
  finding("numbering.duplicate", "error", "A35", { number: "2.", firstRow: 34, row: 35 }, "2."),
  { ...finding("gap.no-indicator", "error", "F95", { row: 95, number: "10.4." }), role: "indicator" },
  finding("numbering.gap", "warning", "A98", { expected: "10.3.", number: "10.4.", row: 98 }, "10.4."),
  { ...finding("gap.no-indicator", "error", "F146", { row: 146, number: "" }), role: "indicator" },
  finding("numbering.gap", "warning", "A150", { expected: "4.3.", number: "4.4.", row: 150 }, "4.4."),
  { ...finding("gap.no-indicator", "error", "F158", { row: 158, number: "6.2." }), role: "indicator" },
];

export function inWords(findings: Finding[], lang: Lang): PaneFinding[] {
  const t = translator(lang);
  return findings.map((f) => {
    const words = formatFinding(f, t);
    return { ...f, title: words.title, message: words.message, fixText: words.fix };
  });
}

export function checkResult(findings: Finding[], lang: Lang, rows = 112): CheckResult {
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
  return {
    sheet: "План 2019",
    summary: { tables: 1, rows, errors: count("error"), warnings: count("warning"), infos: count("info"), ready: count("error") === 0 },
    counts,
    findings: inWords(findings, lang),
    checkedAt: "2019-03-01T09:05:00.000Z",
  };
}

export interface ServiceDouble extends PlanCheckService {
  calls: { method: string; args: unknown[] }[];
}

export function serviceDouble(options: {
  detect?: DetectResult;
  /** The answer to a detection in a range the user selected; `detect` otherwise. */
  detectIn?: (selection: string) => DetectResult;
  /** The cells selected in the sheet. */
  selected?: string;
  check?: (onProgress?: (p: CheckProgress) => void) => Promise<CheckResult>;
  registry?: RegistryItem[];
  /** The workbook's PLAN formulas, and how many PlanCheck has made portable. */
  planFormulas?: { plan: number; portable: number };
  madePortable?: { replaced: number; kept: number };
  fail?: Partial<Record<keyof PlanCheckService, Error>>;
  lang?: Lang;
} = {}): ServiceDouble {
  const lang = options.lang ?? "en";
  const calls: ServiceDouble["calls"] = [];
  const record = <T>(method: keyof PlanCheckService, args: unknown[], answer: () => T | Promise<T>): Promise<T> => {
    calls.push({ method, args });
    const failure = options.fail?.[method];
    return failure ? Promise.reject(failure) : Promise.resolve(answer());
  };
  return {
    calls,
    detect: (selection) =>
      record("detect", selection === undefined ? [] : [selection], () =>
        selection !== undefined && options.detectIn ? options.detectIn(selection) : (options.detect ?? { table: KYUSTENDIL_TABLE }),
      ),
    selectedRange: () => record("selectedRange", [], () => options.selected ?? "A1"),
    applyTypedTable: (roles, period, opts) =>
      record("applyTypedTable", [roles, period, opts], () => ({ sheet: "План 2019", range: "A31:F168" })),
    check: (onProgress, roles) =>
      record("check", [roles], () => (options.check ? options.check(onProgress) : checkResult(KYUSTENDIL_FINDINGS, lang))),
    selectFinding: (f) => record("selectFinding", [f], () => undefined),
    writeReport: (roles) => record("writeReport", [roles], () => ({ sheet: "PlanCheck report" })),
    writeTimeline: (roles) => record("writeTimeline", [roles], () => ({ sheet: "PlanCheck timeline" })),
    clearMarks: () => record("clearMarks", [], () => undefined),
    writeScorecard: (roles, form) => record("writeScorecard", form === undefined ? [roles] : [roles, form], () => ({ sheet: "Scorecard" })),
    planFormulas: () => record("planFormulas", [], () => options.planFormulas ?? { plan: 0, portable: 0 }),
    makePortable: () => record("makePortable", [], () => options.madePortable ?? { replaced: 0, kept: 0 }),
    restorePlanFormulas: () => record("restorePlanFormulas", [], () => options.planFormulas?.portable ?? 0),
    registry: () => record("registry", [], () => options.registry ?? []),
    remove: () => record("remove", [], () => undefined),
  };
}
