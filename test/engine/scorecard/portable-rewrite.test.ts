import fc from "fast-check";
import { hasPlanCall, portableFormulaFor, type CellLookup, type ReferencedCell } from "../../../src/engine/scorecard/portable-rewrite";
import { portableScore } from "../../../src/engine/scorecard/portable";
import { score, status, unitStatus } from "../../../src/functions/functions";
import { isError, Sheet, type CellInput, type Scalar } from "../../support/formula-evaluator";

/** A sheet where the PLAN functions are PlanCheck's own, so a PLAN cell and its rewrite can be compared. */
const sheetWith = (cells: Record<string, CellInput>) => {
  const sheet = new Sheet([], { "PLAN.SCORE": score as never, "PLAN.STATUS": status as never, "PLAN.UNITSTATUS": unitStatus as never });
  for (const [ref, v] of Object.entries(cells)) sheet.set(ref, v);
  return sheet;
};
const shown = (v: Scalar) => (isError(v) ? v.error : v);

/** What the adapter would tell the rewrite about the sheet's cells. */
const lookupIn = (cells: Record<string, CellInput>): CellLookup => (ref) => {
  const v = cells[ref];
  const kind: ReferencedCell["kind"] =
    v === undefined || v === null || v === "" ? "blank" : typeof v === "number" ? "number" : typeof v === "string" && v.startsWith("=") ? "formula" : "text";
  return kind === "formula" ? { kind, text: false } : ({ kind } as ReferencedCell);
};

const value = fc.oneof(fc.constant(null), fc.integer({ min: -50, max: 200 }), fc.double({ min: -10, max: 10, noNaN: true }));

describe("rewriting a PLAN formula as a portable one", () => {
  it.each([
    ["=PLAN.SCORE(F5,E5,D5)", true],
    ["=_xldudf_PLAN_SCORE(F5,E5)", true],
    ["=IFERROR(PLAN.ROLLUP(H5:H9),0)", true],
    ["=SUM(A1:A3)", false],
    ["=MYPLAN.SCORE(A1)", false],
  ])("knows that %s calls a PLAN function: %s", (formula, expected) => {
    expect(hasPlanCall(formula)).toBe(expected);
  });

  it("computes what =PLAN.SCORE computes, for every polarity and cap, on numbers and blanks", () => {
    const forms = ["A1,B1", "A1,B1,C1", 'A1,B1,C1,"higher"', 'A1,B1,C1,"lower"', 'A1,B1,C1,"lower",1.2', 'A1,B1,C1,"higher","none"', 'A1,B1,C1,"lower","none"', 'A1,B1,C1,"higher",2', '$A$1,B1,2,"lower"', "A1,80"];
    fc.assert(
      fc.property(value, value, value, fc.constantFrom(...forms), (a, t, b, args) => {
        const cells: Record<string, CellInput> = { A1: a, B1: t, C1: b };
        const plan = `=PLAN.SCORE(${args})`;
        const portable = portableFormulaFor(plan, lookupIn(cells));
        expect(portable).not.toBeNull();
        expect(portable).not.toMatch(/PLAN/);
        const sheet = sheetWith({ ...cells, D1: plan, E1: portable });
        expect(shown(sheet.value("E1"))).toEqual(shown(sheet.value("D1")));
      }),
      { numRuns: 400 },
    );
  });

  it("computes what =PLAN.STATUS and =PLAN.UNITSTATUS compute", () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.boolean(), (a, x, y, lower) => {
        const [green, red] = lower ? [Math.min(x, y), Math.max(x, y)] : [Math.max(x, y), Math.min(x, y)];
        const cells: Record<string, CellInput> = { A1: a, B1: "=PLAN.SCORE(A1,100)" };
        const forms = [`=PLAN.UNITSTATUS(A1,${green},${red}${lower ? ',"lower"' : ""})`, "=PLAN.STATUS(B1)", "=PLAN.STATUS(B1,0.95,0.5)"];
        for (const plan of forms) {
          const portable = portableFormulaFor(plan, lookupIn(cells));
          expect([plan, portable === null]).toEqual([plan, false]);
          const sheet = sheetWith({ ...cells, D1: plan, E1: portable });
          expect([plan, shown(sheet.value("E1"))]).toEqual([plan, shown(sheet.value("D1"))]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("computes what =PLAN.UNITSTATUS computes with its lines in cells, as the PLAN.* Scorecard sheet holds them", () => {
    fc.assert(
      fc.property(value, value, value, fc.constantFrom("", ',"lower"', ',"higher"'), fc.boolean(), (a, g, r, p, constantGreen) => {
        const cells: Record<string, CellInput> = { A1: a, L1: g, M1: r };
        const plan = `=PLAN.UNITSTATUS(A1,${constantGreen && g !== null ? g : "L1"},M1${p})`;
        const portable = portableFormulaFor(plan, lookupIn(cells));
        expect([plan, portable === null]).toEqual([plan, false]);
        expect(portable).not.toMatch(/PLAN/);
        const sheet = sheetWith({ ...cells, D1: plan, E1: portable });
        expect([plan, a, g, r, shown(sheet.value("E1"))]).toEqual([plan, a, g, r, shown(sheet.value("D1"))]);
      }),
      { numRuns: 400 },
    );
  });

  it("reads an omitted argument as the function does", () => {
    // No baseline: the lower-is-better score is target / actual, as with a blank baseline cell.
    expect(portableFormulaFor('=PLAN.SCORE(A1,B1,,"lower")', lookupIn({ A1: 5, B1: 4 }))).toBe(`=${portableScore({ actual: "A1", target: "B1", baseline: '""' }, "lower")}`);
  });

  it.each([
    ["a value written as text, which only PLAN.SCORE reads", "=PLAN.SCORE(A1,B1)", { A1: "92,4%", B1: 1 }],
    ["a level word", "=PLAN.SCORE(A1,B1)", { A1: "Висока", B1: 3 }],
    ["a roll-up", "=PLAN.ROLLUP(A1:A5)", {}],
    ["a formula around the call", "=PLAN.SCORE(A1,B1)*100", { A1: 1, B1: 2 }],
    ["a nested call", "=PLAN.STATUS(PLAN.SCORE(A1,B1))", { A1: 1, B1: 2 }],
    ["another sheet's cell", "=PLAN.SCORE(Data!A1,B1)", { B1: 2 }],
    ["a polarity taken from a cell", "=PLAN.SCORE(A1,B1,,C1)", { A1: 1, B1: 2, C1: "lower" }],
    ["a status of a blank score", "=PLAN.STATUS(A1)", {}],
    ["thresholds that cross", "=PLAN.UNITSTATUS(A1,50,80)", { A1: 60 }],
    ["a deadline", '=PLAN.DEADLINE("м. септември 2019 г.")', {}],
  ])("keeps the PLAN formula for %s", (_, formula, cells) => {
    expect(portableFormulaFor(formula, lookupIn(cells as Record<string, CellInput>))).toBeNull();
  });
});
