import { expected, rollup, rollupIf, score, status, unitStatus } from "../../src/functions/functions";
import { isoToSerial } from "../../src/engine/deadline";
import { cellShows, column, errorCell } from "./excel-call";

/** The error a call throws, with its code and the words Excel shows beside it. */
function thrown(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    return { code: (e as { code: string }).code, message: (e as Error).message };
  }
  throw new Error("no error thrown");
}

describe("=PLAN.SCORE with a cap", () => {
  it("stops at the target by default, and shows over-achievement up to the cap or whole", () => {
    expect(score(27300, 25000, 10000)).toBe(1);
    expect(score(27300, 25000, 10000, "higher", 1.1)).toBeCloseTo(1.1, 12);
    expect(score(27300, 25000, 10000, "higher", "none")).toBeCloseTo(17300 / 15000, 12);
    expect(score(4, 5, null, "lower", "NONE")).toBeCloseTo(1.25, 12);
    expect(score(150, 100, null, "higher", "120%")).toBeCloseTo(1.2, 12);
  });

  it("is #VALUE! for a cap below 1 or a word other than none, saying so", () => {
    expect(cellShows(score, 1, 1, null, null, 0.9)).toBe("#VALUE!");
    expect(thrown(() => score(1, 1, null, null, "all"))).toEqual({ code: "#VALUE!", message: 'PLAN.SCORE: the argument “cap” must be a number of at least 1 (such as 1.2), or "none".' });
  });
});

describe("=PLAN.SCORE on yes/no and level indicators", () => {
  it.each([
    ["да", "да", 1],
    ["не", "да", 0],
    ["tak", "tak", 1],
    ["nie", "tak", 0],
    ["так", "так", 1],
    ["ні", "так", 0],
    ["done", "done", 1],
    ["not done", "done", 0],
    ["Висока", "Висока", 1],
    ["Средна", "Висока", 2 / 3],
  ] as const)("%s against the target %s scores %d", (actual, target, s) => {
    expect(score(actual, target)).toBeCloseTo(s, 12);
  });
});

describe("=PLAN.ROLLUP and =PLAN.ROLLUPIF methods", () => {
  const scores = column(1, 0.5, "", 0.95, 0.3, errorCell("#N/A"));
  const weights = column(2, 1, 1, 1, 2, 5);

  it.each([
    ["mean", (2 * 1 + 0.5 + 0.95 + 2 * 0.3) / 6],
    ["min", 0.3],
    ["sum", 2 * 1 + 0.5 + 0.95 + 2 * 0.3],
    ["green", 2],
    ["amber", 0],
    ["red", 2],
    ["grey", 2],
  ] as const)("%s", (method, value) => {
    expect(rollup(scores, weights, method)).toBeCloseTo(value, 12);
  });

  it("counts 0 where nothing is measured, and is #N/A for a mean or a worst score of nothing", () => {
    expect(rollup(column("", errorCell("#N/A")), undefined, "green")).toBe(0);
    expect(cellShows(rollup, column("", errorCell("#N/A")), undefined, "min")).toBe("#N/A");
  });

  it("rolls up one group by a method", () => {
    const groups = column("Качество", "", "", "Хора", "", "");
    expect(rollupIf(scores, groups, "качество", weights, "min")).toBe(0.5);
    expect(rollupIf(scores, groups, "Хора", weights, "red")).toBe(1);
  });

  it("is #VALUE! for another method, naming the choices", () => {
    expect(thrown(() => rollup(scores, weights, "median"))).toEqual({
      code: "#VALUE!",
      message: 'PLAN.ROLLUP: the argument “method” must be one of "mean", "min", "sum", "green", "amber", "red", "grey".',
    });
  });
});

