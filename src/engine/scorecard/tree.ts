import { addressOf, cellOf, columnFor, type PlanRow, type PlanTable } from "../plan";
import type { Role } from "../roles";
import { bulletItems, itemsAsName, valueLines } from "./bullets";
import { fillDown, groupKey } from "./groups";
import {
  DEFAULT_AMBER,
  DEFAULT_GREEN,
  isMathError,
  rollup,
  score,
  status,
  type MathError,
  type Polarity,
  type Score,
  type Status,
} from "./math";
import { parseMeasure, parseWeight } from "./measure";
import { readThresholds, type IndicatorThresholds, type ThresholdColumn } from "./threshold-cells";
import { statusInUnits } from "./thresholds";
import { actualPeriods, type PeriodSeries } from "./period-columns";
import { indicatorSeries, type IndicatorSeries } from "./series";

/**
 * The balanced scorecard of a typed plan table: perspectives -> objectives -> indicators,
 * every level scored with the same math as the =PLAN.* functions.
 *
 * One roll-up rule at every level: an objective's or a perspective's score is the weighted mean
 * of the measured indicators under it. It equals =PLAN.ROLLUPIF over the same rows, so the tree
 * and the sheet's own formulas never disagree (an objective with more indicators weighs more).
 */

/** Why a node has no score, and the cell that caused it. */
export interface ScorecardError {
  /** `value`: a cell is neither a number nor a level, or a measured indicator has no weight; `div0`: weights add up to 0. */
  code: MathError["error"];
  /** A1 address of the cell to fix, or null when no single cell is to blame. */
  cell: string | null;
  role: Role | null;
}

interface NodeBase {
  /** Name as written, without bullets ("" when the table leaves it blank). */
  name: string;
  /** Achievement in [0, 1], or null when nothing under the node is measured or an error stops it. */
  score: number | null;
  status: Status;
  error: ScorecardError | null;
  /** Sheet rows (1-based) the node was read from. */
  rows: number[];
  /** Role -> A1 address of the cells the node was read from, for links in a report. */
  refs: Partial<Record<Role, string>>;
}

export interface IndicatorNode extends NodeBase {
  kind: "indicator";
  /** The texts this indicator was given, per role; a whole multi-line cell when lines could not be matched. */
  unit: string | null;
  baseline: string | null;
  target: string | null;
  actual: string | null;
  weight: string | null;
  polarity: Polarity;
  /**
   * False when the row lists several values on lines (`Брой\n%\n%\nВисока`) whose count does not
   * match its indicators, so which value belongs to which indicator is unknown.
   */
  aligned: boolean;
  /** The roles whose lines could not be matched to the row's indicators. */
  unalignedRoles: Role[];
  /** Thresholds from the row's threshold columns; null when the table has none. */
  thresholds: IndicatorThresholds | null;
  /**
   * What the status says: `thresholds` when both lines are read (PLAN.UNITSTATUS of the actual),
   * else `score` (PLAN.STATUS of the score at the scorecard's thresholds).
   */
  statusFrom: "score" | "thresholds";
  /**
   * Actuals by period when the table has them: every period's value, the period whose value is
   * `actual` (the last filled) and the trend from the one before; null without a series.
   */
  series: IndicatorSeries | null;
}

export interface ObjectiveNode extends NodeBase {
  kind: "objective";
  indicators: IndicatorNode[];
}

export interface PerspectiveNode extends NodeBase {
  kind: "perspective";
  objectives: ObjectiveNode[];
}

export type ScorecardNode = PerspectiveNode | ObjectiveNode | IndicatorNode;

export interface Scorecard {
  sheet: string;
  range: string;
  /** Thresholds the statuses were set with. */
  thresholds: { green: number; amber: number };
  /** True when the table has a weight column; otherwise every indicator counts once. */
  weighted: boolean;
  /** The table's actual columns by period, left to right (none without a series), or why its period columns are none. */
  series: PeriodSeries;
  score: number | null;
  status: Status;
  error: ScorecardError | null;
  perspectives: PerspectiveNode[];
}

export interface ScorecardOptions {
  green?: number;
  amber?: number;
}

