import JSZip from "jszip";
import * as zlib from "zlib";
import { entryData, readZipDirectory, ZipFormatError } from "../../src/xlsx/zip-directory";
import { sheetParts, workbookPartName, relsPartName } from "../../src/xlsx/zip-sheet-parts";
import { zipPackage } from "./xlsx-package";

async function jszipArchive(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("xl/workbook.xml", "<workbook/>".repeat(100));
  zip.file("xl/worksheets/sheet1.xml", "<row/>".repeat(1000));
  zip.file("docProps/app.xml", "x", { compression: "STORE" });
  zip.file("Звіт/план.xml", "<a/>");
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", comment: "written by a plan tool" });
}

function endOfDirectory(zip: Buffer): number {
  return zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
}

/** The same archive with a zip64 end of directory in front of the classic one, whose fields say "see zip64". */
function withZip64End(zip: Buffer): Buffer {
  const eocd = endOfDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  const size = zip.readUInt32LE(eocd + 12);
  const offset = zip.readUInt32LE(eocd + 16);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(size), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(eocd), 8);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([zip.subarray(0, eocd), record, locator, end]);
}

describe("readZipDirectory", () => {
  it("lists every part with the sizes and methods the archive states, as JSZip sees them", async () => {
    const bytes = await jszipArchive();
    const zip = await JSZip.loadAsync(bytes);
    const entries = readZipDirectory(bytes);
    expect(entries.map((e) => e.name)).toEqual(Object.keys(zip.files));
    for (const e of entries.filter((x) => !x.name.endsWith("/"))) {
      const content = await zip.file(e.name)!.async("nodebuffer");
      expect(e.uncompressedSize).toBe(content.length);
      const data = entryData(bytes, e);
      expect(data.length).toBe(e.compressedSize);
      expect(e.method === 8 ? zlib.inflateRawSync(data) : data).toEqual(content);
    }
    expect(entries.find((e) => e.name === "docProps/app.xml")!.method).toBe(0);
  });

  it("finds the parts of an archive with bytes prepended to it, as self-extracting archives have", async () => {
    const bytes = await jszipArchive();
    const shifted = Buffer.concat([Buffer.alloc(777, 0x90), bytes]);
    const entries = readZipDirectory(shifted);
    expect(entryData(shifted, entries[1]).equals(entryData(bytes, readZipDirectory(bytes)[1]))).toBe(true);
  });

  it("reads the zip64 end of directory that large archives carry", async () => {
    const bytes = await jszipArchive();
    expect(readZipDirectory(withZip64End(bytes))).toEqual(readZipDirectory(bytes));
  });

  it("reads sizes from a part's zip64 extra field", () => {
    const bytes = zipPackage([{ name: "a.xml", content: "<a/>" }]);
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const extra = Buffer.alloc(4 + 16);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(16, 2);
    extra.writeBigUInt64LE(4n, 4);
    extra.writeBigUInt64LE(BigInt(bytes.readUInt32LE(central + 20)), 12);
    const header = Buffer.from(bytes.subarray(central, central + 46 + 5));
    header.writeUInt32LE(0xffffffff, 20);
    header.writeUInt32LE(0xffffffff, 24);
    header.writeUInt16LE(extra.length, 30);
    const directory = Buffer.concat([header, extra]);
    const end = Buffer.from(bytes.subarray(bytes.length - 22));
    end.writeUInt32LE(directory.length, 12);
    const zip64 = Buffer.concat([bytes.subarray(0, central), directory, end]);
    expect(readZipDirectory(zip64)).toEqual(readZipDirectory(bytes));
  });

  it.each<[string, (b: Buffer) => Buffer, string]>([
    ["cut in half", (b) => b.subarray(0, b.length >> 1), "truncated"],
    ["empty", () => Buffer.alloc(0), "truncated"],
    ["with its directory pointing past the end", (b) => { const c = Buffer.from(b); c.writeUInt32LE(b.length, endOfDirectory(b) + 16); return c; }, "truncated"],
    ["with a damaged directory entry", (b) => { const c = Buffer.from(b); c[c.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 2] = 0; return c; }, "directory"],
  ])("refuses an archive %s", async (_what, damage, reason) => {
    const bytes = damage(await jszipArchive());
    let error: unknown;
    try {
      readZipDirectory(bytes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ZipFormatError);
    expect((error as ZipFormatError).reason).toBe(reason);
  });
});

describe("sheet parts", () => {
  const workbook = `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets>
    <x:sheet name="R&amp;D &#8211; план" sheetId="1" rel:id="rId7"/>
    <x:sheet sheetId="2" state="hidden" rel:id="rId8" name='Rejestr'/>
  </x:sheets></x:workbook>`;
  const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
    <Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
    <Relationship Target="/xl/worksheets/../worksheets/other.xml" Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>
    <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org" TargetMode="External"/>
  </Relationships>`;

  it("names each worksheet part by its sheet, whatever the prefixes, quotes and attribute order", () => {
    expect(sheetParts("xl/workbook.xml", workbook, rels)).toEqual([
      { part: "xl/worksheets/sheet1.xml", sheet: "R&D – план" },
      { part: "xl/worksheets/other.xml", sheet: "Rejestr" },
    ]);
  });

  it("finds the workbook part from the package's relationships", () => {
    const root = `<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/excel/book.xml"/></Relationships>`;
    expect(workbookPartName(root)).toBe("excel/book.xml");
    expect(workbookPartName(null)).toBe("xl/workbook.xml");
    expect(relsPartName("excel/book.xml")).toBe("excel/_rels/book.xml.rels");
  });
});
