import * as path from "path";
import { translator } from "../../src/i18n";
import { STATUS_FILLS } from "../../src/excel/write-scorecard";
import { ARTIFACTS, previewPageSession } from "./page-session";

/**
 * The measured scorecard sample in Chromium: its Scorecard sheet, written by the pane, shows in the
 * page's grid what Excel would show — scores as numbers and statuses lit green, amber or red — in
 * the add-in's PLAN.* formulas and in the portable ones alike. Screenshots go to test-artifacts/e2e/.
 */

const SCENARIO_MS = 120_000;
const t = translator("en");

const session = previewPageSession();


it(
  "shows the measured scorecard's scores and traffic lights in the grid, not formula text",
  async () => {
    const page = await session.browser.context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    });
    await page.goto(`${session.server.origin}/preview.html?lang=en-GB`);
    await page.getByTestId("workbook-picker").selectOption("bg-scorecard-measured");
    const pane = page.getByTestId("task-pane");
    await pane.getByRole("button", { name: t.t("pane.table.detect") }).click();
    await pane.getByRole("button", { name: t.t("pane.scorecard.write") }).click();
    const sheetName = t.t("scorecard.sheet-name");
    await pane.getByText(t.t("pane.scorecard.written", { sheet: sheetName })).waitFor();
    await page.getByRole("tab", { name: sheetName }).click();

    const cells = await page.locator("td[data-formula]").evaluateAll((tds) =>
      tds.map((td) => ({ formula: td.getAttribute("data-formula")!, text: td.textContent ?? "", fill: td.getAttribute("data-fill") })),
    );
    expect(cells.length).toBeGreaterThan(10);
    expect(cells.filter((c) => c.text.startsWith("="))).toEqual([]);
    const statuses = cells.filter((c) => ["green", "amber", "red"].includes(c.text));
    expect(new Set(statuses.map((c) => c.text)).size).toBeGreaterThan(1);
    for (const s of statuses) expect(s.fill).toBe(STATUS_FILLS[s.text as keyof typeof STATUS_FILLS]);
    expect(cells.some((c) => /^0\.\d+$/.test(c.text))).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, "scorecard-calculated.png"), fullPage: false });
    expect(problems).toEqual([]);
    await page.close();
  },
  SCENARIO_MS,
);
