import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { OutputRefusal, writeOutputFile } from "../../src/xlsx/safe-output";
import { writeReportCopy } from "../../src/xlsx/write-report-copy";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import type { ReportSheetModel } from "../../src/xlsx/report-sheet-model";

/** A plan is the user's: the report never overwrites it, by any name, and never leaves half a file. */

const PLAN = path.join(__dirname, "..", "fixtures", "pl-bochnia-2018.xlsx");
const model: ReportSheetModel = { name: "PlanCheck report", summary: [["File", "plan.xlsx"]], headers: ["Cell", "Code"], rows: [] };

let dir: string;
let plan: string;
let original: Buffer;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-output-"));
  plan = path.join(dir, "plan.xlsx");
  original = await fs.readFile(PLAN);
  await fs.writeFile(plan, original);
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function refused(promise: Promise<unknown>): Promise<OutputRefusal> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof OutputRefusal) return err;
    throw err;
  }
  throw new Error("the report was written");
}

async function leftovers(): Promise<string[]> {
  return (await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"));
}

describe("the report copy never overwrites a plan", () => {
  it.each([
    ["the plan's own path", (p: string) => p],
    ["a path through '..'", (p: string) => path.join(path.dirname(p), "..", path.basename(path.dirname(p)), path.basename(p))],
  ])("refuses %s, naming the file", async (_, name) => {
    const err = await refused(writeReportCopy(plan, name(plan), model, { force: true }));
    expect(err.key).toBe("cli.error.report-is-input");
    expect(err.message).toContain(name(plan));
    expect(await fs.readFile(plan)).toEqual(original);
  });

  it("refuses a symbolic link to the plan, even with --force", async () => {
    const link = path.join(dir, "report.xlsx");
    await fs.symlink(plan, link);
    const err = await refused(writeReportCopy(plan, link, model, { force: true }));
    expect(err.key).toBe("cli.error.report-is-input");
    expect(await fs.readFile(plan)).toEqual(original);
  });

  it("refuses a hard link to the plan, even with --force", async () => {
    const link = path.join(dir, "report.xlsx");
    await fs.link(plan, link);
    const err = await refused(writeReportCopy(plan, link, model, { force: true }));
    expect(err.key).toBe("cli.error.report-is-input");
    expect(await fs.readFile(plan)).toEqual(original);
  });

  it("refuses a link to another plan of the same run", async () => {
    const other = path.join(dir, "other.xlsx");
    await fs.writeFile(other, original);
    const link = path.join(dir, "report.xlsx");
    await fs.symlink(other, link);
    const err = await refused(writeReportCopy(plan, link, model, { force: true, inputs: [other] }));
    expect(err).toMatchObject({ key: "cli.error.report-is-input", params: { input: other } });
  });
});

describe("writing over other files", () => {
  it("refuses an existing file without --force, naming it, and leaves it as it was", async () => {
    const target = path.join(dir, "old-report.xlsx");
    await fs.writeFile(target, "earlier");
    const err = await refused(writeReportCopy(plan, target, model));
    expect(err.key).toBe("cli.error.report-exists");
    expect(err.message).toContain(target);
    expect(err.message).toContain("--force");
    expect(await fs.readFile(target, "utf8")).toBe("earlier");
  });

  it("replaces it with --force, whole, leaving no temporary file", async () => {
    const target = path.join(dir, "old-report.xlsx");
    await fs.writeFile(target, "earlier");
    await writeReportCopy(plan, target, model, { force: true });
    expect((await readWorkbook(target)).reportSheet).toBe("PlanCheck report");
    expect(await leftovers()).toEqual([]);
  });

  it("replaces a symbolic link to another file with the report, leaving the file it pointed at alone", async () => {
    const elsewhere = path.join(dir, "elsewhere.txt");
    await fs.writeFile(elsewhere, "keep me");
    const link = path.join(dir, "report.xlsx");
    await fs.symlink(elsewhere, link);
    await writeReportCopy(plan, link, model, { force: true });
    expect(await fs.readFile(elsewhere, "utf8")).toBe("keep me");
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(false);
  });

  it("refuses a folder as the target", async () => {
    const folder = path.join(dir, "reports");
    await fs.mkdir(folder);
    const err = await refused(writeReportCopy(plan, folder, model, { force: true }));
    expect(err.key).toBe("cli.error.report-not-file");
  });

  it("writes a new file in place in one step, and removes its temporary file when writing fails", async () => {
    const target = path.join(dir, "report.xlsx");
    await writeOutputFile(target, Buffer.from("bytes"), { inputs: [plan] });
    expect(await fs.readFile(target, "utf8")).toBe("bytes");
    const missingFolder = path.join(dir, "no-such-folder", "report.xlsx");
    await expect(writeOutputFile(missingFolder, Buffer.from("bytes"), { inputs: [plan] })).rejects.toThrow();
    expect(await leftovers()).toEqual([]);
  });
});
