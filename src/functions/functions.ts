/*
 * PlanCheck custom functions (namespace PLAN). The JSDoc of each export drives functions.json;
 * the words Excel shows come from src/i18n/messages/functions.json (scripts/localize-functions.js).
 * Each function only wires arguments to the engine: what Excel passes is read in ./coerce.
 */
import { isoToSerial, parseDeadline, parsePeriodOption, serialToIso, type PlanPeriod } from "../engine/deadline";
import { detectPlanTables } from "../engine/detect";
import { ALL_RULES, checkTable, type CheckContext } from "../engine/rules";
import { fillDown, groupKey } from "../engine/scorecard/groups";
import {
  DEFAULT_AMBER,
  DEFAULT_GREEN,
  isMathError,
  rollup as rollupScores,
  score as scoreOf,
  status as statusOf,
  type MathError,
  type Polarity,
  type Score,
} from "../engine/scorecard/math";
import { parseMeasure, parsePolarity } from "../engine/scorecard/measure";
import {
  cellText,
  firstFailure,
  fromMath,
  INVALID_VALUE,
  NOT_AVAILABLE,
  numberOnly,
  omitted,
  optionalRange,
  rangeValues,
  readNumber,
  readOption,
  readScore,
  readScores,
  readWeights,
  toCell,
  toCells,
  toExcel,
  type Failure,
} from "./coerce";

/**
 * Achievement of an indicator from 0 to 1, from its actual value, target and baseline.
 * @customfunction SCORE
 * @param actual Value reached: a number, a percentage or a level (low, medium, high).
 * @param target Value aimed for: a number, a percentage or a level.
 * @param baseline Starting value; 0 when omitted.
 * @param polarity "higher" (default) when more is better, "lower" when less is better.
 * @returns Achievement from 0 (nothing done) to 1 (target reached).
 */
export function score(actual: unknown, target: unknown, baseline?: unknown, polarity?: unknown): number {
  const read = (v: unknown) => readNumber(toCell(v), parseMeasure);
  const [a, t, b] = [read(actual), read(target), read(baseline)];
  const p = readOption(polarity, parsePolarity, "higher");
  const failed = firstFailure(a, t, b, p);
  if (failed) return toExcel<number>(failed);
  return toExcel(measured(scoreOf(a as number | null, t as number | null, b as number | null, p as Polarity)));
}

/**
 * Weighted mean of the scores present; blanks and #N/A are skipped and the weights re-normalise.
 * @customfunction ROLLUP
 * @param scores Scores to roll up (a range).
 * @param weights Weight of each score (a range of the same size); equal weights when omitted.
 * @returns Roll-up score from 0 to 1.
 */
export function rollup(scores: unknown[][], weights?: unknown[][]): number {
  const w = optionalRange(weights);
  return toExcel(rollupOf(readScores(toCells(scores)), w && readWeights(w)));
}

/**
 * Weighted mean of the scores in the rows of one group, such as a perspective or an objective.
 * @customfunction ROLLUPIF
 * @param scores Scores to roll up (a range).
 * @param groups Group of each row (a range of the same size); a group written once applies to the rows below it.
 * @param group Group to roll up; case and surrounding spaces are ignored.
 * @param weights Weight of each score (a range of the same size); equal weights when omitted.
 * @returns Roll-up score of the group from 0 to 1.
 */
export function rollupIf(scores: unknown[][], groups: unknown[][], group: unknown, weights?: unknown[][]): number {
  const scoreCells = toCells(scores);
  const groupCells = toCells(groups);
  const weightCells = optionalRange(weights);
  if (groupCells.length !== scoreCells.length || (weightCells && weightCells.length !== scoreCells.length)) {
    return toExcel<number>(INVALID_VALUE);
  }
  const wanted = toCell(group);
  if (wanted.kind === "error") return toExcel<number>({ fail: wanted.code });
  if (wanted.kind === "blank") return toExcel<number>(INVALID_VALUE);
  const groupError = groupCells.find((c) => c.kind === "error");
  if (groupError) return toExcel<number>({ fail: cellText(groupError) });

  const key = groupKey(cellText(wanted));
  const rows = fillDown(groupCells.map(cellText))
    .map((name, i) => (groupKey(name) === key ? i : -1))
    .filter((i) => i >= 0);
  const pick = <T>(xs: T[]) => rows.map((i) => xs[i]);
  return toExcel(rollupOf(readScores(pick(scoreCells)), weightCells && readWeights(pick(weightCells))));
}

