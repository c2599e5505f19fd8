import { childrenOf, type Scorecard, type ScorecardNode, type Status, type Trend } from "../../engine/scorecard";

/**
 * The scorecard view: one bar per node of a level (perspectives, then the objectives of the one
 * chosen, then its indicators), as long as its score and coloured by its traffic light. The
 * scores and statuses are the engine's scorecard tree's, the same the Scorecard sheet computes.
 */

export interface ScorecardBar {
  /** Index of the node among its level's nodes: the path a drill-down follows. */
  index: number;
  name: string;
  /** Score in percent (0-100, rounded to one decimal), or null when nothing under it is measured. */
  percent: number | null;
  status: Status;
  /** True when the node has nodes under it to drill down to. */
  drills: boolean;
  /** An indicator reported by period: which way it moved since the period before; null otherwise. */
  trend: Trend | null;
}

export interface ScorecardLevel {
  kind: ScorecardNode["kind"];
  /** Names of the nodes drilled through to reach this level, from the top. */
  trail: string[];
  bars: ScorecardBar[];
}

/**
 * The level reached by following `path` (indices: a perspective, then an objective) from the top;
 * a path that no longer fits the tree (a new check) stops where it stops fitting.
 */
export function scorecardLevel(card: Scorecard, path: readonly number[]): ScorecardLevel {
  let nodes: ScorecardNode[] = card.perspectives;
  const trail: string[] = [];
  for (const i of path) {
    const node = nodes[i];
    if (!node || childrenOf(node).length === 0) break;
    trail.push(node.name);
    nodes = childrenOf(node);
  }
  return {
    kind: nodes[0]?.kind ?? "perspective",
    trail,
    bars: nodes.map((n, index) => ({
      index,
      name: n.name,
      percent: n.score === null ? null : Math.round(n.score * 1000) / 10,
      status: n.status,
      drills: childrenOf(n).length > 0,
      trend: n.kind === "indicator" ? (n.series?.trend ?? null) : null,
    })),
  };
}
