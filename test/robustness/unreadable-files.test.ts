import * as path from "path";
import { promises as fs } from "fs";
import { FIXTURES, runCli } from "../cli/run-cli";
import { readWorkbook, WorkbookReadError } from "../../src/xlsx/read-workbook";
import { sheetXml, workbookParts, zipPackage, type Part } from "./xlsx-package";
import { checkJson, expectRefusal, ScratchFolder } from "./run-on-file";

const scratch = new ScratchFolder();
beforeAll(() => scratch.open());
afterAll(() => scratch.close());

const fixture = (name: string) => path.join(FIXTURES, name);
const planPart = sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>Дейност</t></is></c></row>`);

/** The start of an OLE compound file with the given stream names, as Office writes them. */
function compoundFile(...streams: string[]): Buffer {
  const bytes = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  streams.forEach((name, i) => Buffer.from(name, "utf16le").copy(bytes, 1024 + i * 128));
  return bytes;
}

describe("plancheck check on files that are not readable workbooks", () => {
  it("says a text file named .xlsx is not a workbook", async () => {
    const file = fixture("not-a-workbook.xlsx");
    const checked = await checkJson(file);
    expectRefusal(checked, file, "file.not-workbook", null);
    expect(checked.error!.message).toContain("not an Excel workbook");
  });

  it("says a download cut in half is cut short, and to copy it again", async () => {
    const file = fixture("truncated.xlsx");
    const checked = await checkJson(file);
    expectRefusal(checked, file, "file.corrupt", "truncated");
    expect(checked.error!.message).toMatch(/cut short.*copy it again/);
  });

  it.each([
    ["the signature of a compound file", fixture("encrypted.xlsx")],
    ["the encryption streams Excel writes for a password", "password.xlsx"],
  ])("says a password-protected workbook (%s) needs a copy without the password", async (_what, name) => {
    const file = name.includes("/") ? name : await scratch.write(name, compoundFile("EncryptionInfo", "EncryptedPackage"));
    const checked = await checkJson(file);
    expectRefusal(checked, file, "file.encrypted", null);
    expect(checked.error!.message).toContain("password");
  });

  it("tells an Excel 97-2003 workbook from a password-protected one, and says what reads it where nothing can", async () => {
    const file = await scratch.write("old.xlsx", compoundFile("Workbook", "SummaryInformation"));
    // Where LibreOffice is installed it converts the workbook; here the machine has none.
    const saved = process.env.PLANCHECK_SOFFICE;
    process.env.PLANCHECK_SOFFICE = scratch.path("no-libreoffice-here");
    try {
      const checked = await checkJson(file);
      expectRefusal(checked, file, "file.not-workbook", "xls-no-converter");
      expect(checked.error!.message).toContain(".xls");
      expect(checked.error!.message).toContain("LibreOffice");
      expect(checked.error!.message).not.toContain("password");
    } finally {
      if (saved === undefined) delete process.env.PLANCHECK_SOFFICE;
      else process.env.PLANCHECK_SOFFICE = saved;
    }
  });

  it("refuses a zip archive whose parts are encrypted, without trying to unpack them", async () => {
    const parts = workbookParts([{ name: "Plan", xml: planPart }]).map((p): Part => ({ ...p, flags: 1 }));
    const file = await scratch.write("zip-password.xlsx", zipPackage(parts));
    expectRefusal(await checkJson(file), file, "file.encrypted", null);
  });

  it("names the sheet whose part is damaged", async () => {
    const parts = workbookParts([{ name: "Harmonogram", xml: planPart }]).map((p): Part =>
      p.name.endsWith("sheet1.xml") ? { name: p.name, packed: Buffer.from("this is not deflate data at all"), declaredSize: 4096 } : p,
    );
    const file = await scratch.write("damaged-sheet.xlsx", zipPackage(parts));
    const checked = await checkJson(file);
    expectRefusal(checked, file, "file.corrupt", "part");
    expect(checked.error!.params).toEqual({ part: "'Harmonogram' (xl/worksheets/sheet1.xml)" });
  });

  it("refuses a part packed with a compression method Excel never uses", async () => {
    const parts = workbookParts([{ name: "Plan", xml: planPart }]).map((p): Part => (p.name.endsWith("sheet1.xml") ? { ...p, method: 12 } : p));
    const file = await scratch.write("bzip2.xlsx", zipPackage(parts));
    const checked = await checkJson(file);
    expectRefusal(checked, file, "file.corrupt", "method");
    expect(checked.error!.params).toEqual({ part: "xl/worksheets/sheet1.xml", method: 12 });
  });

  it("says the workbook is damaged, with the reason, when a sheet's XML breaks off", async () => {
    const parts = workbookParts([{ name: "Plan", xml: planPart.slice(0, planPart.indexOf("</t>")) }]);
    const file = await scratch.write("broken-xml.xlsx", zipPackage(parts));
    const checked = await checkJson(file);
    expectRefusal(checked, file, "file.corrupt", "unreadable");
    expect(checked.error!.params!.reason.length).toBeGreaterThan(0);
  });

  it("refuses a zip archive holding no worksheets", async () => {
    const file = await scratch.write("photos.xlsx", zipPackage([{ name: "photo.txt", content: "not a spreadsheet" }]));
    expectRefusal(await checkJson(file), file, "file.not-workbook", "no-sheets");
  });

  it("says where it looked for a file that is not there", async () => {
    const file = scratch.path("no-such-plan.xlsx");
    const checked = await checkJson(file);
    expectRefusal(checked, file, "file.not-found", "missing");
    expect(checked.error!.message).toContain(path.resolve(file));
  });

  it("says a folder given to the reader is not a workbook", async () => {
    const folder = scratch.path("plan-folder.xlsx");
    await fs.mkdir(folder);
    await expect(readWorkbook(folder)).rejects.toMatchObject({ code: "file.not-workbook", reason: "folder" });
  });

  it("says the same in the user's language", async () => {
    const file = fixture("truncated.xlsx");
    const bg = await checkJson(file, "--lang", "bg");
    const uk = await checkJson(file, "--lang", "uk");
    expect(bg.run.stderr).toContain("файлът е непълен");
    expect(uk.run.stderr).toContain("файл обрізано");
    expect(bg.error!.code).toBe("file.corrupt");
  });

  it("checks the other files of the run when one is refused", async () => {
    const good = fixture("bg-scorecard.xlsx");
    const run = await checkJson(good);
    const both = await runCli(["check", good, fixture("truncated.xlsx"), "--json"]);
    const doc = JSON.parse(both.stdout);
    expect(both.code).toBe(2);
    expect(doc.files.map((f: { error: { code: string } | null }) => f.error?.code ?? null)).toEqual([null, "file.corrupt"]);
    expect(doc.files[0].tables).toEqual(run.tables);
  });

  it("keeps a read error's English message, code and details on the error object", async () => {
    const err = await readWorkbook(fixture("truncated.xlsx")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect(err).toMatchObject({ code: "file.corrupt", reason: "truncated", file: fixture("truncated.xlsx") });
    expect((err as Error).message).toMatch(/^.*truncated\.xlsx: the file is cut short/);
  });
});
