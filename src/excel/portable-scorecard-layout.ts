import { columnLetter } from "../engine/grid";
import type { Scorecard, Status } from "../engine/scorecard";
import { isMathError, status as statusOf } from "../engine/scorecard/math";
import { parseMeasure, parseNumber, parseWeight } from "../engine/scorecard/measure";
import {
  countedWeightValue,
  portableCountedWeight,
  portableRollup,
  portableScore,
  portableScoreValue,
  portableStatus,
  portableTrend,
  portableUnitStatusAt,
  portableWeightedScore,
  rollupValue,
  trendValue,
  unitStatusValue,
  weightedScoreValue,
  type SheetValue,
} from "../engine/scorecard/portable";
import type { Translator } from "../i18n";
import { asText } from "./cell-text";

/**
 * The "Scorecard" sheet: the plan's indicators with their values, each scored, then every
 * objective and perspective and the whole plan rolled up, each with its traffic light coloured by
 * conditional formatting on the stable status codes. The roll-up lives in formulas the official
 * can read and audit. By default they are portable (standard functions, engine/scorecard/portable)
 * so the sheet calculates wherever it is sent; the PLAN.* form (=PLAN.SCORE, =PLAN.ROLLUPIF,
 * =PLAN.STATUS) is shorter and needs the add-in. Nothing in the plan can run as a formula: texts
 * are written as text, values as the numbers the engine reads.
 */
export interface ScorecardLayout {
  /** Cell contents from A1: numbers, texts as text (`'…`), formulas (`=…`). */
  rows: (string | number)[][];
  /** The value each formula cell computes, as the file's cached value; null for the other cells. */
  cached: (SheetValue | null)[][];
  /** Number formats of value cells that hold a number for a plan's `85%`, `Висока` or `да`. */
  numberFormats: { cell: string; format: string }[];
  /** A1 ranges of the status cells, one per block, for the traffic-light formats. */
  statusRanges: string[];
  /** 0-based rows of the title and block headers, shown bold. */
  boldRows: number[];
  form: ScorecardForm;
}

/**
 * `portable` (the default): standard formulas that calculate in any spreadsheet program, values
 * as numbers; `plan`: =PLAN.* formulas, shorter and live, that need the add-in, values as written.
 */
export type ScorecardForm = "portable" | "plan";

/** Fills of the traffic lights: Excel's own light green, yellow, red and a neutral grey. */
export const STATUS_FILLS: Record<Status, string> = { green: "#C6EFCE", amber: "#FFEB9C", red: "#FFC7CE", grey: "#D9D9D9" };

/**
 * Indicator block columns: A perspective, B objective, C indicator, D-G values, H score, I status;
 * portable sheets add J counted weight and K weighted score, the roll-up's working; L and M hold an
 * indicator's own green and red lines when the plan has threshold columns; N the previous
 * period's actual and O the trend when it has actuals by period.
 */
export const SCORECARD_WIDTH = 15;
const WIDTH = SCORECARD_WIDTH;
const VALUE_ROLES = ["baseline", "target", "actual", "weight"] as const;

/** A plan value as the PLAN.* sheet holds it: a plain number as a number, anything else as text PLAN.SCORE reads. */
function valueCell(text: string | null): string | number {
  const t = (text ?? "").trim();
  if (t === "") return "";
  const n = parseNumber(t);
  return n !== null && !t.includes("%") ? n : asText(t);
}

/** A plan value as the portable sheet holds it: the number the engine reads, shown as the plan writes it. */
interface PortableValue {
  cell: string | number;
  /** The number read, null when blank, "refused" for text the engine cannot read. */
  read: number | null | "refused";
  format: string | null;
}

