import * as path from "path";
import { helpText, parseArgs, UsageError } from "../../src/cli/args";
import { LANGS } from "../../src/i18n/catalog";
import { translator } from "../../src/i18n";
import { FIXTURES, runCli } from "../cli/run-cli";
import { checkJson, expectRefusal } from "./run-on-file";

const plan = path.join(FIXTURES, "pl-bochnia-2018.xlsx");

describe("--max-bytes and --max-cells", () => {
  it.each([
    ["104857600", 104857600],
    ["200MB", 200 * 1024 * 1024],
    ["512kb", 512 * 1024],
    ["2G", 2 * 1024 ** 3],
    ["1GB", 1024 ** 3],
  ])("reads --max-bytes %s as %d bytes", (value, bytes) => {
    expect(parseArgs(["check", "plan.xlsx", "--max-bytes", value], "en").maxBytes).toBe(bytes);
    expect(parseArgs(["check", "plan.xlsx", `--max-bytes=${value}`], "en").maxBytes).toBe(bytes);
  });

  it.each(["0", "-5", "10TB", "lots", "1.5GB", ""])("refuses --max-bytes %j with a usage error", (value) => {
    expect(() => parseArgs(["check", "plan.xlsx", `--max-bytes=${value}`], "en")).toThrow(UsageError);
  });

  it.each(["0", "-1", "1e6", "1 000 000", "many"])("refuses --max-cells %j with a usage error", (value) => {
    expect(() => parseArgs(["check", "plan.xlsx", "--max-cells", value], "en")).toThrow(UsageError);
  });

  it("keeps the reader's defaults when neither is given", () => {
    expect(parseArgs(["check", "plan.xlsx"], "en")).toMatchObject({ maxBytes: null, maxCells: null });
  });

  it("says which value was wrong and exits 2", async () => {
    const run = await runCli(["check", plan, "--max-cells", "many"], { LANG: "pl_PL.UTF-8" });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'many' nie jest liczbą komórek");
  });

  it("refuses a plan larger than a lowered byte limit, naming the file's size and the limit", async () => {
    const checked = await checkJson(plan, "--max-bytes", "4KB");
    expectRefusal(checked, plan, "file.too-large", "bytes");
    expect(checked.error!.message).toMatch(/the file is 0\.0093 MB; PlanCheck reads workbooks of at most 0\.0039 MB \(raise it with --max-bytes\)/);
  });

  it("refuses a plan with more cells than a lowered cell limit, and reads it with the default", async () => {
    expectRefusal(await checkJson(plan, "--max-cells", "100"), plan, "file.too-large", "cells");
    const read = await checkJson(plan);
    expect(read.error).toBeNull();
    expect(read.tables).toHaveLength(1);
  });

  it.each(LANGS)("are explained in the usage text in %s", (lang) => {
    const usage = helpText(translator(lang), ["check"]);
    expect(usage).toContain("--max-bytes N[KB|MB|GB]");
    expect(usage).toContain("--max-cells N");
    expect(usage).toMatch(/100 [MМ][BБ]/);
    expect(usage).toContain("1000000");
  });
});
