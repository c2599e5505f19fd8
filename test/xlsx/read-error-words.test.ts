import * as fs from "fs";
import * as path from "path";
import { readError, type WorkbookReadErrorCode } from "../../src/xlsx/workbook-read-error";

/** Every read error the readers raise (`readError("file.corrupt", file, "part", …)` in src/). */
function raisedErrors(dir: string): [string, string][] {
  const found = new Map<string, [string, string]>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
    const text = fs.readFileSync(path.join(entry.parentPath, entry.name), "utf8");
    for (const m of text.matchAll(/readError\("([a-z.-]+)", [\w.]+, "([a-z-]+)"/g)) found.set(`${m[1]}.${m[2]}`, [m[1], m[2]]);
  }
  return [...found.values()];
}

const RAISED = raisedErrors(path.join(__dirname, "../../src"));

describe("why a file could not be read, in the log's English", () => {
  it("finds the read errors the readers raise", () => {
    expect(RAISED.length).toBeGreaterThan(15);
  });

  it.each(RAISED)("%s (%s) is said in words that name the file, never as a bare message key", (code, reason) => {
    const err = readError(code as WorkbookReadErrorCode, "Plan 2024.xlsx", reason, { part: "xl/worksheets/sheet1.xml", sheet: "План", size: "12", limit: "10" });
    expect(err.message).not.toMatch(/^cli\.error\./);
    expect(err.message).toContain("Plan 2024.xlsx");
  });
});
