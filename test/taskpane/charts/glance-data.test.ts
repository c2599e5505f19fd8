import type { Finding } from "../../../src/engine/finding";
import { filterFindings, glanceData } from "../../../src/taskpane/charts/glance-data";
import type { ChartSection } from "../../../src/taskpane/charts/check-charts";
import type { PaneFinding } from "../../../src/taskpane/service";

const SECTIONS: ChartSection[] = [
  { sheet: "План 2019", row: 12, title: "Цел 1. Подкрепа за личностно развитие" },
  { sheet: "План 2019", row: 80, title: "Цел 2. Приобщаващо образование" },
];

function finding(code: string, severity: Finding["severity"], cell: string, title: string): PaneFinding {
  return { code, severity, sheet: "План 2019", cell, role: null, value: "", params: {}, fix: null, title, message: title, fixText: null };
}

const FINDINGS = [
  finding("header.role-missing", "warning", "A10", "Column missing"),
  finding("numbering.duplicate", "error", "A35", "Number used twice"),
  finding("gap.no-indicator", "error", "F40", "Task without an indicator"),
  finding("gap.no-indicator", "error", "F90", "Task without an indicator"),
  finding("gap.no-indicator", "error", "F95", "Task without an indicator"),
  finding("numbering.gap", "warning", "A67", "Number skipped"),
];

describe("findings at a glance", () => {
  it("counts findings by kind, the most frequent first, in the user's words", () => {
    const { byKind } = glanceData(FINDINGS, SECTIONS, "Before the first section");
    expect(byKind.map((b) => [b.label, b.count, b.severity])).toEqual([
      ["Task without an indicator", 3, "error"],
      ["Number used twice", 1, "error"],
      ["Column missing", 1, "warning"],
      ["Number skipped", 1, "warning"],
    ]);
  });

  it("counts findings by the section of the plan they fall in, in sheet order", () => {
    const { bySection } = glanceData(FINDINGS, SECTIONS, "Before the first section");
    expect(bySection.map((b) => [b.label, b.count, b.severity])).toEqual([
      ["Before the first section", 1, "warning"],
      ["Цел 1. Подкрепа за личностно развитие", 3, "error"],
      ["Цел 2. Приобщаващо образование", 2, "error"],
    ]);
  });

  it("draws no section bars for a plan without sections", () => {
    expect(glanceData(FINDINGS, [], "Before the first section").bySection).toEqual([]);
  });

  it("keeps the findings of the bar clicked: of one kind, or in one section", () => {
    const { byKind, bySection } = glanceData(FINDINGS, SECTIONS, "—");
    expect(filterFindings(FINDINGS, { by: "kind", key: byKind[0].key, label: "" }, SECTIONS).map((f) => f.cell)).toEqual(["F40", "F90", "F95"]);
    expect(filterFindings(FINDINGS, { by: "section", key: bySection[2].key, label: "" }, SECTIONS).map((f) => f.cell)).toEqual(["F90", "F95"]);
    expect(filterFindings(FINDINGS, null, SECTIONS)).toHaveLength(6);
  });
});
