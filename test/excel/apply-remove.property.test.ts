import fc from "fast-check";
import { detectPlanTables } from "../../src/engine/plan-tables";
import type { CellValue, SheetGrid } from "../../src/engine/grid";
import type { Lang } from "../../src/i18n";
import { applyTypedTable } from "../../src/excel/apply-typed-table";
import { checkInExcel, writeReportSheet } from "../../src/excel/check";
import { ExcelAdapterError } from "../../src/excel/errors";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { removePlanCheck } from "../../src/excel/remove";
import { writeScorecardSheet } from "../../src/excel/write-scorecard";
import { createMemoryExcel, type MemoryExcel } from "../../src/memory-host";
import { boxOfMerge, sheetValues } from "../../src/memory-host/state";
import { planSheetArb, type PlanSheet } from "../robustness/plan-grids";

/**
 * Apply -> remove on random plan tables in the test host: a header row from PlanCheck's
 * vocabularies, tasks, split rows, merged section rows, blank rows and columns, and cells holding
 * what a plan pasted from elsewhere holds — text that looks like a formula ("=1+1", "+1", "@A1"),
 * numbers, empty cells. Whatever the table, typing it, checking it, writing the report and the
 * scorecard and removing PlanCheck leaves every cell as it was and nothing of PlanCheck's behind.
 */

/** Cell contents that Excel would take for a formula or a number if written carelessly. */
const PASTED: CellValue[] = ["=1+1", "=", "+1", "-1+2", "@A1", "'quoted", "=SUM(A1:A3)", "1.", "10.40", "TRUE", 12.5, 0, -3, 2019, null];

interface Pasted {
  row: number;
  col: number;
  value: CellValue;
}

/** The sheet's values with the pasted cells in; a cell inside a merged area (not its first) stays empty, as in Excel. */
function withPasted({ grid, headerRow }: PlanSheet, pasted: Pasted[]): SheetGrid {
  const values = grid.values.map((row) => [...row]);
  const hidden = (r: number, c: number) =>
    grid.merges.some((m) => {
      const b = boxOfMerge(m);
      const sr = r + grid.origin.row;
      const sc = c + grid.origin.col;
      return sr >= b.top && sr <= b.bottom && sc >= b.left && sc <= b.right && (sr !== b.top || sc !== b.left);
    });
  for (const p of pasted) {
    const r = p.row % values.length;
    const c = p.col % values[r].length;
    if (hidden(r, c)) continue;
    // In the header row only a blank cell takes a number (a year, say): the header stays readable.
    if (r + grid.origin.row === headerRow && (values[r][c] !== null || typeof p.value !== "number")) continue;
    values[r][c] = p.value;
  }
  return { ...grid, values };
}

const caseArb = fc.record({
  sheet: planSheetArb,
  pasted: fc.array(fc.record({ row: fc.nat(60), col: fc.nat(12), value: fc.constantFrom(...PASTED) }), { maxLength: 12 }),
  lang: fc.constantFrom<Lang>("en", "bg", "pl", "ru", "uk"),
});

/** Everything PlanCheck may add to a workbook, counted. */
function planCheckTraces(excel: MemoryExcel) {
  const m = excel.workbookState.model;
  return {
    sheets: m.sheets.map((s) => s.name),
    tables: m.tables.length,
    customXmlParts: m.customXmlParts.length,
    validation: m.sheets.reduce((n, s) => n + s.validation.size, 0),
    conditionalFormats: m.sheets.reduce((n, s) => n + s.conditionalFormats.length, 0),
    formulas: m.sheets.reduce((n, s) => n + s.formulas.size, 0),
    frozen: m.sheets.map((s) => s.frozen),
  };
}

describe("apply and remove on random plan tables", () => {
  it("type, check, report, scorecard and remove restore every cell value exactly and leave nothing of PlanCheck's", async () => {
    let typed = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ sheet, pasted, lang }) => {
        runs++;
        const grid = withPasted(sheet, pasted);
        const excel = createMemoryExcel({ sheets: [grid] });
        const name = grid.sheet;
        const before = { values: sheetValues(excel.workbookState.sheet(name)), merges: excel.workbookState.sheet(name).merges.map((b) => ({ ...b })) };
        const untouched = planCheckTraces(excel);

        const snapshot = await excel.Excel.run((context) => readSnapshot(context, name));
        const [table] = detectPlanTables(snapshot);
        if (table) {
          const roles = Object.fromEntries(table.columns.map((c) => [c.column, c.role]));
          try {
            await excel.Excel.run((context) => applyTypedTable(context, { sheet: name, roles, period: null, allowUnmerge: true, lang }));
            typed++;
          } catch (err) {
            // A refusal (two header cells alike, say) names its reason and changes nothing.
            expect(err).toBeInstanceOf(ExcelAdapterError);
            expect(sheetValues(excel.workbookState.sheet(name))).toEqual(before.values);
            expect(planCheckTraces(excel)).toEqual(untouched);
          }
        }
        const check = await excel.Excel.run((context) => checkInExcel(context, { sheet: name, lang, today: "2019-06-01" }));
        await excel.Excel.run((context) => writeReportSheet(context, check.report, { lang }));
        if (table) await excel.Excel.run((context) => writeScorecardSheet(context, table, { lang }));
        await excel.Excel.run((context) => removePlanCheck(context, { lang }));

        const after = excel.workbookState.sheet(name);
        expect(sheetValues(after)).toEqual(before.values);
        expect(after.merges).toEqual(expect.arrayContaining(before.merges));
        expect(after.merges).toHaveLength(before.merges.length);
        expect(planCheckTraces(excel)).toEqual(untouched);
      }),
      { numRuns: 50 },
    );
    // The property speaks of typed tables: most random plans must have been typed, not refused.
    expect(typed).toBeGreaterThan(runs / 2);
  });
});
