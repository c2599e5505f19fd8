import type { Scorecard } from "../../src/engine/scorecard/tree";
import { rollup, rollupIf, score, status } from "../../src/functions/functions";
import { BG_FLAT_ROWS } from "../engine/scorecard/bg-scorecard-table";
import { cellShows, column, errorCell } from "./excel-call";

/**
 * The Bulgarian scorecard as the =PLAN.* formulas an official writes compute it: the sheet laid
 * out one indicator a row, the perspective written once per block, a column of =PLAN.SCORE and
 * =PLAN.ROLLUPIF per perspective.
 */
export function sheetRollups(rows = BG_FLAT_ROWS) {
  // =PLAN.SCORE(actual, target, baseline) down a column; its #N/A cells are what Excel then passes on.
  const shown = rows.map((r) => cellShows(score, r.actual, r.target, r.baseline, null));
  const scores = column(...shown.map((v) => (typeof v === "string" ? errorCell(v) : v)));
  const groups = column(...rows.map((r) => r.perspective));
  const weights = column(...rows.map((r) => r.weight));
  const perspective = (name: string) => cellShows(rollupIf, scores, groups, name, weights);
  return { scores: shown, perspective, overall: cellShows(rollup, scores, weights) };
}

const asCell = (s: number | null) => (s === null ? "#N/A" : s);

/** The engine's tree gives each indicator, perspective and the whole card what the sheet's formulas give. */
export function expectSameRollups(card: Scorecard, sheet: ReturnType<typeof sheetRollups>) {
  const treeScores = card.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.indicators.map((i) => asCell(i.score))));
  expect(treeScores).toHaveLength(sheet.scores.length);
  treeScores.forEach((s, i) => (typeof s === "number" ? expect(sheet.scores[i]).toBeCloseTo(s, 12) : expect(sheet.scores[i]).toBe(s)));
  for (const p of card.perspectives) {
    const fromSheet = sheet.perspective(p.name);
    if (p.score === null) expect(fromSheet).toBe("#N/A");
    else expect(fromSheet).toBeCloseTo(p.score, 12);
    expect(status(fromSheet === "#N/A" ? errorCell("#N/A") : fromSheet, null, null)).toBe(p.status);
  }
  expect(sheet.overall).toBeCloseTo(card.score as number, 12);
  expect(status(sheet.overall, null, null)).toBe(card.status);
}

