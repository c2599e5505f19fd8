import * as path from "path";
import { checkSheet, type TableCheck } from "../../../src/engine/check";
import type { Finding } from "../../../src/engine/finding";
import { cellText, parseCellAddress, valueAt, type SheetGrid } from "../../../src/engine/grid";
import { tableMeasures } from "../../../src/engine/rules/measures";
import { readWorkbook } from "../../../src/xlsx/read-workbook";

/** Every plan table of a fixture workbook, checked as the command line checks it. */
async function check(file: string): Promise<{ grid: SheetGrid; checks: TableCheck[] }[]> {
  const book = await readWorkbook(path.join(__dirname, "../../fixtures", file));
  return book.sheets.map((grid) => ({ grid, checks: checkSheet(grid) }));
}

async function only(file: string): Promise<{ grid: SheetGrid; check: TableCheck }> {
  const sheets = (await check(file)).filter((s) => s.checks.length > 0);
  expect(sheets).toHaveLength(1);
  expect(sheets[0].checks).toHaveLength(1);
  return { grid: sheets[0].grid, check: sheets[0].checks[0] };
}

const lines = (findings: Finding[]) => findings.map((f) => `${f.cell} ${f.code}`);

describe("the Kyustendil plan (bg-kyustendil-2019.xlsx)", () => {
  let grid: SheetGrid;
  let check: TableCheck;
  beforeAll(async () => ({ grid, check } = await only("bg-kyustendil-2019.xlsx")));

  it("is checked against its 2019 period", () => {
    expect(check.period).toMatchObject({ start: "2019-01-01", end: "2019-12-31" });
  });

  it("flags what a reviewer flags, apart from the vague indicators", () => {
    expect(lines(check.findings.filter((f) => f.code !== "gap.no-measure"))).toEqual([
      "A35 numbering.duplicate", // the second `2.` under goal 1
      "A67 numbering.gap", // 10.4 after 10.2
      "A147 numbering.gap", // 4.4 after 4.2 under goal 5
      "F158 gap.no-indicator", // goal 5's 6.2, its indicator cell empty
      "A160 table.shifted-row", // `6.3. Формиране …` with its cells one column to the left
      "A163 table.shifted-row", // goal 6's 1.-3., pasted the same way
      "A164 table.shifted-row",
      "A165 table.shifted-row",
    ]);
  });

  it("names the missing numbers 10.3 and 4.3", () => {
    const gaps = check.findings.filter((f) => f.code === "numbering.gap");
    expect(gaps.map((f) => f.params.expected)).toEqual(["10.3", "4.3"]);
  });

  it("flags `Повишена информираност на родителите.` and the other indicators nobody can measure", () => {
    const vague = check.findings.filter((f) => f.code === "gap.no-measure");
    expect(vague.map((f) => f.cell)).toEqual(expect.arrayContaining(["F127", "F128", "F129", "F131", "F135", "F136"]));
    expect(vague.every((f) => f.role === "indicator" && f.severity === "error")).toBe(true);
    for (const f of vague) expect(f.value).not.toMatch(/^(Брой|Процент)/);
  });

  it("does not take the parent tasks 5., 7., 8. of goal 1 for gaps, nor numbering restarting per goal for duplicates", () => {
    const goal1 = check.table.rows.filter((r) => r.section?.startsWith("Стратегическа цел №1"));
    const parents = goal1.filter((r) => ["5.", "7.", "8."].includes(r.number ?? "")).map((r) => r.row);
    expect(parents).toHaveLength(3);
    const rowsWithFindings = new Set(check.findings.map((f) => parseCellAddress(f.cell)!.row + 1));
    for (const row of parents) expect(rowsWithFindings.has(row)).toBe(false);
    const restarts = check.table.rows.filter((r) => r.number === "1." && !r.section?.startsWith("Стратегическа цел №1"));
    expect(restarts.length).toBeGreaterThanOrEqual(4);
    expect(check.findings.filter((f) => f.code === "numbering.duplicate")).toHaveLength(1);
  });

  it("quotes each finding's value from the cell it points at", () => {
    for (const f of check.findings.filter((x) => x.params.row !== undefined)) {
      const at = parseCellAddress(f.cell)!;
      const text = cellText(valueAt(grid, at.row, at.col));
      expect({ cell: f.cell, starts: f.value.startsWith(text) }).toEqual({ cell: f.cell, starts: true });
    }
  });
});

describe("the Bochnia harmonogram (pl-bochnia-2018.xlsx)", () => {
  let check: TableCheck;
  beforeAll(async () => ({ check } = await only("pl-bochnia-2018.xlsx")));

  it("has no finding: every task has its term, body, financing (`Nie dotyczy` and `bezkosztowo` are answers) and measure", () => {
    expect(lines(check.findings)).toEqual([]);
  });

  it("reads the measures in `Miernik` as targets (`8 planów\\nI harmonogramów` -> 8)", () => {
    const measures = tableMeasures(check.table);
    const target = (n: string) => measures.rows[check.table.rows.findIndex((r) => r.number?.startsWith(n))]?.target;
    expect(target("6.")).toMatchObject({ kind: "number", value: 8 });
    expect(target("7.")).toMatchObject({ value: 8 });
    expect(target("14.")).toMatchObject({ value: 10 });
    expect(target("18.")).toMatchObject({ value: 6 });
  });
});

describe("the Bulgarian scorecard (bg-scorecard.xlsx)", () => {
  let check: TableCheck;
  beforeAll(async () => ({ check } = await only("bg-scorecard.xlsx")));

  it("flags the empty budget column once, and the target cells that list units instead of values", () => {
    expect(lines(check.findings)).toEqual(["G4 table.blank-column", "E5 target.invalid", "E6 target.invalid", "E7 target.invalid", "E8 target.invalid"]);
    expect(check.findings[0]).toMatchObject({ role: "budget", severity: "warning" });
  });
});

describe("the Volodarsk roadmap (ru-volodarsk-2020.xlsx)", () => {
  it("has no finding: deadlines within 2020-2021, executors known, expected results in place of indicators", async () => {
    const { check } = await only("ru-volodarsk-2020.xlsx");
    expect(check.period).toMatchObject({ start: "2020-01-01", end: "2021-12-31" });
    expect(lines(check.findings)).toEqual([]);
  });
});

describe("a workbook with no plan table (pl-power-context.xlsx)", () => {
  it("gives no table and so no finding", async () => {
    const sheets = await check("pl-power-context.xlsx");
    expect(sheets.flatMap((s) => s.checks)).toEqual([]);
  });
});
