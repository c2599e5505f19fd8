import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { runCli, FIXTURES } from "./run-cli";
import { needsSoffice, sofficeConvert, sofficePath } from "../files/soffice-available";

/**
 * The overview as LibreOffice prints it: converted to PDF (pages counted) and to OpenDocument
 * (where LibreOffice records what it repeats on every page and how it scales each sheet).
 */
const maybe = sofficePath() ? describe : describe.skip;

maybe(needsSoffice("the overview printed by LibreOffice"), () => {
  let dir: string;
  let overview: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-print-"));
    const plans = path.join(dir, "region", "received-plans-2019");
    for (let i = 1; i <= 4; i++) {
      const sub = path.join(plans, `municipality-${i}`, "education-department");
      await fs.mkdir(sub, { recursive: true });
      await fs.copyFile(path.join(FIXTURES, "bg-kyustendil-2019.xlsx"), path.join(sub, "annual-support-plan-2019.xlsx"));
      await fs.copyFile(path.join(FIXTURES, "pl-bochnia-2018.xlsx"), path.join(sub, "harmonogram.xlsx"));
      await fs.copyFile(path.join(FIXTURES, "formats", "ru-volodarsk-2020.docx"), path.join(sub, "roadmap.docx"));
    }
    overview = path.join(dir, "overview.xlsx");
    await runCli(["check", plans, "--report", overview, "--lang", "bg"]);
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("prints twelve plans' overview on a few A4 pages, not dozens", async () => {
    const pdf = await fs.readFile(await sofficeConvert(overview, "pdf", dir));
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
    // Five sheets, each at least a page; the 600 consolidated rows take most of the rest.
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pages).toBeLessThanOrEqual(16);
  }, 240_000);

  it("repeats every sheet's header row on each page and scales each sheet to one page wide", async () => {
    const ods = await JSZip.loadAsync(await fs.readFile(await sofficeConvert(overview, "ods", dir)));
    const content = await ods.file("content.xml")!.async("string");
    const tables = [...content.matchAll(/<table:table table:name="([^"]+)"[\s\S]*?<\/table:table>/g)];
    expect(tables.map((m) => m[1])).toEqual(["Обобщение", "Планове", "Констатации", "По проблеми", "Обединен план"]);
    for (const [table] of tables) {
      const header = /<table:table-header-rows>([\s\S]*?)<\/table:table-header-rows>/.exec(table);
      expect(header).not.toBeNull();
      // The repeated row is the table's header row (its first heading), not the title row.
      expect(header![1]).not.toContain("PlanCheck");
      expect(header![1]).toMatch(/<text:p>(Показател|Файл|Проблем)<\/text:p>/);
    }
    const styles = await ods.file("styles.xml")!.async("string");
    const layouts = [...styles.matchAll(/<style:page-layout-properties [^>]*>/g)].map((m) => m[0]).filter((p) => p.includes("scale-to-X"));
    expect(layouts.length).toBeGreaterThanOrEqual(2);
    for (const l of layouts) {
      expect(l).toContain('style:scale-to-X="1"');
      expect(l).not.toContain("style:scale-to-Y");
    }
    expect(layouts.some((l) => l.includes('style:print-orientation="landscape"'))).toBe(true);
  }, 240_000);

  it("prints the one-plan report copy with the report sheet's header row repeated, landscape and one page wide", async () => {
    const copy = path.join(dir, "checked.xlsx");
    await runCli(["check", path.join(FIXTURES, "bg-kyustendil-2019.xlsx"), "--report", copy]);
    const ods = await JSZip.loadAsync(await fs.readFile(await sofficeConvert(copy, "ods", dir)));
    const content = await ods.file("content.xml")!.async("string");
    const report = /<table:table table:name="PlanCheck report"[\s\S]*?<\/table:table>/.exec(content);
    expect(report).not.toBeNull();
    expect(report![0]).toContain("<table:table-header-rows>");
    const styles = await ods.file("styles.xml")!.async("string");
    const layouts = [...styles.matchAll(/<style:page-layout-properties [^>]*>/g)].map((m) => m[0]);
    expect(layouts.some((l) => l.includes('style:print-orientation="landscape"') && l.includes('style:scale-to-X="1"'))).toBe(true);
  }, 240_000);
});
