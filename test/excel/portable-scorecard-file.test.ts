import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { detectPlanTables } from "../../src/engine/plan-tables";
import { buildScorecard, type Scorecard } from "../../src/engine/scorecard";
import { scorecardLayout } from "../../src/excel/portable-scorecard-layout";
import { rollup, rollupIf, score, status, unitStatus } from "../../src/functions/functions";
import { translator } from "../../src/i18n";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { FIXTURES, runCli } from "../cli/run-cli";
import { isError, Sheet, type CellInput, type Scalar } from "../support/formula-evaluator";
import { validatePart } from "../support/ooxml-schema";

/**
 * The measured Bulgarian scorecard three ways: the portable sheet `plancheck scorecard --report`
 * writes, the PLAN.* sheet, and `plancheck scorecard --json`. All three agree to the last digit.
 */

const FIXTURE = path.join(FIXTURES, "bg-scorecard-measured.xlsx");
const t = translator("en");
let dir: string;
let copy: string;
let json: { file: string; scorecards: { sheet: string; scorecard: Scorecard }[] };
let part: string;

/** The scorecard sheet's cells as written: formula text, cached value, constant. */
interface WrittenCell {
  formula: string | null;
  cached: Scalar;
  constant: CellInput;
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

function readCells(xml: string): Map<string, WrittenCell> {
  const cells = new Map<string, WrittenCell>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>([\s\S]*?)<\/c>/g)) {
    const [, ref, attrs, body] = m;
    const type = /\bt="(\w+)"/.exec(attrs)?.[1];
    const f = /<f>([\s\S]*?)<\/f>/.exec(body)?.[1];
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const text = /<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
    const cached: Scalar = v === undefined ? null : type === "e" ? { error: unescape(v) } : type === "str" ? unescape(v) : Number(v);
    const constant: CellInput = type === "inlineStr" ? `'${unescape(text ?? "")}` : f === undefined && v !== undefined ? Number(v) : null;
    cells.set(ref, { formula: f === undefined ? null : unescape(f), cached, constant });
  }
  return cells;
}

function sheetOf(cells: Map<string, WrittenCell>): Sheet {
  const sheet = new Sheet();
  for (const [ref, c] of cells) sheet.set(ref, c.formula !== null ? `=${c.formula}` : c.constant);
  return sheet;
}

