import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { translator } from "../../src/i18n";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { ARTIFACTS, previewPageSession } from "./page-session";

/**
 * PlanCheck in the browser with the user's own plans: opened through the file picker and by
 * dropping them on the page, read and checked on the computer, the checked copy and the overview
 * downloaded and read back, a table PlanCheck does not find selected by hand — and not one
 * request after the page has loaded. Screenshots go to test-artifacts/e2e/.
 */

const FIXTURES = path.join(__dirname, "../fixtures");
const SCENARIO_MS = 180_000;
const t = translator("en");

const session = previewPageSession();
let notes: Buffer;

/** A budget office's notes: a small table whose headers name no role PlanCheck knows. */
async function notesWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Notes");
  ws.getCell("A1").value = "Budget office notes";
  ws.getRow(3).values = [null, "Step", "Owner", "Cost"];
  ws.getRow(4).values = [null, "Collect school returns", "Finance team", 1200];
  ws.getRow(5).values = [null, "Draft the budget", "Budget office", 800];
  ws.getRow(6).values = [null, "Council approval", "Council", 0];
  ws.getRow(7).values = [null, "Publish the budget", "Press office", 350];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  notes = await notesWorkbook();
});

/** The page, loaded and settled; every request from then on is recorded, and none may leave the machine. */
async function openPage(): Promise<{ page: Page; after: string[]; problems: string[] }> {
  const page = await session.browser.context.newPage();
  const problems: string[] = [];
  const after: string[] = [];
  let loaded = false;
  page.on("request", (request) => {
    if (loaded) after.push(request.url());
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${session.server.origin}/`) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    problems.push(`request left the machine: ${url}`);
    return route.abort();
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  await page.goto(`${session.server.origin}/preview.html?lang=en-GB`);
  // Loaded: the page drawn (with its icons) and its file worker started.
  await page.getByRole("heading", { name: t.t("preview.title") }).waitFor();
  await page.waitForLoadState("networkidle");
  loaded = true;
  return { page, after, problems };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false });
}

/** Drops files on the page as a file manager would. */
async function drop(page: Page, files: { name: string; bytes: Buffer }[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, data: f.bytes.toString("base64") }));
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], f.name));
    }
    const target = document.querySelector('[data-testid="page"]')!;
    target.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, payload);
}

/** Clicks a button that downloads a file and returns the file's bytes. */
async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file!) };
}

describe("PlanCheck in the browser, with the user's own plans", () => {
  it(
    "opens a plan through the file picker, checks it and downloads the checked copy the command line would write",
    async () => {
      const { page, after, problems } = await openPage();
      await page.getByRole("heading", { name: t.t("preview.title") }).waitFor();
      await page.getByTestId("file-input").setInputFiles(path.join(FIXTURES, "bg-kyustendil-2019.xlsx"));
      await page.getByText(/^bg-kyustendil-2019\.xlsx — errors: \d+/).waitFor();
      await shot(page, "open-1-picked");

      const pane = page.getByTestId("task-pane");
      await pane.getByRole("button", { name: t.t("pane.table.detect") }).click();
      await pane.locator("dd", { hasText: "План 2019" }).waitFor();
      await pane.getByRole("button", { name: t.t("pane.check.run"), exact: true }).click();
      await pane.locator("dt", { hasText: t.t("pane.check.errors") }).waitFor();
      await shot(page, "open-2-checked");

      const copy = await downloaded(page, t.t("preview.download-copy"));
      expect(copy.name).toBe("bg-kyustendil-2019 (checked).xlsx");
      const read = await readWorkbook(copy.bytes, copy.name);
      expect(read.sheets.map((s) => s.sheet)).toContain(t.t("report.sheet-name"));
      expect(read.reportSheet).toBe(t.t("report.sheet-name"));

      expect(after.filter((u) => !u.startsWith("blob:"))).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    },
    SCENARIO_MS,
  );

  it(
    "reads a dropped plan whose table it cannot find, and lets the user select the table and its roles by hand",
    async () => {
      const { page, after, problems } = await openPage();
      await drop(page, [{ name: "budget-notes.xlsx", bytes: notes }]);
      await page.getByText(/^budget-notes\.xlsx — /).waitFor();
      await shot(page, "manual-0-dropped");

      const pane = page.getByTestId("task-pane");
      await pane.getByRole("button", { name: t.t("pane.table.detect") }).click();
      await pane.getByText(/No plan table on sheet “Notes”/).waitFor();
      await shot(page, "manual-1-not-found");

      // The user drags over the table's cells in the grid, from its header to its last row.
      const box = async (a1: string) => (await page.locator(`td[data-address="${a1}"]`).boundingBox())!;
      const from = await box("B3");
      const to = await box("D7");
      await page.mouse.move(from.x + 5, from.y + 5);
      await page.mouse.down();
      await page.mouse.move(to.x + 5, to.y + 5, { steps: 5 });
      await page.mouse.up();
      await page.waitForFunction(() => document.querySelector('[data-testid="name-box"]')?.textContent === "B3:D7");

      await pane.getByRole("button", { name: t.t("pane.table.manual.use-selection") }).click();
      await expect(pane.getByRole("textbox", { name: new RegExp(t.t("pane.table.manual.range")) }).inputValue()).resolves.toBe("B3:D7");
      await pane.getByRole("button", { name: t.t("pane.table.manual.read") }).click();
      await pane.getByText(t.t("pane.table.manual.selected", { range: "B3:D7" })).waitFor();
      const owner = pane.getByRole("combobox", { name: `${t.t("pane.table.column-role", { column: "C" })}: Owner` });
      await owner.click();
      await page.getByRole("option", { name: t.t("role.responsible") }).click();
      await pane.getByRole("textbox", { name: new RegExp(t.t("pane.table.period")) }).fill("2025");
      await pane.getByRole("button", { name: t.t("pane.table.apply") }).click();
      await pane.getByText(t.t("pane.table.typed")).waitFor();
      await shot(page, "manual-2-typed");

      await pane.getByRole("button", { name: t.t("pane.check.run"), exact: true }).click();
      await pane.getByText(t.t("pane.check.rows.other", { n: "4" })).waitFor();
      await shot(page, "manual-3-checked");

      expect(after.filter((u) => !u.startsWith("blob:"))).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    },
    SCENARIO_MS,
  );

  it(
    "opens several plans at once and downloads the receiving office's overview, written in the page",
    async () => {
      const { page, after, problems } = await openPage();
      await page
        .getByTestId("file-input")
        .setInputFiles([path.join(FIXTURES, "pl-bochnia-2018.xlsx"), path.join(FIXTURES, "ru-volodarsk-2020.xlsx"), path.join(FIXTURES, "encrypted.xlsx")]);
      await page.getByText(/^pl-bochnia-2018\.xlsx — /).waitFor();
      await page.getByText(/encrypted\.xlsx could not be read/).waitFor();
      await shot(page, "overview-1-opened");

      const overview = await downloaded(page, t.t("preview.download-overview"));
      expect(overview.name).toBe(t.t("preview.overview-file"));
      const read = await readWorkbook(overview.bytes, overview.name);
      expect(read.sheets.map((s) => s.sheet)).toEqual(["summary", "plans", "findings", "by-code", "consolidated"].map((k) => t.t(`overview.sheet.${k}`)));
      const plans = read.sheets[1].values;
      expect(String(plans[0][0])).toContain("opened in the browser");
      expect(plans.slice(2).map((r) => r[0]).sort()).toEqual(["encrypted.xlsx", "pl-bochnia-2018.xlsx", "ru-volodarsk-2020.xlsx"]);
      const locked = plans.find((r) => r[0] === "encrypted.xlsx")!;
      expect(String(locked[5])).toMatch(new RegExp(`^${t.t("overview.not-checked.password")}`));
      // The Summary counts what was opened: three plans, one not checked.
      expect(read.sheets[0].values.slice(2, 6).map((r) => r[1])).toEqual([3, expect.any(Number), expect.any(Number), 1]);

      expect(after.filter((u) => !u.startsWith("blob:"))).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    },
    SCENARIO_MS,
  );
});
