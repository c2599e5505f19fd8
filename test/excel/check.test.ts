import { gridFromRows, parseCellAddress, type SheetGrid } from "../../src/engine/grid";
import type { Role } from "../../src/engine/roles";
import { applyTypedTable } from "../../src/excel/apply-typed-table";
import { checkInExcel, clearMarks, selectFinding, writeReportSheet, type ExcelCheck } from "../../src/excel/check";
import { createMemoryExcel, type MemoryExcel } from "../../src/memory-host";
import { cellKey } from "../../src/memory-host/state";

/** A Bulgarian plan with gaps: task 2 has no deadline, task 3 no responsible body. */
const plan = (): SheetGrid =>
  gridFromRows("План 2019", [
    ["Годишен план за 2019 г.", null, null, null],
    ["№", "Дейност", "Срок", "Отговорник"],
    ["1.", "Обучение на учители", "м. септември 2019 г.", "РУО"],
    ["2.", "Консултации за родители", null, "МОН"],
    ["3.", "Среща с родители", "постоянен", null],
  ]);

async function checked(excel: MemoryExcel) {
  return excel.Excel.run((context) => checkInExcel(context, { lang: "bg", today: "2019-06-01" }));
}

/** Lets every promise and queued task run until the code under test waits on something outside it. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

function markRules(excel: MemoryExcel) {
  return excel.workbookState.sheet("План 2019").conditionalFormats;
}

describe("checking inside Excel", () => {
  it("marks every cell with a finding in the colour of its most serious finding", async () => {
    const excel = createMemoryExcel({ sheets: [plan()] });
    const check = await checked(excel);
    const errors = check.report.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.cell)).toEqual(expect.arrayContaining(["C4", "D5"]));
    for (const f of errors) {
      const { row, col } = parseCellAddress(f.cell)!;
      expect(excel.workbookState.fill("План 2019", row, col)).toBe("#FFC7CE");
    }
    expect(excel.workbookState.fill("План 2019", 2, 1)).toBeNull();
  });

  it("replaces its marks on the next check and clears them exactly, keeping the user's own fills and formats", async () => {
    const excel = createMemoryExcel({ sheets: [plan()] });
    await excel.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("План 2019");
      sheet.getRange("C4").format.fill.color = "#E2EFDA";
      const own = sheet.getRange("A3:A5").conditionalFormats.add("Custom");
      own.custom.rule.formula = "=A3=\"1.\"";
      own.custom.format.fill.color = "#FFFF00";
      await context.sync();
    });
    await checked(excel);
    const afterFirst = markRules(excel).length;
    await checked(excel);
    expect(markRules(excel)).toHaveLength(afterFirst);
    expect(excel.workbookState.fill("План 2019", 3, 2)).toBe("#FFC7CE");

    const cleared = await excel.Excel.run((context) => clearMarks(context, { lang: "bg" }));
    expect(cleared).toBe(afterFirst - 1);
    expect(markRules(excel).map((f) => f.formula)).toEqual(['=A3="1."']);
    expect(excel.workbookState.fill("План 2019", 3, 2)).toBe("#E2EFDA");
  });

  it("writes the report: a summary, then one linked row per finding, as an Excel table", async () => {
    const excel = createMemoryExcel({ sheets: [plan()] });
    const check = await checked(excel);
    const written = await excel.Excel.run((context) => writeReportSheet(context, check.report, { lang: "bg" }));
    const values = excel.workbookState.values(written.sheet);
    expect(values[0].slice(0, 2)).toEqual(["Таблици на плана", 1]);
    expect(values[4].slice(0, 2)).toEqual(["Състояние", "Не е готов за внасяне"]);
    const header = values[6];
    expect(header[0]).toBe("Клетка");
    expect(values.slice(7)).toHaveLength(check.report.findings.length);

    const sheet = excel.workbookState.sheet(written.sheet);
    check.report.findings.forEach((f, i) => {
      const link = sheet.hyperlinks.get(cellKey(7 + i, 0));
      expect(link).toEqual({ documentReference: `'${f.sheet}'!${f.cell}`, textToDisplay: `${f.sheet}!${f.cell}` });
      expect(values[7 + i][1]).toBe(f.code);
    });
    const table = excel.workbookState.model.tables.find((t) => t.sheetId === sheet.id);
    expect(table?.box).toEqual({ top: 6, left: 0, bottom: 6 + check.report.findings.length, right: 6 });
  });

  it("writes a plan's formula-like text into the report as text, so nothing in it can run", async () => {
    const hostile = ['=HYPERLINK("http://example.invalid","клик")', "+7 999 РУО", "-Неизвестно ведомство", "@SUM(1)"];
    // Known bodies on most rows: a column of nothing but unknown names is questioned once, at its
    // header, and the hostile texts must each come back as a finding's own value.
    const grid = gridFromRows("План 2019", [
      ["Годишен план за 2019 г.", null, null, null],
      ["№", "Дейност", "Срок", "Отговорник"],
      ["1.", "Обучение на учители", "м. септември 2019 г.", "РУО"],
      ["2.", "Консултации за родители", null, "МОН"],
      ["3.", "Среща с родители", "постоянен", null],
      ...["4.", "5.", "6.", "7."].map((n) => [n, "Заседание на педагогическия съвет", "м. октомври 2019 г.", "РУО"]),
    ]);
    grid.values[2][2] = hostile[0];
    grid.values[2][3] = hostile[1];
    grid.values[3][3] = hostile[2];
    grid.values[4][3] = hostile[3];
    const excel = createMemoryExcel({ sheets: [grid] });
    const check = await checked(excel);
    expect(check.report.findings.map((f) => f.value)).toEqual(expect.arrayContaining(hostile));
    const written = await excel.Excel.run((context) => writeReportSheet(context, check.report, { lang: "en" }));
    const sheet = excel.workbookState.sheet(written.sheet);
    expect(sheet.formulas.size).toBe(0);
    expect(excel.workbookState.values(written.sheet).flat()).toEqual(expect.arrayContaining(hostile));
    // Links go to cells of this workbook only, never to an address outside it.
    for (const link of sheet.hyperlinks.values()) {
      expect(link.address).toBeUndefined();
      expect(link.documentReference).toMatch(/^'План 2019'![A-Z]+\d+$/);
    }
  });

  it("rewriting the report replaces the old one and nothing else", async () => {
    const excel = createMemoryExcel({ sheets: [plan()] });
    const check = await checked(excel);
    await excel.Excel.run((context) => writeReportSheet(context, check.report, { lang: "pl" }));
    await excel.Excel.run((context) => writeReportSheet(context, check.report, { lang: "pl" }));
    expect(excel.workbookState.model.sheets.map((s) => s.name)).toEqual(["План 2019", "Raport PlanCheck"]);
    expect(excel.workbookState.model.tables).toHaveLength(1);
    expect(excel.workbookState.model.customXmlParts).toHaveLength(1);
  });

  it("selects a finding's cell, and says why when its sheet is hidden", async () => {
    const excel = createMemoryExcel({ sheets: [plan(), { ...gridFromRows("Скрит", [["x"]]), visibility: "hidden" }] });
    await excel.Excel.run((context) => selectFinding(context, { sheet: "План 2019", cell: "C4" }));
    expect(excel.workbookState.selection()).toEqual({ sheet: "План 2019", address: "C4" });
    await expect(excel.Excel.run((context) => selectFinding(context, { sheet: "Скрит", cell: "A1" }))).rejects.toMatchObject({
      key: "excel.error.hidden-sheet",
      params: { sheet: "Скрит", cell: "A1" },
    });
  });

  it("waits for a slow progress callback before each next step, and sends Excel nothing meanwhile", async () => {
    const excel = createMemoryExcel({ sheets: [plan()] });
    const events: string[] = [];
    const release: (() => void)[] = [];
    const running = excel.Excel.run((context) =>
      checkInExcel(context, {
        lang: "bg",
        onProgress: (p) => {
          events.push(`${p.phase} ${p.done} after ${excel.stats.syncs} syncs`);
          // The pane drawing the new phase: done only when the test says so.
          return new Promise<void>((resolve) => release.push(() => (events.push(`${p.phase} drawn`), resolve())));
        },
      }),
    );
    for (let step = 1; step <= 4; step++) {
      await settle();
      const syncs = excel.stats.syncs;
      await settle();
      // The check waits on this callback: no further callback, no sync, however long it takes.
      expect({ step, callbacks: release.length, syncs: excel.stats.syncs }).toEqual({ step, callbacks: step, syncs });
      release[step - 1]();
    }
    const check = await running;
    expect(events).toEqual([
      "read 0 after 0 syncs",
      "read drawn",
      "check 0.5 after 2 syncs",
      "check drawn",
      "mark 0.8 after 2 syncs",
      "mark drawn",
      "mark 1 after 3 syncs",
      "mark drawn",
    ]);
    expect(excel.stats.syncs).toBe(3);
    expect(check.marked).toBeGreaterThan(0);
  });

  it("reads the plan with roles given for one check over those of the typed table, and stores nothing", async () => {
    const excel = createMemoryExcel({ sheets: [plan()] });
    const roles: Record<string, Role> = { A: "number", B: "activity", C: "deadline", D: "responsible" };
    await excel.Excel.run((context) => applyTypedTable(context, { roles, period: null, lang: "bg" }));
    const record = () => excel.workbookState.model.customXmlParts.map((p) => p.xml);
    const stored = record();
    const cellsOf = (check: ExcelCheck) => check.report.findings.map((f) => f.cell);

    // The user says column D holds notes: task 3's empty responsible cell is no gap for this check.
    const corrected = await excel.Excel.run((context) => checkInExcel(context, { lang: "bg", today: "2019-06-01", roles: { D: "notes" } }));
    expect(corrected.checks[0].table.columns.map((c) => c.role)).toEqual(["number", "activity", "deadline", "notes"]);
    expect(cellsOf(corrected)).not.toContain("D5");
    expect(record()).toEqual(stored);

    // The next check without them reads the roles the workbook stores.
    const again = await checked(excel);
    expect(again.checks[0].table.columns.map((c) => c.role)).toEqual(["number", "activity", "deadline", "responsible"]);
    expect(cellsOf(again)).toContain("D5");
  });

  it("reports progress through reading, checking and marking", async () => {
    const excel = createMemoryExcel({ sheets: [plan()] });
    const phases: string[] = [];
    await excel.Excel.run((context) => checkInExcel(context, { lang: "bg", onProgress: (p) => void phases.push(p.phase) }));
    expect([...new Set(phases)]).toEqual(["read", "check", "mark"]);
  });
});
