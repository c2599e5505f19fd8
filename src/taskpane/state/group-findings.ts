import type { Severity } from "../../engine/finding";
import type { PaneFinding } from "../service";

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
