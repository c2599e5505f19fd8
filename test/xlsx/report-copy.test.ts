import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { injectReportSheet } from "../../src/xlsx/inject-report-sheet";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { reportHeading, type ReportSheetModel } from "../../src/xlsx/report-sheet-model";
import { translator } from "../../src/i18n";
import { LANGS } from "../../src/i18n/catalog";
import { validatePackage } from "../support/ooxml-schema";
import { FIDELITY_DIR } from "./fidelity/corpus";
import { hasLibreOffice, libreofficeSheets } from "./fidelity/libreoffice-reference";
import * as os from "os";

/**
 * The report copy opens in Excel without a repair prompt: every part PlanCheck writes or edits is
 * valid against the ECMA-376 schemas, for plans written by several producers, and the report reads
 * back exactly as written.
 */

const FIXTURES = path.join(__dirname, "..", "fixtures");

/** Plans from several producers: exceljs, LibreOffice, the OpenXML SDK layout, Excel's layout. */
const PRODUCERS = [
  path.join(FIXTURES, "bg-kyustendil-2019.xlsx"),
  path.join(FIXTURES, "pl-bochnia-2018.xlsx"),
  path.join(FIDELITY_DIR, "libreoffice-ru-volodarsk-2020.xlsx"),
  path.join(FIDELITY_DIR, "openxml-sdk-prefixed.xlsx"),
  path.join(FIDELITY_DIR, "excel-shared-strings.xlsx"),
  path.join(FIDELITY_DIR, "libreoffice-cells.xlsx"),
];

/** Texts a plan really holds: dash bullets, formula-like text, a literal escape, control characters. */
const model: ReportSheetModel = {
  name: "PlanCheck report",
  summary: [
    ["Verdict", "Not ready to submit: errors 2, warnings 1"],
    ["File", "plan.xlsx"],
    ["Errors", 2],
  ],
  headers: ["Cell", "Code", "Severity", "Column", "Value", "Problem", "Suggested fix"],
  rows: [
    { link: { sheet: "План 2019", cell: "C12" }, linkText: "План 2019!C12", cells: ["deadline.missing", "Error", "Deadline", "- проведе обучение", "=SUM(A1)", "+ add a date"] },
    { link: { sheet: "План 2019", cell: "D14" }, linkText: "План 2019!D14", cells: ["responsible.missing", "Error", "Responsible", "@училище", "literal _x0041_ and _x000D_", "tab\there \u0001"] },
  ],
};

