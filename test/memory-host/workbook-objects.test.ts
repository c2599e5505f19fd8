import { gridFromRows } from "../../src/engine/grid";
import { createMemoryExcel, HostError } from "../../src/memory-host";

const workbook = () =>
  createMemoryExcel({
    sheets: [
      gridFromRows(
        "Harmonogram",
        [
          ["Lp.", "Zadanie", "Termin", "MONITOROWANIE", null],
          [null, null, null, "Wskaźnik", "Miernik"],
          ["1.", "Diagnoza potrzeb", "Styczeń/luty 2018", "Raport", 1],
          ["2.", "Szkolenia", "Rok szkolny 2018/2019", "Lista obecności", 3],
        ],
        [
          { row: 0, col: 3, rowCount: 1, colCount: 2 },
          { row: 0, col: 0, rowCount: 2, colCount: 1 },
        ],
      ),
      { ...gridFromRows("Ukryty", [["tajne"]]), visibility: "hidden" },
      { ...gridFromRows("Bardzo ukryty", [["x"]]), visibility: "veryHidden" },
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

describe("tables", () => {
  it("makes a table with unique header texts, as Excel names them", async () => {
    const { Excel, workbookState } = workbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Harmonogram");
      sheet.getRange("A3:E4").values = [
        ["Lp.", "", "Termin", "Lp.", 2018],
        ["1.", "x", "y", "z", 1],
      ];
      const table = sheet.tables.add("A3:E4", true);
      table.load("name");
      await context.sync();
      expect(table.name).toBe("Table1");
    });
    expect(workbookState.values("Harmonogram")[2]).toEqual(["Lp.", "Column2", "Termin", "Lp.2", "2018"]);
  });

  it("refuses a table that overlaps another table", async () => {
    const { Excel } = workbook();
    const err = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Harmonogram");
        sheet.tables.add("B3:C4", true);
        sheet.tables.add("C3:E4", true);
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
    expect(err.message).toMatch(/overlap/);
    expect(err.debugInfo.errorLocation).toBe("TableCollection.add");
  });

  it("refuses a table over merged cells", async () => {
    const { Excel } = workbook();
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Harmonogram").tables.add("A2:E4", true);
        await context.sync();
      }),
    );
    expect(err.code).toBe("MergedRangeConflict");
  });

  it("keeps the data when a table is converted back to a range", async () => {
    const { Excel, workbookState } = workbook();
    await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Harmonogram").tables.add("B3:C4", true);
      await context.sync();
      table.convertToRange();
      const count = context.workbook.tables.getCount();
      await context.sync();
      expect(count.value).toBe(0);
    });
    expect(workbookState.values("Harmonogram")[3]).toEqual(["2.", "Szkolenia", "Rok szkolny 2018/2019", "Lista obecności", 3]);
  });
});

describe("data validation", () => {
  it("stores a list rule, a prompt and an alert", async () => {
    const { Excel, workbookState } = workbook();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Harmonogram").getRange("E3:E4");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "szt.,%,osoby" } };
      range.dataValidation.prompt = { title: "Miernik", message: "Wybierz jednostkę z listy.", showPrompt: true };
      range.dataValidation.errorAlert = { title: "Miernik", message: "Nieznana jednostka", showAlert: true, style: "Warning" };
      range.dataValidation.load("type,prompt");
      await context.sync();
      expect(range.dataValidation.type).toBe("List");
      expect(range.dataValidation.prompt.message).toBe("Wybierz jednostkę z listy.");
    });
    expect(workbookState.sheet("Harmonogram").validation.size).toBe(2);
  });

  it.each([
    ["two kinds of criteria", { list: { source: "a,b", inCellDropDown: true }, wholeNumber: { formula1: 1, operator: "GreaterThan" } }],
    ["an empty list", { list: { source: "", inCellDropDown: true } }],
    ["a typed list over 255 characters", { list: { source: Array.from({ length: 60 }, (_, i) => `unit${i}`).join(","), inCellDropDown: true } }],
    ["an unknown operator", { decimal: { formula1: 1, operator: "Around" } }],
    ["Between without an upper bound", { wholeNumber: { formula1: 1, operator: "Between" } }],
    ["a date that is not a date", { date: { formula1: "wrzesień", operator: "GreaterThan" } }],
  ])("rejects a rule with %s", async (_name, rule) => {
    const { Excel, workbookState } = workbook();
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Harmonogram").getRange("E3:E4").dataValidation.rule = rule as Excel.DataValidationRule;
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
    expect(err.debugInfo.errorLocation).toBe("DataValidation.rule");
    expect(workbookState.sheet("Harmonogram").validation.size).toBe(0);
  });

  it("rejects a prompt title longer than Excel allows", async () => {
    const { Excel } = workbook();
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Harmonogram").getRange("C3").dataValidation.prompt = {
          title: "Termin realizacji zadania w harmonogramie",
          message: "",
          showPrompt: true,
        };
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
  });

  it("clears validation from the given cells only", async () => {
    const { Excel, workbookState } = workbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Harmonogram");
      sheet.getRange("E3:E4").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      sheet.getRange("E4").dataValidation.clear();
      const both = sheet.getRange("E3:E4").dataValidation.load("type");
      await context.sync();
      expect(both.type).toBe("Inconsistent");
    });
    expect(workbookState.sheet("Harmonogram").validation.size).toBe(1);
  });
});

