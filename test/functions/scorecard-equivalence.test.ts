import { buildScorecard } from "../../src/engine/scorecard/tree";
import { bgScorecardTable, PERSPECTIVES } from "../engine/scorecard/bg-scorecard-table";
import { expectSameRollups, sheetRollups } from "./sheet-rollups";

/**
 * The same Bulgarian scorecard computed twice: by the engine's tree from the plan table (bulleted
 * rows, several indicators a row), and by the =PLAN.* formulas on the sheet.
 */
describe("the scorecard tree and the sheet's formulas", () => {
  it("give every indicator, perspective and the whole scorecard the same score and status", () => {
    const card = buildScorecard(bgScorecardTable());
    expect(card.perspectives.map((p) => p.name)).toEqual(PERSPECTIVES);
    expectSameRollups(card, sheetRollups());
  });

  it("agree when a perspective has nothing measured", () => {
    const card = buildScorecard(bgScorecardTable());
    expect(card.perspectives[1].score).toBeNull();
    expect(sheetRollups().perspective(PERSPECTIVES[1])).toBe("#N/A");
  });
});
