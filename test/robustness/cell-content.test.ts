import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { runCli } from "../cli/run-cli";
import { addPlanSheet, checkJson, ScratchFolder, task, type TableDoc } from "./run-on-file";

const scratch = new ScratchFolder();
beforeAll(() => scratch.open());
afterAll(() => scratch.close());

const at = (table: TableDoc, cell: string) => table.findings.filter((f) => f.cell === cell).map((f) => [f.code, f.value]);

describe("formulas whose result is an error value", () => {
  let tables: TableDoc[];
  beforeAll(async () => {
    const file = await scratch.workbook("errors.xlsx", (wb) => {
      const ws = addPlanSheet(wb, "План", [task(1), task(2), task(3)]);
      ws.getCell("C4").value = { formula: 'VLOOKUP("срок",H1:H2,1,FALSE)', result: { error: "#N/A" } } as ExcelJS.CellValue;
      ws.getCell("D5").value = { formula: "#REF!", result: { error: "#REF!" } } as ExcelJS.CellValue;
      ws.getCell("F3").value = { formula: "F1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue;
    });
    ({ tables } = await checkJson(file, "--period", "2019"));
  });

  it("reads each error as the text Excel shows in the cell", () => {
    const cells = tables[0].rows.map((r) => r.cells);
    expect(cells[0].indicator).toBe("#DIV/0!");
    expect(cells[1].deadline).toBe("#N/A");
    expect(cells[2].responsible).toBe("#REF!");
  });

  it("names the cell of each finding about an error value", () => {
    expect(at(tables[0], "C4")).toEqual([["deadline.unparsed", "#N/A"]]);
    expect(at(tables[0], "D5")).toEqual([["responsible.unknown", "#REF!"]]);
  });
});

describe("hidden and very hidden sheets", () => {
  it("are checked like visible ones and marked with their visibility", async () => {
    const file = await scratch.workbook("hidden.xlsx", (wb) => {
      addPlanSheet(wb, "План", [task(1)]);
      addPlanSheet(wb, "Rejestr", [task(1, { deadline: "скоро" })], "hidden");
      addPlanSheet(wb, "Archiwum", [task(1, { deadline: "скоро" })], "veryHidden");
    });
    const { tables } = await checkJson(file, "--period", "2019");
    expect(tables.map((t) => [t.sheet, t.visibility])).toEqual([
      ["План", undefined],
      ["Rejestr", "hidden"],
      ["Archiwum", "veryHidden"],
    ]);
    expect(tables.slice(1).map((t) => at(t, "C3"))).toEqual([[["deadline.unparsed", "скоро"]], [["deadline.unparsed", "скоро"]]]);
  });
});

describe("dates in the deadline column", () => {
  const september15 = { kind: "date", start: "2019-09-15", end: "2019-09-15" };

  it.each<[string, ExcelJS.CellValue, string | undefined]>([
    ["a date cell", new Date(Date.UTC(2019, 8, 15)), "dd.mm.yyyy"],
    ["a date cell with a time of day", new Date(Date.UTC(2019, 8, 15, 10, 30)), "dd.mm.yyyy hh:mm"],
    ["a serial number without a date format", 43723, undefined],
    ["text in the Bulgarian way", "15.09.2019", undefined],
    ["text with a year suffix", "15.09.2019 г.", undefined],
    ["ISO text", "2019-09-15", undefined],
  ])("reads %s as the day it names", async (_what, value, numFmt) => {
    const file = await scratch.workbook("dates.xlsx", (wb) => {
      const ws = addPlanSheet(wb, "План", [task(1, { deadline: value })]);
      if (numFmt) ws.getCell("C3").numFmt = numFmt;
    });
    const { tables } = await checkJson(file, "--period", "2019");
    expect(tables[0].rows[0].deadline).toMatchObject(september15);
  });

  it("reads date cells of a workbook counting from 1904 as the same days", async () => {
    const file = await scratch.workbook("dates-1904.xlsx", (wb) => {
      wb.properties.date1904 = true;
      addPlanSheet(wb, "План", [task(1, { deadline: new Date(Date.UTC(2019, 8, 15)) })]).getCell("C3").numFmt = "dd.mm.yyyy";
    });
    const [grid] = (await readWorkbook(file)).sheets;
    expect(grid.values[2][2]).toBe("2019-09-15");
  });
});

describe("right-to-left and mixed scripts", () => {
  const texts = {
    activity: "تدريب المعلمين على الدعم الشخصي",
    deadline: "\u200Fм. септември 2019 г.",
    responsible: "РУО – Кюстендил / مدرسة 5 / בית ספר",
    financing: "\u202Bתקציב העירייה\u202C",
    indicator: "👩‍🏫 Брой обучени учители (ученици: 1 200)",
  };
  /** An abbreviation no registry knows. */
  const UNKNOWN_BODY = "ПППП";

  let file: string;
  beforeAll(async () => {
    file = await scratch.workbook("rtl.xlsx", (wb) => {
      // The second task names a body nobody knows beside the Hebrew name: one finding to locate.
      addPlanSheet(wb, "תוכנית 2019", [task(1, texts), task(2, { responsible: `${UNKNOWN_BODY} / בית ספר` })]);
    });
  });

  it("reads every cell exactly as written, in a sheet named in Hebrew", async () => {
    const { error, tables } = await checkJson(file, "--period", "2019");
    expect(error).toBeNull();
    expect(tables[0].sheet).toBe("תוכנית 2019");
    expect(tables[0].rows[0].cells).toEqual({ number: "1.", ...texts });
    expect(tables[0].rows[0].deadline).toMatchObject({ kind: "month", start: "2019-09-01", end: "2019-09-30" });
    // Names in scripts PlanCheck has no words for are not guessed to be unknown bodies; the unknown abbreviation is.
    expect(tables[0].findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([["responsible.unknown", "תוכנית 2019", "D4"]]);
  });

  it("prints a readable report, not a crash, for the same sheet", async () => {
    const run = await runCli(["check", file, "--lang", "ru", "--period", "2019"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("תוכנית 2019!D4");
    expect(run.stdout).toContain(UNKNOWN_BODY);
  });
});

describe("cells of 32,767 characters, the most Excel holds", () => {
  const long = (s: string) => s.repeat(Math.ceil(32767 / s.length)).slice(0, 32766) + ".";
  const texts = {
    activity: long("Организиране на консултации за учениците по учебни предмети; "),
    deadline: long("м. септември 2019 г. "),
    responsible: long("детски градини, училища, РУО – Кюстендил, "),
    indicator: long("Брой обхванати ученици. "),
  };

  it("keeps every character and names the cells of the findings about them", async () => {
    const file = await scratch.workbook("long.xlsx", (wb) => {
      addPlanSheet(wb, "План", [task(1), task(2, texts), task(3)]);
    });
    const { error, tables } = await checkJson(file, "--period", "2019");
    expect(error).toBeNull();
    const row = tables[0].rows.find((r) => r.row === 4)!;
    for (const key of Object.keys(texts) as (keyof typeof texts)[]) {
      expect(row.cells[key]).toHaveLength(32767);
      expect(row.cells[key]).toBe(texts[key]);
    }
    expect(at(tables[0], "C4")).toEqual([["deadline.unparsed", texts.deadline]]);
  });
});
