import * as zlib from "zlib";
import { entryData, readZipDirectory, ZipFormatError, type ZipEntry } from "./zip-directory";
import { relsPartName, sheetParts, workbookPartName } from "./zip-sheet-parts";
import { groupDigits, megabytes, readError, WorkbookReadError } from "./workbook-read-error";

/**
 * Measures an .xlsx package against the read limits before the workbook library unpacks it: that
 * library inflates every part whole into memory and builds an object for every stored cell, so a
 * zip bomb or a sheet of a million rows must be refused here, from the zip directory and a bounded
 * streaming pass, never by running out of memory there.
 */

export interface PackageLimits {
  /** Most bytes all parts may unpack to together. */
  maxUnpackedBytes: number;
  /** Most cells, rows and merged areas the sheets may store together. */
  maxCells: number;
}

/** What the package holds, once it passed. */
export interface PackageMeasure {
  parts: number;
  unpackedBytes: number;
  /** Cells, rows and merged areas stored in the sheets. */
  storedCells: number;
  /** The workbook part's XML (sheets, defined names), or null when it was missing or too large to name sheets from. */
  workbookXml: string | null;
  /** Unpacked bytes of the parts the caller asked to keep, by part name (no leading slash). */
  kept: Map<string, Buffer>;
}

/** More parts than any workbook has: each costs the library an object even when empty. */
export const MAX_PARTS = 10_000;
/** Deflate cannot pack better than about 1:1032; a part claiming more is not honest data. */
export const MAX_RATIO = 1000;
/** Small parts may have any ratio (an empty sheet of 2 KB packs into a few bytes). */
const RATIO_FLOOR = 1024 * 1024;
/** The parts read whole to name sheets, or kept for the caller, are tiny in every real workbook. */
const MAX_NAMING_PART = 16 * 1024 * 1024;
const ENCRYPTED = 1;
const STORED = 0;
const DEFLATED = 8;

/** Stored sheet content that costs the workbook library an object: a cell, a row, a merged area. */
const STORED_ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?(?:c|row|mergeCell)[\s/>]/g;
/** Longer than any match above, so a match split between two chunks is still seen whole. */
const CARRY = 64;

/**
 * `keep` names small parts the caller reads itself (PlanCheck's record): they are unpacked here,
 * in the one pass that verifies every part, rather than a second time.
 */
