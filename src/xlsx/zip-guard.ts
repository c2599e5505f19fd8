import * as zlib from "zlib";
import { entryData, readZipDirectory, ZipFormatError, type ZipEntry } from "./zip-directory";
import { relatedPart, relsPartName, usesDate1904, workbookPartName, workbookSheets, type WorkbookSheet } from "./zip-sheet-parts";
import { styleFormats } from "./number-formats";
import { readSharedStrings } from "./shared-strings";
import { SheetCellReader, type CellContext, type SheetCells } from "./sheet-cells";
import { XmlSyntaxError } from "./xml-scan";
import { normalizeText } from "./cell-value";
import { groupDigits, megabytes, readError, WorkbookReadError } from "./workbook-read-error";

/**
 * Reads an .xlsx package within the read limits, in one bounded pass: the zip directory first,
 * then every part inflated once, in pieces, never past its stated size. The small parts that say
 * how to read the cells (workbook, relationships, shared strings, styles) come first; then each
 * worksheet's cells are read as its bytes arrive, and counted against the cell limit as they are,
 * so a zip bomb or a sheet of a million rows is refused before the memory is spent.
 */

export interface PackageLimits {
  /** Most bytes all parts may unpack to together. */
  maxUnpackedBytes: number;
  /** Most cells, rows and merged areas the sheets may store together. */
  maxCells: number;
}

/** A sheet of the workbook, in the workbook's order, with its cells when it is a worksheet the package holds. */
export interface PackageSheet extends WorkbookSheet {
  cells: SheetCells | null;
}

/** What the package holds, once it passed. */
export interface PackageMeasure {
  parts: number;
  unpackedBytes: number;
  /** Cells, rows and merged areas stored in the sheets. */
  storedCells: number;
  /** The workbook part's XML (sheets, defined names), or null when it was missing or too large to name sheets from. */
  workbookXml: string | null;
  /** The workbook's sheets in its order. */
  sheets: PackageSheet[];
  /** Unpacked bytes of the parts the caller asked to keep, by part name (no leading slash). */
  kept: Map<string, Buffer>;
}

/** More parts than any workbook has. */
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
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

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
  checkDuplicateParts(entries, file);

  const book = await workbookParts(bytes, entries, file);
  const sheetOf = new Map(book.sheets.map((s) => [s.part, s.sheet]));
  let storedCells = 0;
  const kept = new Map<string, Buffer>();
  const cells = new Map<string, SheetCells>();
  for (const entry of entries) {
    const part = entry.name.replace(/^\//, "");
    if (book.read.has(part)) continue;
    const sheet = sheetOf.get(part) ?? (WORKSHEET_PART.test(part) ? entry.name : undefined);
    const label = sheet !== undefined && sheet !== entry.name ? `'${sheet}' (${entry.name})` : entry.name;
    const reader = sheet === undefined ? null : new SheetCellReader(book.context);
    const keeping = entry.uncompressedSize <= MAX_NAMING_PART && keep(part) ? ([] as Buffer[]) : null;
    const needed = reader !== null || keeping !== null;
    try {
      for await (const chunk of inflate(bytes, entry, file, label)) {
        keeping?.push(chunk);
        if (!reader) continue;
        unreadable(file, label, () => reader.push(chunk));
        if (storedCells + reader.stored > limits.maxCells) {
          throw readError("file.too-large", file, "cells", { sheet: sheet!, limit: groupDigits(limits.maxCells) });
        }
      }
    } catch (err) {
      // A damaged part PlanCheck does not read (a thumbnail, printer settings) costs nothing but itself.
      if (needed || !(err instanceof WorkbookReadError) || err.code !== "file.corrupt") throw err;
      continue;
    }
    if (reader) {
      cells.set(part, unreadable(file, label, () => reader.end()));
      storedCells += reader.stored;
    }
    if (keeping) kept.set(part, Buffer.concat(keeping));
  }
  return {
    parts: entries.length,
    unpackedBytes: entries.reduce((n, e) => n + e.uncompressedSize, 0),
    storedCells,
    workbookXml: book.workbookXml,
    sheets: book.sheets.map((s) => ({ ...s, cells: s.worksheet ? (cells.get(s.part) ?? null) : null })),
    kept,
  };
}

/** Runs a step of reading a part's XML; XML that does not read is `file.corrupt` (`unreadable`), naming the part. */
function unreadable<T>(file: string, part: string, step: () => T): T {
  try {
    return step();
  } catch (err) {
    if (err instanceof XmlSyntaxError) throw readError("file.corrupt", file, "unreadable", { reason: `${part}: ${err.message}` });
    throw err;
  }
}

