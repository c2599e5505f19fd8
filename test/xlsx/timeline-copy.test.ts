import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { checkFile } from "../../src/cli/check-files";
import { checkSheet } from "../../src/engine/check";
import { gridFromRows } from "../../src/engine/grid";
import { TIMELINE_FILLS } from "../../src/engine/report/timeline-sheet";
import { translator } from "../../src/i18n";
import { injectReportSheet } from "../../src/xlsx/inject-report-sheet";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { injectTimelineSheet, type TimelineSheetModel } from "../../src/xlsx/timeline-copy";
import { timelineSheetModel } from "../../src/xlsx/timeline-model";
import { parseMetadataXml } from "../../src/workbook/record";
import { validatePackage } from "../support/ooxml-schema";
import { FIDELITY_DIR } from "./fidelity/corpus";

/**
 * The Timeline sheet in the report copy: valid SpreadsheetML in every producer's package, the
 * same rows the add-in writes, rewritten in place when written again, named in PlanCheck's record.
 */

const FIXTURES = path.join(__dirname, "..", "fixtures");
const PRODUCERS = [
  path.join(FIXTURES, "bg-kyustendil-2019.xlsx"),
  path.join(FIXTURES, "pl-bochnia-2018.xlsx"),
  path.join(FIDELITY_DIR, "libreoffice-ru-volodarsk-2020.xlsx"),
  path.join(FIDELITY_DIR, "openxml-sdk-prefixed.xlsx"),
  path.join(FIDELITY_DIR, "excel-shared-strings.xlsx"),
];

const report = { name: "PlanCheck report", summary: [["Errors", 0]] as [string, number][], headers: ["Cell"], rows: [] };

async function model(file: string, lang: "en" | "ru" = "en"): Promise<TimelineSheetModel | null> {
  const checked = await checkFile(file, {});
  return timelineSheetModel(checked.tables, translator(lang), "2030-01-01");
}

async function changedParts(before: Buffer, after: Buffer): Promise<string[]> {
  const a = await JSZip.loadAsync(before);
  const b = await JSZip.loadAsync(after);
  const out: string[] = [];
  for (const name of Object.keys(b.files)) {
    if (b.files[name].dir) continue;
    const old = a.file(name);
    if (!old || !(await old.async("nodebuffer")).equals(await b.file(name)!.async("nodebuffer"))) out.push(name);
  }
  return out;
}

