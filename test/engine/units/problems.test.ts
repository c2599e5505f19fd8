import { parseTarget, targetProblems } from "../../../src/engine/units";
import type { Unit } from "../../../src/engine/units";

const count: Unit = { kind: "count", text: "Брой" };
const percent: Unit = { kind: "percent", text: "%" };
const leva: Unit = { kind: "currency", text: "Лева", currency: "BGN" };
const level: Unit = { kind: "level", text: "Висока" };
const hours: Unit = { kind: "hours", text: "godz." };

const problems = (cell: string, unit: Unit | null) => targetProblems(parseTarget(cell, unit), unit);

describe("targetProblems finds targets that contradict their unit", () => {
  it.each([
    ["150%", percent, { code: "target.percent-over-100", params: { value: 150 } }],
    ["150 %", null, { code: "target.percent-over-100", params: { value: 150 } }],
    ["120", percent, { code: "target.percent-over-100", params: { value: 120 } }],
    ["-3", count, { code: "target.negative-count", params: { value: -3 } }],
    ["−2 участници", null, { code: "target.negative-count", params: { value: -2 } }],
    ["-5", hours, { code: "target.negative-count", params: { value: -5 } }],
    ["2,5", count, { code: "target.fraction-count", params: { value: 2.5 } }],
    ["Podjęcie uchwały", count, { code: "target.not-a-number", params: { value: "Podjęcie uchwały", unit: "Брой", kind: "count" } }],
    ["Висока", percent, { code: "target.not-a-number", params: { value: "Висока", unit: "%", kind: "percent" } }],
    ["Nie dotyczy", leva, { code: "target.not-a-number", params: { value: "Nie dotyczy", unit: "Лева", kind: "currency" } }],
  ] as [string, Unit | null, unknown][])("%j under %j", (cell, unit, expected) => {
    expect(problems(cell, unit)).toEqual([expected]);
  });

  it("judges a bare number parsed without its unit by the unit it is checked against", () => {
    expect(targetProblems(parseTarget("120"), percent)).toEqual([
      { code: "target.percent-over-100", params: { value: 120 } },
    ]);
  });

  it.each([
    ["100%", percent],
    ["0", count],
    ["8 planów\nI harmonogramów", count],
    ["1 500,50 лв.", leva],
    ["-1500 лв.", leva],
    ["Висока", level],
    ["Podjęcie uchwały", null],
    ["", count],
    ["2,5", hours],
    ["12", null],
  ] as [string, Unit | null][])("finds nothing wrong with %j under %j", (cell, unit) => {
    expect(problems(cell, unit)).toEqual([]);
  });
});