/** Roles whose cells may list one value per indicator of the row. */
const VALUE_ROLES = ["unit", "baseline", "target", "actual", "weight"] as const;
type ValueRole = (typeof VALUE_ROLES)[number];

/** What scoring a row needs besides the row: its table (for cell addresses), weights or not, the thresholds. */
interface Scoring {
  table: PlanTable;
  weighted: boolean;
  judge: (s: Score) => Status;
  /** The table's threshold columns, in sheet order, with the key their cells are under. */
  thresholdColumns: (ThresholdColumn & { key: string })[];
  /** The table's actuals by period; their last filled value is an indicator's actual. */
  periods: PeriodSeries;
}

export function buildScorecard(table: PlanTable, options: ScorecardOptions = {}): Scorecard {
  const thresholds = { green: options.green ?? DEFAULT_GREEN, amber: options.amber ?? DEFAULT_AMBER };
  const weighted = columnFor(table, "weight") !== undefined;
  const judge = (s: Score): Status => {
    const st = status(s, thresholds.green, thresholds.amber);
    return isMathError(st) ? "grey" : st;
  };
  const thresholdColumns = table.columns
    .filter((c) => c.role === "green" || c.role === "red")
    .map((c) => ({ key: c.key, header: c.header, line: c.role as "green" | "red" }));
  const periods = actualPeriods(table);
  const scored: Scoring = { table, weighted, judge, thresholdColumns, periods };

  const perspectiveNames = fillDown(table.rows.map((r) => cellOf(r, "perspective")));
  const perspectives = new Map<string, PerspectiveNode>();
  const objectives = new Map<PerspectiveNode, Map<string, ObjectiveNode>>();
  let objectiveName = "";
  table.rows.forEach((row, i) => {
    const perspectiveText = cellOf(row, "perspective");
    const objectiveText = cellOf(row, "objective");
    // A new perspective starts its own objectives: one written above belongs to the previous perspective.
    if (perspectiveText.trim() !== "") objectiveName = "";
    if (objectiveText.trim() !== "") objectiveName = objectiveText;
    const indicators = indicatorsOf(row, scored);
    if (indicators.length === 0 && perspectiveText.trim() === "" && objectiveText.trim() === "") return;

    const pKey = groupKey(perspectiveNames[i]);
    let p = perspectives.get(pKey);
    if (!p) {
      p = { kind: "perspective", ...unscored(perspectiveNames[i], "perspective", table, row), objectives: [] };
      perspectives.set(pKey, p);
      objectives.set(p, new Map());
    }
    addRow(p, row);
    if (objectiveName === "" && indicators.length === 0) return;
    const byKey = objectives.get(p)!;
    let o = byKey.get(groupKey(objectiveName));
    if (!o) {
      o = { kind: "objective", ...unscored(objectiveName, "objective", table, row), indicators: [] };
      byKey.set(groupKey(objectiveName), o);
      p.objectives.push(o);
    }
    addRow(o, row);
    o.indicators.push(...indicators);
  });

  const perspectiveNodes = [...perspectives.values()];
  for (const p of perspectiveNodes) {
    for (const o of p.objectives) Object.assign(o, rolledUp(o.indicators, scored));
    Object.assign(p, rolledUp(p.objectives.flatMap((o) => o.indicators), scored));
  }
  const all = rolledUp(
    perspectiveNodes.flatMap((p) => p.objectives.flatMap((o) => o.indicators)),
    scored,
  );
  return { sheet: table.sheet, range: table.range, thresholds, weighted, series: periods, ...all, perspectives: perspectiveNodes };
}

/** A perspective's or objective's own fields before scoring; its ref is where its name is written. */
function unscored(text: string, role: "perspective" | "objective", table: PlanTable, row: PlanRow): NodeBase {
  const ref = cellOf(row, role).trim() !== "" ? addressOf(table, row, role) : undefined;
  return { name: itemsAsName(text), score: null, status: "grey", error: null, rows: [], refs: ref ? { [role]: ref } : {} };
}

function addRow(node: NodeBase, row: PlanRow): void {
  if (!node.rows.includes(row.row)) node.rows.push(row.row);
}