async function parts(bytes: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

/** The parts of the copy that differ from the plan's, and the new ones. */
async function changedParts(before: Buffer, after: Buffer): Promise<string[]> {
  const a = await parts(before);
  const b = await parts(after);
  const out: string[] = [];
  for (const name of Object.keys(b.files)) {
    if (b.files[name].dir) continue;
    const old = a.file(name);
    if (!old || !(await old.async("nodebuffer")).equals(await b.file(name)!.async("nodebuffer"))) out.push(name);
  }
  return out;
}

describe("the report copy opens cleanly", () => {
  it.each(PRODUCERS.map((p) => [path.basename(p), p]))("every part written for %s is valid against the SpreadsheetML schemas", async (_, file) => {
    const plan = await fs.readFile(file);
    const copy = await injectReportSheet(plan, model);
    const changed = (await changedParts(plan, copy)).filter((p) => !p.startsWith("customXml/"));
    expect(changed.length).toBeGreaterThanOrEqual(5);
    expect(await validatePackage(copy, changed)).toEqual({});
  });

  it("puts quotePrefix on a cell format, never on a cell", async () => {
    const copy = await parts(await injectReportSheet(await fs.readFile(PRODUCERS[0]), model));
    const sheets = Object.keys(copy.files).filter((n) => /worksheets\/[^/]+\.xml$/.test(n));
    for (const name of sheets) expect(await copy.file(name)!.async("string")).not.toMatch(/<c\b[^>]*quotePrefix/);
    const styles = await copy.file("xl/styles.xml")!.async("string");
    expect(styles).toMatch(/<xf\b[^>]*quotePrefix="1"/);
  });

  it("reads back every text as written: dash bullets, formula-like text, a literal _x0041_", async () => {
    const copy = await injectReportSheet(await fs.readFile(PRODUCERS[0]), model);
    const book = await readWorkbook(copy, "copy.xlsx");
    const report = book.sheets.find((s) => s.sheet === book.reportSheet)!;
    const texts = report.values.flat().filter((v) => v !== null);
    for (const text of [...model.rows.flatMap((r) => r.cells), "Not ready to submit: errors 2, warnings 1"]) expect(texts).toContain(text);
  });

  it("is read the same by exceljs, a reader PlanCheck did not write", async () => {
    const copy = await injectReportSheet(await fs.readFile(PRODUCERS[1]), model);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(copy as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("PlanCheck report")!;
    expect(ws.getCell("E7").value).toBe("- проведе обучение");
    expect(ws.getCell("F7").value).toBe("=SUM(A1)");
  });
});

describe("the report copy of a workbook laid out by other writers", () => {
  it("adds the report sheet to a workbook whose elements carry an x: prefix and whose workbook part is not xl/workbook.xml", async () => {
    const copy = await injectReportSheet(await fs.readFile(path.join(FIDELITY_DIR, "openxml-sdk-prefixed.xlsx")), model);
    const zip = await parts(copy);
    const workbook = await zip.file("xl/main.xml")!.async("string");
    expect(workbook).toMatch(/<x:sheet name="PlanCheck report" sheetId="2" r:id="[^"]+"\/>/);
    expect(zip.file("xl/workbook.xml")).toBeNull();
    const book = await readWorkbook(copy, "copy.xlsx");
    expect(book.sheets.map((s) => s.sheet)).toEqual(["План", "PlanCheck report"]);
    expect(book.reportSheet).toBe("PlanCheck report");
    // The plan's own cells are as they were.
    expect(book.sheets[0]).toEqual((await readWorkbook(await fs.readFile(path.join(FIDELITY_DIR, "openxml-sdk-prefixed.xlsx")))).sheets[0]);
  });

  it("declares the relationships namespace once in a Strict workbook, with Strict's own namespaces in the new parts", async () => {
    const copy = await injectReportSheet(await fs.readFile(path.join(FIDELITY_DIR, "strict-ooxml.xlsx")), model);
    const zip = await parts(copy);
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook.match(/xmlns:r=/g)).toHaveLength(1);
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    expect(rels).toContain('Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="worksheets/sheet2.xml"');
    expect(await zip.file("xl/worksheets/sheet2.xml")!.async("string")).toContain('xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"');
    const book = await readWorkbook(copy, "copy.xlsx");
    expect(book.sheets.map((s) => s.sheet)).toEqual(["Harmonogram", "PlanCheck report"]);
    expect(book.reportSheet).toBe("PlanCheck report");
  });

  it("replaces its own earlier report, adding no second sheet and no second pair of cell formats", async () => {
    const once = await injectReportSheet(await fs.readFile(path.join(FIDELITY_DIR, "openxml-sdk-prefixed.xlsx")), model);
    const twice = await injectReportSheet(once, { ...model, rows: model.rows.slice(0, 1) });
    const book = await readWorkbook(twice, "copy.xlsx");
    expect(book.sheets.map((s) => s.sheet)).toEqual(["План", "PlanCheck report"]);
    const styles = async (b: Buffer) => (await (await parts(b)).file("xl/styles.xml")!.async("string")).match(/<x:xf\b/g)!.length;
    expect(await styles(twice)).toBe(await styles(once));
    expect(await validatePackage(twice, ["xl/worksheets/sheet1.xml", "xl/styles.xml"])).toEqual({});
  });
});

describe("the report sheet prints and opens well", () => {
  it("prints on A4 landscape, one page wide, the findings' header on every page, the header row frozen", async () => {
    const zip = await parts(await injectReportSheet(await fs.readFile(PRODUCERS[0]), model));
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    const sheetIndex = [...workbook.matchAll(/<sheet\s/g)].length - 1;
    const sheet = await zip.file(`xl/worksheets/sheet${sheetIndex + 1}.xml`)!.async("string");
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toContain('<pane ySplit="6" topLeftCell="A7" activePane="bottomLeft" state="frozen"/>');
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${sheetIndex}">'PlanCheck report'!$6:$6</definedName>`);
  });

  it("is the sheet the workbook opens on, and the only one selected", async () => {
    const plan = await fs.readFile(path.join(FIDELITY_DIR, "excel-shared-strings.xlsx"));
    const zip = await parts(await injectReportSheet(plan, model));
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook).toMatch(/<workbookView\b[^>]*activeTab="1"/);
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).not.toContain("tabSelected");
    expect(await zip.file("xl/worksheets/sheet2.xml")!.async("string")).toContain('tabSelected="1"');
  });

  it.each(LANGS)("carries the verdict, the date and time of the check, the version and the period in %s", (lang) => {
    const t = translator(lang);
    const rows = reportHeading({ checkedAt: new Date(2026, 11, 6, 14, 5), version: "0.1.0", period: { label: "2019", start: "2019-01-01", end: "2019-12-31" }, tables: 1, errors: 2, warnings: 1 }, t);
    expect(rows.map(([label]) => label)).toEqual(["verdict", "checked-at", "version", "period"].map((k) => t.t(`report.summary.${k}`)));
    expect(rows[0][1]).toBe(t.t("report.verdict.not-ready", { errors: 2, warnings: 1 }));
    expect(rows[1][1]).toBe("2026-12-06 14:05");
    expect(rows[3][1]).toContain("2019-01-01");
    for (const [label, value] of rows) expect(`${label}${value}`).not.toMatch(/report\.|\{/);
  });
});

