import { gridFromRows } from "../../src/engine/grid";
import { createMemoryExcel, HostError } from "../../src/memory-host";

const plan = () =>
  createMemoryExcel({
    sheets: [
      gridFromRows("Plan", [
        ["№", "Дейност", "Срок"],
        ["1.", "Обучение на учители", "м. септември 2019 г."],
        ["2.", "Среща с родители", "постоянен"],
      ]),
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

describe("reading properties", () => {
  it("throws PropertyNotLoaded when a property is read without load and sync", async () => {
    const { Excel } = plan();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("A1:C3");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values[1]).toEqual(["1.", "Обучение на учители", "м. септември 2019 г."]);
      expect(() => range.address).toThrow(/property 'address' is not available/);
    });
  });

  it("returns empty cells as empty strings, as Excel does", async () => {
    const { Excel } = plan();
    const values = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("C3:D3").load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["постоянен", ""]]);
  });

  it("loads navigation paths and collection items", async () => {
    const { Excel } = plan();
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/visibility");
      const fill = context.workbook.worksheets.getItem("Plan").getRange("A1").load("format/fill/color");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([["Plan", "Visible"]]);
      expect(fill.format.fill.color).toBe("#FFFFFF");
    });
  });

  it("reads a ClientResult only after sync", async () => {
    const { Excel } = plan();
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(count.value).toBe(1);
    });
  });
});

describe("writing", () => {
  it("changes the workbook only at sync", async () => {
    const { Excel, workbookState } = plan();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("C2").values = [["2019-09-30"]];
      expect(workbookState.value("Plan", 1, 2)).toBe("м. септември 2019 г.");
      await context.sync();
      expect(workbookState.value("Plan", 1, 2)).toBe("2019-09-30");
    });
  });

  it("shows a value just set on the proxy without a load", async () => {
    const { Excel } = plan();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("A4");
      range.values = [["3."]];
      expect(range.values).toEqual([["3."]]);
    });
  });

  it("stores text the way Excel reads typed input: formulas, numbers and apostrophe-quoted text", async () => {
    const { Excel, workbookState } = plan();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("D1:D5").values = [["=1+1"], ["'=1+1"], ["12"], ["-cmd"], ["'12"]];
      await context.sync();
    });
    const sheet = workbookState.sheet("Plan");
    expect(sheet.formulas.size).toBe(2);
    expect([...sheet.formulas.values()]).toEqual(["=1+1", "=-cmd"]);
    expect(workbookState.value("Plan", 1, 3)).toBe("=1+1");
    expect(workbookState.value("Plan", 2, 3)).toBe(12);
    expect(workbookState.value("Plan", 4, 3)).toBe("12");
  });

  it("rejects an array whose shape differs from the range", async () => {
    const { Excel } = plan();
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("A1:B1").values = [["only one"]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
    expect(err.debugInfo.errorLocation).toBe("Range.values");
  });

  it("keeps the commands that ran before a failure and reports the traces that ran", async () => {
    const { Excel, workbookState } = plan();
    const err = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Plan");
        sheet.getRange("D1").values = [["written"]];
        context.trace("values");
        context.workbook.worksheets.getItem("No such sheet").getRange("A1").values = [["x"]];
        context.trace("second sheet");
        sheet.getRange("D2").values = [["never"]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("ItemNotFound");
    expect(err.traceMessages).toEqual(["values"]);
    expect(workbookState.value("Plan", 0, 3)).toBe("written");
    expect(workbookState.value("Plan", 1, 3)).toBeNull();
  });
});

describe("syncs and payloads", () => {
  it("counts every sync, including the one Excel.run makes for pending commands", async () => {
    const { Excel, stats } = plan();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A1").load("values");
      await context.sync();
      context.workbook.worksheets.getItem("Plan").getRange("E1").values = [["x"]];
    });
    expect(stats.syncs).toBe(2);
    expect(stats.log[1].writes).toBe(1);
  });

  it("measures each sync's payload from what is sent and what comes back", async () => {
    const { Excel, stats } = plan();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A1:A1").load("values");
      await context.sync();
      context.workbook.worksheets.getItem("Plan").getRange("A1:C3").load("values");
      await context.sync();
    });
    expect(stats.payloads).toHaveLength(2);
    expect(stats.payloads[1]).toBeGreaterThan(stats.payloads[0]);
    // Cyrillic text counts two bytes a letter, as it travels in UTF-8.
    expect(stats.log[1].responseBytes).toBeGreaterThan(JSON.stringify(["Обучение на учители", "м. септември 2019 г."]).length);
    expect(stats.maxPayload).toBe(Math.max(...stats.payloads));
  });

  it("rejects a request over 5 MB without running it", async () => {
    const { Excel, workbookState } = plan();
    const big = "x".repeat(5 * 1024 * 1024 + 10);
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("F1").values = [[big]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(workbookState.value("Plan", 0, 5)).toBeNull();
  });

  it("rejects a response over the limit", async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [`row ${i} `.repeat(5)]);
    const excel = createMemoryExcel({ sheets: [gridFromRows("Big", rows)] }, { limitBytes: 50_000 });
    const err = await rejection(
      excel.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Big").getRange("A1:A2000").load("values");
        await context.sync();
      }),
    );
    expect(err.code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("records whether calculation was suspended for a batch", async () => {
    const { Excel, stats } = plan();
    await Excel.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("Plan").getRange("A5").values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem("Plan").getRange("A6").values = [[2]];
      await context.sync();
    });
    expect(stats.log.map((s) => s.calculationSuspended)).toEqual([true, false]);
  });

  it("refuses objects used after their batch ended", async () => {
    const { Excel } = plan();
    const range = await Excel.run(async (context) => context.workbook.worksheets.getItem("Plan").getRange("A1"));
    expect(() => range.load("values")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });
});
