import { rollup, score, status } from "../../../src/engine/scorecard/math";

describe("indicator score", () => {
  it.each([
    // actual, target, baseline, polarity, expected — numbers as in the scorecard's `%` and `Брой` indicators
    ["higher, no baseline: share reached of the target", 45, 60, null, "higher", 0.75],
    ["higher, with baseline: progress from the baseline", 80, 90, 70, "higher", 0.5],
    ["higher, target exceeded is clamped to 1", 120, 100, null, "higher", 1],
    ["higher, below the baseline is clamped to 0", 60, 90, 70, "higher", 0],
    ["lower, with baseline: reduction achieved", 8, 5, 12, "lower", 4 / 7],
    ["lower, no baseline: target over actual", 10, 5, null, "lower", 0.5],
    ["lower, no baseline, target reached", 4, 5, null, "lower", 1],
    ["lower, worse than the baseline is clamped to 0", 14, 5, 12, "lower", 0],
    ["target equals baseline and is met", 3, 3, 3, "higher", 1],
    ["target equals baseline and is missed", 2, 3, 3, "higher", 0],
    ["lower, target equals baseline and is met", 3, 3, 3, "lower", 1],
    ["lower, target equals baseline and is missed", 4, 3, 3, "lower", 0],
    ["target 0 with no baseline (nothing to reach) is met by 0", 0, 0, null, "higher", 1],
    ["lower, no baseline, actual 0 meets any target", 0, 5, null, "lower", 1],
  ] as const)("%s", (_name, actual, target, baseline, polarity, expected) => {
    expect(score(actual, target, baseline, polarity)).toBeCloseTo(expected, 10);
  });

  it("is not measured (null) while the actual or the target is blank", () => {
    expect(score(null, 95)).toBeNull();
    expect(score(80, null)).toBeNull();
    expect(score(null, null, 70)).toBeNull();
  });

  it("uses baseline 0 and polarity higher when they are omitted", () => {
    expect(score(2, 3)).toBeCloseTo(2 / 3, 10);
  });

  it("refuses numbers that are not finite", () => {
    expect(score(Number.NaN, 3)).toEqual({ error: "value" });
    expect(score(1, Number.POSITIVE_INFINITY)).toEqual({ error: "value" });
  });
});

describe("roll-up of scores", () => {
  it("is the plain mean without weights", () => {
    expect(rollup([1, 0.5, 0])).toBeCloseTo(0.5, 10);
  });

  it("weighs each score by its weight", () => {
    expect(rollup([1, 0.5], [3, 1])).toBeCloseTo(0.875, 10);
  });

  it("skips scores not measured and re-normalises the remaining weights", () => {
    expect(rollup([1, null, 0.5], [2, 5, 2])).toBeCloseTo(0.75, 10);
    expect(rollup([null, 0.4, null])).toBeCloseTo(0.4, 10);
  });

  it("is not measured when no score is present", () => {
    expect(rollup([null, null], [1, 1])).toBeNull();
    expect(rollup([])).toBeNull();
  });

  it("refuses a negative weight, even next to a score not measured", () => {
    expect(rollup([1, 0.5], [1, -1])).toEqual({ error: "value" });
    expect(rollup([1, null], [1, -1])).toEqual({ error: "value" });
  });

  it("refuses weights of another size than the scores", () => {
    expect(rollup([1, 0.5, 0.2], [1, 1])).toEqual({ error: "value" });
  });

  it("refuses a measured score that has no weight, but not a blank weight of a score not measured", () => {
    expect(rollup([1, 0.5], [1, null])).toEqual({ error: "value" });
    expect(rollup([1, null], [2, null])).toBe(1);
  });

  it("divides by zero when the weights of the measured scores add up to 0", () => {
    expect(rollup([1, 0.5], [0, 0])).toEqual({ error: "div0" });
  });
});

describe("traffic light", () => {
  it.each([
    [0.95, "green"],
    [0.9, "green"],
    [0.89, "amber"],
    [0.6, "amber"],
    [0.59, "red"],
    [0, "red"],
    [null, "grey"],
  ] as const)("score %p is %s with the default thresholds", (s, expected) => {
    expect(status(s)).toBe(expected);
  });

  it("uses the thresholds given", () => {
    expect(status(0.75, 0.8, 0.5)).toBe("amber");
    expect(status(0.85, 0.8, 0.5)).toBe("green");
    expect(status(0.45, 0.8, 0.5)).toBe("red");
  });

  it("refuses an amber threshold above the green one", () => {
    expect(status(0.5, 0.6, 0.7)).toEqual({ error: "value" });
  });
});
