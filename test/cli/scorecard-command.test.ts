import * as path from "path";
import { promises as fs } from "fs";
import * as os from "os";
import JSZip from "jszip";
import { translator, type Lang } from "../../src/i18n";
import { FIXTURES, runCli } from "./run-cli";

const FIXTURE = path.join(FIXTURES, "bg-scorecard-measured.xlsx");

describe("plancheck scorecard --plan-formulas", () => {
  it.each<[Lang, string]>([
    ["en", "en_GB.UTF-8"],
    ["bg", "bg_BG.UTF-8"],
    ["pl", "pl_PL.UTF-8"],
    ["ru", "ru_RU.UTF-8"],
    ["uk", "uk_UA.UTF-8"],
  ])("without --report is refused in %s with exit code 2, and prints no scorecard", async (lang, LANG) => {
    const run = await runCli(["scorecard", FIXTURE, "--plan-formulas", "--json"], { LANG });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(translator(lang).t("cli.usage.plan-formulas-without-report"));
    expect(run.stderr).toContain("--report");
  });

  it("leaves the scorecard without --plan-formulas as it was", async () => {
    const plain = await runCli(["scorecard", FIXTURE, "--json"]);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout).scorecards).toHaveLength(1);
  });
});

describe("plancheck scorecard in words", () => {
  it("shows which way an indicator reported by year moved since the year before", async () => {
    const run = await runCli(["scorecard", path.join(FIXTURES, "bg-scorecard-by-year.xlsx")]);
    expect(run.code).toBe(0);
    const line = (start: string) => run.stdout.split("\n").find((l) => l.trim().startsWith(start))!;
    expect(line("Размер на инвестиции/капиталови")).toMatch(/↓$/);
    expect(line("Брой споразумения за партньорство")).toMatch(/↑$/);
    expect(run.stdout).not.toMatch(/КАЧЕСТВО И РЕЗУЛТАТИ.*[↑↓→]/);
  });
});

describe("plancheck scorecard --report", () => {
  it.each<[Lang, string]>([
    ["en", "en_GB.UTF-8"],
    ["bg", "bg_BG.UTF-8"],
  ])("titles the Scorecard sheet's chart in the user's language (%s)", async (lang, LANG) => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-chart-title-"));
    const copy = path.join(dir, "copy.xlsx");
    try {
      expect((await runCli(["scorecard", FIXTURE, "--report", copy], { LANG })).code).toBe(0);
      const zip = await JSZip.loadAsync(await fs.readFile(copy));
      const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
      expect(charts).toHaveLength(1);
      const xml = await zip.file(charts[0])!.async("string");
      expect(xml).toContain(`<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${translator(lang).t("scorecard.chart.title")}</a:t>`);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
