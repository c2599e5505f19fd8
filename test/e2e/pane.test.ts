import * as path from "path";
import type { Page } from "playwright-core";
import { LOCALE_TAG, translator, type Lang } from "../../src/i18n";
import { ARTIFACTS, previewPageSession } from "./page-session";

/**
 * The task pane in real Chromium, over the in-memory Excel host of the preview page: what an
 * official does before submitting the Kyustendil plan, in English, Bulgarian and Polish.
 * Screenshots of every step go to test-artifacts/e2e/.
 */

const SCENARIO_MS = 90_000;

const session = previewPageSession();


/** A page of the preview in a language, watching for any request that leaves the local server and for errors. */
async function openPreview(lang: Lang): Promise<{ page: Page; problems: string[] }> {
  const page = await session.browser.context.newPage();
  const problems: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${session.server.origin}/`) || url.startsWith("data:")) return route.continue();
    problems.push(`request left the machine: ${url}`);
    return route.abort();
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  await page.goto(`${session.server.origin}/preview.html?lang=${LOCALE_TAG[lang]}`);
  return { page, problems };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false });
}

function paneOf(page: Page) {
  return page.getByTestId("task-pane");
}

/** The number shown under a summary label (Errors, Грешки, Błędy). */
async function summaryCount(page: Page, label: string): Promise<number> {
  const text = await paneOf(page).locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]").innerText();
  return Number(text.replace(/\s/g, ""));
}

describe.each<Lang>(["en", "bg", "pl"])("the pane in Chromium (%s)", (lang) => {
  const t = translator(lang);

  it(
    "checks the Kyustendil plan before submission: detect, correct a role, type, check, go to a finding, write the report",
    async () => {
      const { page, problems } = await openPreview(lang);
      const pane = paneOf(page);
      const step = (n: number, name: string) => shot(page, `${lang}-${n}-${name}`);

      // The workbook: the Kyustendil annual plan.
      await page.getByTestId("workbook-picker").selectOption("bg-kyustendil-2019");
      await pane.getByRole("heading", { name: t.t("pane.table.heading") }).waitFor();
      await step(1, "open");

      // Detect: the table under the title and glossary, header in row 31.
      await pane.getByRole("button", { name: t.t("pane.table.detect") }).click();
      const financing = pane.getByRole("combobox", { name: `${t.t("pane.table.column-role", { column: "E" })}: Финансиране` });
      await financing.waitFor();
      await expect(pane.locator("dd", { hasText: "План 2019" }).count()).resolves.toBe(1);
      await expect(pane.locator("dd", { hasText: /^A31:F\d+$/ }).count()).resolves.toBe(1);
      await step(2, "detected");

      // Correct one role: column E holds the financing; say it is notes instead, then back —
      // the dropdown follows the user's choice, and the table is typed with the last one.
      await financing.click();
      await page.getByRole("option", { name: t.t("role.notes") }).click();
      await expect(financing.innerText()).resolves.toContain(t.t("role.notes"));
      await financing.click();
      await page.getByRole("option", { name: t.t("role.financing") }).click();
      await expect(financing.innerText()).resolves.toContain(t.t("role.financing"));
      await step(3, "role-corrected");

      // Make the typed table: the goal rows are merged across the table, so PlanCheck first says
      // what unmerging does and asks for consent in its message, then types the table once given.
      await pane.getByRole("button", { name: t.t("pane.table.apply"), exact: true }).click();
      await pane.getByRole("alert").waitFor();
      await expect(pane.getByRole("alert").innerText()).resolves.toContain("План 2019");
      await expect(pane.getByRole("alert").innerText()).resolves.toContain(t.t("pane.table.unmerge-explain"));
      await step(4, "unmerge-refused");
      await pane.getByRole("alert").getByRole("button", { name: t.t("pane.table.unmerge-apply") }).click();
      await pane.getByText(t.t("pane.table.typed")).waitFor();
      await step(5, "typed");

      // Check: the summary and the findings grouped by code.
      await pane.getByRole("button", { name: t.t("pane.check.run"), exact: true }).click();
      const errorsLabel = t.t("pane.check.errors");
      await pane.locator("dt", { hasText: errorsLabel }).waitFor();
      const errors = await summaryCount(page, errorsLabel);
      const warnings = await summaryCount(page, t.t("pane.check.warnings"));
      const notes = await summaryCount(page, t.t("pane.check.infos"));
      expect(errors).toBeGreaterThan(0);
      await pane.getByText(t.t("pane.check.not-ready")).waitFor();
      // The counts of the groups add up to the summary.
      const groupCounts = await pane.locator("[data-code]").evaluateAll((items) =>
        items.map((i) => ({ code: i.getAttribute("data-code"), n: Number(i.querySelector("button[aria-expanded]")?.textContent?.match(/^\d+/)?.[0]) })),
      );
      expect(groupCounts.reduce((s, g) => s + g.n, 0)).toBe(errors + warnings + notes);
      // The second `2.` under goal 1 is flagged.
      expect(groupCounts.map((g) => g.code)).toContain("numbering.duplicate");
      await step(6, "checked");

      // Click a finding: the grid selects its cell.
      const duplicateGroup = pane.locator('[data-code="numbering.duplicate"]');
      if ((await duplicateGroup.locator("button[aria-expanded]").getAttribute("aria-expanded")) !== "true") {
        await duplicateGroup.locator("button[aria-expanded]").click();
      }
      const finding = duplicateGroup.locator("button[data-cell]").first();
      const cell = (await finding.getAttribute("data-cell"))!;
      expect(cell).toMatch(/^A\d+$/);
      await finding.click();
      await page.waitForFunction((a1) => document.querySelector('[data-testid="name-box"]')?.textContent === a1, cell);
      const selected = page.locator(`td[data-address="${cell}"]`);
      await expect(selected.getAttribute("data-selected")).resolves.toBe("true");
      await expect(selected.innerText()).resolves.toBe("2.");
      await step(7, "finding-selected");

      // Write the report sheet: it appears among the sheets with its localized name.
      await pane.getByRole("button", { name: t.t("pane.check.write-report") }).click();
      const reportName = t.t("report.sheet-name");
      await pane.getByText(t.t("pane.check.report-written", { sheet: reportName })).waitFor();
      await page.getByRole("tab", { name: reportName }).waitFor();
      await step(8, "report-written");

      expect(problems).toEqual([]);
      await page.close();
    },
    SCENARIO_MS,
  );
});

describe("the preview page", () => {
  it(
    "runs the check when the ribbon's Check plan is pressed, before the pane was used",
    async () => {
      const { page, problems } = await openPreview("pl");
      const t = translator("pl");
      await page.getByTestId("workbook-picker").selectOption("pl-bochnia-2018");
      await page.getByRole("button", { name: t.t("preview.ribbon-check") }).click();
      await paneOf(page).getByText(new RegExp(t.t("pane.check.ribbon").replace(/\./g, "\\."))).waitFor();
      await expect(paneOf(page).locator("dd", { hasText: "Harmonogram" }).count()).resolves.toBe(1);
      await shot(page, "pl-ribbon-check");
      expect(problems).toEqual([]);
      await page.close();
    },
    SCENARIO_MS,
  );

  it(
    "writes the Scorecard sheet of portable formulas for the Bulgarian scorecard",
    async () => {
      const { page, problems } = await openPreview("bg");
      const t = translator("bg");
      await page.getByTestId("workbook-picker").selectOption("bg-scorecard");
      const pane = paneOf(page);
      await pane.getByRole("button", { name: t.t("pane.table.detect") }).click();
      await pane.getByRole("button", { name: t.t("pane.scorecard.write") }).click();
      const sheetName = t.t("scorecard.sheet-name");
      await pane.getByText(t.t("pane.scorecard.written", { sheet: sheetName })).waitFor();
      await page.getByRole("tab", { name: sheetName }).click();
      // The grid shows what the formulas calculate; each cell keeps its formula beside it, as Excel's formula bar does.
      const formulas = await page.locator("td[data-formula]").evaluateAll((cells) => cells.map((c) => c.getAttribute("data-formula") ?? ""));
      const shown = await page.locator("td[data-formula]").evaluateAll((cells) => cells.map((c) => c.textContent ?? ""));
      expect(shown.filter((s) => s.startsWith("="))).toEqual([]);
      // Standard formulas only, so the sheet calculates where the add-in is not loaded.
      expect(formulas.some((f) => f.startsWith("=IF(ISERROR(F"))).toBe(true);
      expect(formulas.some((f) => f.startsWith("=IF(COUNT($J$"))).toBe(true);
      expect(formulas.filter((f) => f.includes("PLAN."))).toEqual([]);
      await shot(page, "bg-scorecard");
      expect(problems).toEqual([]);
      await page.close();
    },
    SCENARIO_MS,
  );

  it(
    "changes the pane's language from the picker, as Office's display language would",
    async () => {
      const { page, problems } = await openPreview("en");
      const pane = paneOf(page);
      await pane.getByRole("heading", { name: "Plan table" }).waitFor();
      await page.getByTestId("language-picker").selectOption(LOCALE_TAG.uk);
      await pane.getByRole("heading", { name: translator("uk").t("pane.table.heading") }).waitFor();
      await page.getByRole("heading", { name: translator("uk").t("preview.title") }).waitFor();
      expect(await page.evaluate(() => (globalThis as unknown as { Office: { context: { displayLanguage: string } } }).Office.context.displayLanguage)).toBe("uk-UA");
      expect(problems).toEqual([]);
      await page.close();
    },
    SCENARIO_MS,
  );

  it(
    "keeps the pane at the task pane's narrow width without sideways scrolling",
    async () => {
      const { page, problems } = await openPreview("en");
      await page.getByTestId("workbook-picker").selectOption("ru-volodarsk-2020");
      const pane = paneOf(page);
      expect(Math.round(await pane.evaluate((el) => el.getBoundingClientRect().width))).toBe(320);
      await pane.getByRole("button", { name: "Find plan table" }).click();
      await pane.getByRole("combobox").first().waitFor();
      await pane.getByRole("button", { name: "Check plan", exact: true }).click();
      await pane.locator("dt", { hasText: "Errors" }).waitFor();
      expect(await pane.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      await shot(page, "en-volodarsk-narrow");
      expect(problems).toEqual([]);
      await page.close();
    },
    SCENARIO_MS,
  );
});
