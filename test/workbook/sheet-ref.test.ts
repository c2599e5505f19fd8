import { quoteSheetName, sheetOfReference, sheetRef, splitSheetReference } from "../../src/workbook/sheet-ref";

describe("sheet names in references", () => {
  it.each([
    ["План 2019", "A1", "'План 2019'!A1"],
    ["Plan's report", "$A$1", "'Plan''s report'!$A$1"],
    ["Harmonogram", "C4", "'Harmonogram'!C4"],
  ])("quotes %j in a reference PlanCheck writes", (sheet, cell, ref) => {
    expect(sheetRef(sheet, cell)).toBe(ref);
    expect(sheetOfReference(ref)).toBe(sheet);
  });

  it.each([
    ["Sheet1", "Sheet1"],
    ["Harmonogram_2018", "Harmonogram_2018"],
    ["Показатели", "Показатели"],
    ["AB12", "'AB12'"],
    ["Plan 2019", "'Plan 2019'"],
    ["2019", "'2019'"],
    ["R&D", "'R&D'"],
    ["It's", "'It''s'"],
  ])("writes %j as Excel shows it in an address: %s", (name, shown) => {
    expect(quoteSheetName(name)).toBe(shown);
  });

  it("reads the sheet of a bare reference and finds none in a broken one", () => {
    expect(sheetOfReference("Report!$A$1")).toBe("Report");
    expect(sheetOfReference("#REF!$A$1")).toBeNull();
  });

  it.each([
    ["'It''s'!A1:B2", { sheet: "It's", rest: "A1:B2" }],
    ["'Plan 2019'!$A$1", { sheet: "Plan 2019", rest: "$A$1" }],
    ["Sheet1!C3", { sheet: "Sheet1", rest: "C3" }],
    ["B2:D9", { sheet: null, rest: "B2:D9" }],
  ])("splits %j into its sheet and its address", (ref, parts) => {
    expect(splitSheetReference(ref)).toEqual(parts);
  });

  it.each(["'Plan 2019!A1", "'Plan'A1", "'open", "#REF!A1", "It's!A1"])("refuses %j as a reference", (ref) => {
    expect(splitSheetReference(ref)).toBeNull();
  });
});