export async function guardPackage(
  bytes: Buffer,
  file: string,
  limits: PackageLimits,
  keep: (part: string) => boolean = () => false,
): Promise<PackageMeasure> {
  const entries = directory(bytes, file).filter((e) => !e.name.endsWith("/"));
  checkDeclaredSizes(entries, file, limits);

  const naming = await namingParts(bytes, entries, file);
  const sheetOf = (name: string): string | undefined => naming.sheets.get(name.replace(/^\//, ""));
  let storedCells = 0;
  const kept = new Map<string, Buffer>();
  for (const entry of entries) {
    const sheet = sheetOf(entry.name) ?? (/^\/?xl\/worksheets\/[^/]+\.xml$/i.test(entry.name) ? entry.name : undefined);
    const counter = sheet === undefined ? null : new ElementCounter();
    const part = entry.name.replace(/^\//, "");
    const keeping = entry.uncompressedSize <= MAX_NAMING_PART && keep(part) ? ([] as Buffer[]) : null;
    for await (const chunk of inflate(bytes, entry, file, sheet)) {
      keeping?.push(chunk);
      if (!counter) continue;
      counter.push(chunk);
      if (storedCells + counter.count > limits.maxCells) {
        throw readError("file.too-large", file, "cells", { sheet: sheet!, limit: groupDigits(limits.maxCells) });
      }
    }
    storedCells += counter?.count ?? 0;
    if (keeping) kept.set(part, Buffer.concat(keeping));
  }
  return {
    parts: entries.length,
    unpackedBytes: entries.reduce((n, e) => n + e.uncompressedSize, 0),
    storedCells,
    workbookXml: naming.workbookXml,
    kept,
  };
}

function directory(bytes: Buffer, file: string): ZipEntry[] {
  try {
    return readZipDirectory(bytes);
  } catch (err) {
    if (err instanceof ZipFormatError) throw readError("file.corrupt", file, err.reason);
    throw err;
  }
}

/** Everything the directory alone tells: refused before a single byte is inflated. */
function checkDeclaredSizes(entries: ZipEntry[], file: string, limits: PackageLimits): void {
  if (entries.length > MAX_PARTS) {
    throw readError("file.too-large", file, "parts", { count: groupDigits(entries.length), limit: groupDigits(MAX_PARTS) });
  }
  if (entries.some((e) => e.flags & ENCRYPTED)) throw readError("file.encrypted", file);
  const odd = entries.find((e) => e.method !== STORED && e.method !== DEFLATED);
  if (odd) throw readError("file.corrupt", file, "method", { part: odd.name, method: odd.method });

  const total = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (total > limits.maxUnpackedBytes) {
    throw readError("file.too-large", file, "unpacked", { size: megabytes(total), limit: megabytes(limits.maxUnpackedBytes) });
  }
  for (const e of entries) {
    if (e.uncompressedSize > RATIO_FLOOR && e.uncompressedSize > MAX_RATIO * e.compressedSize) {
      const ratio = e.compressedSize === 0 ? "∞" : groupDigits(e.uncompressedSize / e.compressedSize);
      throw readError("file.too-large", file, "ratio", { part: e.name, ratio, limit: groupDigits(MAX_RATIO) });
    }
  }
}

/**
 * Worksheet part -> sheet name, for messages, and the workbook part's XML; an unreadable naming
 * part only costs the names.
 */
async function namingParts(
  bytes: Buffer,
  entries: ZipEntry[],
  file: string,
): Promise<{ sheets: Map<string, string>; workbookXml: string | null }> {
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ""), e]));
  const text = async (part: string): Promise<string | null> => {
    const entry = byName.get(part);
    if (!entry || entry.uncompressedSize > MAX_NAMING_PART) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of inflate(bytes, entry, file)) chunks.push(chunk);
    return Buffer.concat(chunks).toString("utf8");
  };
  const workbook = workbookPartName(await text("_rels/.rels"));
  const [xml, rels] = [await text(workbook), await text(relsPartName(workbook))];
  if (xml === null || rels === null) return { sheets: new Map(), workbookXml: xml };
  return { sheets: new Map(sheetParts(workbook, xml, rels).map((s) => [s.part, s.sheet])), workbookXml: xml };
}

/**
 * A part's unpacked bytes, chunk by chunk, never more than its directory entry states: a part that
 * inflates past its stated size (a zip bomb with a lying directory) is stopped there.
 */
async function* inflate(bytes: Buffer, entry: ZipEntry, file: string, sheet?: string): AsyncGenerator<Buffer> {
  const part = sheet !== undefined && sheet !== entry.name ? `'${sheet}' (${entry.name})` : entry.name;
  let data: Buffer;
  try {
    data = entryData(bytes, entry);
  } catch (err) {
    if (err instanceof ZipFormatError) throw readError("file.corrupt", file, err.reason);
    throw err;
  }
  if (entry.method === STORED) {
    if (data.length !== entry.uncompressedSize) throw readError("file.corrupt", file, "part", { part });
    yield data;
    return;
  }
  const inflater = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
  inflater.end(data);
  let produced = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      produced += chunk.length;
      if (produced > entry.uncompressedSize) {
        throw readError("file.corrupt", file, "size-mismatch", { part, size: groupDigits(entry.uncompressedSize) });
      }
      yield chunk;
    }
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    throw readError("file.corrupt", file, "part", { part });
  } finally {
    inflater.destroy();
  }
  if (produced !== entry.uncompressedSize) throw readError("file.corrupt", file, "part", { part });
}

/** Counts stored elements in XML arriving in chunks, matching across chunk boundaries. */
class ElementCounter {
  count = 0;
  private carry = "";

  push(chunk: Buffer): void {
    // Latin-1 keeps one character per byte; the tags counted are ASCII and UTF-8 never forges them.
    const text = this.carry + chunk.toString("latin1");
    const fresh = this.carry.length;
    STORED_ELEMENT.lastIndex = 0;
    for (let m = STORED_ELEMENT.exec(text); m; m = STORED_ELEMENT.exec(text)) {
      if (m.index + m[0].length > fresh) this.count++;
    }
    this.carry = text.slice(-CARRY);
  }
}
