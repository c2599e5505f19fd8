import { gridFromRows } from "../../src/engine/grid";
import { createMemoryExcel, HostError } from "../../src/memory-host";

const workbook = () =>
  createMemoryExcel({
    sheets: [
      gridFromRows("Karta wyników", [
        ["Perspektywa", "Cel", "Wynik"],
        ["Uczniowie", "Lepsze wyniki", 0.75],
        ["Kadra", "Szkolenia", 1],
      ]),
      gridFromRows("Plan", [["Lp.", "Zadanie"]]),
    ],
  });

async function rejection(p: Promise<unknown>): Promise<HostError> {
  try {
    await p;
  } catch (err) {
    return err as HostError;
  }
  throw new Error("expected the promise to reject");
}

describe("charts on a worksheet", () => {
  it("adds a chart of a range with its type, title and position, named as Excel names it", async () => {
    const { Excel, workbookState } = workbook();
    const loaded = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Karta wyników");
      const chart = sheet.charts.add("BarClustered" as Excel.ChartType, sheet.getRange("B1:C3"), "Columns" as Excel.ChartSeriesBy);
      chart.title.text = "Wynik według celów";
      chart.setPosition("E2", "L18");
      const charts = sheet.charts.load("items/name,items/chartType,items/title/text");
      await context.sync();
      return charts.items.map((c) => [c.name, c.chartType, c.title.text]);
    });
    expect(loaded).toEqual([["Chart 1", "BarClustered", "Wynik według celów"]]);
    const [model] = workbookState.sheet("Karta wyników").charts;
    expect(model.source).toEqual({ top: 0, left: 1, bottom: 2, right: 2 });
    expect(model.position).toEqual({ start: "E2", end: "L18" });
    expect(model.title).toEqual({ text: "Wynik według celów", visible: true });
  });

  it("reads a chart's properties only after they are loaded and synced", async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Karta wyników");
      const chart = sheet.charts.add("BarClustered" as Excel.ChartType, sheet.getRange("B1:C3"));
      expect(() => chart.name).toThrow(/call the load method/);
      chart.load("name");
      await context.sync();
      expect(chart.name).toBe("Chart 1");
    });
  });

  it("refuses a chart type Excel does not know and data on another sheet", async () => {
    const { Excel } = workbook();
    const unknownType = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Karta wyników");
        sheet.charts.add("Sparkle" as Excel.ChartType, sheet.getRange("B1:C3"));
        await context.sync();
      }),
    );
    expect(unknownType.code).toBe("InvalidArgument");
    const elsewhere = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Karta wyników");
        sheet.charts.add("BarClustered" as Excel.ChartType, context.workbook.worksheets.getItem("Plan").getRange("A1:B1"));
        await context.sync();
      }),
    );
    expect(elsewhere.code).toBe("InvalidArgument");
  });

  it("deletes a chart, and the sheet's charts go with the sheet", async () => {
    const { Excel, workbookState } = workbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Karta wyników");
      sheet.charts.add("BarClustered" as Excel.ChartType, sheet.getRange("B1:C3"));
      sheet.charts.add("ColumnClustered" as Excel.ChartType, sheet.getRange("B1:C3"));
      await context.sync();
      sheet.charts.getItem("chart 1").delete();
      const count = sheet.charts.getCount();
      await context.sync();
      expect(count.value).toBe(1);
      sheet.delete();
      await context.sync();
    });
    expect(workbookState.model.sheets.flatMap((s) => s.charts)).toEqual([]);
  });
});
