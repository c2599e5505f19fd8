import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FIXTURES, runCli } from "./run-cli";

/*
 * The text check of an .xlsx plan loads only what it needs: the other formats' readers, the
 * converter and the report writers cost a user's every run their loading time. Each module below
 * records when it is first loaded; a command that needs one must still find it.
 */
const mockLoaded = new Set<string>();

jest.mock("../../src/files/ods-read", () => (mockLoaded.add("ods-read"), jest.requireActual("../../src/files/ods-read")));
jest.mock("../../src/files/docx-read", () => (mockLoaded.add("docx-read"), jest.requireActual("../../src/files/docx-read")));
jest.mock("../../src/files/delimited-read", () => (mockLoaded.add("delimited-read"), jest.requireActual("../../src/files/delimited-read")));
jest.mock("../../src/files/soffice", () => (mockLoaded.add("soffice"), jest.requireActual("../../src/files/soffice")));
jest.mock("../../src/cli/report-model", () => (mockLoaded.add("report-model"), jest.requireActual("../../src/cli/report-model")));
jest.mock("../../src/cli/since", () => (mockLoaded.add("since"), jest.requireActual("../../src/cli/since")));
jest.mock("../../src/xlsx/safe-output", () => (mockLoaded.add("safe-output"), jest.requireActual("../../src/xlsx/safe-output")));
jest.mock("../../src/workbook/overview-model", () => (mockLoaded.add("overview-model"), jest.requireActual("../../src/workbook/overview-model")));

describe("what a check loads", () => {
  it("checks an .xlsx plan as text without loading the other formats' readers or the report writers", async () => {
    const r = await runCli(["check", `${FIXTURES}/pl-bochnia-2018.xlsx`]);
    expect(r.stdout).toContain("pl-bochnia-2018.xlsx:");
    expect(r.stderr).toBe("");
    expect([...mockLoaded]).toEqual([]);
  });

  it("still reads a .csv and an .ods plan, with as many rows as the .xlsx", async () => {
    const xlsx = await runCli(["check", `${FIXTURES}/pl-bochnia-2018.xlsx`, "--json"]);
    const csv = await runCli(["check", `${FIXTURES}/formats/pl-bochnia-2018.csv`, "--json"]);
    const ods = await runCli(["check", `${FIXTURES}/formats/pl-bochnia-2018.ods`, "--json"]);
    expect(mockLoaded).toEqual(new Set(["delimited-read", "ods-read"]));
    const rows = (out: string) => JSON.parse(out).summary.rows as number;
    expect(rows(xlsx.stdout)).toBeGreaterThan(0);
    expect(rows(csv.stdout)).toBe(rows(xlsx.stdout));
    expect(rows(ods.stdout)).toBe(rows(xlsx.stdout));
  });

  it("still refuses to write a report over the plan, in the user's words, when the refusal's module is loaded only then", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plancheck-loaded-"));
    const plan = path.join(dir, "plan.xlsx");
    fs.copyFileSync(`${FIXTURES}/pl-bochnia-2018.xlsx`, plan);
    const r = await runCli(["check", plan, "--report", plan, "--force"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`plancheck: `);
    expect(r.stderr).toContain(plan);
    expect(r.stderr).not.toMatch(/OutputRefusal|Error:/);
    expect(mockLoaded.has("safe-output")).toBe(true);
  });

  it("still compares with an earlier overview (--since) and says so when that file is not one", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plancheck-loaded-"));
    const earlier = path.join(dir, "earlier.xlsx");
    fs.writeFileSync(earlier, "not a workbook");
    const r = await runCli(["check", `${FIXTURES}/pl-bochnia-2018.xlsx`, "--since", earlier, "--json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(earlier);
    expect(r.stderr).not.toMatch(/SinceRefusal|Error:/);
    expect(mockLoaded.has("since")).toBe(true);
  });
});
