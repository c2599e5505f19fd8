import { parseTarget, parseUnit, targetProblems, unitFromWording } from "../../../src/engine/units";

describe("a unit measured on a scale rather than counted", () => {
  it.each([["км"], ["кв. м"], ["га"], ["km"], ["ha"], ["баллов"], ["бали"], ["точки"], ["pkt"], ["points"], ["m²"]])("%j is a unit", (cell) => {
    expect(parseUnit(cell)).toMatchObject({ kind: "measure" });
  });

  it("takes a fraction of it as a proper value, and words where a number is due as a slip", () => {
    const km = parseUnit("км")!;
    expect(targetProblems(parseTarget("12,5", km), km)).toEqual([]);
    expect(targetProblems(parseTarget("много", km), km)).toMatchObject([{ code: "target.not-a-number" }]);
  });

  it("reads it after a number in an indicator's wording", () => {
    expect(unitFromWording("Построено 5 км велодорожек")).toMatchObject({ kind: "measure", text: "км" });
  });

  it("does not take a paragraph of a rule for tonnes", () => {
    expect(unitFromWording("Осигуряване на подкрепа по чл. 8, т. 3")).toBeNull();
  });
});

describe("pounds sterling", () => {
  it.each([["£"], ["pounds"]])("%j is money", (cell) => {
    expect(parseUnit(cell)).toMatchObject({ kind: "currency", currency: "GBP" });
  });

  it("reads a target written with the pound sign before it", () => {
    expect(parseTarget("£1 500")).toMatchObject({ kind: "money", value: 1500, currency: "GBP" });
    expect(parseTarget("£2,000.50")).toMatchObject({ kind: "money", value: 2000.5, currency: "GBP" });
  });
});
