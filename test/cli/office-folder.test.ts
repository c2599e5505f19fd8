import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { runCli, FIXTURES } from "./run-cli";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { validatePackage } from "../support/ooxml-schema";

/**
 * A receiving office's folder with every kind of file an office gets: plans in .xlsx, .ods,
 * .docx and .csv, a PDF, a password-protected workbook and Word document, a damaged download, an
 * old .xls on a machine without LibreOffice, a context document with no plan table, and a lock
 * file left by an open workbook.
 */
async function officeFolder(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-office-"));
  await fs.mkdir(path.join(dir, "bochnia"));
  const copy = (from: string, to: string) => fs.copyFile(path.join(FIXTURES, from), path.join(dir, to));
  await copy("pl-bochnia-2018.xlsx", "bochnia/harmonogram.xlsx");
  await copy("formats/pl-bochnia-2018.csv", "bochnia/harmonogram-export.csv");
  await copy("formats/bg-kyustendil-2019.docx", "kyustendil.docx");
  await copy("formats/ru-volodarsk-2020.ods", "volodarsk.ods");
  await copy("encrypted.xlsx", "locked.xlsx");
  await copy("truncated.xlsx", "damaged.xlsx");
  await copy("pl-power-context.xlsx", "context.xlsx");
  await fs.writeFile(path.join(dir, "scan.pdf"), "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<>>\nendobj\n");
  const cfb = (stream: string) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(stream, "utf16le")]);
  await fs.writeFile(path.join(dir, "locked.docx"), cfb("EncryptedPackage"));
  await fs.writeFile(path.join(dir, "old.xls"), cfb("Workbook"));
  await fs.writeFile(path.join(dir, "~$harmonogram.xlsx"), "lock");
  return dir;
}

const decode = (xml: string) => xml.replace(/&quot;/g, '"').replace(/&apos;/g, "'");

const NOT_CHECKED: Record<string, string> = {
  "context.xlsx": "no-plan-table",
  "damaged.xlsx": "damaged",
  "locked.docx": "password",
  "locked.xlsx": "password",
  "old.xls": "no-converter",
  "scan.pdf": "unsupported",
};

