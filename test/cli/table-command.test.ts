import { runCli, FIXTURES } from "./run-cli";

describe("plancheck table", () => {
  it("prints the typed table of the Kyustendil plan with header row, roles and rows in sheet order", async () => {
    const r = await runCli(["table", `${FIXTURES}/bg-kyustendil-2019.xlsx`, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.file).toMatch(/bg-kyustendil-2019\.xlsx$/);
    expect(doc.tables).toHaveLength(1);
    const table = doc.tables[0];
    expect(table.sheet).toBe("План 2019");
    expect(table.headerRows).toEqual([31]);
    expect(table.columns.map((c: { role: string }) => c.role)).toEqual(["number", "activity", "deadline", "responsible", "financing", "indicator"]);
    const rows = table.rows as { row: number; number: string | null; section: string | null }[];
    expect(rows.map((r) => r.row)).toEqual([...rows.map((r) => r.row)].sort((a, b) => a - b));
    const first = rows[0];
    expect(first).toMatchObject({ row: 33, number: "1.", level: 1 });
    expect(first.section).toMatch(/^Стратегическа цел №1/);
  });

  it("parses deadline, executors, unit and target for each row", async () => {
    const r = await runCli(["table", `${FIXTURES}/bg-kyustendil-2019.xlsx`, "--json"]);
    const rows = JSON.parse(r.stdout).tables[0].rows;
    const row3 = rows.find((x: { number: string; section: string }) => x.number === "3." && /№1/.test(x.section));
    expect(row3.deadline).toEqual({ text: "м. септември 2019 г.", kind: "month", start: "2019-09-01", end: "2019-09-30" });
    expect(row3.responsible.map((b: { text: string }) => b.text)).toEqual(["детски градини", "училища"]);
    expect(row3.responsible.every((b: { known: boolean }) => b.known)).toBe(true);
    expect(row3.unit).toMatchObject({ kind: "count" });
  });

  it("reads the Polish harmonogram's two-row header with MONITOROWANIE over three columns", async () => {
    const r = await runCli(["table", `${FIXTURES}/pl-bochnia-2018.xlsx`, "--json"]);
    const table = JSON.parse(r.stdout).tables[0];
    expect(table.headerRows).toEqual([12, 13]);
    expect(table.columns.slice(-3).map((c: { role: string }) => c.role)).toEqual(["indicator", "target", "monitoring"]);
    expect(table.rows).toHaveLength(18);
    const six = table.rows.find((x: { number: string }) => x.number === "6.");
    expect(six.target).toMatchObject({ kind: "number", value: 8 });
  });

  it("says in words where the tables are when --json is not given", async () => {
    const r = await runCli(["table", `${FIXTURES}/ru-volodarsk-2020.xlsx`, "--lang", "ru"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("лист 'Дорожная карта'");
    expect(r.stdout).toContain("Ответственный");
  });

  it("gives a one-line error naming the file and exit code 2 for a file that is not a workbook", async () => {
    const r = await runCli(["table", `${FIXTURES}/not-a-workbook.xlsx`, "--json"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("not-a-workbook.xlsx");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses an unknown option instead of ignoring it", async () => {
    const r = await runCli(["table", `${FIXTURES}/bg-kyustendil-2019.xlsx`, "--jsn"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--jsn");
  });
});

describe("plancheck scorecard", () => {
  it("prints the Bulgarian scorecard's perspectives with their objectives and indicators", async () => {
    const r = await runCli(["scorecard", `${FIXTURES}/bg-scorecard.xlsx`, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const card = doc.scorecards[0].scorecard;
    expect(card.perspectives.map((p: { name: string }) => p.name)).toEqual([
      "КАЧЕСТВО И РЕЗУЛТАТИ",
      "СТРУКТУРИ И ПРОЦЕСИ",
      "ПАРТНЬОРСТВА И РЕСУРСИ",
      "ХОРА И КОМПЕТЕНТНОСТИ",
    ]);
    // No actual values yet: nothing is measured, so every level is grey rather than red.
    expect(card.status).toBe("grey");
  });

  it("shows the tree in words in the user's language", async () => {
    const r = await runCli(["scorecard", `${FIXTURES}/bg-scorecard.xlsx`, "--lang", "bg"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("КАЧЕСТВО И РЕЗУЛТАТИ");
    expect(r.stdout).toContain("не е измерено");
  });

  it("lists a footnote merged across the table between its rows as a note, not as a row", async () => {
    const r = await runCli(["table", `${FIXTURES}/../corpus/workbooks/ru-tmr-education-vpr-federal-schedule-2020.xlsx`, "--json"]);
    const table = JSON.parse(r.stdout).tables[0];
    expect(table.notes).toEqual([{ row: 10, text: expect.stringMatching(/^Обучающиеся 1 классов пишут/) }]);
    expect(table.rows.map((x: { row: number }) => x.row)).not.toContain(10);
    expect(table.rows.every((x: { section: string | null }) => x.section === null)).toBe(true);
  });
});