function directory(bytes: Buffer, file: string): ZipEntry[] {
  try {
    return readZipDirectory(bytes);
  } catch (err) {
    if (err instanceof ZipFormatError) throw readError("file.corrupt", file, err.reason);
    // A damaged field read past the end of the file (Node's RangeError): the directory is damaged.
    if (err instanceof RangeError) throw readError("file.corrupt", file, "directory");
    throw err;
  }
}

/**
 * One part stored twice (two entries of the same name, in any case: part names are
 * case-insensitive, ECMA-376 Part 2 §6.2.2.3). Readers disagree on which one counts, so the
 * workbook has no one reading, and is refused.
 */
function checkDuplicateParts(entries: ZipEntry[], file: string): void {
  const seen = new Set<string>();
  for (const e of entries) {
    const key = e.name.replace(/^\//, "").toLowerCase();
    if (seen.has(key)) throw readError("file.corrupt", file, "duplicate-part", { part: e.name });
    seen.add(key);
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

interface WorkbookParts {
  sheets: WorkbookSheet[];
  workbookXml: string | null;
  context: CellContext;
  /** Parts already inflated (and so verified) here. */
  read: Set<string>;
}

/**
 * The small parts that name the sheets and say how to read their cells. An unreadable naming part
 * only costs the names; a missing shared strings or styles part means no shared strings or dates.
 */
async function workbookParts(bytes: Buffer, entries: ZipEntry[], file: string): Promise<WorkbookParts> {
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ""), e]));
  const read = new Set<string>();
  const text = async (part: string | null, max = MAX_NAMING_PART): Promise<string | null> => {
    const entry = part === null ? undefined : byName.get(part);
    if (!entry || entry.uncompressedSize > max || read.has(part!)) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of inflate(bytes, entry, file, entry.name)) chunks.push(chunk);
    read.add(part!);
    return Buffer.concat(chunks).toString("utf8").replace(/^\uFEFF/, "");
  };
  const workbook = workbookPartName(await text("_rels/.rels"));
  const xml = await text(workbook);
  const rels = await text(relsPartName(workbook));
  const sheets = xml === null || rels === null ? [] : workbookSheets(workbook, xml, rels);
  const stringsPart = relatedPart(workbook, rels, "sharedStrings") ?? "xl/sharedStrings.xml";
  const stylesPart = relatedPart(workbook, rels, "styles") ?? "xl/styles.xml";
  const strings = await text(stringsPart, Infinity);
  const styles = await text(stylesPart, Infinity);
  const context: CellContext = {
    sharedStrings: strings === null ? [] : unreadable(file, stringsPart, () => readSharedStrings(strings)).map((x) => (x === null ? null : normalizeText(x))),
    formats: unreadable(file, stylesPart, () => styleFormats(styles)),
    date1904: xml !== null && usesDate1904(xml),
  };
  return { sheets, workbookXml: xml, context, read };
}

/**
 * Parts up to this size are inflated in one call, on this thread: a typical plan's dozen parts
 * would otherwise cost a stream each, a 256 KB buffer each and a trip to the thread pool per piece,
 * several times the inflating itself. Larger parts are read in pieces, so memory follows a piece.
 */
const WHOLE_PART = 1024 * 1024;

/** A small part inflated at once, never to more than its stated size. */
function inflateWhole(data: Buffer, entry: ZipEntry, file: string, part: string): Buffer {
  let out: Buffer;
  try {
    out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
      throw readError("file.corrupt", file, "size-mismatch", { part, size: groupDigits(entry.uncompressedSize) });
    }
    throw readError("file.corrupt", file, "part", { part });
  }
  if (out.length > entry.uncompressedSize) throw readError("file.corrupt", file, "size-mismatch", { part, size: groupDigits(entry.uncompressedSize) });
  if (out.length !== entry.uncompressedSize) throw readError("file.corrupt", file, "part", { part });
  return out;
}

/**
 * A part's unpacked bytes, chunk by chunk, never more than its directory entry states: a part that
 * inflates past its stated size (a zip bomb with a lying directory) is stopped there.
 */
async function* inflate(bytes: Buffer, entry: ZipEntry, file: string, part: string): AsyncGenerator<Buffer> {
  let data: Buffer;
  try {
    data = entryData(bytes, entry);
  } catch (err) {
    if (err instanceof ZipFormatError) throw readError("file.corrupt", file, err.reason);
    if (err instanceof RangeError) throw readError("file.corrupt", file, "part", { part });
    throw err;
  }
  if (entry.method === STORED) {
    if (data.length !== entry.uncompressedSize) throw readError("file.corrupt", file, "part", { part });
    yield data;
    return;
  }
  if (entry.uncompressedSize <= WHOLE_PART) {
    yield inflateWhole(data, entry, file, part);
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

