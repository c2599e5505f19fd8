import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { checkFile, fileJson } from "../../src/cli/check-files";
import { translator } from "../../src/i18n";
import { needsSoffice, sofficeConvert, sofficePath } from "./soffice-available";

/**
 * Excel 97-2003 (.xls) and Word 97-2003 (.doc) plans, read through LibreOffice. The old files are
 * made here from the format fixtures by LibreOffice itself (its binary output is not byte-stable,
 * so it is not committed).
 */
const FIXTURES = path.join(__dirname, "..", "fixtures");
const t = translator("en");
const maybe = sofficePath() ? describe : describe.skip;

const located = async (file: string) =>
  fileJson(await checkFile(file, {}), t).tables.flatMap((x) => x.findings.map((f) => [x.sheet, f.cell, f.code, f.value]));

maybe(needsSoffice("old binary Office plans through LibreOffice"), () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-legacy-"));
  }, 60_000);
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("checks an .xls as the .xlsx it was saved from", async () => {
    const xls = await sofficeConvert(path.join(FIXTURES, "pl-bochnia-2018.xlsx"), "xls", dir);
    const json = fileJson(await checkFile(xls, {}), t);
    expect(json.error).toBeNull();
    expect(json.format).toBe("xls");
    expect(await located(xls)).toEqual(await located(path.join(FIXTURES, "pl-bochnia-2018.xlsx")));
  }, 240_000);

  it("checks a .doc as the .docx it was saved from", async () => {
    const doc = await sofficeConvert(path.join(FIXTURES, "formats", "ru-volodarsk-2020.docx"), "doc", dir);
    const json = fileJson(await checkFile(doc, {}), t);
    expect(json.error).toBeNull();
    expect(json.format).toBe("doc");
    expect(await located(doc)).toEqual(await located(path.join(FIXTURES, "formats", "ru-volodarsk-2020.docx")));
  }, 240_000);
});
