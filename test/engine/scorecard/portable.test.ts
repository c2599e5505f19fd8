import fc from "fast-check";
import { rollup, score, status, type Cap, type Polarity, type RollupMethod, ROLLUP_METHODS } from "../../../src/engine/scorecard/math";
import {
  countedWeightValue,
  portableCountedWeight,
  portableRollup,
  portableScore,
  portableStatus,
  portableUnitStatus,
  portableWeightedScore,
  rollupValue,
  scoreValue,
  weightedScoreValue,
  type SheetValue,
} from "../../../src/engine/scorecard/portable";
import { statusInUnits } from "../../../src/engine/scorecard/thresholds";
import { isError, Sheet, type CellInput, type Scalar } from "../../support/formula-evaluator";

/**
 * The portable formulas compute, in any spreadsheet, exactly what the engine computes: the same
 * double to the last bit, the same status word, the same error.
 */

const shown = (v: Scalar): SheetValue => (isError(v) ? v.error : (v as SheetValue));

/** A value cell as PlanCheck writes it: a number, blank, or text it could not read. */
const valueCell = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -200, max: 200, noNaN: true }) },
  { weight: 3, arbitrary: fc.integer({ min: -5, max: 120 }) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 100) },
  { weight: 1, arbitrary: fc.constant("н/д") },
);
const polarity = fc.constantFrom<Polarity>("higher", "lower");
const cap = fc.constantFrom<Cap>(1, 1.2, 2, null);

const read = (v: CellInput) => (typeof v === "string" ? "text" : v);

function engineScore(a: CellInput, t: CellInput, b: CellInput, p: Polarity, c: Cap): SheetValue {
  if ([a, t, b].some((x) => typeof x === "string")) return "#VALUE!";
  return scoreValue(score(a as number | null, t as number | null, b as number | null, p, c));
}

describe("the portable score formula", () => {
  it.each([
    ["higher, no baseline", 45, 60, null, "higher", 1, 0.75],
    ["higher, with baseline", 80, 90, 70, "higher", 1, 0.5],
    ["higher, over the target, capped", 120, 100, null, "higher", 1, 1],
    ["higher, over the target, shown whole", 120, 100, null, "higher", null, 1.2],
    ["higher, over the target, capped at 110 %", 120, 100, null, "higher", 1.1, 1.1],
    ["lower, with baseline", 8, 5, 12, "lower", 1, 4 / 7],
    ["lower, no baseline, target over actual", 10, 5, null, "lower", 1, 0.5],
    ["lower, no baseline, better than the target, shown whole", 4, 5, null, "lower", null, 1.25],
    ["lower, no baseline, actual 0", 0, 5, null, "lower", null, 1],
    ["not measured", null, 5, null, "higher", 1, "#N/A"],
    ["text it cannot read", "н/д", 5, null, "higher", 1, "#VALUE!"],
  ] as const)("%s", (_name, a, t, b, p, c, expected) => {
    const sheet = new Sheet([[a, t, b]]);
    const v = shown(sheet.evaluate(portableScore({ actual: "A1", target: "B1", baseline: "C1" }, p, c)));
    expect(v).toEqual(engineScore(a, t, b, p, c));
    if (typeof expected === "number") expect(v).toBeCloseTo(expected, 12);
    else expect(v).toBe(expected);
  });

  it("equals the engine's score on random values, polarities and caps, to the last bit", () => {
    fc.assert(
      fc.property(valueCell, valueCell, valueCell, polarity, cap, (a, t, b, p, c) => {
        const sheet = new Sheet([[a, t, b]]);
        const v = shown(sheet.evaluate(portableScore({ actual: "A1", target: "B1", baseline: "C1" }, p, c)));
        expect([read(a), read(t), read(b), p, c, v]).toEqual([read(a), read(t), read(b), p, c, engineScore(a, t, b, p, c)]);
      }),
      { numRuns: 3000 },
    );
  });

  it("passes an error of its arguments on, leftmost first", () => {
    const sheet = new Sheet([["=NA()", "=1/0", 3]]);
    expect(shown(sheet.evaluate(portableScore({ actual: "A1", target: "B1", baseline: "C1" })))).toBe("#N/A");
    expect(shown(sheet.evaluate(portableScore({ actual: "C1", target: "B1", baseline: "A1" })))).toBe("#DIV/0!");
  });
});

