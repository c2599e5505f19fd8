/**
 * The central directory of a zip archive, read without unpacking anything: every part's name,
 * sizes (as the archive states them) and where its data lies. An .xlsx is a zip archive, and its
 * directory tells how large the workbook becomes before a single byte is inflated.
 */

export interface ZipEntry {
  /** Part name as stored (`xl/worksheets/sheet1.xml`). */
  name: string;
  /** 0 stored, 8 deflated; anything else Excel never writes. */
  method: number;
  /** General-purpose flags; bit 0 marks an encrypted entry. */
  flags: number;
  compressedSize: number;
  /** What the directory says the part unpacks to; a hostile archive may lie, so it is verified on inflation. */
  uncompressedSize: number;
  /** Offset of the entry's local header (already shifted past any bytes prepended to the archive). */
  localHeaderOffset: number;
}

/** Why the bytes are not a readable zip directory; `truncated` when its end is missing. */
export class ZipFormatError extends Error {
  constructor(
    readonly reason: "truncated" | "directory",
    message: string,
  ) {
    super(message);
    this.name = "ZipFormatError";
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_SIZE = 46;
const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_SIZE = 30;
const ZIP64_EXTRA_ID = 0x0001;
const MAX_COMMENT = 0xffff;
const UTF8_NAMES = 1 << 11;

/** Reads the directory of a zip archive. Throws ZipFormatError when it is missing or damaged. */
export function readZipDirectory(bytes: Buffer): ZipEntry[] {
  const eocd = findEndOfDirectory(bytes);
  if (eocd < 0) throw new ZipFormatError("truncated", "the end of the zip directory is missing");
  if (bytes.readUInt16LE(eocd + 4) !== 0 || bytes.readUInt16LE(eocd + 6) !== 0) {
    throw new ZipFormatError("directory", "the archive spans several disks");
  }
  let count = bytes.readUInt16LE(eocd + 10);
  let size = bytes.readUInt32LE(eocd + 12);
  let offset = bytes.readUInt32LE(eocd + 16);
  let directoryEnd = eocd;

  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const zip64 = zip64EndOfDirectory(bytes, eocd);
    if (zip64) {
      ({ count, size, offset } = zip64);
      directoryEnd = zip64.start;
    }
  }
  // Bytes prepended to the archive (a self-extractor stub) shift every offset by the same amount.
  const shift = directoryEnd - (offset + size);
  if (shift < 0) throw new ZipFormatError("truncated", "the zip directory points past the end of the file");
  if (count * CENTRAL_SIZE > size) throw new ZipFormatError("directory", "the zip directory is shorter than its entry count");

  const entries: ZipEntry[] = [];
  let p = offset + shift;
  for (let i = 0; i < count; i++) {
    if (p + CENTRAL_SIZE > directoryEnd || bytes.readUInt32LE(p) !== CENTRAL_SIGNATURE) {
      throw new ZipFormatError("directory", `entry ${i + 1} of the zip directory is damaged`);
    }
    const flags = bytes.readUInt16LE(p + 8);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const next = p + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > directoryEnd) throw new ZipFormatError("directory", `entry ${i + 1} of the zip directory is damaged`);
    const nameBytes = bytes.subarray(p + CENTRAL_SIZE, p + CENTRAL_SIZE + nameLength);
    const sizes = {
      compressedSize: bytes.readUInt32LE(p + 20),
      uncompressedSize: bytes.readUInt32LE(p + 24),
      localHeaderOffset: bytes.readUInt32LE(p + 42),
    };
    readZip64Extra(bytes.subarray(p + CENTRAL_SIZE + nameLength, p + CENTRAL_SIZE + nameLength + extraLength), sizes);
    entries.push({
      name: nameBytes.toString(flags & UTF8_NAMES ? "utf8" : "latin1"),
      method: bytes.readUInt16LE(p + 10),
      flags,
      ...sizes,
      localHeaderOffset: sizes.localHeaderOffset + shift,
    });
    p = next;
  }
  return entries;
}

/** Where an entry's packed data lies in the archive, from its local header. */
export function entryData(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + LOCAL_SIZE > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE) {
    throw new ZipFormatError("directory", `the local header of ${entry.name} is missing`);
  }
  const start = at + LOCAL_SIZE + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError("truncated", `the data of ${entry.name} runs past the end of the file`);
  return bytes.subarray(start, end);
}

/** The end-of-directory record, searched backwards over the longest possible archive comment. */
function findEndOfDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let i = bytes.length - EOCD_SIZE; i >= lowest; i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE && i + EOCD_SIZE + bytes.readUInt16LE(i + 20) <= bytes.length) return i;
  }
  return -1;
}

function zip64EndOfDirectory(bytes: Buffer, eocd: number): { count: number; size: number; offset: number; start: number } | null {
  const locator = eocd - ZIP64_LOCATOR_SIZE;
  if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const start = safeNumber(bytes.readBigUInt64LE(locator + 8));
  if (start + 56 > locator || bytes.readUInt32LE(start) !== ZIP64_EOCD_SIGNATURE) {
    throw new ZipFormatError("directory", "the zip64 end of directory is damaged");
  }
  return {
    count: safeNumber(bytes.readBigUInt64LE(start + 32)),
    size: safeNumber(bytes.readBigUInt64LE(start + 40)),
    offset: safeNumber(bytes.readBigUInt64LE(start + 48)),
    start,
  };
}

/** Sizes too large for 32 bits live in the zip64 extra field, in this order, only when marked 0xFFFFFFFF. */
function readZip64Extra(extra: Buffer, sizes: { compressedSize: number; uncompressedSize: number; localHeaderOffset: number }): void {
  const needed = (["uncompressedSize", "compressedSize", "localHeaderOffset"] as const).filter((k) => sizes[k] === 0xffffffff);
  if (needed.length === 0) return;
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === ZIP64_EXTRA_ID) {
      let q = p + 4;
      for (const key of needed) {
        if (q + 8 > p + 4 + length) break;
        sizes[key] = safeNumber(extra.readBigUInt64LE(q));
        q += 8;
      }
      return;
    }
    p += 4 + length;
  }
}

/** 64-bit sizes as numbers; beyond 2^53 bytes no real file goes. */
function safeNumber(n: bigint): number {
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError("directory", "a zip64 size is out of range");
  return Number(n);
}