describe("=PLAN.EXPECTED: progress expected by a date", () => {
  const start = isoToSerial("2024-09-15");
  const end = isoToSerial("2025-06-30");
  const halfway = start + (end - start) / 2;

  it("is the straight line from baseline to target: half way through the period, half the distance", () => {
    expect(expected(100, 0, start, end, halfway)).toBeCloseTo(50, 12);
    expect(expected("80%", "20%", start, end, halfway)).toBeCloseTo(0.5, 12);
    expect(expected(100, 0, start, end, start - 10)).toBe(0);
    expect(expected(100, 0, start, end, end + 10)).toBe(100);
  });

  it("makes a task half way through its period at 40 % amber, not red", () => {
    const s = score(40, expected(100, 0, start, end, halfway), 0);
    expect(s).toBeCloseTo(0.8, 12);
    expect(status(s)).toBe("amber");
    expect(status(score(40, 100, 0))).toBe("red");
  });

  it("is #N/A without a start or deadline, and #VALUE! for a deadline before the start, saying which", () => {
    expect(thrown(() => expected(100, 0, "", end, halfway))).toEqual({ code: "#N/A", message: "PLAN.EXPECTED: the argument “start” is blank, so the indicator is not measured yet." });
    expect(thrown(() => expected(100, 0, end, start, halfway)).code).toBe("#VALUE!");
  });
});

describe("messages beside #VALUE! and #N/A", () => {
  afterEach(() => delete (globalThis as { Office?: unknown }).Office);

  it("say which argument is wrong, in Excel's display language", () => {
    expect(thrown(() => score("Брой", 95))).toEqual({
      code: "#VALUE!",
      message: "PLAN.SCORE: the argument “actual” cannot be read; write a number, a percentage, a level (low, medium, high) or yes/no.",
    });
    expect(thrown(() => score(80, ""))).toEqual({ code: "#N/A", message: "PLAN.SCORE: the argument “target” is blank, so the indicator is not measured yet." });
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "bg-BG" } };
    expect(thrown(() => score(8, 5, 12, "smaller")).message).toBe('PLAN.SCORE: аргументът „polarity“ трябва да е едно от "higher", "lower".');
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "uk-UA" } };
    expect(thrown(() => rollup(column(1, 0.5), column(1, 1, 1))).message).toBe("PLAN.ROLLUP: аргумент «weights» має бути діапазоном того самого розміру, що й «scores».");
  });

  it("name an error passed on from an argument", () => {
    expect(thrown(() => score(80, errorCell("#N/A")))).toEqual({ code: "#N/A", message: "PLAN.SCORE: the argument “target” holds the error #N/A." });
  });
});

describe("=PLAN.UNITSTATUS: thresholds in the indicator's units", () => {
  it.each([
    ["green at ≥ 95 %", "96%", "95%", "80%", "higher", "green"],
    ["exactly at the green line", 0.95, 0.95, 0.8, "higher", "green"],
    ["between the lines", "87%", "95%", "80%", "higher", "amber"],
    ["red under 80 pupils", 79, 95, 80, "higher", "red"],
    ["at the red line is not red", 80, 95, 80, "higher", "amber"],
    ["less is better: few dropouts", 3, 5, 12, "lower", "green"],
    ["less is better: too many", 13, 5, 12, "lower", "red"],
    ["a level against level thresholds", "Средна", "Висока", "Ниска", "higher", "amber"],
    ["a yes/no task not done", "не", "да", "да", "higher", "red"],
    ["not measured", "", 95, 80, "higher", "grey"],
  ] as const)("%s", (_name, actual, green, red, polarity, expectedStatus) => {
    expect(unitStatus(actual, green, red, polarity)).toBe(expectedStatus);
  });

  it("is #VALUE! for thresholds that cross, saying so", () => {
    expect(thrown(() => unitStatus(90, 80, 95))).toEqual({
      code: "#VALUE!",
      message: 'PLAN.UNITSTATUS: the red threshold is beyond the green one; for "higher" red must be at most green, for "lower" at least green.',
    });
    expect(cellShows(unitStatus, 4, 12, 5, "lower")).toBe("#VALUE!");
  });
});
