import { readThresholds, type ThresholdColumn } from "../../../src/engine/scorecard/threshold-cells";

const col = (header: string, line: "green" | "red"): ThresholdColumn => ({ header, line });
const GREEN_AT = col("Зелено при", "green");
const RED_UNDER = col("Червено под", "red");
const GREEN = col("Green", "green");
const RED = col("Red", "red");
const THRESHOLD = col("Праг", "red");
const BANDS = col("Зелено/Жълто/Червено", "green");

type Case = [string, { column: ThresholdColumn; text: string }[], number | null, { green: number; red: number } | null, string | null];

describe("an indicator's thresholds read from its threshold columns", () => {
  it.each<Case>([
    ["Зелено при 96% | Червено под 93%", [{ column: GREEN_AT, text: "96%" }, { column: RED_UNDER, text: "93%" }], 0.97, { green: 0.96, red: 0.93 }, null],
    ["sums with spaces between thousands", [{ column: GREEN_AT, text: "110 000" }, { column: RED_UNDER, text: "80 000" }], 120000, { green: 110000, red: 80000 }, null],
    ["levels", [{ column: GREEN_AT, text: "Висока" }, { column: RED_UNDER, text: "Средна" }], 3, { green: 3, red: 2 }, null],
    ["Green ≥ 95 % | Red < 80 %", [{ column: GREEN, text: "≥ 95 %" }, { column: RED, text: "< 80 %" }], 1, { green: 0.95, red: 0.8 }, null],
    ["red under 80 pupils, with the unit", [{ column: GREEN, text: "at least 95 pupils" }, { column: RED, text: "under 80 pupils" }], 100, { green: 95, red: 80 }, null],
    ["one banded column", [{ column: BANDS, text: "≥ 85% / 70–85% / < 70%" }], 0.9, { green: 0.85, red: 0.7 }, null],
    ["one column, colours named on lines", [{ column: GREEN, text: "зелено: от 85%\nжълто: 70–85%\nчервено: под 70%" }], 0.9, { green: 0.85, red: 0.7 }, null],
    ["Próg with the target as the green line", [{ column: col("Próg", "red"), text: "60%" }], 0.9, { green: 0.9, red: 0.6 }, null],
    ["Порог of a less-is-better indicator (dropouts)", [{ column: col("Порог", "red"), text: "10" }], 5, { green: 5, red: 10 }, null],
    ["less is better, said by the comparisons", [{ column: GREEN, text: "≤ 2" }, { column: RED, text: "> 5" }], 1, { green: 2, red: 5 }, null],
  ])("%s", (_name, cells, target, lines, unread) => {
    const read = readThresholds(cells, target);
    expect([read.lines, read.unread]).toEqual([lines, unread]);
  });

  it("says which way the indicator improves, and that the green line is the target when only a threshold is written", () => {
    expect(readThresholds([{ column: col("Порог", "red"), text: "10" }], 5)).toMatchObject({ polarity: "lower", greenFromTarget: true, red: "10", green: null });
    expect(readThresholds([{ column: THRESHOLD, text: "60%" }], 0.9)).toMatchObject({ polarity: "higher", greenFromTarget: true });
  });

  it.each<Case>([
    ["a red value with no side (red at 80, or below it?)", [{ column: GREEN, text: "95" }, { column: RED, text: "80" }], 100, null, "comparator"],
    ["green above 95: the boundary on the other side of the line", [{ column: GREEN, text: "> 95" }, { column: RED, text: "< 80" }], 100, null, "comparator"],
    ["red at or below 80", [{ column: GREEN, text: "≥ 95" }, { column: RED, text: "≤ 80" }], 100, null, "comparator"],
    ["red under no: nothing is below no, so red means no", [{ column: GREEN_AT, text: "да" }, { column: RED_UNDER, text: "не" }], 1, null, "comparator"],
    ["red under low", [{ column: GREEN_AT, text: "Висока" }, { column: RED_UNDER, text: "Ниска" }], 3, null, "comparator"],
    ["lines that cross", [{ column: GREEN_AT, text: "80" }, { column: RED_UNDER, text: "90" }], 100, null, "crossed"],
    ["a green line alone", [{ column: GREEN_AT, text: "96%" }], 0.97, null, "one-line"],
    ["a threshold without a target", [{ column: THRESHOLD, text: "60%" }], null, null, "one-line"],
    ["text that is no value", [{ column: GREEN_AT, text: "по преценка" }, { column: RED_UNDER, text: "93%" }], 1, null, "value"],
  ])("is not read when unsure: %s", (_name, cells, target, lines, unread) => {
    const read = readThresholds(cells, target);
    expect([read.lines, read.unread]).toEqual([lines, unread]);
  });

  it("is nothing when the row's threshold cells are blank", () => {
    expect(readThresholds([{ column: GREEN_AT, text: "" }, { column: RED_UNDER, text: " " }], 1)).toEqual({
      green: null,
      red: null,
      lines: null,
      polarity: null,
      greenFromTarget: false,
      unread: null,
    });
  });
});

describe("a column that lists the target and the minimum", () => {
  const TARGET_MIN = col("Целево/минимално", "red");

  it("reads the first value as the green line and the second as the minimum, below which is red", () => {
    expect(readThresholds([{ column: TARGET_MIN, text: "95% / 80%" }], 0.95)).toMatchObject({ lines: { green: 0.95, red: 0.8 }, polarity: "higher", unread: null });
  });

  it("reads one value as the minimum, with the target as the green line", () => {
    expect(readThresholds([{ column: TARGET_MIN, text: "80%" }], 0.95)).toMatchObject({ lines: { green: 0.95, red: 0.8 }, greenFromTarget: true });
  });
});
