import type { Severity } from "../../engine/finding";
import type { PaneFinding } from "../service";
import type { ChartSection } from "../charts/check-charts";
import { glanceData, type GlanceBar } from "../charts/glance-data";

/** Findings of one code, as the pane lists them under one heading with their count. */
export interface FindingGroup {
  code: string;
  /** The most serious severity among the group's findings. */
  severity: Severity;
  findings: PaneFinding[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Groups findings by code: errors first, then warnings, then notes; within a severity, the group
 * whose first finding comes first in the sheet leads. Findings keep their sheet order.
 */
export function groupFindings(findings: readonly PaneFinding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const g = groups.get(f.code);
    if (!g) groups.set(f.code, { code: f.code, severity: f.severity, findings: [f] });
    else {
      g.findings.push(f);
      if (RANK[f.severity] < RANK[g.severity]) g.severity = f.severity;
    }
  }
  // Map iteration follows insertion, i.e. first appearance; the sort is stable.
  return [...groups.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** The fix every finding of a group shares, said once above them; null when they differ or none is known. */
export function sharedFix(group: FindingGroup): string | null {
  const first = group.findings[0]?.fixText ?? null;
  return first !== null && group.findings.every((f) => f.fixText === first) ? first : null;
}

/** Findings a group shows before "Show all": a long run of one kind would make the pane screens tall. */
export const FIRST_SHOWN = 5;

/** The groups of the findings of one severity, or of all when `severity` is null. */
export function filterGroups(groups: readonly FindingGroup[], severity: Severity | null): FindingGroup[] {
  if (severity === null) return [...groups];
  return groups
    .map((g) => ({ ...g, findings: g.findings.filter((f) => f.severity === severity) }))
    .filter((g) => g.findings.length > 0);
}

/** A section the section filter offers: its title (shortened), and how many findings fall in it. */
export type SectionChoice = Pick<GlanceBar, "key" | "label" | "count">;

/** Longer section titles are cut here: the filter sits in a narrow pane. */
const SECTION_LABEL = 48;

/**
 * The sections the findings fall in, in sheet order, as "Findings at a glance" counts them (one
 * reading of which section a finding is in); `beforeSections` names findings above every section
 * row. Empty when the plan has no section rows.
 */
export function sectionChoices(findings: readonly PaneFinding[], sections: readonly ChartSection[], beforeSections: string): SectionChoice[] {
  return glanceData(findings, sections, beforeSections).bySection.map(({ key, label, count }) => {
    const line = label.replace(/\s+/g, " ").trim();
    return { key, count, label: line.length > SECTION_LABEL ? `${line.slice(0, SECTION_LABEL - 1)}…` : line };
  });
}
