import { existsSync, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { TextBlocks } from "../../src/cli/text-blocks";
import { checkFindingsInOrder } from "../../src/cli/pool";
import type { FileFindings } from "../../src/cli/file-findings";
import { FIXTURES, runCli } from "./run-cli";

/** The compiled worker (`npm run build:cli`, run before the tests): the pool runs real threads only from it. */
const WORKER = path.join(__dirname, "..", "..", "build", "cli", "worker.js");

describe("the text report written in blocks", () => {
  it("has the bytes of writing it a line at a time, a line break added where a line has none", () => {
    const lines = ["plan.xlsx: 2 errors, 1 warning", "", "  already ended\n", ...Array.from({ length: 5000 }, (_, i) => `    Plan!C${i + 2}  Строк без срока ${"ж".repeat(i % 50)}`), "Ready to submit."];
    let byLine = "";
    for (const l of lines) byLine += l.endsWith("\n") ? l : l + "\n";
    const blocks: string[] = [];
    const out = new TextBlocks((b) => blocks.push(b));
    for (const l of lines) out.line(l);
    out.flush();
    expect(blocks.join("")).toBe(byLine);
    // A few large writes, each ending a line, so a writer adding a missing line break adds none.
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.length).toBeLessThan(lines.length / 100);
    for (const b of blocks) expect(b.endsWith("\n")).toBe(true);
  });
});

describe("check's text report printed as the files are checked", () => {
  it("prints the same words, counts and closing line as when every file is gathered first for --report", async () => {
    const streamed = await runCli(["check", FIXTURES, "--today", "2019-06-30"]);
    // --report makes the command gather every file first (the overview needs them all).
    const out = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-text-")), "overview.xlsx");
    const gathered = await runCli(["check", FIXTURES, "--today", "2019-06-30", "--report", out]);
    expect(gathered.stdout.startsWith(streamed.stdout)).toBe(true);
    expect(gathered.stdout.slice(streamed.stdout.length)).toMatch(/^[^\n]*overview\.xlsx[^\n]*\n$/);
    expect(streamed.stderr).toBe(gathered.stderr);
    expect(streamed.code).toBe(gathered.code);
  });

  it("hands on the same findings and counts from pool workers as from this process, in file order", async () => {
    expect(existsSync(WORKER)).toBe(true);
    const files = ["bg-kyustendil-2019.xlsx", "truncated.xlsx", "pl-bochnia-2018.xlsx", "ru-volodarsk-2020.xlsx", "not-a-workbook.xlsx"].map((f) => path.join(FIXTURES, f));
    const options = { today: "2019-06-30" };
    const pooled: FileFindings[] = [];
    await checkFindingsInOrder(files, options, { workers: 2, workerScript: WORKER }, (f) => pooled.push(f));
    const alone: FileFindings[] = [];
    await checkFindingsInOrder(files, options, { workers: 1 }, (f) => alone.push(f));
    expect(pooled).toEqual(alone);
    expect(alone.map((f) => f.file)).toEqual(files);
    expect(alone[0].summary.rows).toBeGreaterThan(0);
    expect(alone[1].error).not.toBeNull();
  });
});
