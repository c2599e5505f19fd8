import { rollup, rollupIf, score, status } from "../../src/functions/functions";
import { cellShows, column, errorCell, richError } from "./excel-call";

describe("=PLAN.SCORE", () => {
  it.each([
    ["share of the target, no baseline", [45, 60, null, null], 0.75],
    ["progress from a baseline", [80, 90, 70, null], 0.5],
    ["percentages typed as text", ["93%", "95%", "88%", null], (0.93 - 0.88) / (0.95 - 0.88)],
    ["decimal comma", ["0,5", "1", null, null], 0.5],
    ["lower is better, with a baseline", [8, 5, 12, "lower"], 4 / 7],
    ["lower is better, no baseline", [10, 5, null, "LOWER "], 0.5],
    ["exceeding the target is 1", [120, 100, null, null], 1],
    ["target equal to baseline, met", [3, 3, 3, null], 1],
    ["target equal to baseline, missed", [2, 3, 3, null], 0],
  ] as const)("%s", (_name, [actual, target, baseline, polarity], expected) => {
    expect(score(actual, target, baseline, polarity)).toBeCloseTo(expected, 10);
  });

  it.each([
    ["bg", "Средна", "Висока"],
    ["pl", "średnia", "wysoka"],
    ["ru", "средний", "высокий"],
    ["uk", "середня", "висока"],
    ["en", "medium", "high"],
  ])("scores levels on the low-medium-high scale in %s", (_lang, actual, target) => {
    expect(score(actual, target, null, null)).toBeCloseTo(2 / 3, 10);
    expect(score(target, target, null, null)).toBe(1);
  });

  it("treats omitted optional arguments (null, or missing altogether) as baseline 0 and polarity higher", () => {
    expect(score(30, 60)).toBeCloseTo(0.5, 10);
    expect(score(30, 60, null, null)).toBeCloseTo(0.5, 10);
    expect(score(30, 60, "", "")).toBeCloseTo(0.5, 10);
  });

  it("is #N/A while the actual or the target is blank (not measured yet)", () => {
    expect(cellShows(score, "", 95, null, null)).toBe("#N/A");
    expect(cellShows(score, null, 95, null, null)).toBe("#N/A");
    expect(cellShows(score, 80, "  ", null, null)).toBe("#N/A");
  });

  it("is #VALUE! for text that is neither a number nor a level", () => {
    expect(cellShows(score, "Брой", 95, null, null)).toBe("#VALUE!");
    expect(cellShows(score, 80, "8 planów", null, null)).toBe("#VALUE!");
    expect(cellShows(score, 80, 95, "n/a", null)).toBe("#VALUE!");
    expect(cellShows(score, true, 95, null, null)).toBe("#VALUE!");
  });

  it("is #VALUE! for a polarity other than higher or lower", () => {
    expect(cellShows(score, 8, 5, 12, "smaller")).toBe("#VALUE!");
    expect(cellShows(score, 8, 5, 12, 1)).toBe("#VALUE!");
  });

  it("passes on an error cell it is given", () => {
    expect(cellShows(score, errorCell("#DIV/0!"), 95, null, null)).toBe("#DIV/0!");
    expect(cellShows(score, 80, richError("#N/A"), null, null)).toBe("#N/A");
  });

  it("turns errors Excel does not accept as results into #VALUE!", () => {
    expect(cellShows(score, errorCell("#REF!"), 95, null, null)).toBe("#VALUE!");
  });

  it("reads a one-cell range and a rich formatted number as their value", () => {
    expect(score([[45]], 60, null, null)).toBeCloseTo(0.75, 10);
    expect(score({ type: "FormattedNumber", basicValue: 0.45, numberFormat: "0%" }, 0.6, null, null)).toBeCloseTo(0.75, 10);
  });
});

describe("=PLAN.ROLLUP", () => {
  it("averages a column of scores with equal weights when weights are omitted", () => {
    expect(rollup(column(1, 0.5, 0), null as unknown as undefined)).toBeCloseTo(0.5, 10);
    expect(rollup(column(1, 0.5, 0))).toBeCloseTo(0.5, 10);
  });

  it("skips blank cells and #N/A scores, re-normalising the weights", () => {
    const scores = column(1, "", errorCell("#N/A"), 0.5, richError("#N/A"));
    const weights = column(2, 5, 7, 2, 3);
    expect(rollup(scores, weights)).toBeCloseTo(0.75, 10);
  });

  it("reads weights written as percentages", () => {
    expect(rollup([[1, 0.5]], [["75%", "25%"]])).toBeCloseTo(0.875, 10);
  });

  it("accepts weights laid out across while the scores run down, when the sizes agree", () => {
    expect(rollup(column(1, 0.5), [[3, 1]])).toBeCloseTo(0.875, 10);
  });

  it("is #N/A when no score is present", () => {
    expect(cellShows(rollup, column("", errorCell("#N/A")), column(1, 1))).toBe("#N/A");
  });

  it("is #VALUE! for a negative weight", () => {
    expect(cellShows(rollup, column(1, 0.5), column(1, -1))).toBe("#VALUE!");
  });

  it("is #VALUE! for ranges of different sizes", () => {
    expect(cellShows(rollup, column(1, 0.5, 0.2), column(1, 1))).toBe("#VALUE!");
  });

  it("is #VALUE! for a measured score without a weight", () => {
    expect(cellShows(rollup, column(1, 0.5), column(1, ""))).toBe("#VALUE!");
  });

  it("is #DIV/0! when the weights of the measured scores add up to 0", () => {
    expect(cellShows(rollup, column(1, 0.5), column(0, 0))).toBe("#DIV/0!");
  });

  it("passes on other errors in the scores", () => {
    expect(cellShows(rollup, column(1, errorCell("#VALUE!")))).toBe("#VALUE!");
    expect(cellShows(rollup, column(1, errorCell("#DIV/0!")))).toBe("#DIV/0!");
  });

  it("is #VALUE! for text among the scores", () => {
    expect(cellShows(rollup, column(1, "green"))).toBe("#VALUE!");
  });
});

