import * as fs from "fs";
import * as path from "path";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { detectPlanTables } from "../../src/engine/plan-tables";
import { PREVIEW_WORKBOOKS as SAMPLES } from "../../src/preview/workbooks";

// Plain Node script shared with `node scripts/build-preview-workbooks.js`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PREVIEW_WORKBOOKS, snapshotJson } = require("../../scripts/build-preview-workbooks.js") as {
  PREVIEW_WORKBOOKS: string[];
  snapshotJson(snapshot: unknown): string;
};

const ROOT = path.join(__dirname, "../..");
const committed = (name: string) => fs.readFileSync(path.join(ROOT, "src/preview/workbooks", `${name}.json`), "utf8");

describe("the preview's seed workbooks", () => {
  it.each(PREVIEW_WORKBOOKS)("%s.json is exactly what the workbook reader gives for the fixture", async (name) => {
    const file = `${name}.xlsx`;
    const snapshot = await readWorkbook(path.join(ROOT, "test/fixtures", file), file);
    // Byte for byte: a fixture rebuilt without rebuilding the preview's copy fails here.
    expect(committed(name)).toBe(snapshotJson(snapshot));
  });

  it("offers every seed plan and keeps no stale snapshot", () => {
    const files = fs.readdirSync(path.join(ROOT, "src/preview/workbooks")).sort();
    expect(files).toEqual(PREVIEW_WORKBOOKS.map((n) => `${n}.json`).sort());
    expect(PREVIEW_WORKBOOKS).toEqual(["bg-kyustendil-2019", "bg-scorecard", "bg-scorecard-measured", "pl-bochnia-2018", "ru-volodarsk-2020"]);
  });

  it("keeps the cell text of the Kyustendil plan as the reader found it, duplicate numbering included", () => {
    const snapshot = JSON.parse(committed("bg-kyustendil-2019"));
    const sheet = snapshot.sheets[0];
    expect(sheet.sheet).toBe("План 2019");
    expect(sheet.values[30]).toEqual(["№", "Дейност", "Срок за изпълнение", "Отговорни институции", "Финансиране", "Индикатори оценка на изпълнение"]);
    expect([sheet.values[33][0], sheet.values[34][0]]).toEqual(["2.", "2."]);
  });

  it("offers a scorecard with figures: perspectives, objectives and indicators with unit, baseline, target, actual and weight", () => {
    const sample = SAMPLES.find((w) => w.id === "bg-scorecard-measured")!;
    const table = detectPlanTables(sample.sheets[0])[0];
    const roles = table.columns.map((c) => c.role);
    expect(roles).toEqual(expect.arrayContaining(["perspective", "objective", "indicator", "unit", "baseline", "target", "actual", "weight"]));
    // Every indicator has its unit, target and weight written; one is not measured yet, as in a real year.
    const at = (role: string) => table.columns.find((c) => c.role === role)!.index;
    const rows = sample.sheets[0].values.slice(3);
    expect(rows).toHaveLength(9);
    for (const role of ["unit", "target", "weight"]) expect(rows.every((r) => r[at(role)] !== null)).toBe(true);
    expect(rows.filter((r) => r[at("actual")] === null)).toHaveLength(1);
  });
});
