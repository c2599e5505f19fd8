import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { LOCALE_TAG, translator, type Lang } from "../../src/i18n";
import { ARTIFACTS, previewPageSession } from "./page-session";

/**
 * The pictures in real Chromium, after a check in the browser page: findings at a glance, the
 * plan's timeline and the scorecard view, drawn by the chart library loaded on demand, with no
 * request leaving the page. Screenshots go to test-artifacts/e2e/.
 */

const SCENARIO_MS = 90_000;

const session = previewPageSession();


/** A page of the preview in a language, watching for any request that leaves the local server and for errors. */
async function openPreview(lang: Lang): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const page = await session.browser.context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(`${session.server.origin}/`) || url.startsWith("data:")) return route.continue();
    problems.push(`request left the machine: ${url}`);
    return route.abort();
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  await page.goto(`${session.server.origin}/preview.html?lang=${LOCALE_TAG[lang]}`);
  return { page, problems, requests };
}

/** A measured balanced scorecard as a school office writes one: perspectives, objectives, indicators with values. */
async function measuredScorecard(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Карта 2024");
  sheet.addRows([
    ["Балансирана карта за резултати 2024"],
    [],
    ["Перспектива", "Цел", "Индикатор", "Мерна единица", "Базова стойност", "Целева стойност", "Отчетена стойност", "Тегло"],
    ["Ученици", "По-висок успех", "Среден успех", "число", 4, 5, 5, 1],
    ["", "", "Дял отпаднали", "%", "10%", "0%", "5%", 1],
    ["", "Обхват", "Обхванати деца", "%", "80%", "100%", "82%", 1],
    ["Ресурси", "Квалификация", "Обучени учители", "брой", 0, 40, 40, 1],
    ["", "Материална база", "Обновени кабинети", "брой", 0, 10, 4, 1],
  ]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "plancheck-charts-")), "karta-2024.xlsx");
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Detects the plan of a sample workbook and checks it. */
async function check(page: Page, workbook: string, lang: Lang): Promise<void> {
  const t = translator(lang);
  const pane = page.getByTestId("task-pane");
  await page.getByTestId("workbook-picker").selectOption(workbook);
  await pane.getByRole("button", { name: t.t("pane.table.detect") }).click();
  await pane.getByRole("button", { name: t.t("pane.check.run"), exact: true }).click();
  await pane.locator("dt", { hasText: t.t("pane.check.errors") }).waitFor();
}

/** The number of marks (bars, bands) drawn in a chart section's SVG, once the chart library has drawn them. */
async function drawnBars(page: Page, chart: string): Promise<number> {
  const section = page.locator(`[data-chart="${chart}"]`);
  await section.locator("svg rect").first().waitFor({ state: "attached", timeout: 30_000 });
  return section.locator("svg rect").count();
}

