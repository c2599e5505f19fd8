import fc from "fast-check";
import type { Polarity } from "../../src/engine/scorecard/math";
import { portableUnitStatusAt, unitStatusValue } from "../../src/engine/scorecard/portable";
import { unitStatus } from "../../src/functions/functions";
import { isError, Sheet, type CellInput, type Scalar } from "../support/formula-evaluator";
import { cellShows, errorCell } from "./excel-call";

/**
 * An indicator's traffic light from its own green and red lines, as the Scorecard sheet holds them
 * in cells: the portable formula shows what =PLAN.UNITSTATUS shows on the same cells, errors and
 * blanks included, and what the engine stores as the cell's value.
 */

const shown = (v: Scalar) => (isError(v) ? v.error : v);

/** A cell: a number, blank, text nobody reads as a value, or an error. */
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -5, max: 120 }) },
  { weight: 2, arbitrary: fc.double({ min: -10, max: 10, noNaN: true }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant("н/д") },
  { weight: 1, arbitrary: fc.constant("=NA()") },
);
const polarity = fc.constantFrom<Polarity>("higher", "lower");

/** The cell as Excel hands it to the custom function. */
const passed = (c: CellInput): unknown => (c === null ? "" : c === "=NA()" ? errorCell("#N/A") : c);

describe("the portable traffic light from an indicator's own lines", () => {
  it("shows what PLAN.UNITSTATUS shows on the same cells, for random values, lines and polarities", () => {
    fc.assert(
      fc.property(cell, cell, cell, polarity, (a, g, r, p) => {
        const sheet = new Sheet([[a, g, r]]);
        const portable = shown(sheet.evaluate(portableUnitStatusAt("A1", "B1", "C1", p)));
        const fn = cellShows(unitStatus, passed(a), passed(g), passed(r), p);
        expect([a, g, r, p, portable]).toEqual([a, g, r, p, fn]);
      }),
      { numRuns: 3000 },
    );
  });

  it("is cached as the engine computes it on the values it read", () => {
    fc.assert(
      fc.property(fc.option(fc.integer({ min: -5, max: 120 })), fc.integer({ min: -5, max: 120 }), fc.integer({ min: -5, max: 120 }), polarity, (a, g, r, p) => {
        const sheet = new Sheet([[a, g, r]]);
        expect(shown(sheet.evaluate(portableUnitStatusAt("A1", "B1", "C1", p)))).toBe(unitStatusValue(a, g, r, p));
      }),
      { numRuns: 1000 },
    );
    expect(unitStatusValue("refused", 95, 80)).toBe("#VALUE!");
  });

  it.each([
    [96, 95, 80, "higher", "green"],
    [95, 95, 80, "higher", "green"],
    [80, 95, 80, "higher", "amber"],
    [79, 95, 80, "higher", "red"],
    [null, 95, 80, "higher", "grey"],
    [2, 2, 5, "lower", "green"],
    [5, 2, 5, "lower", "amber"],
    [6, 2, 5, "lower", "red"],
  ] as const)("actual %s against green %s and red %s (%s) is %s", (a, g, r, p, expected) => {
    expect(shown(new Sheet([[a, g, r]]).evaluate(portableUnitStatusAt("A1", "B1", "C1", p)))).toBe(expected);
  });
});
