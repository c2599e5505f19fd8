import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { detectPlanTables } from "../../src/engine/plan-tables";
import { buildScorecard } from "../../src/engine/scorecard";
import { makeWorkbookPortable } from "../../src/excel/make-portable";
import { STATUS_FILLS, writeScorecardSheet } from "../../src/excel/write-scorecard";
import { createMemoryExcel } from "../../src/memory-host";
import { SheetView } from "../../src/preview/SheetView";
import { freshSheets, PREVIEW_WORKBOOKS } from "../../src/preview/workbooks";

/**
 * The page's grid calculates where Excel would: the Scorecard sheet of the measured sample shows
 * scores and traffic lights, not formula text, in the PLAN.* form (computed by the custom
 * functions' own code) and after "make portable" (standard formulas) alike.
 */

async function scorecardWorkbook(form: "plan" | "portable") {
  const sample = PREVIEW_WORKBOOKS.find((w) => w.id === "bg-scorecard-measured")!;
  const host = createMemoryExcel({ sheets: freshSheets(sample) });
  const table = detectPlanTables(sample.sheets[0])[0];
  const written = await host.Excel.run((context) => writeScorecardSheet(context, table, { lang: "bg", form }));
  const sheet = host.workbookState.model.sheets.find((s) => s.name === written.sheet)!;
  host.workbookState.model.activeSheetId = sheet.id;
  return { host, table };
}

function cells(host: Awaited<ReturnType<typeof scorecardWorkbook>>["host"]) {
  const { container, unmount } = render(
    <FluentProvider theme={webLightTheme}>
      <SheetView workbook={host.workbookState} lang="bg" version={1} onActivate={() => undefined} />
    </FluentProvider>,
  );
  const out = [...container.querySelectorAll<HTMLElement>("td[data-address]")].map((td) => ({
    address: td.dataset.address!,
    text: td.textContent ?? "",
    formula: td.dataset.formula ?? null,
    fill: td.dataset.fill ?? null,
  }));
  unmount();
  return out;
}

describe("the grid of the browser page calculates formulas", () => {
  it("shows the PLAN.* scorecard's scores as numbers and its statuses as traffic lights", async () => {
    const { host, table } = await scorecardWorkbook("plan");
    const shown = cells(host);
    const formulas = shown.filter((c) => c.formula !== null);
    expect(formulas.length).toBeGreaterThan(10);
    // No formula left as text: every one is calculated by the page.
    expect(formulas.filter((c) => c.text.startsWith("="))).toEqual([]);
    const scores = formulas.filter((c) => /^=PLAN\.(SCORE|ROLLUP|ROLLUPIF)\(/.test(c.formula!));
    // Numbers as Excel's General shows them: ten significant digits at most.
    expect(scores.filter((c) => /^-?\d+(\.\d{1,10})?$/.test(c.text)).length).toBeGreaterThan(5);
    const statuses = formulas.filter((c) => c.formula!.startsWith("=PLAN.STATUS("));
    expect(statuses.length).toBeGreaterThan(5);
    for (const s of statuses) {
      expect(["green", "amber", "red", "grey"]).toContain(s.text);
      expect(s.fill).toBe(STATUS_FILLS[s.text as keyof typeof STATUS_FILLS]);
    }
    // The overall score is the engine's own.
    const card = buildScorecard(table);
    const overall = formulas.find((c) => c.formula!.startsWith("=PLAN.ROLLUP(") && !c.formula!.includes("ROLLUPIF") && Math.abs(Number(c.text) - card.score!) < 1e-9);
    expect(overall?.text).toBe(String(Number(card.score!.toPrecision(10))));
    expect(overall).toBeDefined();
  });

  it("shows the same numbers and lights once the scorecard is made portable", async () => {
    const plan = cells((await scorecardWorkbook("plan")).host);
    const { host } = await scorecardWorkbook("plan");
    const made = await host.Excel.run((context) => makeWorkbookPortable(context, { lang: "bg" }));
    expect(made.replaced).toBeGreaterThan(0);
    const portable = cells(host);
    // Cells whose PLAN.* formula now has a standard one in its place, and show the same.
    const rewritten = portable.filter((c, i) => c.formula !== plan[i].formula);
    expect(rewritten).toHaveLength(made.replaced);
    expect(rewritten.every((c) => !c.formula!.includes("PLAN.") && !c.text.startsWith("="))).toBe(true);
    expect(portable.map(({ address, text, fill }) => ({ address, text, fill }))).toEqual(plan.map(({ address, text, fill }) => ({ address, text, fill })));
  });

  it("shows a formula it cannot calculate as written, never a guess", async () => {
    const host = createMemoryExcel({ sheets: [{ sheet: "S", origin: { row: 0, col: 0 }, values: [[1, 2]], merges: [] }] });
    await host.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("C1:E1").formulas = [["=A1+B1", "=VLOOKUP(A1,A1:B1,2)", "=Other!A1"]];
      await context.sync();
    });
    const shown = cells(host);
    expect(shown.filter((c) => c.formula !== null).map((c) => [c.address, c.text])).toEqual([
      ["C1", "3"],
      ["D1", "=VLOOKUP(A1,A1:B1,2)"],
      ["E1", "=Other!A1"],
    ]);
  });
});
