import { commonRegistry } from "../../../src/engine/executors";
import type { Finding } from "../../../src/engine/finding";
import type { PlanTable } from "../../../src/engine/plan";
import { asTypedText, buildReport, looksLikeFormula, summarizeChecks, type TableCheck } from "../../../src/engine/report";
import { reportHeaders, reportRows, reportSummaryRows } from "../../../src/i18n/report-words";
import { checkTable } from "../../../src/engine/rules";
import { rowMeanings } from "../../../src/engine/row-meaning";
import { translator } from "../../../src/i18n";
import { makeTable } from "../rules/make-table";
import { bochnia, kyustendil, scorecard } from "../rules/seed-tables";

const registry = commonRegistry();

function checked(table: PlanTable, findings?: Finding[]): TableCheck {
  return { table, findings: findings ?? checkTable(table, { period: null, registry, today: null }), period: null, registry, meanings: rowMeanings(table, { period: null, registry }) };
}

describe("buildReport", () => {
  // Workbook order: the plan sheet first, then the scorecard, then the harmonogram.
  const sheets = [checked(kyustendil()), checked(scorecard()), checked(bochnia())];
  const report = buildReport({ sheets });

  it("sums tables, rows and findings by severity", () => {
    const all = sheets.flatMap((s) => s.findings);
    expect(report.summary).toEqual({
      tables: 3,
      rows: sheets.reduce((n, s) => n + s.table.rows.length, 0),
      errors: all.filter((f) => f.severity === "error").length,
      warnings: all.filter((f) => f.severity === "warning").length,
      infos: 0,
      ready: false,
    });
    expect(report.findings).toHaveLength(all.length);
  });

  it("counts findings per code", () => {
    expect(report.counts["numbering.gap"]).toBe(2);
    expect(report.counts["numbering.duplicate"]).toBe(1);
    expect(report.counts["table.blank-column"]).toBe(1);
    expect(Object.values(report.counts).reduce((a, b) => a + b, 0)).toBe(report.findings.length);
    expect(Object.keys(report.counts)).toEqual([...Object.keys(report.counts)].sort());
  });

  it("orders findings sheet by sheet as the workbook does, then by row and column", () => {
    const order = report.findings.map((f) => f.sheet);
    const firstBsc = order.indexOf("BSC");
    expect(order.lastIndexOf("План 2019")).toBeLessThan(firstBsc);
    // `BSC` sorts before `План 2019` by name; the workbook order wins.
    expect(order[0]).toBe("План 2019");
    const plan = report.findings.filter((f) => f.sheet === "План 2019").map((f) => Number(f.cell.replace(/^[A-Z]+/, "")));
    expect(plan).toEqual([...plan].sort((a, b) => a - b));
  });

  it("is ready when no error remains, and not when nothing was checked", () => {
    expect(buildReport({ sheets: [checked(bochnia())] }).summary).toMatchObject({ errors: 0, ready: true });
    const warningsOnly = checked(scorecard());
    expect(buildReport({ sheets: [warningsOnly] }).summary).toMatchObject({ errors: 0, ready: true });
    expect(buildReport({ sheets: [] }).summary).toEqual({ tables: 0, rows: 0, errors: 0, warnings: 0, infos: 0, ready: false });
  });
});