async function scorecardPart(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = new RegExp(`<sheet\\b[^>]*\\sname="${t.t("scorecard.sheet-name")}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  return zip.file(`xl/${target}`)!.async("string");
}

const shown = (v: Scalar) => (isError(v) ? v.error : v);
const asCell = (s: number | null) => (s === null ? "#N/A" : s);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-scorecard-"));
  copy = path.join(dir, "BSC 2024 with scorecard.xlsx");
  const written = await runCli(["scorecard", FIXTURE, "--report", copy]);
  expect(written.code).toBe(0);
  expect(written.stdout).toContain(t.t("scorecard.copy-written", { file: copy }));
  json = JSON.parse((await runCli(["scorecard", FIXTURE, "--json"])).stdout);
  part = await scorecardPart(copy);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Rows of the sheet whose column holds a name, after the row of a block title. */
function rowNamed(cells: Map<string, WrittenCell>, col: string, name: string, after = 0): number {
  for (let r = after + 1; r < 200; r++) if (cells.get(`${col}${r}`)?.constant === `'${name}`) return r;
  throw new Error(`${name} not in column ${col}`);
}

describe("the portable Scorecard sheet of plancheck scorecard --report", () => {
  it("is the same scorecard as plancheck scorecard --json: every indicator, objective, perspective and the whole plan, to the last digit", () => {
    const cells = readCells(part);
    const card = json.scorecards[0].scorecard;
    const objectives = rowNamed(cells, "A", t.t("scorecard.objectives"));
    const perspectives = rowNamed(cells, "A", t.t("scorecard.perspectives"));
    let checked = 0;
    for (const p of card.perspectives) {
      const pr = rowNamed(cells, "A", p.name, perspectives);
      expect([p.name, shown(cells.get(`B${pr}`)!.cached), cells.get(`C${pr}`)!.cached]).toEqual([p.name, asCell(p.score), p.status]);
      for (const o of p.objectives) {
        const or = rowNamed(cells, "B", o.name, objectives);
        expect([o.name, shown(cells.get(`C${or}`)!.cached), cells.get(`D${or}`)!.cached]).toEqual([o.name, asCell(o.score), o.status]);
        for (const ind of o.indicators) {
          const ir = rowNamed(cells, "C", ind.name);
          expect([ind.name, shown(cells.get(`H${ir}`)!.cached), cells.get(`I${ir}`)!.cached]).toEqual([ind.name, asCell(ind.score), ind.status]);
          checked++;
        }
      }
    }
    expect(checked).toBe(9);
    const whole = rowNamed(cells, "A", t.t("scorecard.overall"));
    expect([cells.get(`B${whole}`)!.cached, cells.get(`C${whole}`)!.cached]).toEqual([card.score, card.status]);
  });

  it("holds formulas that compute their own cached values, with standard functions only", () => {
    const cells = readCells(part);
    const sheet = sheetOf(cells);
    const formulas = [...cells].filter(([, c]) => c.formula !== null);
    expect(formulas.length).toBeGreaterThan(40);
    for (const [ref, c] of formulas) {
      expect(c.formula).not.toMatch(/PLAN\./);
      expect([ref, shown(sheet.value(ref))]).toEqual([ref, shown(c.cached)]);
    }
  });

  it("gives what the PLAN.* sheet gives, to the last digit", async () => {
    const { sheets } = await readWorkbook(FIXTURE);
    const card = buildScorecard(detectPlanTables(sheets[0])[0]);
    expect(JSON.parse(JSON.stringify(card))).toEqual(json.scorecards[0].scorecard);
    const layout = scorecardLayout(card, t, "plan");
    const plan = new Sheet(layout.rows, { "PLAN.SCORE": score as never, "PLAN.STATUS": status as never, "PLAN.ROLLUP": rollup as never, "PLAN.ROLLUPIF": rollupIf as never, "PLAN.UNITSTATUS": unitStatus as never });
    const portable = readCells(part);
    // Both sheets have the same layout of names and results; only the formulas differ.
    let compared = 0;
    layout.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (typeof c !== "string" || !c.startsWith("=PLAN.")) return;
        const ref = `${String.fromCharCode(65 + col)}${r + 1}`;
        expect([ref, shown(plan.value(ref))]).toEqual([ref, shown(portable.get(ref)!.cached)]);
        compared++;
      }),
    );
    expect(compared).toBe(9 * 2 + 4 * 2 + 4 * 2 + 2);
  });

  it("judges an indicator by its own green and red lines from the threshold columns, in the sheet as in --json", () => {
    const cells = readCells(part);
    const indicator = json.scorecards[0].scorecard.perspectives[0].objectives[0].indicators[0];
    const r = rowNamed(cells, "C", indicator.name);
    // 95,1% from a baseline of 92,4% towards 97% scores 0.587, red at the scorecard's thresholds,
    // but the plan's own lines say green at 96% and red under 93%: amber.
    expect([cells.get(`L${r}`)!.constant, cells.get(`M${r}`)!.constant, cells.get(`I${r}`)!.cached]).toEqual([0.96, 0.93, "amber"]);
    expect(cells.get(`I${r}`)!.formula).toContain(`L${r}`);
    expect(indicator).toMatchObject({ status: "amber", statusFrom: "thresholds", thresholds: { green: "96%", red: "93%", lines: { green: 0.96, red: 0.93 } } });
    expect(indicator.score).toBeLessThan(0.6);
    // `Червено под не`: nothing is below "no", so the yes/no indicator keeps its score's light.
    const yesNo = json.scorecards[0].scorecard.perspectives[1].objectives[0].indicators[1];
    expect(yesNo).toMatchObject({ status: "red", statusFrom: "score", thresholds: { lines: null, unread: "comparator" } });
    const y = rowNamed(cells, "C", yesNo.name);
    expect([cells.get(`L${y}`), cells.get(`M${y}`), cells.get(`I${y}`)!.formula]).toEqual([undefined, undefined, expect.stringContaining(`H${y}`)]);
  });

  it("shows values as the plan writes them: percentages, sums and the level word", () => {
    const cells = readCells(part);
    const r = rowNamed(cells, "C", "Степен на удовлетвореност на служителите");
    expect([cells.get(`D${r}`)!.constant, cells.get(`E${r}`)!.constant]).toEqual([2, 3]);
    expect(part).toMatch(/<c r="E\d+" s="\d+"><v>0.97<\/v>/);
  });

  it("is a valid SpreadsheetML worksheet, and the copy's styles part too", async () => {
    expect((await validatePart(part, "worksheet")).errors).toEqual([]);
    const zip = await JSZip.loadAsync(await fs.readFile(copy));
    expect((await validatePart(await zip.file("xl/styles.xml")!.async("string"), "styles")).errors).toEqual([]);
    expect((await validatePart(await zip.file("xl/workbook.xml")!.async("string"), "workbook")).errors).toEqual([]);
  });

  it("leaves the plan's own sheet as it was, and is replaced, not added again, when written a second time", async () => {
    const again = path.join(dir, "again.xlsx");
    expect((await runCli(["scorecard", copy, "--report", again])).code).toBe(0);
    const zip = await JSZip.loadAsync(await fs.readFile(again));
    const names = [...(await zip.file("xl/workbook.xml")!.async("string")).matchAll(/<sheet\b[^>]*\sname="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(["BSC 2024", t.t("scorecard.sheet-name")]);
    const original = await JSZip.loadAsync(await fs.readFile(FIXTURE));
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toBe(await original.file("xl/worksheets/sheet1.xml")!.async("string"));
  });

  it("is never written over the plan itself", async () => {
    const before = await fs.readFile(FIXTURE);
    const run = await runCli(["scorecard", FIXTURE, "--report", FIXTURE]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(FIXTURE);
    expect(await fs.readFile(FIXTURE)).toEqual(before);
  });
});

describe("plancheck scorecard --report --plan-formulas", () => {
  it("writes the shorter PLAN.* formulas, says they need the add-in, and stores the same values as the portable sheet", async () => {
    const planCopy = path.join(dir, "plan-form.xlsx");
    expect((await runCli(["scorecard", FIXTURE, "--report", planCopy, "--plan-formulas"])).code).toBe(0);
    const plan = readCells(await scorecardPart(planCopy));
    const portable = readCells(part);
    expect(plan.get("A2")!.constant).toBe(`'${t.t("scorecard.note.plan")}`);
    const formulas = [...plan].filter(([, c]) => c.formula !== null);
    expect(formulas.length).toBe(9 * 2 + 4 * 2 + 4 * 2 + 2);
    for (const [ref, c] of formulas) {
      // Stored as Excel stores a custom function call, so Excel with the add-in recalculates it.
      expect(c.formula).toMatch(/^_xldudf_PLAN_(SCORE|STATUS|UNITSTATUS|ROLLUP|ROLLUPIF)\(/);
      expect(c.formula).not.toMatch(/PLAN\./);
      expect([ref, shown(c.cached)]).toEqual([ref, shown(portable.get(ref)!.cached)]);
    }
  });
});

const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
const inLibreOffice = soffice ? it : it.skip;
const note = soffice ? "" : " (skipped: LibreOffice's soffice is not installed)";

describe("the portable Scorecard sheet in LibreOffice", () => {
  inLibreOffice(
    `recalculates without #NAME? to the engine's numbers${note}`,
    async () => {
      // A profile of our own that recalculates every formula on load, whatever the file caches.
      const profile = path.join(dir, "profile");
      await fs.mkdir(path.join(profile, "user"), { recursive: true });
      await fs.writeFile(
        path.join(profile, "user", "registrymodifications.xcu"),
        `<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
          `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>`,
      );
      // Every sheet to its own CSV, raw values (not as shown), UTF-8.
      const run = spawnSync(
        "soffice",
        [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, copy],
        { encoding: "utf8", timeout: 120_000 },
      );
      expect(run.status).toBe(0);
      const csv = await fs.readFile(path.join(dir, `${path.basename(copy, ".xlsx")}-${t.t("scorecard.sheet-name")}.csv`), "utf8");
      expect(csv).not.toMatch(/#NAME\?|Err:\d+/);
      const lines = csv.split("\n");
      const card = json.scorecards[0].scorecard;
      const whole = lines.find((l) => l.startsWith(t.t("scorecard.overall")))!.split(",");
      expect(Number(whole[1])).toBeCloseTo(card.score!, 13);
      expect(whole[2]).toBe(card.status);
      for (const p of card.perspectives) {
        const row = lines.filter((l) => l.startsWith(`${p.name},`)).pop()!.split(",");
        expect([p.name, Number(row[1]), row[2]]).toEqual([p.name, expect.closeTo(p.score!, 13), p.status]);
      }
    },
    150_000,
  );
});
