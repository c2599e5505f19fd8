import { bundleModules } from "../support/bundle-code";

/**
 * What loads before the pane's first screen shows (budget: BENCHMARKS.md, `npm run bench`): the
 * pane itself, its words and what its first screen draws. Reading the sheet, the check and the
 * sheet writers run only when the user acts, so they come as chunks of their own then; the
 * custom functions and the ribbon commands load with Excel and carry nothing of the pane.
 */

const firstLoad = (entry: string) => bundleModules([entry], { firstLoad: true });

/** Code that runs only on an action: detection and the check, and everything that writes to the workbook. */
const ON_ACTION = [
  "src/taskpane/service.ts",
  "src/engine/plan-tables.ts",
  "src/engine/check.ts",
  "src/engine/rules/",
  "src/engine/scorecard/",
  "src/excel/read-snapshot.ts",
  "src/excel/check.ts",
  "src/excel/report-sheet.ts",
  "src/excel/write-scorecard.ts",
  "src/excel/write-timeline.ts",
  "src/excel/apply-typed-table.ts",
  "src/excel/make-portable.ts",
  "src/excel/remove.ts",
];

describe("the task pane's first load", () => {
  it("leaves detection, the check and the sheet writers to the first action", () => {
    const loaded = firstLoad("src/taskpane/index.tsx");
    expect(loaded.filter((m) => ON_ACTION.some((a) => m.startsWith(a)))).toEqual([]);
  });

  it("still reaches all of them through its lazy chunks", () => {
    const all = bundleModules(["src/taskpane/index.tsx"]);
    expect(ON_ACTION.filter((a) => !all.some((m) => m.startsWith(a)))).toEqual([]);
  });

  it("has the custom functions carry nothing of the pane, the Excel adapter or the add-in's words", () => {
    const loaded = bundleModules(["src/functions/functions.ts"]);
    expect(loaded.filter((m) => /^src\/(taskpane|excel|commands)\/|^src\/i18n\/hosts\//.test(m))).toEqual([]);
  });

  it("has the ribbon commands carry only the commands and the bus to the pane", () => {
    expect(bundleModules(["src/commands/commands.ts"]).filter((m) => !m.startsWith("src/commands/"))).toEqual([]);
  });
});