/** A1 address of a row's cell for a role: where its text starts, or where it would be typed. */
function refOf(table: PlanTable, row: PlanRow, role: Role): string | null {
  return addressOf(table, row, role) ?? null;
}

/** The indicators of one row: one per bullet of its indicator cell, values matched line by line. */
function indicatorsOf(row: PlanRow, scoring: Scoring): IndicatorNode[] {
  const keyOf = (column: string) => scoring.table.columns.find((c) => c.column === column)?.key ?? column;
  const periodTexts = scoring.periods.columns.map((column) => ({ column, key: keyOf(column.column), text: row.cells[keyOf(column.column)] ?? "" }));
  const hasValues = (["baseline", "target", "actual"] as const).some((r) => cellOf(row, r).trim() !== "") || periodTexts.some((p) => p.text.trim() !== "");
  let names = bulletItems(cellOf(row, "indicator"));
  if (names.length === 0) {
    if (!hasValues) return [];
    names = [""];
  }
  const values = VALUE_ROLES.map((role) => ({ role, ...splitValues(cellOf(row, role), names.length) }));
  const periodValues = periodTexts.map((p) => ({ column: p.column, key: p.key, ...splitValues(p.text, names.length) }));
  if (periodValues.some((p) => !p.aligned)) values.find((v) => v.role === "actual")!.aligned = false;
  const thresholdTexts = scoring.thresholdColumns.map((column) => ({ column, ...splitThresholds(row.cells[column.key] ?? "", names.length) }));
  const unalignedRoles: Role[] = [...values.filter((v) => !v.aligned).map((v) => v.role), ...new Set(thresholdTexts.filter((v) => !v.aligned).map((v) => v.column.line))];
  const refs: Partial<Record<Role, string>> = {};
  // Every value's cell, filled or not: an empty one is where the value is to be typed.
  for (const role of ["indicator", ...VALUE_ROLES] as Role[]) {
    const ref = addressOf(scoring.table, row, role);
    if (ref) refs[role] = ref;
  }

  return names.map((name, i) => {
    const text = Object.fromEntries(values.map((v) => [v.role, v.perIndicator[i]])) as Record<ValueRole, string | null>;
    const periods = periodValues.map((p) => ({ label: p.column.label, cell: addressOf(scoring.table, row, p.key) ?? `${p.column.column}${row.row}`, value: p.perIndicator[i] }));
    // With actuals by period, the actual is the last one filled, and its cell is the one a report links to.
    const lastFilled = [...periods].reverse().find((p) => p.value !== null && p.value.trim() !== "");
    const ownRefs = periods.length > 0 ? { ...refs, ...(lastFilled?.cell ? { actual: lastFilled.cell } : {}) } : refs;
    if (periods.length > 0) text.actual = lastFilled?.value ?? null;
    const node: IndicatorNode = {
      kind: "indicator",
      name,
      score: null,
      status: "grey",
      error: null,
      rows: [row.row],
      refs: ownRefs,
      unit: text.unit,
      baseline: text.baseline,
      target: text.target,
      actual: text.actual,
      weight: text.weight,
      polarity: "higher",
      aligned: unalignedRoles.length === 0,
      unalignedRoles,
      thresholds: null,
      statusFrom: "score",
      series: null,
    };
    const read = (role: "baseline" | "target" | "actual"): number | null | ScorecardError => {
      const v = parseMeasure(text[role] ?? "");
      return isMathError(v) ? { code: v.error, cell: ownRefs[role] ?? refOf(scoring.table, row, role), role } : v;
    };
    const [actual, target, baseline] = [read("actual"), read("target"), read("baseline")];
    if (scoring.thresholdColumns.length > 0) {
      // A threshold cell with one line per indicator of the row is read line by line; one whose lines do not match them is no one's.
      const cells = thresholdTexts.map((t) => ({ column: t.column, text: t.perIndicator[i] ?? "" }));
      const read = readThresholds(cells, typeof target === "number" ? target : null);
      const unmatched = thresholdTexts.some((t) => !t.aligned);
      node.thresholds = unmatched ? { ...read, lines: null, polarity: null, greenFromTarget: false, unread: "unaligned" } : read;
      if (node.thresholds.polarity) node.polarity = node.thresholds.polarity;
    }
    if (periods.length > 0) node.series = indicatorSeries(periods, node.polarity);
    const lines = node.thresholds?.lines ?? null;
    // With both lines read, the traffic light is the actual against them, whatever the score.
    const inUnits = (): Status => {
      const st = lines && !isScorecardError(actual) ? statusInUnits(actual, lines.green, lines.red, node.polarity) : "grey";
      return isMathError(st) ? "grey" : st;
    };
    if (lines) node.statusFrom = "thresholds";
    const failed = [actual, target, baseline].find(isScorecardError);
    if (failed) return { ...node, status: inUnits(), error: failed };
    const s = score(actual as number | null, target as number | null, baseline as number | null, node.polarity);
    if (isMathError(s)) return { ...node, status: inUnits(), error: { code: s.error, cell: ownRefs.actual ?? refOf(scoring.table, row, "actual"), role: "actual" } };
    return { ...node, score: s, status: lines ? inUnits() : scoring.judge(s) };
  });
}