describe("a receiving office checks a folder with every kind of file", () => {
  let dir: string;
  const saved = process.env.PLANCHECK_SOFFICE;
  beforeAll(async () => {
    dir = await officeFolder();
    // As on an office computer without LibreOffice: the .xls is reported, not guessed at.
    process.env.PLANCHECK_SOFFICE = path.join(dir, "no-libreoffice-here");
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.PLANCHECK_SOFFICE;
    else process.env.PLANCHECK_SOFFICE = saved;
  });

  it("lists every file received, checked or not checked with its reason, and exits 2", async () => {
    const r = await runCli(["check", dir, "--json"]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    const status = Object.fromEntries(doc.files.map((f: { file: string; notChecked: string | null; format: string | null }) => [path.relative(dir, f.file), f.notChecked ?? f.format]));
    expect(status).toEqual({
      "bochnia/harmonogram-export.csv": "csv",
      "bochnia/harmonogram.xlsx": "xlsx",
      "kyustendil.docx": "docx",
      "volodarsk.ods": "ods",
      ...NOT_CHECKED,
    });
    expect(doc.skipped.map((s: { file: string; reason: string }) => [path.basename(s.file), s.reason])).toEqual([["~$harmonogram.xlsx", "lock-file"]]);
    expect(doc.summary).toMatchObject({ files: 10, notChecked: 6 });
    expect(doc.overview.summary).toMatchObject({ received: 10, notChecked: 6 });
    expect(doc.overview.summary.ready + doc.overview.summary.notReady).toBe(4);
  });

  it("says at the end how many files were not checked, in the user's language", async () => {
    const r = await runCli(["check", dir, "--lang", "pl"]);
    expect(r.code).toBe(2);
    const last = r.stdout.trim().split("\n").pop()!;
    expect(last).toContain("6 plików nie zostało sprawdzonych");
    expect(r.stderr).toContain("scan.pdf: nie sprawdzono: pliku PDF nie można sprawdzić; zapisz plan jako .docx lub .xlsx");
    expect(r.stderr).toContain("old.xls");
  });

  describe("the overview, in Bulgarian", () => {
    let out: string;
    let bytes: Buffer;
    let zip: JSZip;
    beforeAll(async () => {
      out = path.join(os.tmpdir(), `${path.basename(dir)}-overview.xlsx`);
      const r = await runCli(["check", dir, "--report", out, "--lang", "bg"]);
      expect(r.code).toBe(2);
      expect(r.stdout).toContain(`Обобщението на плановете е записано в ${out}`);
      bytes = await fs.readFile(out);
      zip = await JSZip.loadAsync(bytes);
    });

    it("names its sheets and says everything in Bulgarian, codes kept in their own column", async () => {
      const wb = await readWorkbook(out);
      expect(wb.sheets.map((s) => s.sheet)).toEqual(["Обобщение", "Планове", "Констатации", "По проблеми", "Обединен план"]);
      const findings = wb.sheets[2].values;
      expect(findings[1]).toContain("Проблем");
      const severities = new Set(findings.slice(2).map((r) => r[4]));
      expect([...severities].every((s) => ["Грешка", "Предупреждение", "Бележка"].includes(String(s)))).toBe(true);
      const duplicate = findings.slice(2).find((r) => r[10] === "numbering.duplicate")!;
      expect(duplicate[3]).toBe("Повтарящ се номер");
      expect(duplicate[5]).toBe("Номер");
    });

    it("lists every plan, relative to the folder, not ready first, with the reason a plan was not checked", async () => {
      const wb = await readWorkbook(out);
      const plans = wb.sheets[1].values;
      expect(String(plans[0][0])).toContain(dir);
      expect(String(plans[0][0])).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
      const rows = plans.slice(2);
      expect(rows.map((r) => r[0]).sort()).toEqual(Object.keys({ ...NOT_CHECKED, "bochnia/harmonogram-export.csv": 1, "bochnia/harmonogram.xlsx": 1, "kyustendil.docx": 1, "volodarsk.ods": 1 }).sort());
      expect(rows[0][0]).toBe("kyustendil.docx");
      expect(rows[0][1]).toBe("не");
      const reason = (name: string) => String(rows.find((r) => r[0] === name)![5]);
      expect(reason("scan.pdf")).toMatch(/^форматът не се чете: scan\.pdf: .*\.docx или \.xlsx/);
      expect(reason("locked.docx")).toMatch(/^защитен с парола/);
      expect(reason("context.xlsx")).toBe("не е намерена таблица на план");
      // Not-checked plans come after the plans not ready and before the ready ones.
      const order = rows.map((r) => (r[5] ? "not-checked" : r[1] === "да" ? "ready" : "not-ready"));
      expect(order.join(" ")).toMatch(/^(not-ready )*(not-checked )*(ready ?)*$/);
    });

    it("links each plan to its first finding", async () => {
      const sheet = decode(await zip.file("xl/worksheets/sheet2.xml")!.async("string"));
      const link = /<c r="A3"[^>]*><f>HYPERLINK\("#'([^']+)'!A(\d+)","([^"]+)"\)<\/f>/.exec(sheet);
      expect(link).not.toBeNull();
      expect(link![1]).toBe("Констатации");
      const wb = await readWorkbook(out);
      expect(wb.sheets[2].values[Number(link![2]) - 1][0]).toBe(link![3]);
    });

    it("sums up the plans received, ready, not ready and not checked, and the five problems most plans have", async () => {
      const wb = await readWorkbook(out);
      const summary = wb.sheets[0].values.slice(2);
      expect(summary.slice(0, 4).map((r) => [r[0], typeof r[1]])).toEqual([
        ["Получени планове", "number"],
        ["Готови за внасяне", "number"],
        ["Не са готови (има грешки)", "number"],
        ["Непроверени", "number"],
      ]);
      expect(summary[0][1]).toBe(10);
      expect(summary[3][1]).toBe(6);
      const problems = summary.slice(4);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.length).toBeLessThanOrEqual(5);
      for (const p of problems) expect(String(p[0])).toMatch(/^Чест проблем: /);
    });

    it("prints on A4: fitted one page wide, header row repeated and frozen, wide sheets landscape", async () => {
      const workbook = decode(await zip.file("xl/workbook.xml")!.async("string"));
      const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
      for (let i = 0; i < names.length; i++) {
        const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async("string");
        expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
        const setup = /<pageSetup [^>]*\/>/.exec(xml)![0];
        expect(setup).toContain('paperSize="9"');
        expect(setup).toContain('fitToWidth="1"');
        expect(setup).toContain('fitToHeight="0"');
        expect(setup).toContain(`orientation="${i === 0 ? "portrait" : "landscape"}"`);
        expect(xml).toMatch(/<pane [^>]*ySplit="2"[^>]*state="frozen"/);
        expect(xml).toMatch(/<col [^>]*width="/);
        expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${names[i]}'!$2:$2</definedName>`);
      }
    });

    it("is valid SpreadsheetML", async () => {
      const parts = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
      // PlanCheck's record (customXml/) is in its own namespace, covered by no SpreadsheetML schema.
      const covered = parts.filter((name) => /\.(xml|rels)$/.test(name) && !name.startsWith("docProps/") && !name.startsWith("customXml/") && !name.includes("theme"));
      expect(covered).toContain("xl/_rels/workbook.xml.rels");
      expect(await validatePackage(bytes, covered)).toEqual({});
    });

    it("is never written over an existing file without --force, nor over the overview it is compared with", async () => {
      const again = await runCli(["check", dir, "--report", out, "--lang", "en"]);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain("already exists; add --force");
      expect(await fs.readFile(out)).toEqual(bytes);
      const since = await runCli(["check", dir, "--since", out, "--report", out, "--force"]);
      expect(since.stderr).toContain(out);
      expect(await fs.readFile(out)).toEqual(bytes);
      const forced = path.join(path.dirname(out), `${path.basename(out, ".xlsx")}-forced.xlsx`);
      await fs.writeFile(forced, "old");
      expect((await runCli(["check", dir, "--report", forced, "--force"])).stdout).toContain(`Overview of the plans written to ${forced}`);
      expect((await readWorkbook(forced)).sheets[0].sheet).toBe("Summary");
    });

    it("is read back by --since in another language: unchanged findings are still open", async () => {
      const r = await runCli(["check", dir, "--since", out, "--lang", "pl", "--json"]);
      const overview = JSON.parse(r.stdout).overview;
      expect(overview.findings.length).toBeGreaterThan(0);
      expect(overview.findings.every((f: { change: string }) => f.change === "open")).toBe(true);
      expect(overview.fixed).toEqual([]);
    });
  });
});

describe("--report on one plan that is not an .xlsx", () => {
  it("writes the overview for it, since a report copy is made of .xlsx plans only", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-one-"));
    const out = path.join(dir, "overview.xlsx");
    const r = await runCli(["check", path.join(FIXTURES, "formats", "pl-bochnia-2018.docx"), "--report", out]);
    expect(r.stdout).toContain(`Overview of the plans written to ${out}`);
    const wb = await readWorkbook(out);
    expect(wb.sheets[1].values[2][0]).toBe("pl-bochnia-2018.docx");
  });

  it("writes nothing for one plan that cannot be read", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-one-"));
    const out = path.join(dir, "checked.xlsx");
    const r = await runCli(["check", path.join(FIXTURES, "truncated.xlsx"), "--report", out]);
    expect(r.code).toBe(2);
    await expect(fs.stat(out)).rejects.toThrow();
  });
});