describe("reportRows", () => {
  const table = makeTable({
    sheet: "Plan 2019",
    columns: ["number", "activity", "deadline", "responsible"],
    rows: [
      ["1.", "Разкриване на работни места за психолог", "=HYPERLINK(\"plan.xlsx\")", "- училища, детски градини"],
      ["2.", "Осигуряване на ресурсни учители", "", "+РУО"],
    ],
  });
  const report = buildReport({ sheets: [checked(table)] });
  const rows = reportRows(report, translator("bg"));

  it("has one row per finding linking to its cell, with code, severity, column, value, message and fix", () => {
    expect(rows).toHaveLength(report.findings.length);
    const unparsed = rows.find((r) => r.cells[0] === "deadline.unparsed")!;
    expect(unparsed.link).toEqual({ sheet: "Plan 2019", cell: "C2" });
    expect(unparsed.linkText).toBe("Plan 2019!C2");
    expect(unparsed.cells).toEqual([
      "deadline.unparsed",
      "Предупреждение",
      "Срок",
      "=HYPERLINK(\"plan.xlsx\")",
      "Дейност 1: срокът „=HYPERLINK(\"plan.xlsx\")“ не може да се разчете като дата, месец, период или събитие.",
      expect.stringMatching(/^Запишете го например като дата/),
    ]);
  });

  it("keeps every text exactly and marks formula-like text with Excel's apostrophe for typed input", () => {
    const unparsed = rows.find((r) => r.cells[0] === "deadline.unparsed")!;
    expect(unparsed.input[3]).toBe("'=HYPERLINK(\"plan.xlsx\")");
    expect(unparsed.input[4]).toBe(unparsed.cells[4]);
    const gap = rows.find((r) => r.cells[0] === "gap.no-deadline")!;
    expect(gap.cells[3]).toBe("");
    expect(gap.input).toEqual(gap.cells);
  });

  it.each([
    ["=SUM(A1:A9)", true],
    ["+359 888", true],
    ["- училища, детски градини", true],
    ["@РУО", true],
    ["\tпостоянен", true],
    ["\rпостоянен", true],
    ["постоянен", false],
    ["2019 г. = година на плана", false],
    ["", false],
  ])("%j looks like a formula: %s", (text, formula) => {
    expect(looksLikeFormula(text)).toBe(formula);
    expect(asTypedText(text)).toBe(formula ? `'${text}` : text);
  });

  it("guards the link text of a sheet whose name begins like a formula", () => {
    const f: Finding = { code: "numbering.gap", severity: "warning", sheet: "=Plan", cell: "A3", role: "number", value: "3.", params: { row: 3, number: "3", expected: "2" }, fix: null };
    const [row] = reportRows(buildReport({ sheets: [checked(table, [f])] }), translator("en"));
    expect(row.linkText).toBe("=Plan!A3");
    expect(row.linkInput).toBe("'=Plan!A3");
  });
});

describe("report headers and summary", () => {
  it("names the columns in the user's language, the link column first", () => {
    expect(reportHeaders(translator("pl"))).toEqual(["Komórka", "Kod", "Waga", "Kolumna", "Wartość", "Problem", "Proponowana poprawka"]);
  });

  it("gives the summary block with the submission status", () => {
    const report = buildReport({ sheets: [checked(kyustendil())] });
    const rows = reportSummaryRows(report.summary, translator("en"));
    expect(rows).toEqual([
      ["Plan tables", 1],
      ["Rows checked", report.summary.rows],
      ["Errors", report.summary.errors],
      ["Warnings", report.summary.warnings],
      ["Status", "Not ready to submit"],
    ]);
    expect(reportSummaryRows(buildReport({ sheets: [checked(bochnia())] }).summary, translator("uk"))[4]).toEqual(["Стан", "Готовий до подання"]);
  });
});

describe("summarizeChecks", () => {
  const table = { rows: [{}, {}, {}], findings: [{ severity: "warning" as const }, { severity: "info" as const }] };

  it("calls checked tables with warnings and no error ready, and counts their rows and findings", () => {
    expect(summarizeChecks([table])).toEqual({ tables: 1, rows: 3, errors: 0, warnings: 1, infos: 1, ready: true });
  });

  it("counts a finding about the whole workbook with the tables' own: a plan table not found is never ready", () => {
    expect(summarizeChecks([], [{ severity: "error" }])).toEqual({ tables: 0, rows: 0, errors: 1, warnings: 0, infos: 0, ready: false });
    expect(summarizeChecks([table], [{ severity: "error" }]).ready).toBe(false);
  });

  it("gives the JSON of a check the same summary as the check itself", () => {
    const sheets = [checked(kyustendil()), checked(bochnia())];
    const json = sheets.map((c) => ({ rows: c.table.rows.map((r) => ({ row: r.sourceRows })), findings: c.findings.map((f) => ({ severity: f.severity })) }));
    expect(summarizeChecks(json)).toEqual(buildReport({ sheets }).summary);
  });
});