describe("the Timeline sheet in the report copy", () => {
  it.each(PRODUCERS.map((p) => [path.basename(p), p]))("is valid SpreadsheetML, with every part it edits, in %s", async (_, file) => {
    const plan = await fs.readFile(file);
    const m = await model(file);
    expect(m).not.toBeNull();
    const withReport = await injectReportSheet(plan, report);
    const copy = await injectTimelineSheet(withReport, m!);
    const changed = (await changedParts(withReport, copy)).filter((p) => !p.startsWith("customXml/"));
    expect(changed.length).toBeGreaterThanOrEqual(4);
    expect(await validatePackage(copy, changed)).toEqual({});
  });

  it("holds the rows the add-in writes, and the plan's sheets stay as they were", async () => {
    const file = path.join(FIXTURES, "ru-volodarsk-2020.xlsx");
    const m = (await model(file, "ru"))!;
    const copy = await injectTimelineSheet(await fs.readFile(file), m);
    const book = await readWorkbook(copy, "copy.xlsx");
    const sheet = book.sheets.find((s) => s.sheet === "Шкала времени PlanCheck")!;
    const texts = (r: number) => m.layout.rows[r].map((v) => (v === "" ? null : v));
    for (let r = 0; r < m.layout.rows.length; r++) expect((sheet.values[r] ?? []).concat(new Array(m.layout.width).fill(null)).slice(0, m.layout.width)).toEqual(texts(r));
    const original = await readWorkbook(await fs.readFile(file), "plan.xlsx");
    for (const s of original.sheets) expect(book.sheets.find((x) => x.sheet === s.sheet)).toEqual(s);
  });

  it("fills the months with the timeline's colours through the workbook's styles", async () => {
    const file = path.join(FIXTURES, "ru-volodarsk-2020.xlsx");
    const copy = await JSZip.loadAsync(await injectTimelineSheet(await fs.readFile(file), (await model(file))!));
    const styles = await copy.file("xl/styles.xml")!.async("string");
    for (const colour of Object.values(TIMELINE_FILLS)) expect(styles).toContain(`rgb="FF${colour.slice(1)}"`);
  });

  it("is rewritten in place when written again: no second sheet, no more styles", async () => {
    const file = path.join(FIDELITY_DIR, "libreoffice-ru-volodarsk-2020.xlsx");
    const m = (await model(file))!;
    const once = await injectTimelineSheet(await fs.readFile(file), m);
    const twice = await injectTimelineSheet(once, m);
    const names = async (b: Buffer) => (await readWorkbook(b, "copy.xlsx")).sheets.map((s) => s.sheet);
    expect(await names(twice)).toEqual(await names(once));
    const styles = async (b: Buffer) => (await (await JSZip.loadAsync(b)).file("xl/styles.xml")!.async("string")).length;
    expect(await styles(twice)).toBe(await styles(once));
  });

  it("is named in PlanCheck's record as the plan's timeline, so it is never checked as a plan and never replaced by name", async () => {
    const file = path.join(FIXTURES, "bg-kyustendil-2019.xlsx");
    const m = (await model(file))!;
    const copy = await injectTimelineSheet(await injectReportSheet(await fs.readFile(file), report), m);
    const zip = await JSZip.loadAsync(copy);
    const item = Object.keys(zip.files).find((n) => /^customXml\/item\d+\.xml$/.test(n) && !n.includes("Props"))!;
    const record = parseMetadataXml(await zip.file(item)!.async("string"))!;
    expect(record.sheets).toEqual(expect.arrayContaining([{ kind: "timeline", name: "PlanCheck timeline", id: null, plan: { sheet: m.plan, sheetId: null } }]));
    const checked = await checkFile(await tmp(copy), {});
    expect(checked.tables.map((t) => t.table.sheet)).not.toContain("PlanCheck timeline");
  });

  it("is written with Strict's own namespace into a Strict workbook", async () => {
    const file = path.join(FIDELITY_DIR, "strict-ooxml.xlsx");
    const copy = await injectTimelineSheet(await fs.readFile(file), (await model(file))!);
    const zip = await JSZip.loadAsync(copy);
    const part = Object.keys(zip.files).filter((n) => /worksheets\/sheet\d+\.xml$/.test(n)).sort().pop()!;
    expect(await zip.file(part)!.async("string")).toContain('<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main">');
    expect((await readWorkbook(copy, "copy.xlsx")).sheets.map((s) => s.sheet)).toEqual(["Harmonogram", "PlanCheck timeline"]);
  });

  it("is left out when no task has a deadline that can be placed in time", () => {
    const checks = checkSheet(
      gridFromRows("План", [
        ["№", "Мероприятие", "Сроки", "Ответственные"],
        ["1", "Проверка по жалобе", "при подаден сигнал", "Отдел образования"],
        ["2", "Семинар", "когда-нибудь", "ИДК"],
      ]),
    );
    expect(checks).toHaveLength(1);
    expect(timelineSheetModel(checks, translator("en"), "2030-01-01")).toBeNull();
  });
});

async function tmp(bytes: Buffer): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-timeline-"));
  const file = path.join(dir, "copy.xlsx");
  await fs.writeFile(file, bytes);
  return file;
}

describe("plancheck check --report --timeline", () => {
  it("adds the Timeline sheet to the copy only when asked, in the user's language", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-timeline-cli-"));
    const input = path.join(FIXTURES, "ru-volodarsk-2020.xlsx");
    const plain = path.join(dir, "plain.xlsx");
    const withTimeline = path.join(dir, "timeline.xlsx");
    const { runCli } = await import("../cli/run-cli");
    await runCli(["check", input, "--report", plain, "--lang", "ru"]);
    const r = await runCli(["check", input, "--report", withTimeline, "--timeline", "--lang", "ru", "--today", "2020-10-15"]);
    expect(r.stderr).toBe("");
    const sheets = async (file: string) => (await readWorkbook(await fs.readFile(file), "copy.xlsx")).sheets.map((s) => s.sheet);
    expect(await sheets(plain)).not.toContain("Шкала времени PlanCheck");
    expect(await sheets(withTimeline)).toEqual([...(await sheets(plain)), "Шкала времени PlanCheck"]);
    const book = await readWorkbook(await fs.readFile(withTimeline), "copy.xlsx");
    const timeline = book.sheets.find((s) => s.sheet === "Шкала времени PlanCheck")!;
    expect(timeline.values.flat()).toContain(translator("ru").t("timeline.sheet.col.deadline"));
  });
});
