import JSZip from "jszip";
import { translator } from "../../src/i18n";
import { buildOverview, type CheckedFile } from "../../src/workbook/overview-model";
import { overviewBytes } from "../../src/xlsx/overview-bytes";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { isPlanCheckOutput } from "../../src/xlsx/overview-record";
import { tableWorkbookBytes } from "../../src/xlsx/table-workbook";
import { readOverviewFindings } from "../../src/xlsx/write-overview";
import { validatePackage } from "../support/ooxml-schema";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";

/**
 * The overview workbook as PlanCheck writes it without any workbook library: what a receiving
 * office opens must read back as written, survive hostile cell text, and be valid SpreadsheetML.
 */

const finding = (over: Partial<CheckedFile["tables"][number]["findings"][number]>) => ({
  code: "gap.no-deadline",
  severity: "error" as const,
  sheet: "Plan",
  cell: "C5",
  role: "deadline" as const,
  value: "",
  message: "Task 2: no deadline is given.",
  fix: "Give a month or a date.",
  ...over,
});

const files: CheckedFile[] = [
  {
    file: "gmina/harmonogram.xlsx",
    error: null,
    sheets: 1,
    tables: [
      {
        sheet: "Plan",
        period: { label: "2018" },
        columns: [{ role: "number" }, { role: "activity" }, { role: "deadline" }],
        rows: [{ row: 5, section: "I. Diagnoza", number: "2.", cells: { activity: "=HYPERLINK(\"plan.xlsx\")", deadline: "" } }],
        findings: [finding({ value: "=SUM(A1:A9)" }), finding({ cell: "C6", value: "literal _x0041_ escape", message: "Tab\there & <there>" })],
      },
    ],
  },
  { file: "gmina/empty.xlsx", error: null, sheets: 1, tables: [] },
];

async function written(): Promise<{ bytes: Uint8Array; file: string }> {
  const bytes = await overviewBytes(buildOverview(files), translator("pl"), { folder: "/office/2018", checkedAt: new Date(2026, 11, 7, 9, 5), version: "9.9.9", name: (f) => f });
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-overview-")), "overview.xlsx");
  await fs.writeFile(file, bytes);
  return { bytes, file };
}

describe("the overview workbook PlanCheck writes itself", () => {
  it("reads back with every text as given: formula-like text stays text, _xHHHH_ and control characters survive", async () => {
    const { file } = await written();
    const wb = await readWorkbook(file);
    const findings = wb.sheets[2].values;
    expect(String(findings[0][0])).toContain("2026-12-07 09:05");
    const values = findings.slice(2).map((r) => r[6]);
    expect(values).toEqual(["=SUM(A1:A9)", "literal _x0041_ escape"]);
    expect(findings.slice(2).map((r) => r[7])).toContain("Tab\there & <there>");
    const consolidated = wb.sheets[4].values.slice(2);
    expect(consolidated[0]).toContain("=HYPERLINK(\"plan.xlsx\")");
  });

  it("writes formula-like text as text, never as a formula, in the Text format", async () => {
    const { bytes } = await written();
    const zip = await JSZip.loadAsync(bytes);
    const sheet = await zip.file("xl/worksheets/sheet3.xml")!.async("string");
    expect(sheet).not.toContain("<f>SUM");
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g))].map((m) => m[0]);
    const cell = /<c r="G3" s="(\d+)" t="s">/.exec(sheet);
    expect(cell).not.toBeNull();
    expect(xfs[Number(cell![1])]).toContain('numFmtId="49"');
  });

  it("links each plan to its first finding and leaves a plan without findings unlinked", async () => {
    const { bytes } = await written();
    const zip = await JSZip.loadAsync(bytes);
    expect(translator("pl").t("overview.sheet.findings")).toBe("Uwagi");
    const plans = (await zip.file("xl/worksheets/sheet2.xml")!.async("string")).replace(/&quot;/g, '"');
    expect(plans).toMatch(/<c r="A3" s="\d+" t="str"><f>HYPERLINK\("#'Uwagi'!A3","gmina\/harmonogram.xlsx"\)<\/f><v>gmina\/harmonogram.xlsx<\/v><\/c>/);
    expect(plans).not.toMatch(/<c r="A4"[^>]*><f>/);
  });

  it("is marked as PlanCheck's own output, so a check of the folder passes over it", async () => {
    const { file } = await written();
    expect(isPlanCheckOutput(await readWorkbook(file))).toBe(true);
  });

  it("is valid SpreadsheetML in every part, also with an empty table and two columns of one heading", async () => {
    const { bytes } = await written();
    const parts = (b: Uint8Array) => JSZip.loadAsync(b).then((z) => Object.keys(z.files).filter((n) => /\.(xml|rels)$/.test(n) && !n.startsWith("docProps/") && !n.startsWith("customXml/")));
    expect(await validatePackage(Buffer.from(bytes), await parts(bytes))).toEqual({});

    const odd = await tableWorkbookBytes({
      sheets: [{ name: "It's & <odd>", tableName: "Odd", title: "+title", orientation: "portrait", columns: [{ header: "Role", width: 10 }, { header: "Role", width: 10, wrap: true }], rows: [] }],
      footer: "&L&A",
    });
    expect(await validatePackage(Buffer.from(odd), await parts(odd))).toEqual({});
    const zip = await JSZip.loadAsync(odd);
    expect(await zip.file("xl/tables/table1.xml")!.async("string")).toContain('<tableColumn id="2" name="Role (2)"/>');
    expect(await zip.file("xl/workbook.xml")!.async("string")).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'It''s &amp; &lt;odd&gt;'!$2:$2</definedName>`);
  });

  it("reads back for --since the findings it wrote, by code, whatever language its words are in", async () => {
    const { file } = await written();
    const back = await readOverviewFindings(file);
    expect(back).toEqual([
      { file: "gmina/harmonogram.xlsx", sheet: "Plan", cell: "C5", code: "gap.no-deadline", severity: "error", role: "deadline", value: "=SUM(A1:A9)", message: "Task 2: no deadline is given.", fix: "Give a month or a date." },
      { file: "gmina/harmonogram.xlsx", sheet: "Plan", cell: "C6", code: "gap.no-deadline", severity: "error", role: "deadline", value: "literal _x0041_ escape", message: "Tab\there & <there>", fix: "Give a month or a date." },
    ]);
  });
});