describe("null objects", () => {
  it("answers isNullObject after sync and refuses it before", async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Raport PlanCheck");
      const present = context.workbook.worksheets.getItemOrNullObject("Harmonogram");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("looks a null object up at its place in the batch", async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      const before = context.workbook.worksheets.getItemOrNullObject("Nowy");
      context.workbook.worksheets.add("Nowy");
      const after = context.workbook.worksheets.getItemOrNullObject("Nowy");
      await context.sync();
      expect([before.isNullObject, after.isNullObject]).toEqual([true, false]);
    });
  });

  it("gives merged areas, or a null object where there are none", async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Harmonogram");
      const header = sheet.getRange("A1:E2").getMergedAreasOrNullObject();
      header.load("address,areaCount");
      const body = sheet.getRange("A3:E4").getMergedAreasOrNullObject();
      await context.sync();
      expect(header.areaCount).toBe(2);
      expect(header.address).toBe("Harmonogram!D1:E1,Harmonogram!A1:A2");
      expect(body.isNullObject).toBe(true);
    });
  });

  it("fails an action on a null object", async () => {
    const { Excel } = workbook();
    const err = await rejection(
      Excel.run(async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject("Brak");
        missing.getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("ItemNotFound");
  });

  it("gives a null used range for an empty sheet and A1 for getUsedRange", async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Pusty");
      const used = sheet.getUsedRangeOrNullObject(true);
      const a1 = sheet.getUsedRange(true).load("address");
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(a1.address).toBe("Pusty!A1");
    });
  });
});

describe("hidden sheets", () => {
  it("reports hidden and very hidden sheets", async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/visibility");
      await context.sync();
      expect(sheets.items.map((s) => s.visibility)).toEqual(["Visible", "Hidden", "VeryHidden"]);
    });
  });

  it("refuses to hide the last visible sheet", async () => {
    const { Excel } = workbook();
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Harmonogram").visibility = "Hidden";
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidOperation");
  });

  it("cannot select a cell on a hidden sheet", async () => {
    const { Excel, workbookState } = workbook();
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Ukryty").getRange("A1").select();
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidOperation");
    expect(workbookState.selection()).toBeNull();
  });
});

