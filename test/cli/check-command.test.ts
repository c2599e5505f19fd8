import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { runCli, FIXTURES } from "./run-cli";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/xlsx/read-workbook";

/** Hyperlinks of a sheet as written in the package: cell -> location inside the workbook. */
async function sheetHyperlinks(file: string, sheetName: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = new RegExp(`<sheet name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  const xml = await zip.file(`xl/${target}`)!.async("string");
  const links = new Map<string, string>();
  for (const m of xml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]+)"/g)) links.set(m[1], m[2].replace(/&apos;|&#39;/g, "'"));
  return links;
}

interface F {
  code: string;
  severity: string;
  sheet: string;
  cell: string;
  role: string | null;
  value: string;
  message: string;
  fix: string | null;
}

async function check(file: string, ...extra: string[]) {
  const r = await runCli(["check", `${FIXTURES}/${file}`, "--json", ...extra]);
  const doc = JSON.parse(r.stdout);
  const findings: F[] = doc.files.flatMap((f: { tables: { findings: F[] }[] }) => f.tables.flatMap((t) => t.findings));
  return { r, doc, findings };
}

describe("plancheck check --json", () => {
  it("flags what a reviewer flags in the Kyustendil plan and exits 1", async () => {
    const { r, doc, findings } = await check("bg-kyustendil-2019.xlsx");
    expect(r.code).toBe(1);
    const at = (code: string) => findings.filter((f) => f.code === code).map((f) => f.cell);
    expect(at("numbering.duplicate")).toContain("A35");
    expect(at("numbering.gap")).toEqual(expect.arrayContaining(["A67", "A147"]));
    expect(doc.summary).toMatchObject({ files: 1, tables: 1 });
    expect(doc.summary.errors).toBe(findings.filter((f) => f.severity === "error").length);
    expect(doc.summary.warnings).toBe(findings.filter((f) => f.severity === "warning").length);
  });

  it("keeps the JSON shape other tools read", async () => {
    const { doc, findings } = await check("bg-kyustendil-2019.xlsx");
    const file = doc.files[0];
    expect(Object.keys(file)).toEqual(expect.arrayContaining(["file", "error", "tables"]));
    expect(file.error).toBeNull();
    expect(Object.keys(file.tables[0])).toEqual(expect.arrayContaining(["sheet", "range", "headerRows", "columns", "rows", "findings"]));
    expect(Object.keys(doc.summary).sort()).toEqual(["errors", "files", "notChecked", "rows", "tables", "warnings"]);
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(["cell", "code", "fix", "message", "role", "severity", "sheet", "value"]);
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      expect(f.message.length).toBeGreaterThan(0);
    }
  });

  it("writes messages in the chosen language", async () => {
    const en = await check("bg-kyustendil-2019.xlsx", "--lang", "en");
    const bg = await check("bg-kyustendil-2019.xlsx", "--lang", "bg");
    const dupEn = en.findings.find((f) => f.code === "numbering.duplicate")!;
    const dupBg = bg.findings.find((f) => f.code === "numbering.duplicate")!;
    expect(dupEn.message).toMatch(/[A-Za-z]/);
    expect(dupBg.message).toMatch(/[А-Яа-я]/);
    expect(dupBg.message).not.toBe(dupEn.message);
  });

  it("with --today, flags the Kyustendil deadlines already past on that day and no others", async () => {
    const { findings } = await check("bg-kyustendil-2019.xlsx", "--today", "2019-06-15");
    const past = findings.filter((f) => f.code === "deadline.past");
    // `01.06.2019 г.` (11.2 „Детство мое“) and `месец май 2019 г.` have passed by mid-June; `постоянен` never does.
    expect(past.map((f) => f.value)).toEqual(expect.arrayContaining(["01.06.2019 г.", "месец май 2019 г."]));
    expect(past.every((f) => f.severity === "warning")).toBe(true);
    const { findings: without } = await check("bg-kyustendil-2019.xlsx");
    expect(without.some((f) => f.code === "deadline.past")).toBe(false);
  });

  it("reports the empty budget column of the Bulgarian scorecard", async () => {
    const { findings } = await check("bg-scorecard.xlsx");
    expect(findings.some((f) => f.code === "table.blank-column" && f.role === "budget")).toBe(true);
  });

  it("checks the other inputs when one cannot be read, and exits 2", async () => {
    const r = await runCli(["check", `${FIXTURES}/bg-scorecard.xlsx`, `${FIXTURES}/encrypted.xlsx`, "--json"]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    const enc = doc.files.find((f: { file: string }) => f.file.endsWith("encrypted.xlsx"));
    expect(enc.error.code).toBe("file.encrypted");
    const ok = doc.files.find((f: { file: string }) => f.file.endsWith("bg-scorecard.xlsx"));
    expect(ok.error).toBeNull();
    expect(ok.tables.length).toBe(1);
  });

  it("says there is no plan table in a context document rather than failing", async () => {
    const r = await runCli(["check", `${FIXTURES}/pl-power-context.xlsx`, "--lang", "pl"]);
    // Nothing was checked, so the plan is not ready: table.not-found, exit 1.
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("nie znaleziono tabeli planu");
  });
});

describe("plancheck check --report on one plan", () => {
  it("writes a copy with a report sheet linking every finding to its cell, leaving the plan untouched", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-report-"));
    const input = path.join(dir, "plan.xlsx");
    await fs.copyFile(`${FIXTURES}/bg-kyustendil-2019.xlsx`, input);
    const before = await fs.readFile(input);
    const out = path.join(dir, "plan-report.xlsx");
    const r = await runCli(["check", input, "--report", out, "--json", "--lang", "bg"]);
    expect(r.code).toBe(1);
    expect((await fs.readFile(input)).equals(before)).toBe(true);

    const original = await readWorkbook(input);
    const copy = await readWorkbook(out);
    // Every original sheet is still there with exactly the same values.
    for (const sheet of original.sheets) {
      expect(copy.sheets.find((s) => s.sheet === sheet.sheet)!.values).toEqual(sheet.values);
    }
    const report = copy.sheets.find((s) => s.sheet === "Доклад PlanCheck")!;
    expect(report).toBeDefined();
    const findings: F[] = JSON.parse(r.stdout).files[0].tables[0].findings;
    const texts = report.values.flat().filter((v) => typeof v === "string") as string[];
    for (const f of findings.slice(0, 20)) expect(texts).toContain(`${f.sheet}!${f.cell}`);

    // Each finding row links to exactly its cell, and only to cells of this workbook.
    const links = await sheetHyperlinks(out, "Доклад PlanCheck");
    expect(links.size).toBe(findings.length);
    const targets = [...links.values()];
    expect(targets).toEqual(findings.map((f) => `'${f.sheet}'!${f.cell}`));
  });

  it("replaces its own earlier report when run on the copy, and never a user's sheet of the same name", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-report-"));
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    await runCli(["check", `${FIXTURES}/bg-scorecard.xlsx`, "--report", first]);
    await runCli(["check", first, "--report", second]);
    const sheets = (await readWorkbook(second)).sheets.map((s) => s.sheet);
    expect(sheets.filter((s) => s.startsWith("PlanCheck report"))).toEqual(["PlanCheck report"]);
  });

  it("leaves a user's own sheet called 'PlanCheck report' as it is and names the report apart", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-report-"));
    const input = path.join(dir, "user.xlsx");
    const wb = new ExcelJS.Workbook();
    const plan = wb.addWorksheet("Plan");
    plan.addRow(["No.", "Activity", "Deadline", "Responsible", "Indicator"]);
    plan.addRow(["1.", "Train class teachers", "by June 2025", "", "Number of trained teachers"]);
    wb.addWorksheet("PlanCheck report").addRow(["my own notes", 42]);
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, "out.xlsx");
    await runCli(["check", input, "--report", out]);
    const sheets = (await readWorkbook(out)).sheets;
    expect(sheets.map((s) => s.sheet)).toEqual(["Plan", "PlanCheck report", "PlanCheck report (2)"]);
    expect(sheets[1].values).toEqual([["my own notes", 42]]);
  });

  it("refuses to write the report over the plan itself", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-report-"));
    const input = path.join(dir, "plan.xlsx");
    await fs.copyFile(`${FIXTURES}/bg-scorecard.xlsx`, input);
    const before = await fs.readFile(input);
    const r = await runCli(["check", input, "--report", input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("plan.xlsx");
    expect((await fs.readFile(input)).equals(before)).toBe(true);
  });
});
