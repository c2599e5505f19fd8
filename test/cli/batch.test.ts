import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { execFile } from "child_process";
import { promisify } from "util";
import ExcelJS from "exceljs";
import { runCli, FIXTURES } from "./run-cli";
import { readWorkbook } from "../../src/xlsx/read-workbook";

const exec = promisify(execFile);
const BIN = path.join(__dirname, "..", "..", "bin", "plancheck.js");

/**
 * A receiving office's folder: the seed plans in municipality subfolders, a copy with injected
 * faults, a damaged file, and a file that is not a workbook at all.
 */
async function officeFolder(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-batch-"));
  await fs.mkdir(path.join(dir, "kyustendil"));
  await fs.mkdir(path.join(dir, "bochnia", "2018"), { recursive: true });
  await fs.copyFile(`${FIXTURES}/bg-kyustendil-2019.xlsx`, path.join(dir, "kyustendil", "plan-2019.xlsx"));
  await fs.copyFile(`${FIXTURES}/pl-bochnia-2018.xlsx`, path.join(dir, "bochnia", "2018", "harmonogram.xlsx"));
  await fs.copyFile(`${FIXTURES}/ru-volodarsk-2020.xlsx`, path.join(dir, "volodarsk.xlsx"));
  await fs.copyFile(`${FIXTURES}/truncated.xlsx`, path.join(dir, "damaged.xlsx"));
  await fs.writeFile(path.join(dir, "covering-letter.txt"), "Please find the plan attached.");
  await injectFault(path.join(dir, "volodarsk.xlsx"), path.join(dir, "volodarsk-no-deadline.xlsx"));
  return dir;
}

/** The Volodarsk roadmap with the deadline of task 2 erased, as a careless resubmission would have it. */
async function injectFault(from: string, to: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  wb.worksheets[0].getCell("C25").value = null;
  await wb.xlsx.writeFile(to);
}

describe("plancheck check on a folder of plans", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await officeFolder();
  });

  it("checks every file received, says which were not checked and why, and exits 2 when one cannot be read", async () => {
    const r = await runCli(["check", dir, "--json"]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    const names = doc.files.map((f: { file: string }) => path.relative(dir, f.file));
    expect(names).toEqual(["bochnia/2018/harmonogram.xlsx", "covering-letter.txt", "damaged.xlsx", "kyustendil/plan-2019.xlsx", "volodarsk-no-deadline.xlsx", "volodarsk.xlsx"]);
    expect(doc.skipped).toEqual([]);
    const damaged = doc.files.find((f: { file: string }) => f.file.endsWith("damaged.xlsx"));
    expect(damaged.error.code).toMatch(/^file\./);
    expect([damaged.status, damaged.notChecked]).toEqual(["not-checked", "damaged"]);
    const letter = doc.files.find((f: { file: string }) => f.file.endsWith("covering-letter.txt"));
    expect([letter.status, letter.notChecked]).toEqual(["not-checked", "no-plan-table"]);
    expect(r.stderr).toContain("damaged.xlsx");
    expect(doc.summary.files).toBe(6);
    expect(doc.summary.notChecked).toBe(2);
    expect(doc.summary.tables).toBe(4);
    // The same overview as the workbook, as one object: one row per plan, counts per code.
    expect(doc.overview.plans).toHaveLength(6);
    expect(doc.overview.summary).toMatchObject({ received: 6, notChecked: 2 });
    expect(doc.overview.byCode.find((b: { file: string }) => b.file.endsWith("plan-2019.xlsx")).counts["numbering.duplicate"]).toBe(1);
  });

  it("writes the overview workbook: Summary, Plans, Findings, By problem and Consolidated plan", async () => {
    const out = path.join(dir, "..", `${path.basename(dir)}-overview.xlsx`);
    const r = await runCli(["check", dir, "--report", out, "--json"]);
    const doc = JSON.parse(r.stdout);
    expect(r.stderr).toContain(out);
    const wb = await readWorkbook(out);
    expect(wb.sheets.map((s) => s.sheet)).toEqual(["Summary", "Plans", "Findings", "By problem", "Consolidated plan"]);

    // Row 1 is the title, row 2 the header.
    const plans = wb.sheets[1].values;
    expect(String(plans[0][0])).toContain(dir);
    expect(plans).toHaveLength(2 + 6);
    const kyustendil = plans.find((row) => row[0] === "kyustendil/plan-2019.xlsx")!;
    const errors = doc.overview.plans.find((p: { file: string }) => p.file.endsWith("plan-2019.xlsx")).errors;
    expect(kyustendil.slice(1, 3)).toEqual(["no", errors]);
    expect(kyustendil[6]).toBe("2019");
    const damaged = plans.find((row) => row[0] === "damaged.xlsx")!;
    expect(String(damaged[5])).toMatch(/^damaged: damaged\.xlsx: /);

    const findings = wb.sheets[2].values.slice(2);
    const all = doc.files.flatMap((f: { tables: { findings: unknown[] }[] }) => f.tables.flatMap((x) => x.findings));
    expect(findings).toHaveLength(all.length);
    expect(findings.map((row) => row[10])).toContain("numbering.duplicate");
    expect(findings.map((row) => row[3])).toContain("Number used twice");

    const byProblem = wb.sheets[3].values.slice(2);
    expect(byProblem.find((row) => row[4] === "numbering.duplicate")!.slice(0, 3)).toEqual(["Number used twice", "Error", 1]);
    const consolidated = wb.sheets[4].values;
    expect(consolidated.length - 2).toBe(doc.summary.rows);
  });

  it("gives byte-identical JSON whatever the number of workers", async () => {
    const run = (workers: string) => exec("node", [BIN, "check", dir, "--json", "--workers", workers], { maxBuffer: 64 * 1024 * 1024 }).catch((e) => e);
    const one = await run("1");
    const two = await run("2");
    expect(one.code ?? 0).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).files).toHaveLength(6);
  });

  it("marks what changed since a previous overview: new, still open, fixed", async () => {
    const before = path.join(dir, "..", `${path.basename(dir)}-before.xlsx`);
    await runCli(["check", dir, "--report", before]);
    // The municipality resubmits: the erased deadline is back, and a new fault appears elsewhere.
    await fs.copyFile(`${FIXTURES}/ru-volodarsk-2020.xlsx`, path.join(dir, "volodarsk-no-deadline.xlsx"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "volodarsk.xlsx"));
    wb.worksheets[0].getCell("D26").value = null;
    await wb.xlsx.writeFile(path.join(dir, "volodarsk.xlsx"));

    const r = await runCli(["check", dir, "--since", before, "--json"]);
    const overview = JSON.parse(r.stdout).overview;
    const fixed = overview.fixed.filter((f: { file: string }) => f.file.endsWith("volodarsk-no-deadline.xlsx"));
    expect(fixed.map((f: { cell: string }) => f.cell)).toContain("C25");
    const fresh = overview.findings.filter((f: { change: string }) => f.change === "new");
    expect(fresh.map((f: { file: string; cell: string }) => `${path.basename(f.file)} ${f.cell}`)).toContain("volodarsk.xlsx D26");
    const open = overview.findings.filter((f: { change: string }) => f.change === "open");
    expect(open.some((f: { file: string }) => f.file.endsWith("plan-2019.xlsx"))).toBe(true);
  });
});
