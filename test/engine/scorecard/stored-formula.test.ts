import { storedFormula } from "../../../src/engine/scorecard/stored-formula";

describe("a PLAN.* formula as a file stores it", () => {
  it.each([
    ["PLAN.SCORE(F5,E5,D5)", "_xldudf_PLAN_SCORE(F5,E5,D5)"],
    ["PLAN.STATUS(H5)", "_xldudf_PLAN_STATUS(H5)"],
    ["PLAN.ROLLUPIF($H$5:$H$13,$B$5:$B$13,B17,$G$5:$G$13)", "_xldudf_PLAN_ROLLUPIF($H$5:$H$13,$B$5:$B$13,B17,$G$5:$G$13)"],
    ["PLAN.STATUS(PLAN.SCORE(F5,E5))", "_xldudf_PLAN_STATUS(_xldudf_PLAN_SCORE(F5,E5))"],
    ["IF(A1>0,PLAN.score(A1,B1),0)", "IF(A1>0,_xldudf_PLAN_SCORE(A1,B1),0)"],
  ])("%s is stored as %s", (formula, stored) => {
    expect(storedFormula(formula)).toBe(stored);
  });

  it("leaves standard formulas, names that only end in PLAN, and words in string constants as they are", () => {
    for (const f of ['IF(ISNA(H5),"grey","green")', "MYPLAN.SCORE(A1)", 'IF(A1="PLAN.SCORE(x)",1,0)', '"a""PLAN.SCORE(""b"']) {
      expect(storedFormula(f)).toBe(f);
    }
  });
});
