import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { readPlanBytes, readPlanFile } from "../../src/files/read-plan-file";
import { DEFAULT_READ_LIMITS } from "../../src/xlsx/read-workbook";
import { WorkbookReadError } from "../../src/xlsx/workbook-read-error";

const FIXTURES = path.join(__dirname, "..", "fixtures");

async function refusal(p: Promise<unknown>): Promise<WorkbookReadError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error("the file was read");
}

async function ods(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("reading a received plan whatever its format", () => {
  it("reads .ods, .docx and .csv into sheets, a Word table with its preamble", async () => {
    const docx = await readPlanFile(path.join(FIXTURES, "formats", "bg-kyustendil-2019.docx"));
    expect(docx.format).toBe("docx");
    expect(docx.workbook.sheets.map((s) => s.sheet)).toEqual(["Table 1"]);
    expect(docx.preambles.get("Table 1")).toEqual(expect.arrayContaining(["Използвани съкращения:"]));
    for (const ext of ["ods", "csv"]) {
      const read = await readPlanFile(path.join(FIXTURES, "formats", `pl-bochnia-2018.${ext}`));
      expect(read.workbook.sheets[0].values.length).toBeGreaterThanOrEqual(31);
    }
  });

  it("puts OpenDocument packages through the .xlsx guard: unpacked size and compression ratio", async () => {
    const content = `<office:document-content><office:body><office:spreadsheet><table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>${"x".repeat(5000)}</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
    const small = await ods({ "content.xml": content });
    const tooBig = await refusal(readPlanBytes(small, "plan.ods", { ...DEFAULT_READ_LIMITS, maxBytes: 4000 }));
    expect([tooBig.code, tooBig.reason]).toEqual(["file.too-large", "unpacked"]);

    const bomb = await ods({ "content.xml": content, "Thumbnails/pad.xml": Buffer.alloc(16 * 1024 * 1024) });
    const refused = await refusal(readPlanBytes(bomb, "bomb.ods", DEFAULT_READ_LIMITS));
    expect([refused.code, refused.reason]).toEqual(["file.too-large", "ratio"]);
  });

  it("says an .ods whose content is larger than PlanCheck reads whole is too large, not damaged", async () => {
    const rows: string[] = [];
    for (let i = 0; rows.length * 60 < 17 * 1024 * 1024; i++) rows.push(`<table:table-row><table:table-cell office:value="${i * 7919}"/></table:table-row>`);
    const big = await ods({ "content.xml": `<office:document-content><table:table table:name="S">${rows.join("")}</table:table></office:document-content>` });
    const refused = await refusal(readPlanBytes(big, "big.ods", DEFAULT_READ_LIMITS));
    expect(refused.code).toBe("file.too-large");
  });

  it("says a password-protected .ods is password-protected, and a package without its content is damaged", async () => {
    const manifest = '<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1"/></manifest:file-entry></manifest:manifest>';
    const locked = await refusal(readPlanBytes(await ods({ "content.xml": "\u0001\u0002", "META-INF/manifest.xml": manifest }), "locked.ods", DEFAULT_READ_LIMITS));
    expect(locked.code).toBe("file.encrypted");
    const empty = await refusal(readPlanBytes(await ods({ "styles.xml": "<x/>" }), "empty.ods", DEFAULT_READ_LIMITS));
    expect(empty.code).toBe("file.corrupt");
  });

  it("refuses a PDF, an OpenDocument text and an unknown file, saying what to do", async () => {
    const pdf = await refusal(readPlanBytes(Buffer.from("%PDF-1.5\n..."), "plan.pdf", DEFAULT_READ_LIMITS));
    expect([pdf.code, pdf.reason]).toEqual(["file.not-workbook", "pdf"]);
    expect(pdf.message).toContain("save the plan as .docx or .xlsx");
    const odt = new JSZip();
    odt.file("mimetype", "application/vnd.oasis.opendocument.text", { compression: "STORE" });
    const text = await refusal(readPlanBytes(await odt.generateAsync({ type: "nodebuffer" }), "plan.odt", DEFAULT_READ_LIMITS));
    expect(text.reason).toBe("odt");
    const photo = await refusal(readPlanBytes(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), "scan.jpg", DEFAULT_READ_LIMITS));
    expect([photo.reason, photo.params]).toEqual(["unsupported", { ext: ".jpg" }]);
  });

  describe("without LibreOffice", () => {
    const saved = process.env.PLANCHECK_SOFFICE;
    beforeAll(() => {
      process.env.PLANCHECK_SOFFICE = path.join(os.tmpdir(), "no-such-soffice");
    });
    afterAll(() => {
      if (saved === undefined) delete process.env.PLANCHECK_SOFFICE;
      else process.env.PLANCHECK_SOFFICE = saved;
    });

    it("says an .xls or .doc needs LibreOffice, or saving in the newer format", async () => {
      const cfb = (stream: string) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(stream, "utf16le")]);
      const xls = await refusal(readPlanBytes(cfb("Workbook"), "plan.xls", DEFAULT_READ_LIMITS));
      expect(xls.reason).toBe("xls-no-converter");
      expect(xls.message).toMatch(/install LibreOffice or save the plan as \.xlsx/);
      const doc = await refusal(readPlanBytes(cfb("WordDocument"), "plan.doc", DEFAULT_READ_LIMITS));
      expect(doc.reason).toBe("doc-no-converter");
    });
  });

  it("names a missing file", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-files-"));
    const missing = await refusal(readPlanFile(path.join(dir, "gone.docx")));
    expect(missing.code).toBe("file.not-found");
  });
});