/** One value for every indicator, one per line when the counts match, else the whole text for each. */
function splitValues(text: string, count: number): { perIndicator: (string | null)[]; aligned: boolean } {
  const lines = valueLines(text);
  if (lines.length <= 1) return { perIndicator: new Array(count).fill(lines[0] ?? null), aligned: true };
  if (lines.length === count) return { perIndicator: lines, aligned: true };
  return { perIndicator: new Array(count).fill(lines.join("\n")), aligned: false };
}

/**
 * A threshold cell per indicator: the whole cell for a row of one indicator (its lines may be the
 * bands, `≥ 85%` ↵ `< 70%`); one line each when a row of several lists as many; otherwise no
 * indicator's, since one line beside several indicators in different units is no one's for sure.
 */
function splitThresholds(text: string, count: number): { perIndicator: (string | null)[]; aligned: boolean } {
  if (count === 1) return { perIndicator: [text.trim() === "" ? null : text], aligned: true };
  const lines = valueLines(text);
  if (lines.length === 0) return { perIndicator: new Array(count).fill(null), aligned: true };
  if (lines.length === count) return { perIndicator: lines, aligned: true };
  return { perIndicator: new Array(count).fill(lines.join("\n")), aligned: false };
}

function isScorecardError(x: unknown): x is ScorecardError {
  return typeof x === "object" && x !== null && "code" in x;
}

/** Score, status and error of a group of indicators: the first error under it, else their weighted mean. */
function rolledUp(indicators: IndicatorNode[], scoring: Scoring): Pick<NodeBase, "score" | "status" | "error"> {
  const failed = indicators.find((ind) => ind.error !== null);
  if (failed) return { score: null, status: "grey", error: failed.error };
  const weights: (number | null)[] = [];
  for (const ind of indicators) {
    const w = parseWeight(ind.weight ?? "");
    if (isMathError(w)) return { score: null, status: "grey", error: { code: "value", cell: ind.refs.weight ?? null, role: "weight" } };
    weights.push(w);
  }
  const s = rollup(
    indicators.map((ind) => ind.score),
    scoring.weighted ? weights : undefined,
  );
  if (isMathError(s)) {
    const unweighted = indicators.find((ind, i) => ind.score !== null && weights[i] === null);
    const cell = s.error === "value" && unweighted ? weightCell(unweighted, scoring.table) : null;
    return { score: null, status: "grey", error: { code: s.error, cell, role: "weight" } };
  }
  return { score: s, status: scoring.judge(s), error: null };
}

function weightCell(ind: IndicatorNode, table: PlanTable): string | null {
  const column = columnFor(table, "weight");
  return ind.refs.weight ?? (column ? `${column.column}${ind.rows[0]}` : null);
}

/** The nodes one level down: a perspective's objectives, an objective's indicators; none for an indicator. */
export function childrenOf(node: ScorecardNode): ScorecardNode[] {
  switch (node.kind) {
    case "perspective":
      return node.objectives;
    case "objective":
      return node.indicators;
    case "indicator":
      return [];
  }
}
