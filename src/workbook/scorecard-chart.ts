import { columnLetter } from "../engine/grid";

/**
 * The chart on the Scorecard sheet, the same in Excel and in a file copy: a bar for each objective,
 * as long as its score, read from the objectives block the sheet already has (names in column B,
 * scores in C, their heading row above), and placed to the right of the sheet's columns.
 */
export interface ScorecardChart {
  /** The heading row and the objective rows, columns B:C (`B12:C15`). */
  source: string;
  /** Objective names and their scores, without the heading row (`B13:B15`, `C13:C15`). */
  categories: string;
  values: string;
  /** The score column's heading: the series' name (`C12`). */
  seriesName: string;
  /** Where it sits: its first and last cell, 0-based, and the same in A1 for Office.js. */
  from: { row: number; col: number };
  to: { row: number; col: number };
  fromCell: string;
  toCell: string;
}

/** Columns the chart spans, and the fewest rows it takes. */
const CHART_COLUMNS = 8;
const CHART_ROWS = 16;

/**
 * The chart of a Scorecard sheet laid out with `statusRanges` (the objectives' status cells are
 * the block's column D) and `width` columns; null when no objective has a name, for a chart of
 * nothing says nothing.
 */
export function scorecardChart(statusRanges: readonly string[], width: number): ScorecardChart | null {
  const block = statusRanges.map((r) => /^D(\d+):D(\d+)$/.exec(r)).find((m) => m !== null);
  if (!block) return null;
  const [top, bottom] = [Number(block[1]), Number(block[2])];
  const from = { row: 1, col: width + 1 };
  const to = { row: from.row + Math.max(CHART_ROWS, (bottom - top + 1) * 2 + 6), col: from.col + CHART_COLUMNS };
  const cell = (p: { row: number; col: number }) => `${columnLetter(p.col)}${p.row + 1}`;
  return {
    source: `B${top - 1}:C${bottom}`,
    categories: `B${top}:B${bottom}`,
    values: `C${top}:C${bottom}`,
    seriesName: `C${top - 1}`,
    from,
    to,
    fromCell: cell(from),
    toCell: cell(to),
  };
}
