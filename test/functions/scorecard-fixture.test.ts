import * as path from "path";
import type { SheetGrid } from "../../src/engine/grid";
import { detectPlanTables } from "../../src/engine/plan-tables";
import { buildScorecard } from "../../src/engine/scorecard/tree";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { BG_ROWS, PERSPECTIVES } from "../engine/scorecard/bg-scorecard-table";
import { expectSameRollups, sheetRollups } from "./sheet-rollups";

const FIXTURE = path.join(__dirname, "..", "fixtures", "bg-scorecard.xlsx");

/** The scorecard sheet as the workbook holds it: the seed's table in rows 3–8, columns A–H. */
async function scorecardSheet(): Promise<SheetGrid> {
  const { sheets } = await readWorkbook(FIXTURE);
  return sheets[0];
}

/** The same sheet after the official adds baseline, target, actual and weight columns I–L. */
function withMeasures(grid: SheetGrid): SheetGrid {
  const added: Record<number, (string | null)[]> = {
    3: ["Базова стойност", "Целева стойност", "Постигната стойност", "Тежест"],
  };
  BG_ROWS.forEach((r, i) => (added[4 + i] = [r.I ?? null, r.J ?? null, r.K ?? null, r.L ?? null]));
  const values = grid.values.map((row, i) => [...row, ...Array(Math.max(0, 8 - row.length)).fill(null), ...(added[i] ?? [null, null, null, null])]);
  return { ...grid, values };
}

describe("scorecard of the Bulgarian scorecard workbook", () => {
  it("matches the roll-up the sheet's formulas compute, once the measures are added and column E is typed as units", async () => {
    const grid = withMeasures(await scorecardSheet());
    const tables = detectPlanTables(grid, { roles: { E: "unit" } });
    expect(tables).toHaveLength(1);
    expect(tables[0].columns.filter((c) => ["baseline", "target", "actual", "weight"].includes(c.role)).map((c) => c.column)).toEqual([
      "I",
      "J",
      "K",
      "L",
    ]);
    const card = buildScorecard(tables[0]);
    expect(card.perspectives.map((p) => p.name)).toEqual(PERSPECTIVES);
    expect(card.perspectives.map((p) => p.objectives[0].indicators.length)).toEqual([1, 1, 3, 3]);
    expectSameRollups(card, sheetRollups());
  });

  it("points at the unit words the workbook holds in its target column (ЗАДАЧИ) as values it cannot score", async () => {
    const tables = detectPlanTables(await scorecardSheet());
    const card = buildScorecard(tables[0]);
    expect(card.perspectives.map((p) => p.error && [p.error.code, p.error.cell, p.error.role])).toEqual([
      ["value", "E5", "target"],
      ["value", "E6", "target"],
      ["value", "E7", "target"],
      ["value", "E8", "target"],
    ]);
    expect(card.perspectives[2].objectives[0].indicators.map((i) => i.target)).toEqual(["Брой", "Лева", "Брой"]);
    expect(card.status).toBe("grey");
  });
});
