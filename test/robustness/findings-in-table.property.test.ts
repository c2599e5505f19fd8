import fc from "fast-check";
import { checkSheet } from "../../src/engine/check";
import { parseCellAddress, parseRangeAddress } from "../../src/engine/grid";
import { planSheetArb } from "./plan-grids";

const PERIODS = [null, { start: "2019-01-01", end: "2019-12-31", label: "2019" }, { start: "2018-09-01", end: "2019-08-31", label: "2018/2019" }];

describe("checkSheet on random plan sheets", () => {
  it("points every finding at a cell inside its own table on the checked sheet, or at the title line its period was read from", () => {
    fc.assert(
      fc.property(planSheetArb, fc.constantFrom(...PERIODS), fc.constantFrom(null, "2019-06-30"), ({ grid }, period, today) => {
        for (const { table, findings } of checkSheet(grid, { period, today })) {
          const range = parseRangeAddress(table.range)!;
          for (const f of findings) {
            const cell = parseCellAddress(f.cell);
            const inTable = cell !== null && cell.row >= range.top && cell.row <= range.bottom && cell.col >= range.left && cell.col <= range.right;
            // The period questioned is pointed at where it was read: the title line above the table.
            const atPeriodLine = f.code === "deadline.period-mismatch" && cell !== null && table.preamble.some((p) => p.row === cell.row + 1);
            expect({ code: f.code, sheet: f.sheet, cell: f.cell, inside: inTable || atPeriodLine }).toEqual({
              code: f.code,
              sheet: grid.sheet,
              cell: f.cell,
              inside: true,
            });
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("finds something to say on sheets with flaws, so the property above is not vacuous", () => {
    const counts = fc.sample(planSheetArb, { numRuns: 50, seed: 7 }).map(({ grid }) => checkSheet(grid).reduce((n, t) => n + t.findings.length, 0));
    expect(counts.filter((n) => n > 0).length).toBeGreaterThan(25);
  });
});
