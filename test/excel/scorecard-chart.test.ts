import type { CellValue } from "../../src/engine/grid";
import { writeScorecardSheet } from "../../src/excel/write-scorecard";
import { removePlanCheck } from "../../src/excel/remove";
import { translator } from "../../src/i18n";
import { createMemoryExcel } from "../../src/memory-host";
import { cellKey } from "../../src/memory-host/state";
import { makeTable } from "../engine/rules/make-table";

/** The Bulgarian children-at-risk scorecard's shape: three perspectives, one objective each. */
const TABLE = makeTable({
  sheet: "BSC",
  headerRow: 4,
  columns: ["perspective", "objective", "indicator", "unit", "baseline", "target", "actual", "weight"],
  rows: [
    ["КАЧЕСТВО И РЕЗУЛТАТИ", "Подобрена ефективност на Механизма", "Относителен дял на обхванатите", "%", "70%", "90%", "85%", "2"],
    [null, null, "Брой върнати в училище деца", "Брой", "0", "40", "10", "1"],
    ["СТРУКТУРИ И ПРОЦЕСИ", "Идентифициране и оценка на риска", "Брой индивидуални оценки", "Брой", "", "120", "", "1"],
    ["ХОРА И КОМПЕТЕНТНОСТИ", "Подкрепа за развитието на професиите", "Степен на удовлетвореност на служителите", "", "Ниска", "Висока", "Висока", "1"],
  ],
});

const workbook = () => {
  const grid = (sheet: string, values: CellValue[][]) => ({ sheet, origin: { row: 0, col: 0 }, values, merges: [] });
  return createMemoryExcel({ sheets: [grid("BSC", [["x"]])] });
};

describe("the chart on the Scorecard sheet in Excel", () => {
  it("plots each objective's score as a bar, titled in the user's language, beside the table", async () => {
    const host = workbook();
    await host.Excel.run((c) => writeScorecardSheet(c, TABLE, { lang: "bg" }));
    const sheet = host.workbookState.sheet(translator("bg").t("scorecard.sheet-name"));
    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    expect(chart.chartType).toBe("BarClustered");
    expect(chart.seriesBy).toBe("Columns");
    expect(chart.title).toEqual({ text: translator("bg").t("scorecard.chart.title"), visible: true });

    // Its source is the objectives block: the heading row, then one row an objective, names in B and scores in C.
    const values = host.workbookState.values(translator("bg").t("scorecard.sheet-name"));
    const rows = values.slice(chart.source.top, chart.source.bottom + 1).map((r) => r.slice(chart.source.left, chart.source.right + 1));
    expect(rows[0]).toEqual([translator("bg").t("role.objective"), translator("bg").t("scorecard.col.score")]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      "Подобрена ефективност на Механизма",
      "Идентифициране и оценка на риска",
      "Подкрепа за развитието на професиите",
    ]);
    for (let r = chart.source.top + 1; r <= chart.source.bottom; r++) expect(sheet.formulas.get(cellKey(r, 2)) ?? "").toMatch(/^=/);

    // Placed right of every column the table uses, so it covers none of the sheet's cells.
    const used = Math.max(...values.map((r) => r.length));
    const start = /^([A-Z]+)(\d+)$/.exec(chart.position!.start)!;
    expect(start[1].length > 1 || start[1].charCodeAt(0) - 65 >= used).toBe(true);
  });

  it("is written once when the scorecard is written again", async () => {
    const host = workbook();
    await host.Excel.run((c) => writeScorecardSheet(c, TABLE, { lang: "en" }));
    await host.Excel.run((c) => writeScorecardSheet(c, TABLE, { lang: "en" }));
    expect(host.workbookState.model.sheets.flatMap((s) => s.charts)).toHaveLength(1);
  });

  it("goes with the Scorecard sheet when PlanCheck is removed", async () => {
    const host = workbook();
    await host.Excel.run((c) => writeScorecardSheet(c, TABLE, { lang: "en" }));
    await host.Excel.run((c) => removePlanCheck(c, { lang: "en" }));
    expect(host.workbookState.model.sheets.map((s) => s.name)).toEqual(["BSC"]);
    expect(host.workbookState.model.sheets.flatMap((s) => s.charts)).toEqual([]);
  });

  it("is not drawn for a scorecard whose objectives have no names", async () => {
    const host = workbook();
    const unnamed = makeTable({
      sheet: "BSC",
      headerRow: 1,
      columns: ["perspective", "indicator", "target", "actual"],
      rows: [["Ученици", "Среден успех", "5", "4"]],
    });
    await host.Excel.run((c) => writeScorecardSheet(c, unnamed, { lang: "en" }));
    expect(host.workbookState.sheet("Scorecard").charts).toEqual([]);
  });
});
