import { promises as fs } from "fs";
import * as path from "path";
import { fileFormat } from "../../src/files/file-format";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const read = (f: string) => fs.readFile(path.join(FIXTURES, f));

describe("telling a received file's format", () => {
  it("by signature, whatever the file is called", async () => {
    expect(fileFormat(await read("pl-bochnia-2018.xlsx"), "plan.xlsx")).toBe("xlsx");
    expect(fileFormat(await read("formats/pl-bochnia-2018.ods"), "plan.xlsx")).toBe("ods");
    expect(fileFormat(await read("formats/pl-bochnia-2018.docx"), "plan.xlsx")).toBe("docx");
    expect(fileFormat(await read("encrypted.xlsx"), "plan.docx")).toBe("encrypted");
    expect(fileFormat(Buffer.from("%PDF-1.7\n"), "plan.xlsx")).toBe("pdf");
  });

  it("tells the old binary Word and Excel files apart by their streams", () => {
    const cfb = (stream: string) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100), Buffer.from(stream, "utf16le")]);
    expect(fileFormat(cfb("WordDocument"), "plan")).toBe("doc");
    expect(fileFormat(cfb("Workbook"), "plan")).toBe("xls");
    expect(fileFormat(cfb("EncryptedPackage"), "plan.docx")).toBe("encrypted");
  });

  it("does not mistake Excel's binary workbook (.xlsb) for an .xlsx", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/workbook.bin", Buffer.from([1, 2, 3]));
    expect(fileFormat(await zip.generateAsync({ type: "nodebuffer" }), "plan.xlsb")).toBe("unknown");
  });

  it("by extension for text, which has no signature", async () => {
    expect(fileFormat(await read("formats/pl-bochnia-2018.csv"), "plan.csv")).toBe("csv");
    expect(fileFormat(await read("formats/bg-kyustendil-2019.tsv"), "plan.tsv")).toBe("tsv");
    expect(fileFormat(Buffer.from("hello"), "photo.jpg")).toBe("unknown");
    expect(fileFormat(Buffer.from([0x00, 0x01, 0x02]), "data.csv")).toBe("unknown");
  });
});
