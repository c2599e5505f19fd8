import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import type { IndicatorNode, Scorecard } from "../../src/engine/scorecard";
import { rollup, rollupIf, score, status, unitStatus } from "../../src/functions/functions";
import { translator } from "../../src/i18n";
import { FIXTURES, runCli } from "../cli/run-cli";
import { isError, Sheet, type CellInput, type Scalar } from "../support/formula-evaluator";
import { validatePart } from "../support/ooxml-schema";

/**
 * The Bulgarian scorecard as its annex reports it by year (`Отчет 2022 | Отчет 2023 | Отчет 2024`,
 * a `Праг` column): read as a series per indicator, the last reported year is the actual, the trend
 * from the year before is in --json and on the Scorecard sheet, and the sheet's formulas, PLAN.* or
 * portable, agree with --json to the last digit.
 */

const FIXTURE = path.join(FIXTURES, "bg-scorecard-by-year.xlsx");
const t = translator("en");
let dir: string;
let card: Scorecard;
let portable: Map<string, Written>;
let plan: Map<string, Written>;
let portableXml: string;
let copy: string;

interface Written {
  formula: string | null;
  cached: Scalar;
  constant: CellInput;
}

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

function readCells(xml: string): Map<string, Written> {
  const cells = new Map<string, Written>();
  for (const [, ref, attrs, body] of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>([\s\S]*?)<\/c>/g)) {
    const type = /\bt="(\w+)"/.exec(attrs)?.[1];
    const f = /<f>([\s\S]*?)<\/f>/.exec(body)?.[1];
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const text = /<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
    const cached: Scalar = v === undefined ? (type === "str" ? "" : null) : type === "e" ? { error: unescape(v) } : type === "str" ? unescape(v) : Number(v);
    const constant: CellInput = type === "inlineStr" ? `'${unescape(text ?? "")}` : f === undefined && v !== undefined ? Number(v) : null;
    cells.set(ref, { formula: f === undefined ? null : unescape(f), cached, constant });
  }
  return cells;
}

