import { helpText, parseArgs, UsageError } from "../../src/cli/args";
import { LANGS } from "../../src/i18n/catalog";
import { translator } from "../../src/i18n";

function usageError(argv: string[]): { key: string; params: Record<string, string> } {
  try {
    parseArgs(argv, "en");
  } catch (e) {
    if (e instanceof UsageError) return { key: e.key, params: e.params };
    throw e;
  }
  throw new Error(`no usage error for ${argv.join(" ")}`);
}

describe("parseArgs", () => {
  it("reads a command, its inputs and every kind of option", () => {
    const args = parseArgs(["check", "a.xlsx", "--json", "--lang", "pl", "--period=2018/2019", "--workers", "4", "plans/", "--max-bytes", "200MB"], "en");
    expect(args).toMatchObject({
      command: "check",
      inputs: ["a.xlsx", "plans/"],
      json: true,
      lang: "pl",
      period: "2018/2019",
      workers: 4,
      maxBytes: 200 * 1024 * 1024,
      maxCells: null,
      today: null,
      report: null,
      since: null,
      help: false,
      version: false,
    });
  });

  it("takes the language of the environment when --lang is not given", () => {
    expect(parseArgs(["table", "a.xlsx"], "uk").lang).toBe("uk");
  });

  it("knows -h and -v", () => {
    expect(parseArgs(["-h"], "en")).toMatchObject({ help: true, command: null });
    expect(parseArgs(["-v"], "en")).toMatchObject({ version: true });
  });

  it("treats everything after -- as inputs, even names that look like options", () => {
    expect(parseArgs(["check", "--", "--odd-name.xlsx"], "en")).toMatchObject({ command: "check", inputs: ["--odd-name.xlsx"] });
  });

  it("refuses an option it does not know, naming it", () => {
    expect(usageError(["check", "a.xlsx", "--frobnicate"])).toEqual({ key: "cli.usage.unknown-option", params: { option: "--frobnicate" } });
    expect(usageError(["check", "-x"])).toEqual({ key: "cli.usage.unknown-option", params: { option: "-x" } });
  });

  it("refuses a value given to a switch", () => {
    expect(usageError(["check", "a.xlsx", "--json=yes"])).toEqual({ key: "cli.usage.unknown-option", params: { option: "--json=yes" } });
  });

  it("refuses --timeline without a report copy to put the sheet in, rather than drop it silently", () => {
    expect(usageError(["check", "a.xlsx", "--timeline"])).toEqual({ key: "cli.usage.needs-report", params: { option: "--timeline" } });
    expect(parseArgs(["check", "a.xlsx", "--timeline", "--report", "out.xlsx"], "en")).toMatchObject({ timeline: true, report: "out.xlsx" });
  });

  it.each([[["check", "a.xlsx", "--lang"]], [["check", "a.xlsx", "--period="]]])("refuses an option without its value: %j", (argv) => {
    expect(usageError(argv).key).toBe("cli.usage.missing-value");
  });

  it.each([
    [["--lang", "de"], "cli.usage.bad-lang", "de"],
    [["--today", "1.09.2019"], "cli.usage.bad-today", "1.09.2019"],
    [["--workers", "0"], "cli.usage.bad-workers", "0"],
    [["--max-cells", "lots"], "cli.usage.bad-max-cells", "lots"],
    [["--max-bytes", "10TB"], "cli.usage.bad-max-bytes", "10TB"],
  ])("refuses %j with %s", (option, key, value) => {
    expect(usageError(["check", "a.xlsx", ...option])).toEqual({ key, params: { value } });
  });
});

describe("helpText", () => {
  const OPTIONS = ["--json", "--lang", "--period", "--today", "--report", "--since", "--workers", "--max-bytes", "--max-cells", "--help", "--version"];

  it.each(LANGS)("lists every option and command with words of its own in %s", (lang) => {
    const t = translator(lang);
    const help = helpText(t, ["table", "check", "scorecard"]);
    for (const option of OPTIONS) expect(help).toMatch(new RegExp(`^  (-\\w, )?${option}\\b`, "m"));
    for (const command of ["table", "check", "scorecard"]) expect(help).toMatch(new RegExp(`^  ${command} +\\S`, "m"));
    // A key that is missing would show up as the key itself.
    expect(help).not.toMatch(/cli\.(option|command|help)\./);
  });

  it("puts the second line of a description under the first", () => {
    const lines = helpText(translator("en"), ["check"]).split("\n");
    const at = lines.findIndex((l) => l.startsWith("  --report FILE.xlsx"));
    const column = lines[at].indexOf("write a copy");
    expect(lines[at + 1].indexOf("or an overview")).toBe(column);
  });
});
