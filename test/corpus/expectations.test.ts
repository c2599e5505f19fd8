import * as fs from "fs";
import * as path from "path";
import { KINDS, measureCorpus, readReviewed, readReviewedSources, reviewFindings, totals, type CorpusTotals, type PlanMeasure } from "../../scripts/corpus";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { planSheets } from "../../src/xlsx/plan-sheets";
import { checkWorkbook } from "../../src/engine/check";
import { tableJson } from "../../src/cli/table-json";
import { compareReading, parseDeadline } from "../../src/engine/deadline";

/**
 * The corpus of real plans (test/corpus/plans) read as `plancheck` reads them. What PlanCheck gets
 * right on plans nobody tuned it for may only grow: the expectations met per kind are held to the
 * floor recorded in expectations-floor.json (raised when a change lifts them), and a plan that has a
 * plan table must never come out with none, but for the few recorded there as not read yet.
 */

const FLOOR_FILE = path.join(__dirname, "expectations-floor.json");
const floor = JSON.parse(fs.readFileSync(FLOOR_FILE, "utf8")) as { kinds: Record<string, number>; tableNotFoundYet?: { plans: string[] } };

let measures: PlanMeasure[];
let total: CorpusTotals;

beforeAll(async () => {
  measures = await measureCorpus({
    readWorkbook: (file) => readWorkbook(file),
    checkWorkbook: (wb) => checkWorkbook(planSheets(wb as Parameters<typeof planSheets>[0])),
    tableJson,
    parseDeadline: (text, context) => parseDeadline(text, context as Parameters<typeof parseDeadline>[1]),
    compareReading,
  });
  total = totals(measures);
});

test("every corpus plan has its workbook built", () => {
  const missing = measures.filter((m) => m.misses.some((x) => x.startsWith("workbook not built")));
  expect(missing.map((m) => m.id)).toEqual([]);
});

test("every plan that has a plan table gets one, but for those recorded as not read yet", () => {
  const lost = measures.filter((m) => m.expectedTables > 0 && m.tables === 0).map((m) => m.id);
  expect(lost.sort()).toEqual([...(floor.tableNotFoundYet?.plans ?? [])].sort());
});

test("a plan without a plan table is never read as having one", () => {
  const invented = measures.filter((m) => m.expectedTables === 0 && m.tables > 0).map((m) => m.id);
  expect(invented).toEqual([]);
});

test.each(KINDS)("expectations met for %s do not fall below the recorded floor", (kind) => {
  expect(total.kinds[kind].met).toBeGreaterThanOrEqual(floor.kinds[kind] ?? 0);
});

describe("findings a reviewer would write", () => {
  const reviewed = readReviewed();
  const ceiling = JSON.parse(fs.readFileSync(path.join(__dirname, "noise-ceiling.json"), "utf8")) as { wrong: number };

  test("every verdict is right or wrong, with its reason, and each file names a finding once", () => {
    for (const { file, entries } of readReviewedSources()) {
      const keys = entries.map((r) => `${r.plan}|${r.code}|${r.cell}|${r.detail ?? ""}`);
      expect({ file, duplicates: keys.length - new Set(keys).size }).toEqual({ file, duplicates: 0 });
    }
    expect(reviewed.filter((r) => !["right", "wrong"].includes(r.verdict) || r.reason.trim() === "")).toEqual([]);
  });

  test("every finding PlanCheck emits on the corpus has a reviewer's verdict", () => {
    expect(reviewFindings(measures, reviewed).unreviewed).toEqual([]);
  });

  test("the findings judged wrong do not grow past the recorded ceiling", () => {
    expect(reviewFindings(measures, reviewed).wrong).toBeLessThanOrEqual(ceiling.wrong);
  });
});
