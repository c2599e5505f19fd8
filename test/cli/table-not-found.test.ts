import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "./run-cli";

/**
 * A workbook in which PlanCheck finds no plan table was not checked at all: it must never come out
 * "ready". One `table.not-found` error, at the first non-empty cell of the first visible sheet, and
 * exit code 1.
 */

const CORPUS = `${__dirname}/../corpus/workbooks`;

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-not-found-"));
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = path.join(dir, "plan.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("plancheck check on a workbook without a plan table", () => {
  it("reports table.not-found at the first text of a narrative plan and exits 1", async () => {
    const r = await runCli(["check", `${CORPUS}/ru-rostov-city-new-year-2004-narrative.xlsx`, "--json"]);
    expect(r.code).toBe(1);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.tables).toEqual([]);
    expect(file.findings).toEqual([expect.objectContaining({ code: "table.not-found", severity: "error", sheet: "Лист1", cell: "A1" })]);
  });

  it("says so in words, never that the plan is ready", async () => {
    const r = await runCli(["check", `${CORPUS}/ru-rostov-city-new-year-2004-narrative.xlsx`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("[table.not-found]");
    expect(r.stdout).toMatch(/^Not ready to submit/m);
    expect(r.stdout).not.toMatch(/^Ready to submit/m);
  });

  it("treats an empty workbook the same, pointing at the first visible sheet", async () => {
    const file = await workbook((wb) => {
      wb.addWorksheet("Hidden").state = "hidden";
      wb.addWorksheet("Plan");
    });
    const r = await runCli(["check", file, "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].findings).toEqual([expect.objectContaining({ code: "table.not-found", sheet: "Plan", cell: "A1" })]);
  });

  it("points at the first non-empty cell when the sheet holds only prose", async () => {
    const file = await workbook((wb) => {
      const ws = wb.addWorksheet("Note");
      ws.getCell("C4").value = "Plan to follow after the council meeting.";
    });
    const r = await runCli(["check", file, "--json"]);
    expect(JSON.parse(r.stdout).files[0].findings[0]).toMatchObject({ code: "table.not-found", cell: "C4" });
  });
});