function portableValue(text: string | null, reader: (t: string) => number | null | { error: string }): PortableValue {
  const t = (text ?? "").trim();
  const v = reader(t);
  if (v === null) return { cell: "", read: null, format: null };
  if (typeof v !== "number") return { cell: asText(t), read: "refused", format: null };
  const n = parseNumber(t);
  if (n === null) {
    // A level or a yes/no answer: the number, shown as the word the plan uses.
    const word = t.replace(/["\\;[\]]/gu, "");
    return { cell: v, read: v, format: `[=${v}]"${word}";General` };
  }
  if (t.includes("%")) {
    const decimals = /[.,](\d+)\s*%/u.exec(t)?.[1].length ?? 0;
    return { cell: v, read: v, format: decimals === 0 ? "0%" : `0.${"0".repeat(decimals)}%` };
  }
  return { cell: v, read: v, format: null };
}

export function scorecardLayout(card: Scorecard, t: Translator, form: ScorecardForm = "portable"): ScorecardLayout {
  const rows: (string | number)[][] = [];
  const cached: (SheetValue | null)[][] = [];
  const numberFormats: { cell: string; format: string }[] = [];
  const pad = <T>(cells: T[], fill: T) => [...cells, ...new Array<T>(Math.max(0, WIDTH - cells.length)).fill(fill)];
  const boldRows: number[] = [];
  const statusRanges: string[] = [];
  const push = (cells: (string | number)[], bold = false, values: (SheetValue | null)[] = []) => {
    if (bold) boldRows.push(rows.length);
    rows.push(pad(cells, ""));
    cached.push(pad(cells.map((_, i) => values[i] ?? null), null));
  };
  const portable = form === "portable";
  const role = (r: string) => asText(t.t(`role.${r}`));
  const score = asText(t.t("scorecard.col.score"));
  const status = asText(t.t("scorecard.col.status"));
  const statusOfValue = (v: SheetValue): SheetValue => {
    if (typeof v !== "number") return v === "#N/A" ? "grey" : v;
    const st = statusOf(v);
    return isMathError(st) ? "#VALUE!" : st;
  };
  const statusFormula = (cell: string) => (portable ? `=${portableStatus(cell)}` : `=PLAN.STATUS(${cell})`);

  push([asText(t.t("scorecard.title", { sheet: card.sheet, range: card.range }))], true);
  push([asText(t.t(portable ? "scorecard.note.portable" : "scorecard.note.plan"))]);

  // Indicators: one row each, scored from their own values.
  push([asText(t.t("scorecard.indicators"))], true);
  const helpers = [asText(t.t("scorecard.col.counted-weight")), asText(t.t("scorecard.col.weighted-score"))];
  const indicators = card.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.indicators));
  // Threshold lines (L, M) and the trend (N, O) get their columns when the plan has threshold columns
  // or actuals by period; the PLAN.* form leaves the helpers' places (J, K) empty.
  const hasLines = indicators.some((ind) => ind.thresholds !== null);
  const hasSeries = card.series.columns.length > 0;
  const heads: (string | number)[] = [role("perspective"), role("objective"), role("indicator"), ...VALUE_ROLES.map(role), score, status];
  heads.push(...(portable ? helpers : ["", ""]), ...(hasLines ? [role("green"), role("red")] : ["", ""]));
  if (hasSeries) heads.push(asText(t.t("scorecard.col.previous")), asText(t.t("scorecard.col.trend")));
  push(heads, true);
  const first = rows.length + 1; // 1-based sheet row of the first indicator

  /** Per indicator row: its score, counted weight and weight as the portable formulas compute them. */
  const computed: { score: SheetValue; counted: SheetValue; weight: number | null }[] = [];
  const span = new Map<object, { top: number; bottom: number }>();
  const widen = (node: object, r: number) => {
    const s = span.get(node);
    span.set(node, s ? { top: Math.min(s.top, r), bottom: Math.max(s.bottom, r) } : { top: r, bottom: r });
  };
  for (const p of card.perspectives) {
    for (const o of p.objectives) {
      for (const ind of o.indicators) {
        const r = rows.length + 1;
        widen(p, r);
        widen(o, r);
        const names = [asText(p.name), asText(o.name), asText(ind.name)];
        // Both forms store the values their formulas compute, so a copy shows them before it is recalculated.
        const [baseline, target, actual] = (["baseline", "target", "actual"] as const).map((v) => portableValue(ind[v], parseMeasure));
        const weight = portableValue(ind.weight, parseWeight);
        const refused = [actual, target, baseline].some((v) => v.read === "refused");
        const num = (v: PortableValue) => (typeof v.read === "number" ? v.read : null);
        const polarity = ind.polarity;
        const s = refused ? "#VALUE!" : portableScoreValue(num(actual), num(target), num(baseline), polarity);
        const counted = countedWeightValue(s, card.weighted ? weight.read : undefined);
        computed.push({ score: s, counted, weight: card.weighted ? num(weight) : null });

        // The traffic light: the actual against the indicator's own lines when both are read, else the score's.
        const lines = ind.thresholds?.lines ?? null;
        const lower = polarity === "lower" ? `,"lower"` : "";
        const lineCells: (string | number)[] = lines ? [lines.green, lines.red] : ["", ""];
        const lineFormat = actual.format ?? target.format;
        if (lines && lineFormat) for (const col of ["L", "M"]) numberFormats.push({ cell: `${col}${r}`, format: lineFormat });
        const statusCell = lines
          ? portable
            ? `=${portableUnitStatusAt(`F${r}`, `L${r}`, `M${r}`, polarity)}`
            : `=PLAN.UNITSTATUS(F${r},L${r},M${r}${lower})`
          : statusFormula(`H${r}`);
        const statusValue = lines ? unitStatusValue(actual.read, lines.green, lines.red, polarity) : statusOfValue(s);

        // The previous period's actual and the trend to this one's, when the plan reports by period.
        const series = ind.series;
        const filled = series ? series.periods.filter((x) => x.value !== null && x.value.trim() !== "") : [];
        const previousText = filled.length >= 2 ? filled[filled.length - 2].value : null;
        const previous = portableValue(previousText, parseMeasure);
        const trend = trendValue(actual.read, previous.read, polarity);
        if (series && portable && previous.format) numberFormats.push({ cell: `N${r}`, format: previous.format });
        const trendCells: (string | number)[] = !series ? [] : portable ? [previous.cell, `=${portableTrend(`F${r}`, `N${r}`, polarity)}`] : [valueCell(previousText), trend === "" ? "" : asText(String(trend))];

        if (!portable) {
          push(
            [...names, ...VALUE_ROLES.map((v) => valueCell(ind[v])), `=PLAN.SCORE(F${r},E${r},D${r}${lower})`, statusCell, "", "", ...lineCells, ...trendCells],
            false,
            [null, null, null, null, null, null, null, s, statusValue],
          );
          continue;
        }
        [baseline, target, actual, weight].forEach((v, i) => v.format && numberFormats.push({ cell: `${columnLetter(3 + i)}${r}`, format: v.format }));
        push(
          [
            ...names,
            baseline.cell,
            target.cell,
            actual.cell,
            weight.cell,
            `=${portableScore({ actual: `F${r}`, target: `E${r}`, baseline: `D${r}` }, polarity)}`,
            statusCell,
            `=${portableCountedWeight(`H${r}`, card.weighted ? `G${r}` : null)}`,
            `=${portableWeightedScore(`H${r}`, `J${r}`)}`,
            ...lineCells,
            ...trendCells,
          ],
          false,
          [null, null, null, null, null, null, null, s, statusValue, counted, weightedScoreValue(s, counted), null, null, null, series ? trend : null],
        );
      }
    }
  }
  const last = Math.max(first, rows.length);
  if (rows.length >= first) statusRanges.push(`I${first}:I${last}`);
  const scores = `$H$${first}:$H$${last}`;
  const weights = card.weighted ? `,$G$${first}:$G$${last}` : "";

  /** A group's portable roll-up formula and the value it computes, over its contiguous rows. */
  const portableGroup = (rowsOf: { top: number; bottom: number } | undefined): { formula: string; value: SheetValue } => {
    if (!rowsOf) return { formula: "=NA()", value: "#N/A" };
    const { top, bottom } = rowsOf;
    const part = computed.slice(top - first, bottom - first + 1);
    const formula = `=${portableRollup({ scores: `$H$${top}:$H$${bottom}`, counted: `$J$${top}:$J$${bottom}`, weighted: `$K$${top}:$K$${bottom}` })}`;
    const value = rollupValue(
      part.map((x) => x.score),
      part.map((x) => x.counted),
      card.weighted ? part.map((x) => x.weight) : undefined,
    );
    return { formula, value };
  };

  // Objectives and perspectives: the indicators of their rows rolled up.
  const block = (titleKey: string, heads: string[], items: { names: string[]; groups: string; node: object }[]) => {
    push([]);
    push([asText(t.t(titleKey))], true);
    push([...heads, score, status], true);
    const top = rows.length + 1;
    const scoreCol = columnLetter(heads.length);
    const keyCol = columnLetter(heads.length - 1);
    for (const item of items) {
      const r = rows.length + 1;
      const names = item.names.map(asText);
      const g = portableGroup(span.get(item.node));
      const formula = portable ? g.formula : `=PLAN.ROLLUPIF(${scores},${item.groups},${keyCol}${r}${weights})`;
      push([...names, formula, statusFormula(`${scoreCol}${r}`)], false, [...names.map(() => null), g.value, statusOfValue(g.value)]);
    }
    if (items.length > 0) statusRanges.push(`${columnLetter(heads.length + 1)}${top}:${columnLetter(heads.length + 1)}${rows.length}`);
  };
  block(
    "scorecard.objectives",
    [role("perspective"), role("objective")],
    card.perspectives.flatMap((p) =>
      p.objectives.filter((o) => o.name.trim() !== "").map((o) => ({ names: [p.name, o.name], groups: `$B$${first}:$B$${last}`, node: o })),
    ),
  );
  block(
    "scorecard.perspectives",
    [role("perspective")],
    card.perspectives.filter((p) => p.name.trim() !== "").map((p) => ({ names: [p.name], groups: `$A$${first}:$A$${last}`, node: p })),
  );

  // The whole plan.
  push([]);
  const r = rows.length + 1;
  const whole = portableGroup(computed.length > 0 ? { top: first, bottom: last } : undefined);
  const wholeFormula = portable ? whole.formula : `=PLAN.ROLLUP(${scores}${weights})`;
  push([asText(t.t("scorecard.overall")), wholeFormula, statusFormula(`B${r}`)], true, [null, whole.value, statusOfValue(whole.value)]);
  statusRanges.push(`C${r}`);
  return { rows, cached, numberFormats, statusRanges, boldRows, form };
}