describe("=PLAN.ROLLUPIF", () => {
  // Perspective written once per block, as with merged cells: blanks below belong to it.
  const groups = column("КАЧЕСТВО И РЕЗУЛТАТИ", "", "ПАРТНЬОРСТВА И РЕСУРСИ", "", "");
  const scores = column(1, 0.5, 0, 0.1, errorCell("#N/A"));
  const weights = column(2, 1, 1, 1, 1);

  it("rolls up the rows of one group, the blank rows below a group included", () => {
    expect(rollupIf(scores, groups, "КАЧЕСТВО И РЕЗУЛТАТИ", weights)).toBeCloseTo(2.5 / 3, 10);
    expect(rollupIf(scores, groups, "ПАРТНЬОРСТВА И РЕСУРСИ", weights)).toBeCloseTo(0.05, 10);
  });

  it("ignores case and surrounding spaces of the group", () => {
    expect(rollupIf(scores, groups, "  качество и резултати ", null as unknown as undefined)).toBeCloseTo(0.75, 10);
  });

  it("is #N/A for a group with no measured row or no row at all", () => {
    expect(cellShows(rollupIf, column(1, ""), column("A", "B"), "B", undefined)).toBe("#N/A");
    expect(cellShows(rollupIf, scores, groups, "ХОРА И КОМПЕТЕНТНОСТИ", weights)).toBe("#N/A");
  });

  it("is #VALUE! when the groups or weights are not the size of the scores", () => {
    expect(cellShows(rollupIf, scores, column("A", "B"), "A", undefined)).toBe("#VALUE!");
    expect(cellShows(rollupIf, scores, groups, "A", column(1, 1))).toBe("#VALUE!");
  });

  it("is #VALUE! without a group to roll up", () => {
    expect(cellShows(rollupIf, scores, groups, "", undefined)).toBe("#VALUE!");
  });

  it("looks only at the rows of the group for errors and negative weights", () => {
    const withError = column(1, 0.5, errorCell("#VALUE!"), 0.1, 0.2);
    expect(rollupIf(withError, groups, "КАЧЕСТВО И РЕЗУЛТАТИ", weights)).toBeCloseTo(2.5 / 3, 10);
    expect(cellShows(rollupIf, withError, groups, "ПАРТНЬОРСТВА И РЕСУРСИ", weights)).toBe("#VALUE!");
    expect(cellShows(rollupIf, scores, groups, "КАЧЕСТВО И РЕЗУЛТАТИ", column(2, -1, 1, 1, 1))).toBe("#VALUE!");
  });

  it("matches groups written as numbers", () => {
    expect(rollupIf(column(1, 0, 0.5), column(1, 2, ""), 2, undefined)).toBeCloseTo(0.25, 10);
  });
});

describe("=PLAN.STATUS", () => {
  it.each([
    [0.95, "green"],
    [0.9, "green"],
    [0.75, "amber"],
    [0.6, "amber"],
    [0.2, "red"],
    ["95%", "green"],
  ])("score %p is %s with the default thresholds", (s, expected) => {
    expect(status(s, null, null)).toBe(expected);
  });

  it("is grey for a blank score and for #N/A", () => {
    expect(status("", null, null)).toBe("grey");
    expect(status(null)).toBe("grey");
    expect(status(errorCell("#N/A"), null, null)).toBe("grey");
    expect(status(richError("#N/A"), null, null)).toBe("grey");
  });

  it("uses the thresholds given, and lowers the default amber below a lower green", () => {
    expect(status(0.75, 0.8, 0.5)).toBe("amber");
    expect(status(0.55, 0.5, null)).toBe("green");
    expect(status(0.45, 0.5, null)).toBe("red");
  });

  it("passes on other errors and refuses text or an amber above green", () => {
    expect(cellShows(status, errorCell("#DIV/0!"), null, null)).toBe("#DIV/0!");
    expect(cellShows(status, "високо", null, null)).toBe("#VALUE!");
    expect(cellShows(status, 0.5, 0.6, 0.7)).toBe("#VALUE!");
  });
});
