import type { Severity } from "../../engine/finding";
import type { PaneFinding } from "../service";
import type { ChartSection } from "./check-charts";

/**
 * "Findings at a glance": how many findings of each kind, and in which sections of the plan, so a
 * reviewer sees where the problems are before reading them.
 */

/** One bar: a kind of finding (its code, titled in the user's words) or a section of the plan. */
export interface GlanceBar {
  /** What a click on the bar filters by: the finding code, or the section's sheet row ("" for before any section). */
  key: string;
  label: string;
  count: number;
  /** The most serious severity among the bar's findings: the bar's colour. */
  severity: Severity;
}

export interface Glance {
  byKind: GlanceBar[];
  /** Empty when the plan has no sections: one bar for the whole plan says nothing a count does not. */
  bySection: GlanceBar[];
}

/** Which findings a click on a bar keeps: of one kind, or in one section. */
export type GlanceFilter = { by: "kind" | "section"; key: string; label: string };

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Key of the part of a sheet above its first section row (the header, tasks before any section). */
export const NO_SECTION = "";

/**
 * The bars: kinds with the most findings first (errors before warnings at equal counts), sections
 * in sheet order. `noSection` names findings above every section row (the header, say).
 */
export function glanceData(findings: readonly PaneFinding[], sections: readonly ChartSection[], noSection: string): Glance {
  const kinds = new Map<string, GlanceBar>();
  const parts = new Map<string, GlanceBar>();
  const add = (map: Map<string, GlanceBar>, key: string, label: string, severity: Severity) => {
    const bar = map.get(key);
    if (!bar) map.set(key, { key, label, count: 1, severity });
    else {
      bar.count++;
      if (RANK[severity] < RANK[bar.severity]) bar.severity = severity;
    }
  };
  for (const f of findings) {
    add(kinds, f.code, f.title, f.severity);
    const section = sectionOf(f, sections);
    add(parts, section ? sectionKey(section) : NO_SECTION, section ? section.title : noSection, f.severity);
  }
  const byKind = [...kinds.values()].sort((a, b) => b.count - a.count || RANK[a.severity] - RANK[b.severity]);
  const order = (key: string) => (key === NO_SECTION ? -1 : sections.findIndex((s) => sectionKey(s) === key));
  const bySection = sections.length === 0 ? [] : [...parts.values()].sort((a, b) => order(a.key) - order(b.key));
  return { byKind, bySection };
}

/** The findings a filter keeps (all when there is none). */
export function filterFindings<F extends PaneFinding>(findings: readonly F[], filter: GlanceFilter | null, sections: readonly ChartSection[]): F[] {
  if (filter === null) return [...findings];
  if (filter.by === "kind") return findings.filter((f) => f.code === filter.key);
  return findings.filter((f) => {
    const s = sectionOf(f, sections);
    return (s ? sectionKey(s) : NO_SECTION) === filter.key;
  });
}

/** The section a finding's row falls in: the last section row of its sheet at or above it. */
export function sectionOf(finding: { sheet: string; cell: string }, sections: readonly ChartSection[]): ChartSection | null {
  const row = Number(/\d+$/.exec(finding.cell)?.[0] ?? 0);
  let found: ChartSection | null = null;
  for (const s of sections) if (s.sheet === finding.sheet && s.row <= row && (found === null || s.row > found.row)) found = s;
  return found;
}

function sectionKey(s: ChartSection): string {
  return `${s.sheet}!${s.row}`;
}
