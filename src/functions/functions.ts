/*
 * PlanCheck custom functions (namespace PLAN). The JSDoc of each export drives functions.json;
 * the words Excel shows come from src/i18n/messages/functions.json (scripts/localize-functions.js).
 * Each function only wires arguments to the engine: what Excel passes is read in ./coerce.
 */
import { isoToSerial, parseDeadline, parsePeriodOption, serialToIso, type PlanPeriod } from "../engine/deadline";
import { fillDown, groupKey } from "../engine/scorecard/groups";
import {
  DEFAULT_AMBER,
  DEFAULT_GREEN,
  isCap,
  isMathError,
  parseRollupMethod,
  rollup as rollupScores,
  ROLLUP_METHODS,
  score as scoreOf,
  status as statusOf,
  type Cap,
  type MathError,
  type Polarity,
  type RollupMethod as RollupMethodCode,
  type Score,
} from "../engine/scorecard/math";
import { expectedValue } from "../engine/scorecard/expected";
import { statusInUnits } from "../engine/scorecard/thresholds";
import { aboutArgument, aboutFunction } from "./argument-messages";
import { parseMeasure, parsePolarity } from "../engine/scorecard/measure";
import {
  cellText,
  firstFailure,
  fromMath,
  INVALID_VALUE,
  isFailure,
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
 * Which way an indicator improves.
 * @customenum {string}
 */
export enum PolarityChoice {
  /** More is better (pupils enrolled, share covered). */
  higher = "higher",
  /** Less is better (pupils who left school, complaints). */
  lower = "lower",
}

/**
 * How several scores become one.
 * @customenum {string}
 */
export enum RollupMethod {
  /** Weighted mean of the scores present (the default). */
  mean = "mean",
  /** The worst score present. */
  min = "min",
  /** Weighted sum of the scores present. */
  sum = "sum",
  /** How many scores are green. */
  green = "green",
  /** How many scores are amber. */
  amber = "amber",
  /** How many scores are red. */
  red = "red",
  /** How many indicators are not measured yet. */
  grey = "grey",
}

/**
 * Achievement of an indicator from 0 to 1, from its actual value, target and baseline.
 * @customfunction SCORE
 * @param actual Value reached: a number, a percentage or a level (low, medium, high).
 * @param target Value aimed for: a number, a percentage or a level.
 * @param baseline Starting value; 0 when omitted.
 * @param polarity "higher" (default) when more is better, "lower" when less is better.
 * @param cap Highest score: 1 when omitted (the target reached), a larger number such as 1.2 to show over-achievement up to it, "none" to show it whole.
 * @returns Achievement from 0 (nothing done) to 1 (target reached).
 */
export function score(actual: unknown, target: unknown, baseline?: unknown, polarity?: PolarityChoice, cap?: unknown): number;
// The enum above gives Excel its autocomplete; a cell passes whatever it holds, as callers outside Excel may.
export function score(actual: unknown, target: unknown, baseline?: unknown, polarity?: unknown, cap?: unknown): number;
export function score(actual: unknown, target: unknown, baseline?: unknown, polarity?: unknown, cap?: unknown): number {
  const fn = "PLAN.SCORE";
  const read = (v: unknown, name: string) => about(readNumber(toCell(v), parseMeasure), fn, name);
  const [a, t, b] = [read(actual, "actual"), read(target, "target"), read(baseline, "baseline")];
  const p = about(readOption(polarity, parsePolarity, "higher"), fn, "polarity", choice(Object.values(PolarityChoice)));
  const c = about(readCap(cap), fn, "cap", { key: "fn.error.cap" });
  const failed = firstFailure(a, t, b, p, c);
  if (failed) return toExcel<number>(failed);
  const s = scoreOf(a as number | null, t as number | null, b as number | null, p as Polarity, (c as { cap: Cap }).cap);
  // Not measured: name the blank argument.
  if (s === null) return toExcel<number>(aboutArgument(NOT_AVAILABLE, fn, a === null ? "actual" : "target"));
  return toExcel(measured(s));
}

/**
 * Weighted mean of the scores present; blanks and #N/A are skipped and the weights re-normalise.
 * @customfunction ROLLUP
 * @param scores Scores to roll up (a range).
 * @param weights Weight of each score (a range of the same size); equal weights when omitted.
 * @param method "mean" (default), "min" for the worst score, "sum", or "green", "amber", "red", "grey" to count the scores of that status.
 * @returns Roll-up score from 0 to 1, or the count.
 */
export function rollup(scores: unknown[][], weights?: unknown[][], method?: RollupMethod): number;
export function rollup(scores: unknown[][], weights?: unknown[][], method?: unknown): number;
export function rollup(scores: unknown[][], weights?: unknown[][], method?: unknown): number {
  const fn = "PLAN.ROLLUP";
  const m = about(readOption(method, parseRollupMethod, "mean"), fn, "method", choice(ROLLUP_METHODS));
  if (isFailure(m)) return toExcel<number>(m);
  const w = optionalRange(weights);
  const scoreCells = toCells(scores);
  if (w && w.length !== scoreCells.length) return toExcel<number>(aboutFunction(INVALID_VALUE, fn, "fn.error.size", { argument: "weights" }));
  return toExcel(rollupOf(fn, readScores(scoreCells), w && readWeights(w), m));
}

/**
 * Weighted mean of the scores in the rows of one group, such as a perspective or an objective.
 * @customfunction ROLLUPIF
 * @param scores Scores to roll up (a range).
 * @param groups Group of each row (a range of the same size); a group written once applies to the rows below it.
 * @param group Group to roll up; case and surrounding spaces are ignored.
 * @param weights Weight of each score (a range of the same size); equal weights when omitted.
 * @param method "mean" (default), "min" for the worst score, "sum", or "green", "amber", "red", "grey" to count the scores of that status.
 * @returns Roll-up score of the group from 0 to 1, or the count.
 */
export function rollupIf(scores: unknown[][], groups: unknown[][], group: unknown, weights?: unknown[][], method?: RollupMethod): number;
export function rollupIf(scores: unknown[][], groups: unknown[][], group: unknown, weights?: unknown[][], method?: unknown): number;
export function rollupIf(scores: unknown[][], groups: unknown[][], group: unknown, weights?: unknown[][], method?: unknown): number {
  const fn = "PLAN.ROLLUPIF";
  const m = about(readOption(method, parseRollupMethod, "mean"), fn, "method", choice(ROLLUP_METHODS));
  if (isFailure(m)) return toExcel<number>(m);
  const scoreCells = toCells(scores);
  const groupCells = toCells(groups);
  const weightCells = optionalRange(weights);
  if (groupCells.length !== scoreCells.length) return toExcel<number>(aboutFunction(INVALID_VALUE, fn, "fn.error.size", { argument: "groups" }));
  if (weightCells && weightCells.length !== scoreCells.length) return toExcel<number>(aboutFunction(INVALID_VALUE, fn, "fn.error.size", { argument: "weights" }));
  const wanted = toCell(group);
  if (wanted.kind === "error") return toExcel<number>(aboutArgument({ fail: wanted.code, passed: true }, fn, "group"));
  if (wanted.kind === "blank") return toExcel<number>(aboutArgument(INVALID_VALUE, fn, "group", { key: "fn.error.group" }));
  const groupError = groupCells.find((c) => c.kind === "error");
  if (groupError) return toExcel<number>(aboutArgument({ fail: cellText(groupError), passed: true }, fn, "groups"));

  const key = groupKey(cellText(wanted));
  const rows = fillDown(groupCells.map(cellText))
    .map((name, i) => (groupKey(name) === key ? i : -1))
    .filter((i) => i >= 0);
  const pick = <T>(xs: T[]) => rows.map((i) => xs[i]);
  return toExcel(rollupOf(fn, readScores(pick(scoreCells)), weightCells && readWeights(pick(weightCells)), m));
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
  const fn = "PLAN.STATUS";
  const s = about(readScore(score), fn, "score");
  const g = omitted(green) ? DEFAULT_GREEN : about(readNumber(toCell(green), numberOnly), fn, "green");
  const defaultAmber = typeof g === "number" ? Math.min(DEFAULT_AMBER, g) : DEFAULT_AMBER;
  const a = omitted(amber) ? defaultAmber : about(readNumber(toCell(amber), numberOnly), fn, "amber");
  const failed = firstFailure(s, g, a);
  if (failed) return toExcel<string>(failed);
  const st = statusOf(s as Score, g as number, a as number);
  return toExcel(isMathError(st) ? aboutArgument(fromMath(st), fn, "amber", { key: "fn.error.amber" }) : st);
}

/**
 * Traffic light of an indicator from thresholds in its own units, such as green at 95 % or more and red under 80 pupils.
 * @customfunction UNITSTATUS
 * @param actual Value reached: a number, a percentage, a level or yes/no.
 * @param green Green at or above this value (at or below it when less is better).
 * @param red Red below this value (above it when less is better); amber between the two.
 * @param polarity "higher" (default) when more is better, "lower" when less is better.
 * @returns green, amber, red or grey.
 */
export function unitStatus(actual: unknown, green: unknown, red: unknown, polarity?: PolarityChoice): string;
export function unitStatus(actual: unknown, green: unknown, red: unknown, polarity?: unknown): string;
export function unitStatus(actual: unknown, green: unknown, red: unknown, polarity?: unknown): string {
  const fn = "PLAN.UNITSTATUS";
  const read = (v: unknown, name: string) => about(readNumber(toCell(v), parseMeasure), fn, name);
  const [a, g, r] = [read(actual, "actual"), read(green, "green"), read(red, "red")];
  const p = about(readOption(polarity, parsePolarity, "higher"), fn, "polarity", choice(Object.values(PolarityChoice)));
  const failed = firstFailure(a, g, r, p);
  if (failed) return toExcel<string>(failed);
  if (g === null || r === null) return toExcel<string>(aboutArgument(NOT_AVAILABLE, fn, g === null ? "green" : "red"));
  const st = statusInUnits(a as number | null, g as number, r as number, p as Polarity);
  return toExcel(isMathError(st) ? aboutArgument(fromMath(st), fn, "red", { key: "fn.error.thresholds" }) : st);
}

/**
 * The value an indicator should have reached by a date, on the straight line from its baseline at the start to its target at the deadline; compare the actual with it in PLAN.SCORE.
 * @customfunction EXPECTED
 * @param target Value aimed for by the deadline.
 * @param baseline Value at the start; 0 when omitted.
 * @param start First day of the period, as an Excel date.
 * @param deadline Last day of the period, as an Excel date.
 * @param date Day to compare on, as an Excel date; today when omitted.
 * @returns The value expected by the date.
 * @volatile
 */
export function expected(target: unknown, baseline: unknown, start: unknown, deadline: unknown, date?: unknown): number {
  const fn = "PLAN.EXPECTED";
  const read = (v: unknown, name: string) => about(readNumber(toCell(v), parseMeasure), fn, name);
  const day = (v: unknown, name: string) => about(readNumber(toCell(v), numberOnly), fn, name);
  const [t, b, from, to] = [read(target, "target"), read(baseline, "baseline"), day(start, "start"), day(deadline, "deadline")];
  const on = omitted(date) ? todaySerial() : day(date, "date");
  const failed = firstFailure(t, b, from, to, on);
  if (failed) return toExcel<number>(failed);
  if (t === null) return toExcel<number>(aboutArgument(NOT_AVAILABLE, fn, "target"));
  if (from === null || to === null) return toExcel<number>(aboutArgument(NOT_AVAILABLE, fn, from === null ? "start" : "deadline"));
  const e = expectedValue(t as number, b as number | null, from as number, to as number, on as number);
  return toExcel(isMathError(e) ? aboutArgument(fromMath(e), fn, "deadline", { key: "fn.error.period" }) : e);
}

/**
 * Date of a deadline written in words (such as "м. септември 2019 г." or "Styczeń/luty 2018"), as an Excel date; #N/A when it names no date.
 * @customfunction DEADLINE
 * @param text Deadline as written.
 * @param which "end" (default) for the last day of the deadline, "start" for the first.
 * @param year Year of the plan (2019, or a school year such as 2018/2019), for deadlines that name no year (such as "септември").
 * @param section Heading of the section the row is in (such as "СЕНТЯБРЬ" or "2026 рік"), for deadlines that leave out the month or year it gives.
 * @returns Excel date serial of the deadline's last (or first) day.
 */
export function deadline(text: unknown, which?: unknown, year?: unknown, section?: unknown): number {
  const cell = toCell(text);
  const end = readOption(which, isEnd, true);
  const period = readOption(year, parsePeriodOption, null);
  // The same heading the command line reads the row under: blank or missing is none.
  const heading = omitted(section) ? null : cellText(toCell(section)) || null;
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
      const d = parseDeadline(cell.text, { period: period as PlanPeriod | null, section: heading });
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
export async function gaps(range: unknown[][]): Promise<number> {
  const values = rangeValues(range);
  // The plan-table engine comes with the first call, so Excel does not load it with the other functions.
  const { countGaps } = await import(/* webpackChunkName: "functions-gaps" */ "./gap-count");
  const count = countGaps(values);
  return count === null ? toExcel<number>(NOT_AVAILABLE) : count;
}

// ---------------------------------------------------------------------------------------------

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

/** The roll-up of already-read scores and weights by a method, or the first failure among them, with its message. */
function rollupOf(fn: string, scores: (number | null | Failure)[], weights: (number | null | Failure)[] | undefined, method: RollupMethodCode): number | Failure {
  const failedScore = firstFailure(...scores);
  if (failedScore) return aboutArgument(failedScore, fn, "scores");
  const failedWeight = firstFailure(...(weights ?? []));
  if (failedWeight) return aboutArgument(failedWeight, fn, "weights");
  const r = rollupScores(scores as Score[], weights as (number | null)[] | undefined, method);
  if (r === null) return aboutFunction(NOT_AVAILABLE, fn, "fn.error.none");
  if (isMathError(r)) return aboutFunction(fromMath(r), fn, r.error === "div0" ? "fn.error.div0" : "fn.error.weights");
  return r;
}

/** A failure of one argument with words saying so; anything else as it is. */
function about<T>(x: T | Failure, fn: string, argument: string, detail?: { key: string; params?: Record<string, string> }): T | Failure {
  return isFailure(x) ? aboutArgument(x, fn, argument, detail) : x;
}

/** The message detail of an argument that takes one of a few words. */
function choice(words: readonly string[]): { key: string; params: Record<string, string> } {
  return { key: "fn.error.choice", params: { choices: words.map((w) => `"${w}"`).join(", ") } };
}

/** The cap argument: 1 when omitted, a number of at least 1, or `none`. */
function readCap(v: unknown): { cap: Cap } | Failure {
  const cell = toCell(v);
  if (cell.kind === "blank") return { cap: 1 };
  if (cell.kind === "text" && cell.text.trim().toLowerCase() === "none") return { cap: null };
  const n = readNumber(cell, numberOnly);
  if (isFailure(n)) return n;
  return n !== null && isCap(n) ? { cap: n } : INVALID_VALUE;
}

/** Today as an Excel date serial, in the local time zone of the machine Excel runs on. */
function todaySerial(): number {
  const now = new Date();
  return isoToSerial(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`);
}
