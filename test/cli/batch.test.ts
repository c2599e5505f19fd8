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

  it("checks every workbook found, lists skipped files, and exits 2 when one cannot be read", async () => {
    const r = await runCli(["check", dir, "--json"]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    const names = doc.files.map((f: { file: string }) => path.relative(dir, f.file));
    expect(names).toEqual(["bochnia/2018/harmonogram.xlsx", "damaged.xlsx", "kyustendil/plan-2019.xlsx", "volodarsk-no-deadline.xlsx", "volodarsk.xlsx"]);
    expect(doc.skipped.map((s: { file: string }) => path.relative(dir, s.file))).toEqual(["covering-letter.txt"]);
    const damaged = doc.files.find((f: { file: string }) => f.file.endsWith("damaged.xlsx"));
    expect(damaged.error.code).toMatch(/^file\./);
    expect(r.stderr).toContain("damaged.xlsx");
    expect(doc.summary.files).toBe(5);
    expect(doc.summary.tables).toBe(4);
    // The same overview as the workbook, as one object: one row per plan, counts per code.
    expect(doc.overview.plans.map((p: { ready: boolean; error: string | null }) => [p.ready, p.error])).toHaveLength(5);
    expect(doc.overview.byCode.find((b: { file: string }) => b.file.endsWith("plan-2019.xlsx")).counts["numbering.duplicate"]).toBe(1);
  });

  it("writes the overview workbook: Plans, Findings, By code and Consolidated plan", async () => {
    const out = path.join(dir, "..", `${path.basename(dir)}-overview.xlsx`);
    const r = await runCli(["check", dir, "--report", out, "--json"]);
    const doc = JSON.parse(r.stdout);
    const wb = await readWorkbook(out);
    expect(wb.sheets.map((s) => s.sheet)).toEqual(["Plans", "Findings", "By code", "Consolidated plan"]);

    const plans = wb.sheets[0].values;
    expect(plans).toHaveLength(1 + 5);
    const kyustendil = plans.find((row) => String(row[0]).endsWith("plan-2019.xlsx"))!;
    const errors = doc.overview.plans.find((p: { file: string }) => p.file.endsWith("plan-2019.xlsx")).errors;
    expect(kyustendil.slice(1, 6)).toEqual([1, 1, expect.any(Number), errors, expect.any(Number)]);
    expect(kyustendil[6]).toBe("no");
    expect(kyustendil[7]).toBe("2019");
    const damaged = plans.find((row) => String(row[0]).endsWith("damaged.xlsx"))!;
    expect(String(damaged[9])).toContain("damaged.xlsx");

    const findings = wb.sheets[1].values.slice(1);
    const all = doc.files.flatMap((f: { tables: { findings: unknown[] }[] }) => f.tables.flatMap((x) => x.findings));
    expect(findings).toHaveLength(all.length);
    expect(findings[0][2]).toMatch(/^'.+'![A-Z]+\d+$/);

    const byCode = wb.sheets[2].values;
    const header = byCode[0] as string[];
    expect(header).toContain("numbering.duplicate");
    const consolidated = wb.sheets[3].values;
    expect(consolidated.length - 1).toBe(doc.summary.rows);
  });

  it("gives byte-identical JSON whatever the number of workers", async () => {
    const run = (workers: string) => exec("node", [BIN, "check", dir, "--json", "--workers", workers], { maxBuffer: 64 * 1024 * 1024 }).catch((e) => e);
    const one = await run("1");
    const two = await run("2");
    expect(one.code ?? 0).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).files).toHaveLength(5);
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