describe("selection, links, formats and parts", () => {
  it("records the selected range and activates its sheet", async () => {
    const { Excel, workbookState } = workbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Raport");
      sheet.activate();
      context.workbook.worksheets.getItem("Harmonogram").getRange("C4").select();
      await context.sync();
    });
    expect(workbookState.selection()).toEqual({ sheet: "Harmonogram", address: "C4" });
    expect(workbookState.activeSheet()).toBe("Harmonogram");
  });

  it("stores a hyperlink to a cell and shows its text", async () => {
    const { Excel, workbookState } = workbook();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Harmonogram").getRange("G1").hyperlink = { documentReference: "'Harmonogram'!C4", textToDisplay: "C4" };
      await context.sync();
    });
    const sheet = workbookState.sheet("Harmonogram");
    expect([...sheet.hyperlinks.values()]).toEqual([{ documentReference: "'Harmonogram'!C4", textToDisplay: "C4" }]);
    expect(workbookState.value("Harmonogram", 0, 6)).toBe("C4");
  });

  it("shows a conditional format's fill over the cell's own fill until it is deleted", async () => {
    const { Excel, workbookState } = workbook();
    const id = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Harmonogram");
      sheet.getRange("C3").format.fill.color = "#DDEBF7";
      const cf = sheet.getRanges("C3, E4").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=TRUE";
      cf.custom.format.fill.color = "#FFC7CE";
      cf.load("id");
      await context.sync();
      return cf.id;
    });
    expect([workbookState.fill("Harmonogram", 2, 2), workbookState.fill("Harmonogram", 3, 4)]).toEqual(["#FFC7CE", "#FFC7CE"]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Harmonogram").getRange().conditionalFormats.getItem(id).delete();
      await context.sync();
    });
    expect([workbookState.fill("Harmonogram", 2, 2), workbookState.fill("Harmonogram", 3, 4)]).toEqual(["#DDEBF7", null]);
  });

  it("finds custom XML parts by the namespace of their root element", async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      context.workbook.customXmlParts.add('<meta xmlns="urn:example:one"><a>1</a></meta>');
      context.workbook.customXmlParts.add('<other xmlns="urn:example:two"/>');
      await context.sync();
      const part = context.workbook.customXmlParts.getByNamespace("urn:example:one").getOnlyItemOrNullObject();
      await context.sync();
      const xml = part.getXml();
      await context.sync();
      expect(xml.value).toBe('<meta xmlns="urn:example:one"><a>1</a></meta>');
    });
  });

  it("gives a namespace's only part with its XML in one sync, and a null object when it has none or several", async () => {
    const { Excel, stats } = workbook();
    await Excel.run(async (context) => {
      const parts = context.workbook.customXmlParts;
      parts.add('<meta xmlns="urn:example:one"><a>1</a></meta>');
      parts.add('<meta xmlns="urn:example:two"><a>1</a></meta>');
      parts.add('<meta xmlns="urn:example:two"><a>2</a></meta>');
      // Each part is asked for, and its XML queued on it, in the batch that adds the parts.
      const one = parts.getByNamespace("urn:example:one").getOnlyItemOrNullObject();
      const none = parts.getByNamespace("urn:example:none").getOnlyItemOrNullObject();
      const several = parts.getByNamespace("urn:example:two").getOnlyItemOrNullObject();
      const xml = [one, none, several].map((p) => p.getXml());
      expect(() => one.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect([one.isNullObject, none.isNullObject, several.isNullObject]).toEqual([false, true, true]);
      expect(xml.map((x) => x.value)).toEqual(['<meta xmlns="urn:example:one"><a>1</a></meta>', undefined, undefined]);
    });
    expect(stats.syncs).toBe(1);
    expect(stats.log[0].failed).toBeUndefined();
  });

  it("counts a namespace's parts where getOnlyItemOrNullObject stands in the batch", async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      const parts = context.workbook.customXmlParts;
      const before = parts.getByNamespace("urn:example:one").getOnlyItemOrNullObject();
      parts.add('<meta xmlns="urn:example:one"/>');
      const after = parts.getByNamespace("urn:example:one").getOnlyItemOrNullObject().load("id");
      parts.add('<meta xmlns="urn:example:one"/>');
      const afterSecond = parts.getByNamespace("urn:example:one").getOnlyItemOrNullObject();
      await context.sync();
      expect([before.isNullObject, after.isNullObject, afterSecond.isNullObject]).toEqual([true, false, true]);
      expect(after.id).toMatch(/^\{[0-9A-F-]+\}$/);
    });
  });

  it("rejects a custom XML part that is not well-formed", async () => {
    const { Excel } = workbook();
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.customXmlParts.add("<meta><a></meta>");
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
  });

  it("keeps settings as JSON values", async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      context.workbook.settings.add("plancheck", { version: 1 });
      const item = context.workbook.settings.getItem("plancheck").load("value");
      await context.sync();
      expect(item.value).toEqual({ version: 1 });
    });
  });

  it("freezes header rows and reports where", async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Harmonogram");
      sheet.freezePanes.freezeRows(2);
      const where = sheet.freezePanes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(where.address).toBe("Harmonogram!A1:XFD2");
    });
  });
});