describe("the portable status formula", () => {
  it("gives the engine's traffic light for scores around the thresholds", () => {
    for (const s of [0, 0.5999999, 0.6, 0.75, 0.8999999, 0.9, 1, 1.3, null]) {
      const sheet = new Sheet([[s === null ? "=NA()" : s]]);
      expect([s, sheet.evaluate(portableStatus("A1"))]).toEqual([s, status(s)]);
      expect([s, sheet.evaluate(portableStatus("A1", 0.8, 0.5))]).toEqual([s, status(s, 0.8, 0.5)]);
    }
  });
});

describe("the portable status formula with thresholds in units", () => {
  it("equals the engine's traffic light on random values, thresholds and polarities", () => {
    fc.assert(
      fc.property(valueCell, fc.integer({ min: -5, max: 120 }), fc.integer({ min: -5, max: 120 }), polarity, (a, g, r, p) => {
        const sheet = new Sheet([[a]]);
        const v = shown(sheet.evaluate(portableUnitStatus("A1", g, r, p)));
        const engine = typeof a === "string" ? "#VALUE!" : statusInUnits(a, g, r, p);
        expect([a, g, r, p, v]).toEqual([a, g, r, p, typeof engine === "object" ? "#VALUE!" : engine]);
      }),
      { numRuns: 2000 },
    );
  });
});

/** One group of indicators on a sheet: scores in A, weights in B, helper cells in C and D. */
function groupSheet(scores: SheetValue[], weights: CellInput[] | undefined): Sheet {
  const rows: CellInput[][] = scores.map((s, i) => {
    const r = i + 1;
    return [
      typeof s === "number" ? s : s === "#N/A" ? "=NA()" : `=-"x"`,
      weights ? weights[i] : null,
      `=${portableCountedWeight(`A${r}`, weights ? `B${r}` : null)}`,
      `=${portableWeightedScore(`A${r}`, `C${r}`)}`,
    ];
  });
  return new Sheet(rows);
}

const scoreCell = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0, max: 1.5, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 0.6, 0.9, 1) },
  { weight: 2, arbitrary: fc.constant<SheetValue>("#N/A") },
  { weight: 1, arbitrary: fc.constant<SheetValue>("#VALUE!") },
);
const weightCell = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0, max: 10, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 5 }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(-1, "висока") },
);

function engineRollup(scores: SheetValue[], weights: CellInput[] | undefined, method: RollupMethod): SheetValue {
  if (scores.some((s) => s === "#VALUE!")) return "#VALUE!";
  if (weights?.some((w) => typeof w === "string")) return "#VALUE!";
  const s = scores.map((x) => (typeof x === "number" ? x : null));
  return scoreValue(rollup(s, weights as (number | null)[] | undefined, method));
}

describe("the portable roll-up formulas", () => {
  const rollupOf = (sheet: Sheet, n: number, method: RollupMethod) =>
    shown(sheet.evaluate(portableRollup({ scores: `A1:A${n}`, counted: `C1:C${n}`, weighted: `D1:D${n}` }, method)));

  it.each(ROLLUP_METHODS.map((m) => [m]))("%s equals the engine's roll-up on random groups, weighted or not, to the last bit", (method) => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(scoreCell, weightCell), { minLength: 1, maxLength: 9 }),
        fc.boolean(),
        (rows, weighted) => {
          const scores = rows.map((r) => r[0]);
          const weights = weighted ? rows.map((r) => r[1]) : undefined;
          const sheet = groupSheet(scores, weights);
          expect([scores, weights, rollupOf(sheet, rows.length, method)]).toEqual([scores, weights, engineRollup(scores, weights, method)]);
        },
      ),
      { numRuns: 600 },
    );
  });

  it("writes beside each formula the value it computes", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(scoreCell, weightCell), { minLength: 1, maxLength: 6 }), fc.constantFrom(...ROLLUP_METHODS), (rows, method) => {
        const scores = rows.map((r) => r[0]);
        const weights = rows.map((r) => r[1]);
        const sheet = groupSheet(scores, weights);
        const counted = rows.map((r) => countedWeightValue(r[0], typeof r[1] === "string" ? "refused" : r[1]));
        counted.forEach((c, i) => expect(shown(sheet.value(`C${i + 1}`))).toEqual(c));
        counted.forEach((c, i) => expect(shown(sheet.value(`D${i + 1}`))).toEqual(weightedScoreValue(scores[i], c)));
        const numeric = weights.map((w) => (typeof w === "number" ? w : null));
        expect(rollupValue(scores, counted, numeric, method)).toEqual(rollupOf(sheet, rows.length, method));
      }),
      { numRuns: 400 },
    );
  });
});
