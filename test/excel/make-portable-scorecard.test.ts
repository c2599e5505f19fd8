import type { CellValue } from "../../src/engine/grid";
import { countPlanFormulas, makeWorkbookPortable, restorePlanFormulas } from "../../src/excel/make-portable";
import { readMetadata } from "../../src/excel/metadata";
import { removePlanCheck } from "../../src/excel/remove";
import { createMemoryExcel, type MemoryExcel } from "../../src/memory-host";

/**
 * A scorecard an official built with the add-in: values in B:D, PLAN formulas in E:F, a roll-up
 * in E6. Opened with PlanCheck, the workbook can be made portable and put back.
 */
const VALUES: CellValue[][] = [
  ["Indicator", "Baseline", "Target", "Actual", "Score", "Status"],
  ["Pupils back at school", 0, 40, 10, null, null],
  ["Share covered", 0.7, 0.9, 0.85, null, null],
  ["Satisfaction", "Ниска", "Висока", "Средна", null, null],
  ["Complaints", 12, 4, "", null, null],
];
const FORMULAS: [string, string][] = [
  ["E2", "=PLAN.SCORE(D2,C2,B2)"],
  ["F2", "=PLAN.STATUS(E2)"],
  ["E3", "=PLAN.SCORE(D3,C3,B3)"],
  ["F3", "=PLAN.STATUS(E3,0.95,0.5)"],
  // Level words are read by PLAN.SCORE only: this one stays.
  ["E4", "=PLAN.SCORE(D4,C4,B4)"],
  ["E5", '=PLAN.SCORE(D5,C5,B5,"lower")'],
  ["E6", "=PLAN.ROLLUP(E2:E5)"],
];

async function workbook(): Promise<MemoryExcel> {
  const host = createMemoryExcel({ sheets: [{ sheet: "BSC 2024", origin: { row: 0, col: 0 }, values: VALUES, merges: [] }] });
  await host.Excel.run(async (c) => {
    const ws = c.workbook.worksheets.getItem("BSC 2024");
    for (const [cell, f] of FORMULAS) ws.getRange(cell).formulas = [[f]];
    await c.sync();
  });
  return host;
}


async function formulas(host: MemoryExcel): Promise<Record<string, string>> {
  return host.Excel.run(async (c) => {
    const r = c.workbook.worksheets.getItem("BSC 2024").getRange("E2:F6").load("formulas");
    await c.sync();
    const out: Record<string, string> = {};
    r.formulas.forEach((row, i) => row.forEach((f, j) => typeof f === "string" && f.startsWith("=") && (out[`${"EF"[j]}${i + 2}`] = f)));
    return out;
  });
}

describe("making a workbook with PLAN formulas portable", () => {
  it("counts the PLAN formulas the pane offers to replace", async () => {
    const host = await workbook();
    expect(await host.Excel.run((c) => countPlanFormulas(c))).toEqual({ plan: 7, portable: 0 });
  });

  it("replaces those with a standard equivalent, keeps the others, and records what it replaced", async () => {
    const host = await workbook();
    const made = await host.Excel.run((c) => makeWorkbookPortable(c, { lang: "en" }));
    expect(made).toEqual({ replaced: 5, kept: 2 });
    const after = await formulas(host);
    expect(Object.entries(after).filter(([, f]) => /PLAN\./.test(f))).toEqual([
      ["E4", "=PLAN.SCORE(D4,C4,B4)"],
      ["E6", "=PLAN.ROLLUP(E2:E5)"],
    ]);
    expect(after.F2).toBe('=IF(ISNA(E2),"grey",IF(E2>=0.9,"green",IF(E2>=0.6,"amber","red")))');
    const { metadata } = await host.Excel.run((c) => readMetadata(c));
    expect(metadata.portable?.map((p) => [p.cell, p.plan])).toEqual([
      ["E2", "=PLAN.SCORE(D2,C2,B2)"],
      ["F2", "=PLAN.STATUS(E2)"],
      ["E3", "=PLAN.SCORE(D3,C3,B3)"],
      ["F3", "=PLAN.STATUS(E3,0.95,0.5)"],
      ["E5", '=PLAN.SCORE(D5,C5,B5,"lower")'],
    ]);
    expect(await host.Excel.run((c) => countPlanFormulas(c))).toEqual({ plan: 2, portable: 5 });
  });

  it("puts every PLAN formula back on Restore, except in a cell the user has changed since", async () => {
    const host = await workbook();
    const before = await formulas(host);
    await host.Excel.run((c) => makeWorkbookPortable(c, { lang: "en" }));
    await host.Excel.run(async (c) => {
      c.workbook.worksheets.getItem("BSC 2024").getRange("F3").formulas = [['=IF(E3>0.5,"ok","low")']];
      await c.sync();
    });
    expect(await host.Excel.run((c) => restorePlanFormulas(c, { lang: "en" }))).toBe(4);
    expect(await formulas(host)).toEqual({ ...before, F3: '=IF(E3>0.5,"ok","low")' });
    expect((await host.Excel.run((c) => readMetadata(c))).metadata.portable).toBeUndefined();
  });

  it("puts them back on Remove PlanCheck too, and leaves no record", async () => {
    const host = await workbook();
    const before = await formulas(host);
    await host.Excel.run((c) => makeWorkbookPortable(c, { lang: "en" }));
    await host.Excel.run((c) => removePlanCheck(c, { lang: "en" }));
    expect(await formulas(host)).toEqual(before);
    expect(host.workbookState.model.customXmlParts).toHaveLength(0);
  });

  it("changes nothing in a workbook whose PLAN formulas have no standard equivalent", async () => {
    const host = createMemoryExcel({ sheets: [{ sheet: "BSC 2024", origin: { row: 0, col: 0 }, values: VALUES, merges: [] }] });
    await host.Excel.run(async (c) => {
      c.workbook.worksheets.getItem("BSC 2024").getRange("E6").formulas = [["=PLAN.ROLLUP(E2:E5)"]];
      await c.sync();
    });
    expect(await host.Excel.run((c) => makeWorkbookPortable(c, { lang: "en" }))).toEqual({ replaced: 0, kept: 1 });
    expect(host.workbookState.model.customXmlParts).toHaveLength(0);
  });
});
