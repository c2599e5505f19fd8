import { isMathError, rollup, score, DEFAULT_AMBER, DEFAULT_GREEN, type Cap, type Polarity, type RollupMethod, type Score } from "./math";
import { statusInUnits } from "./thresholds";

/**
 * Portable scorecard formulas: the text of formulas built only from standard spreadsheet
 * functions (IF, AND, OR, NOT, ISNUMBER, ISERROR, ISNA, TRIM, N, MIN, MAX, SUM, COUNT, COUNTIF,
 * ROWS, AGGREGATE, NA), which compute what =PLAN.SCORE, =PLAN.STATUS and =PLAN.ROLLUP compute on a
 * scorecard sheet laid out by PlanCheck. They keep working where the add-in is not loaded: Excel
 * without it, Excel 2019 under a volume licence, LibreOffice, Р7-Офис.
 *
 * What they read: value cells holding numbers (a percentage as its fraction, a level or a yes/no
 * answer as its number) or nothing; text or a logical value there is #VALUE!, as PLAN.SCORE says
 * for text it cannot read. No formula needs array entry: a group's rows are contiguous on the sheet,
 * and two helper cells per indicator (the weight it counts with, its weighted score) carry the
 * roll-up, so every formula calculates the same in Excel 2007 and in a dynamic-array Excel.
 * Formula texts have no leading "=" and use the file syntax (English names, "," between arguments).
 *
 * Errors: an argument's own error passes on; every other failure of a roll-up is #VALUE!
 * (the only error a score on the sheet can hold), and a mean whose weights add up to 0 is #DIV/0!.
 */

/** The cells one indicator's score is read from (A1 references, relative or absolute). */
export interface ScoreCells {
  actual: string;
  target: string;
  baseline: string;
}

/** A cell PLAN.SCORE would read as blank; TRIM makes a cell of spaces blank, as the add-in reads it. */
const isBlank = (cell: string) => `TRIM(${cell})=""`;

/** The rest of a formula, after an argument that PLAN.SCORE refuses (its error passed on, text or TRUE/FALSE as #VALUE!). */
function checked(cell: string, rest: string): string {
  return `IF(ISERROR(${cell}),${cell},IF(AND(NOT(ISNUMBER(${cell})),TRIM(${cell})<>""),#VALUE!,${rest}))`;
}

/** A number as formula text: the shortest form that reads back as the same double. */
const num = (x: number) => String(x);

/** Formula text of =PLAN.SCORE(actual, target, baseline, polarity, cap): step for step the engine's `score`. */
export function portableScore(cells: ScoreCells, polarity: Polarity = "higher", cap: Cap = 1): string {
  const { actual: a, target: t, baseline: b } = cells;
  if (cap !== null && !(Number.isFinite(cap) && cap >= 1)) return "#VALUE!";
  const limit = (x: string) => (cap === null ? `MAX(0,${x})` : `MAX(0,MIN(${num(cap)},${x}))`);
  const met = polarity === "higher" ? `${a}>=${t}` : `${a}<=${t}`;
  const base = `N(${b})`;
  const progress = polarity === "higher" ? `(${a}-${base})/(${t}-${base})` : `(${base}-${a})/(${base}-${t})`;
  const general = `IF(${t}=${base},IF(${met},1,0),${limit(progress)})`;
  let body = general;
  if (polarity === "lower") {
    const whenMet = cap !== 1 ? `IF(${a}>0,${limit(`${t}/${a}`)},1)` : "1";
    const ratio = `IF(${met},${whenMet},IF(${a}=0,0,MAX(0,MIN(1,${t}/${a}))))`;
    body = `IF(${isBlank(b)},${ratio},${general})`;
  }
  return checked(a, checked(t, checked(b, `IF(OR(${isBlank(a)},${isBlank(t)}),NA(),${body})`)));
}

/** Formula text of =PLAN.STATUS(score, green, amber). */
export function portableStatus(scoreCell: string, green: number = DEFAULT_GREEN, amber: number = DEFAULT_AMBER): string {
  if (!Number.isFinite(green) || !Number.isFinite(amber) || amber > green) {
    return `IF(AND(ISERROR(${scoreCell}),NOT(ISNA(${scoreCell}))),${scoreCell},#VALUE!)`;
  }
  return `IF(ISNA(${scoreCell}),"grey",IF(${scoreCell}>=${num(green)},"green",IF(${scoreCell}>=${num(amber)},"amber","red")))`;
}

