import * as zlib from "zlib";

/**
 * Builds .xlsx packages byte by byte, so a test can make what no spreadsheet program writes on
 * purpose: parts whose zip directory states sizes their data does not have, sheets that inflate
 * to gigabytes from a few megabytes, sheets of a million rows, without writing them out in full.
 */

export interface Part {
  name: string;
  /** Unpacked content; packed with deflate unless `packed` is given. */
  content?: string | Buffer;
  /** Already deflated data, for parts too large to hold unpacked. */
  packed?: Buffer;
  /** Size the zip directory states; the true unpacked size when not given. */
  declaredSize?: number;
  method?: number;
  flags?: number;
}

export const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetSpec {
  name: string;
  /** The worksheet part: XML text, or a packed part for the huge ones. */
  xml: string | { packed: Buffer; size: number };
  state?: "hidden" | "veryHidden";
}

/** The smallest package Excel and exceljs both open: workbook, relationships, styles, sheets. */
export function workbookParts(sheets: SheetSpec[]): Part[] {
  const sheetTags = sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
    .join("");
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  const overrides = sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join("");
  return [
    {
      name: "[Content_Types].xml",
      content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides}</Types>`,
    },
    {
      name: "_rels/.rels",
      content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ${NS} ${NS_R}><sheets>${sheetTags}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    {
      name: "xl/styles.xml",
      content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet ${NS}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`,
    },
    ...sheets.map((s, i) =>
      typeof s.xml === "string"
        ? { name: `xl/worksheets/sheet${i + 1}.xml`, content: s.xml }
        : { name: `xl/worksheets/sheet${i + 1}.xml`, packed: s.xml.packed, declaredSize: s.xml.size },
    ),
  ];
}

/** A worksheet part around the given <sheetData> rows. */
export function sheetXml(rows: string, extra = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS}><sheetData>${rows}</sheetData>${extra}</worksheet>`;
}

/**
 * A worksheet part of `head`, then `block` `times` times, then `tail`, deflated without ever
 * holding it unpacked: the block is packed once, with a full flush so it refers to nothing before
 * it, and its packed bytes are repeated.
 */
export function repeatedSheet(head: string, block: string, times: number, tail: string): { packed: Buffer; size: number } {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 };
  const packedBlock = zlib.deflateRawSync(Buffer.from(block), flush);
  const chunks = [zlib.deflateRawSync(Buffer.from(head), flush), ...Array<Buffer>(times).fill(packedBlock), zlib.deflateRawSync(Buffer.from(tail))];
  return { packed: Buffer.concat(chunks), size: Buffer.byteLength(head) + Buffer.byteLength(block) * times + Buffer.byteLength(tail) };
}

/** A zip archive of the parts, with the sizes and flags each part asks for. */
export function zipPackage(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const content = part.content === undefined ? undefined : Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content, "utf8");
    const method = part.method ?? 8;
    const data = part.packed ?? (method === 0 ? content! : zlib.deflateRawSync(content!));
    const size = part.declaredSize ?? content?.length ?? 0;
    const crc = content ? crc32(content) : 0;
    const flags = (part.flags ?? 0) | (1 << 11);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