async function scorecardPart(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = new RegExp(`<sheet\\b[^>]*\\sname="${t.t("scorecard.sheet-name")}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
  return zip.file(`xl/${new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`)!.async("string");
}

const shown = (v: Scalar) => (isError(v) ? v.error : v);
const indicators = () => card.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.indicators));
const named = (start: string): IndicatorNode => indicators().find((i) => i.name.startsWith(start))!;
function rowOf(cells: Map<string, Written>, name: string): number {
  for (let r = 1; r < 100; r++) if (cells.get(`C${r}`)?.constant === `'${name}`) return r;
  throw new Error(`${name} not on the sheet`);
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-by-year-"));
  copy = path.join(dir, "portable.xlsx");
  const planCopy = path.join(dir, "plan.xlsx");
  expect((await runCli(["scorecard", FIXTURE, "--report", copy])).code).toBe(0);
  expect((await runCli(["scorecard", FIXTURE, "--report", planCopy, "--plan-formulas"])).code).toBe(0);
  card = JSON.parse((await runCli(["scorecard", FIXTURE, "--json"])).stdout).scorecards[0].scorecard;
  portableXml = await scorecardPart(copy);
  portable = readCells(portableXml);
  plan = readCells(await scorecardPart(planCopy));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("a scorecard with actuals by year", () => {
  it("reads the three report columns as one series, left to right", () => {
    expect(card.series).toEqual({
      columns: [
        { column: "G", header: "Отчет 2022", label: "2022" },
        { column: "H", header: "Отчет 2023", label: "2023" },
        { column: "I", header: "Отчет 2024", label: "2024" },
      ],
      unread: null,
    });
  });

  it("scores the last year reported, and says which year that is", () => {
    const partners = named("Брой споразумения за партньорство");
    expect(partners.series).toMatchObject({ actualFrom: "2023", periods: [{ value: "5" }, { value: "7" }, { value: null }] });
    expect([partners.actual, partners.refs.actual, partners.score]).toEqual(["7", "H9", (7 - 4) / (12 - 4)]);
    expect(named("Брой индивидуални оценки").series!.actualFrom).toBe("2024");
  });

  it("gives the trend from the year before, better or worse by the indicator's polarity", () => {
    expect(named("Размер на инвестиции/капиталови").series!.trend).toEqual({ from: "2023", to: "2024", change: -7800, direction: "down", meaning: "worsening" });
    // Fewer children out of school is better: the threshold above the target says so.
    const dropouts = named("Деца, отпаднали от училище");
    expect([dropouts.polarity, dropouts.thresholds!.greenFromTarget, dropouts.thresholds!.lines, dropouts.status]).toEqual(["lower", true, { green: 20, red: 35 }, "amber"]);
    expect(dropouts.series!.trend).toMatchObject({ change: 2, direction: "up", meaning: "worsening" });
    expect(named("Степен на удовлетвореност").series!.trend).toMatchObject({ change: 1, meaning: "improving" });
  });

  it("shows the previous year's actual and the trend on the portable sheet, as --json says", () => {
    expect(portable.get("N4")!.constant).toBe(`'${t.t("scorecard.col.previous")}`);
    expect(portable.get("O4")!.constant).toBe(`'${t.t("scorecard.col.trend")}`);
    for (const ind of indicators()) {
      const r = rowOf(portable, ind.name);
      expect([ind.name, portable.get(`O${r}`)!.cached]).toEqual([ind.name, ind.series!.trend?.meaning ?? ""]);
      expect([ind.name, shown(portable.get(`H${r}`)!.cached), portable.get(`I${r}`)!.cached]).toEqual([ind.name, ind.score ?? "#N/A", ind.status]);
    }
    const r = rowOf(portable, named("Размер на инвестиции/капиталови").name);
    expect([portable.get(`F${r}`)!.constant, portable.get(`N${r}`)!.constant]).toEqual([84500, 92300]);
  });

  it("holds portable formulas that compute their own cached values", () => {
    const sheet = new Sheet();
    for (const [ref, c] of portable) sheet.set(ref, c.formula !== null ? `=${c.formula}` : c.constant);
    const formulas = [...portable].filter(([, c]) => c.formula !== null);
    expect(formulas.filter(([ref]) => ref.startsWith("O")).length).toBe(9);
    for (const [ref, c] of formulas) {
      expect(c.formula).not.toMatch(/PLAN/);
      expect([ref, shown(sheet.value(ref))]).toEqual([ref, shown(c.cached)]);
    }
  });

  it("gives, in the PLAN.* form, the same values as the portable sheet", () => {
    const sheet = new Sheet([], { "PLAN.SCORE": score as never, "PLAN.STATUS": status as never, "PLAN.ROLLUP": rollup as never, "PLAN.ROLLUPIF": rollupIf as never, "PLAN.UNITSTATUS": unitStatus as never });
    for (const [ref, c] of plan) sheet.set(ref, c.formula !== null ? `=${c.formula.replace(/_xldudf_PLAN_/g, "PLAN.")}` : c.constant);
    let compared = 0;
    for (const [ref, c] of plan) {
      if (c.formula === null) continue;
      expect([ref, shown(sheet.value(ref))]).toEqual([ref, shown(portable.get(ref)!.cached)]);
      compared++;
    }
    expect(compared).toBe(9 * 2 + 4 * 2 + 4 * 2 + 2);
    // No PLAN function computes a trend: the PLAN.* form writes it as its value.
    for (const ind of indicators()) {
      const r = rowOf(plan, ind.name);
      expect([ind.name, plan.get(`O${r}`)?.constant ?? null]).toEqual([ind.name, ind.series!.trend ? `'${ind.series!.trend.meaning}` : null]);
    }
  });

  it("is a valid SpreadsheetML worksheet", async () => {
    expect((await validatePart(portableXml, "worksheet")).errors).toEqual([]);
  });
});

const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
const inLibreOffice = soffice ? it : it.skip;
const note = soffice ? "" : " (skipped: LibreOffice's soffice is not installed)";

describe("the by-year Scorecard sheet in LibreOffice", () => {
  inLibreOffice(
    `recalculates without #NAME? to the engine's statuses and trends${note}`,
    async () => {
      const profile = path.join(dir, "profile");
      await fs.mkdir(path.join(profile, "user"), { recursive: true });
      // Recalculate every formula on load, whatever the file caches.
      await fs.writeFile(
        path.join(profile, "user", "registrymodifications.xcu"),
        `<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
          `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>`,
      );
      const run = spawnSync(
        "soffice",
        [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, copy],
        { encoding: "utf8", timeout: 120_000 },
      );
      expect(run.status).toBe(0);
      const csv = await fs.readFile(path.join(dir, `portable-${t.t("scorecard.sheet-name")}.csv`), "utf8");
      expect(csv).not.toMatch(/#NAME\?|Err:\d+/);
      const lines = csv.split("\n").map((l) => l.split(","));
      for (const ind of indicators()) {
        // A name may hold commas, so the row's last seven cells (I to O) are read from its end.
        const tail = lines.find((cells) => cells.join(",").includes(ind.name))!.slice(-7);
        expect([ind.name, tail[0], tail[6]]).toEqual([ind.name, ind.status, ind.series!.trend?.meaning ?? ""]);
      }
    },
    150_000,
  );
});