/** Formula text of =PLAN.UNITSTATUS(actual, green, red, polarity) with constant thresholds. */
export function portableUnitStatus(actual: string, green: number, red: number, polarity: Polarity = "higher"): string {
  if (!Number.isFinite(green) || !Number.isFinite(red) || (polarity === "higher" ? red > green : red < green)) {
    return `IF(ISERROR(${actual}),${actual},#VALUE!)`;
  }
  const [isGreen, isRed] = polarity === "higher" ? [`${actual}>=${num(green)}`, `${actual}<${num(red)}`] : [`${actual}<=${num(green)}`, `${actual}>${num(red)}`];
  return checked(actual, `IF(${isBlank(actual)},"grey",IF(${isGreen},"green",IF(${isRed},"red","amber")))`);
}

/**
 * Formula text of =PLAN.UNITSTATUS(actual, green, red, polarity) with the thresholds in cells, as
 * the Scorecard sheet holds an indicator's own lines: each argument checked as the function checks
 * it (an error passes on, text is #VALUE!, leftmost first), a blank line #N/A, crossed lines #VALUE!.
 */
export function portableUnitStatusAt(actual: string, green: string, red: string, polarity: Polarity = "higher"): string {
  const crossed = polarity === "higher" ? `${red}>${green}` : `${red}<${green}`;
  const [isGreen, isRed] = polarity === "higher" ? [`${actual}>=${green}`, `${actual}<${red}`] : [`${actual}<=${green}`, `${actual}>${red}`];
  const judged = `IF(${isBlank(actual)},"grey",IF(${isGreen},"green",IF(${isRed},"red","amber")))`;
  return checked(actual, checked(green, checked(red, `IF(OR(${isBlank(green)},${isBlank(red)}),NA(),IF(${crossed},#VALUE!,${judged}))`)));
}

/** What portableUnitStatusAt computes on values the engine has read ("refused": text it cannot read). */
export function unitStatusValue(actual: number | null | "refused", green: number | null, red: number | null, polarity: Polarity = "higher"): SheetValue {
  if (actual === "refused") return "#VALUE!";
  if (green === null || red === null) return "#N/A";
  const st = statusInUnits(actual, green, red, polarity);
  return isMathError(st) ? errorOf(st) : st;
}

/**
 * Formula text of an indicator's trend from the previous period's actual: `improving`, `worsening`
 * or `steady` by its polarity (more is better: up is improving), "" unless both cells hold numbers.
 */
export function portableTrend(actual: string, previous: string, polarity: Polarity = "higher"): string {
  const [better, worse] = polarity === "higher" ? ['"improving"', '"worsening"'] : ['"worsening"', '"improving"'];
  return `IF(OR(NOT(ISNUMBER(${actual})),NOT(ISNUMBER(${previous}))),"",IF(${actual}=${previous},"steady",IF(${actual}>${previous},${better},${worse})))`;
}

/** What portableTrend computes on values the engine has read (null: blank, "refused": text). */
export function trendValue(actual: number | null | "refused", previous: number | null | "refused", polarity: Polarity = "higher"): SheetValue {
  if (typeof actual !== "number" || typeof previous !== "number") return "";
  if (actual === previous) return "steady";
  return (actual > previous) === (polarity === "higher") ? "improving" : "worsening";
}

/**
 * Formula text of an indicator's counted weight: 0 while it is not measured, its weight (1 on an
 * unweighted sheet) once it is, its score's error, or #VALUE! for a weight the roll-up refuses
 * (text, negative, or missing for a measured score).
 */
export function portableCountedWeight(scoreCell: string, weightCell: string | null): string {
  if (weightCell === null) return `IF(ISNA(${scoreCell}),0,IF(ISERROR(${scoreCell}),${scoreCell},1))`;
  const w = weightCell;
  const valid = `AND(ISNUMBER(${w}),${w}>=0)`;
  return `IF(ISNA(${scoreCell}),IF(OR(${isBlank(w)},${valid}),0,#VALUE!),IF(ISERROR(${scoreCell}),${scoreCell},IF(${valid},${w},#VALUE!)))`;
}