/**
 * Traffic light of a score: green, amber, red, or grey when not measured.
 * @customfunction STATUS
 * @param score Score from 0 to 1.
 * @param green Lowest green score; 0.9 when omitted.
 * @param amber Lowest amber score; 0.6 when omitted (or green, if that is lower).
 * @returns green, amber, red or grey.
 */
export function status(score: unknown, green?: unknown, amber?: unknown): string {
  const s = readScore(score);
  const g = omitted(green) ? DEFAULT_GREEN : readNumber(toCell(green), numberOnly);
  const defaultAmber = typeof g === "number" ? Math.min(DEFAULT_AMBER, g) : DEFAULT_AMBER;
  const a = omitted(amber) ? defaultAmber : readNumber(toCell(amber), numberOnly);
  const failed = firstFailure(s, g, a);
  if (failed) return toExcel<string>(failed);
  const st = statusOf(s as Score, g as number, a as number);
  return toExcel(isMathError(st) ? fromMath(st) : st);
}

/**
 * Date of a deadline written in words (such as "м. септември 2019 г." or "Styczeń/luty 2018"), as an Excel date; #N/A when it names no date.
 * @customfunction DEADLINE
 * @param text Deadline as written.
 * @param which "end" (default) for the last day of the deadline, "start" for the first.
 * @param year Year of the plan (2019, or a school year such as 2018/2019), for deadlines that name no year (such as "септември").
 * @returns Excel date serial of the deadline's last (or first) day.
 */
export function deadline(text: unknown, which?: unknown, year?: unknown): number {
  const cell = toCell(text);
  const end = readOption(which, isEnd, true);
  const period = readOption(year, parsePeriodOption, null);
  const failed = firstFailure(end, period);
  if (failed) return toExcel<number>(failed);
  switch (cell.kind) {
    case "error":
      return toExcel<number>({ fail: cell.code });
    case "blank":
      return toExcel<number>(NOT_AVAILABLE);
    case "number":
      // Already an Excel date: keep the day, drop a time of day.
      return toExcel(excelDay(cell.value));
    case "boolean":
      return toExcel<number>(INVALID_VALUE);
    case "text": {
      const d = parseDeadline(cell.text, { period: period as PlanPeriod | null });
      const iso = end ? d.end : d.start;
      return toExcel(iso === null ? NOT_AVAILABLE : isoToSerial(iso));
    }
  }
}

/**
 * Number of gaps in a plan table: tasks without a deadline, responsible body, indicator or financing; indicators without a measure or target.
 * @customfunction GAPS
 * @param range The plan table, header row included.
 * @returns Number of gaps found; #N/A when the range holds no plan table.
 */
export function gaps(range: unknown[][]): number {
  const tables = detectPlanTables({ sheet: "", origin: { row: 0, col: 0 }, values: rangeValues(range), merges: [] });
  if (tables.length === 0) return toExcel<number>(NOT_AVAILABLE);
  let count = 0;
  for (const table of tables) count += checkTable(table, GAP_CONTEXT, GAP_RULES).filter(isGap).length;
  return count;
}

// ---------------------------------------------------------------------------------------------

const isGap = (f: { code: string }) => f.code.startsWith("gap.");

/** Only the checks that find gaps run; a gap is a missing cell, so no registry or dates are needed. */
const GAP_RULES = ALL_RULES.filter((rule) => rule.codes.some((code) => code.startsWith("gap.")));
const GAP_CONTEXT: CheckContext = { period: null, registry: { entries: [], index: new Map(), names: [] }, today: null };

/** `end` -> true, `start` -> false (case ignored), anything else -> null. */
function isEnd(which: string): boolean | null {
  const w = which.toLowerCase();
  return w === "end" ? true : w === "start" ? false : null;
}

/** The whole day of an Excel date serial, or #VALUE! for a number that is no Excel date. */
function excelDay(serial: number): number | Failure {
  try {
    return isoToSerial(serialToIso(serial));
  } catch {
    return INVALID_VALUE;
  }
}

/** A score for a cell: blank (null) means not measured, which Excel shows as #N/A. */
function measured(s: Score | MathError): number | Failure {
  if (s === null) return NOT_AVAILABLE;
  return isMathError(s) ? fromMath(s) : s;
}

/** The weighted mean of already-read scores and weights, or the first failure among them. */
function rollupOf(scores: (number | null | Failure)[], weights?: (number | null | Failure)[]): number | Failure {
  const failed = firstFailure(...scores, ...(weights ?? []));
  if (failed) return failed;
  return measured(rollupScores(scores as Score[], weights as (number | null)[] | undefined));
}