describe("the schema check itself", () => {
  it("catches quotePrefix on a cell, the defect Excel offered to repair", async () => {
    const zip = await parts(await injectReportSheet(await fs.readFile(PRODUCERS[0]), model));
    const sheet = (await zip.file("xl/worksheets/sheet2.xml")!.async("string")).replace(/<c r="E7" s="\d+"/, '<c r="E7" quotePrefix="1"');
    zip.file("xl/worksheets/sheet2.xml", sheet);
    const failures = await validatePackage(await zip.generateAsync({ type: "nodebuffer" }), ["xl/worksheets/sheet2.xml"]);
    expect(failures["xl/worksheets/sheet2.xml"].join("\n")).toContain("quotePrefix");
  });
});

describe("a second reader of the report copy", () => {
  const skip = !hasLibreOffice();
  if (skip) console.warn("report-copy: LibreOffice (soffice) is not installed; the copy is not opened by a second reader");
  (skip ? it.skip : it)("LibreOffice opens the copy and shows the report sheet with its findings", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-copy-"));
    try {
      const copies = await Promise.all(
        [PRODUCERS[0], PRODUCERS[3]].map(async (plan, i) => {
          const file = path.join(dir, `copy${i}.xlsx`);
          await fs.writeFile(file, await injectReportSheet(await fs.readFile(plan), model));
          return file;
        }),
      );
      for (const sheets of await libreofficeSheets(copies)) {
        const report = sheets.find((s) => s.sheet === "PlanCheck report")!;
        const texts = [...report.cells.values()].map((v) => (v.kind === "string" ? v.text : null));
        expect(texts).toContain("- проведе обучение");
        expect(texts).toContain("=SUM(A1)");
        expect(texts).toContain("literal _x0041_ and _x000D_");
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 120000);
});