describe("the pictures in Chromium", () => {
  it(
    "draws findings at a glance and the timeline of the Kyustendil plan, with no request after the page has loaded",
    async () => {
      const lang: Lang = "bg";
      const t = translator(lang);
      const { page, problems, requests } = await openPreview(lang);
      await page.getByTestId("task-pane").waitFor();
      await page.waitForLoadState("networkidle");
      const loaded = requests.length;

      await check(page, "bg-kyustendil-2019", lang);
      const glance = page.locator('[data-chart="glance"]');
      await glance.getByRole("heading", { name: t.t("charts.glance.heading") }).waitFor();
      expect(await drawnBars(page, "glance")).toBeGreaterThan(1);
      // The chart library came with the page: drawing the charts asks for nothing more.
      expect(requests.slice(loaded)).toEqual([]);
      await glance.scrollIntoViewIfNeeded();
      await page.mouse.move(0, 0);
      await glance.screenshot({ path: path.join(ARTIFACTS, "charts-1-glance.png") });

      // A bar of the first chart (the most frequent kind) shows only its findings.
      const groupsBefore = await page.locator("[data-code]").count();
      await glance.getByRole("figure", { name: t.t("charts.glance.by-kind") }).locator("svg rect").first().click();
      await glance.getByText(t.t("charts.glance.filtered", { label: "" }).trim(), { exact: false }).waitFor();
      expect(await page.locator("[data-code]").count()).toBe(1);
      await glance.getByRole("button", { name: t.t("charts.glance.show-all") }).click();
      expect(await page.locator("[data-code]").count()).toBe(groupsBefore);

      const timeline = page.locator('[data-chart="timeline"]');
      await timeline.getByRole("heading", { name: t.t("charts.timeline.heading") }).waitFor();
      await timeline.locator("[data-row]").nth(5).waitFor();
      await timeline.scrollIntoViewIfNeeded();
      await page.mouse.move(0, 0);
      await timeline.screenshot({ path: path.join(ARTIFACTS, "charts-2-timeline-status.png") });
      // In the 320-pixel pane every task's label is whole: wrapped onto its own line, never cut.
      const labels = await timeline.locator("[data-row] > span:first-child").evaluateAll((spans) =>
        spans.map((el) => ({ text: el.textContent ?? "", row: el.parentElement?.getAttribute("data-row") ?? "", overflows: el.scrollWidth > el.clientWidth + 1 })),
      );
      expect(labels.length).toBeGreaterThan(5);
      for (const l of labels) expect(l).toEqual({ text: l.row, row: l.row, overflows: false });
      expect(labels.some((l) => l.text.length > 40)).toBe(true);
      expect(labels.every((l) => !l.text.endsWith("…"))).toBe(true);
      await timeline.getByRole("radio", { name: t.t("charts.timeline.colour.body") }).check();
      await timeline.locator("[data-row]").first().waitFor();
      await timeline.screenshot({ path: path.join(ARTIFACTS, "charts-3-timeline-body.png") });

      // The same timeline as a sheet of the workbook, on the user's request.
      await timeline.getByRole("button", { name: t.t("charts.timeline.write") }).click();
      await page.getByText(t.t("charts.timeline.written", { sheet: t.t("timeline.sheet-name") })).waitFor();
      await page.getByRole("tab", { name: t.t("timeline.sheet-name") }).click();
      await page.getByText(t.t("timeline.sheet.col.deadline")).first().waitFor();
      await page.mouse.move(0, 0);
      await page.screenshot({ path: path.join(ARTIFACTS, "charts-6-timeline-sheet.png") });

      expect(problems).toEqual([]);
      await page.close();
    },
    SCENARIO_MS,
  );

  it(
    "draws the scorecard view of a measured scorecard opened from disk and drills down from a perspective to its objectives",
    async () => {
      const lang: Lang = "en";
      const t = translator(lang);
      const { page, problems } = await openPreview(lang);
      const pane = page.getByTestId("task-pane");
      const file = await measuredScorecard();
      await page.getByTestId("file-input").setInputFiles(file);
      await page.getByText(new RegExp(`^${path.basename(file).replace(/\./g, "\\.")} — `)).waitFor();
      await pane.getByRole("button", { name: t.t("pane.table.detect") }).click();
      await pane.getByRole("heading", { name: t.t("pane.scorecard.heading") }).waitFor();
      await pane.getByRole("button", { name: t.t("pane.check.run"), exact: true }).click();
      const view = page.locator('[data-chart="scorecard"]');
      await view.getByRole("heading", { name: t.t("charts.scorecard.heading") }).waitFor();
      expect(await drawnBars(page, "scorecard")).toBeGreaterThan(0);
      await view.getByRole("figure").waitFor();
      // Every perspective is listed with its score, or says it is not measured.
      const scores = await view.locator("li[data-status]").allInnerTexts();
      expect(scores.length).toBeGreaterThan(0);
      for (const s of scores) expect(s).toMatch(new RegExp(`\\d %|${t.t("charts.scorecard.unmeasured")}`));
      await page.mouse.move(0, 0);
      await view.scrollIntoViewIfNeeded();
      await view.screenshot({ path: path.join(ARTIFACTS, "charts-4-scorecard.png") });

      const first = view.getByRole("button", { name: /^Open “/ }).first();
      const name = ((await first.getAttribute("aria-label")) ?? "").replace(/^Open “|”$/g, "");
      await first.click();
      await view.getByText(t.t("charts.scorecard.level.objective", { name })).waitFor();
      await drawnBars(page, "scorecard");
      await page.mouse.move(0, 0);
      await view.screenshot({ path: path.join(ARTIFACTS, "charts-5-scorecard-objectives.png") });

      expect(problems).toEqual([]);
      await page.close();
    },
    SCENARIO_MS,
  );
});