/** Formula text of an indicator's weighted score: score × counted weight, 0 while not measured. */
export function portableWeightedScore(scoreCell: string, countedCell: string): string {
  return `IF(ISNUMBER(${scoreCell}),${scoreCell}*${countedCell},0)`;
}

/** The contiguous ranges of a group's indicators: their scores and the two helper columns. */
export interface RollupCells {
  scores: string;
  counted: string;
  weighted: string;
}

/** Formula text of =PLAN.ROLLUP over a group's indicators, by method. */
export function portableRollup(cells: RollupCells, method: RollupMethod = "mean"): string {
  const { scores: s, counted: c, weighted: k } = cells;
  const none = `COUNT(${s})=0`;
  const value = ((): string => {
    switch (method) {
      case "mean":
        return `IF(${none},NA(),SUM(${k})/SUM(${c}))`;
      case "sum":
        return `IF(${none},NA(),SUM(${k}))`;
      case "min":
        // AGGREGATE 5 (MIN) with option 6 skips the #N/A of indicators not measured.
        return `IF(${none},NA(),AGGREGATE(5,6,${s}))`;
      case "green":
        return `COUNTIF(${s},">=${num(DEFAULT_GREEN)}")`;
      case "amber":
        return `COUNTIF(${s},">=${num(DEFAULT_AMBER)}")-COUNTIF(${s},">=${num(DEFAULT_GREEN)}")`;
      case "red":
        return `COUNTIF(${s},"<${num(DEFAULT_AMBER)}")`;
      case "grey":
        return `ROWS(${s})-COUNT(${s})`;
    }
  })();
  // Every helper cell holds a number unless a score or a weight is refused.
  return `IF(COUNT(${c})<ROWS(${c}),#VALUE!,${value})`;
}

// ---------------------------------------------------------------------------------------------
// The values those formulas hold, written beside them as the file's cached values, so a reader
// that does not recalculate (a preview, a phone, a script) shows the right numbers too.

/** A formula's result as a sheet shows it: a number, a word, or an error code such as `#N/A`. */
export type SheetValue = number | string;

const errorOf = (e: { error: "value" | "div0" }): SheetValue => (e.error === "div0" ? "#DIV/0!" : "#VALUE!");

/** The sheet value of a score (not measured is #N/A). */
export function scoreValue(s: Score | { error: "value" | "div0" }): SheetValue {
  if (s === null) return "#N/A";
  return isMathError(s) ? errorOf(s) : s;
}

/** What portableScore computes on values the engine has already read. */
export function portableScoreValue(actual: number | null, target: number | null, baseline: number | null, polarity: Polarity = "higher", cap: Cap = 1): SheetValue {
  return scoreValue(score(actual, target, baseline, polarity, cap));
}

/** What portableCountedWeight computes. `weight` undefined: an unweighted sheet; "refused": text in the weight cell. */
export function countedWeightValue(s: SheetValue, weight: number | null | "refused" | undefined): SheetValue {
  const valid = typeof weight === "number" && weight >= 0;
  if (s === "#N/A") return weight === undefined || weight === null || valid ? 0 : "#VALUE!";
  if (typeof s === "string") return s;
  if (weight === undefined) return 1;
  return valid ? weight : "#VALUE!";
}

/** What portableWeightedScore computes. */
export function weightedScoreValue(s: SheetValue, counted: SheetValue): SheetValue {
  if (typeof s !== "number") return 0;
  return typeof counted === "number" ? s * counted : counted;
}

/** What portableRollup computes from the group's scores and weights as the engine read them. */
export function rollupValue(scores: SheetValue[], counted: SheetValue[], weights: (number | null)[] | undefined, method: RollupMethod = "mean"): SheetValue {
  if (counted.some((c) => typeof c !== "number")) return "#VALUE!";
  const s = scores.map((x) => (typeof x === "number" ? x : null));
  return scoreValue(rollup(s, weights, method));
}
