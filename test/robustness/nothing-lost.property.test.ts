import fc from "fast-check";
import { detectPlanTables } from "../../src/engine/plan-tables";
import { accountForCells } from "../../src/engine/normalize/conservation";
import { planSheetArb } from "./plan-grids";

describe("detection and normalisation on random plan sheets", () => {
  it("find the table under the header row the sheet has", () => {
    fc.assert(
      fc.property(planSheetArb, ({ grid, headerRow }) => {
        const tables = detectPlanTables(grid);
        expect(tables.map((t) => t.headerRows[0] <= headerRow + 1 && headerRow + 1 <= t.headerRows[t.headerRows.length - 1])).toContain(true);
      }),
      { numRuns: 200 },
    );
  });

  it("keep every non-empty cell of every table in the typed row, header or section it belongs to", () => {
    fc.assert(
      fc.property(planSheetArb, ({ grid }) => {
        for (const table of detectPlanTables(grid)) expect(accountForCells(grid, table)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
