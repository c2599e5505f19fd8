import { promises as fs } from "fs";
import * as path from "path";
import type { SheetGrid } from "../engine/grid";
import { DEFAULT_READ_LIMITS, readWorkbook, type ReadLimits, type WorkbookSnapshot } from "../xlsx/read-workbook";
import { guardPackage } from "../xlsx/zip-guard";
import { readZipDirectory } from "../xlsx/zip-directory";
import { groupDigits, megabytes, readError, WorkbookReadError } from "../xlsx/workbook-read-error";
import { extensionOf, fileFormat, type FileFormat } from "./file-format";
import { FileFormatError } from "./file-format-error";
import type { readDocxDocument } from "./docx-read";

/**
 * Node adapter: one received file, whatever its format, read into sheet snapshots. The file is
 * only read; the readers themselves are pure (bytes in, sheets out) and the zip formats pass the
 * same guard as .xlsx (size, part count, compression ratio, sizes verified while unpacking).
 * Anything that cannot be read is a WorkbookReadError naming the file and saying how to fix it.
 * The readers of the other formats (and the converter, with its child processes) are loaded when a
 * file of theirs is read: checking an .xlsx plan loads none of them.
 */

export interface PlanFile {
  format: FileFormat;
  /** The sheets as a workbook snapshot (record and report marker only for .xlsx). */
  workbook: WorkbookSnapshot;
  /** Text the engine cannot see above a sheet's table (a Word document's preamble), by sheet. */
  preambles: Map<string, string[]>;
}

/** Extensions of the formats PlanCheck reads that are known by their first bytes, not by their name. */
const SIGNED_EXTENSIONS = new Set(["xlsx", "xlsm", "ods", "docx", "xls", "doc"]);

/** Parts of OpenDocument and Word packages read whole; the main part and the list numbering are tiny in any plan. */
const KEPT_PARTS = new Set(["content.xml", "META-INF/manifest.xml", "word/numbering.xml", "word/document.xml"]);

export async function readPlanFile(filePath: string, limits?: Partial<ReadLimits>, name = filePath): Promise<PlanFile> {
  const max: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limits };
  const bytes = await readBytes(filePath, name, max);
  return readPlanBytes(bytes, name, max);
}

export async function readPlanBytes(bytes: Buffer, file: string, max: ReadLimits): Promise<PlanFile> {
  const format = fileFormat(bytes, file);
  const plain = (sheets: SheetGrid[], preambles = new Map<string, string[]>()): PlanFile => ({
    format,
    workbook: { file, sheets, metadata: null, reportSheet: null },
    preambles,
  });
  try {
    switch (format) {
      case "xlsx":
        return { format, workbook: await readWorkbook(bytes, file, max), preambles: new Map() };
      case "ods": {
        const content = await odsContent(bytes, file, max);
        const { readOdsContent } = await import("./ods-read");
        return plain(readOdsContent(content, max.maxCells));
      }
      case "docx": {
        const doc = await docxDocument(bytes, file, max);
        return plain(doc.tables.map((t) => t.grid), new Map(doc.tables.map((t) => [t.grid.sheet, t.preamble])));
      }
      case "csv":
      case "tsv": {
        const sheet = path.basename(file).replace(/\.[^.]+$/, "");
        const { readDelimited } = await import("./delimited-read");
        return plain([readDelimited(bytes, sheet, { tab: format === "tsv", maxCells: max.maxCells }).grid]);
      }
      case "xls": {
        const converted = await convert(bytes, file, "xls", "xlsx");
        return { format, workbook: await readWorkbook(converted, file, max), preambles: new Map() };
      }
      case "doc": {
        const doc = await docxDocument(await convert(bytes, file, "doc", "docx"), file, max);
        return { ...plain(doc.tables.map((t) => t.grid), new Map(doc.tables.map((t) => [t.grid.sheet, t.preamble]))), format };
      }
      case "encrypted":
        throw readError("file.encrypted", file);
      case "pdf":
        throw readError("file.not-workbook", file, "pdf");
      case "odt":
        throw readError("file.not-workbook", file, "odt");
      case "unknown": {
        // Named as a format PlanCheck reads but not one inside: the file is not what its name says, not an unread format.
        const ext = extensionOf(file);
        if (SIGNED_EXTENSIONS.has(ext)) throw readError("file.not-workbook", file);
        throw readError("file.not-workbook", file, "unsupported", { ext: ext ? `.${ext}` : "—" });
      }
    }
  } catch (err) {
    if (err instanceof FileFormatError) throw formatError(err, file);
    throw err;
  }
}

async function readBytes(filePath: string, file: string, max: ReadLimits): Promise<Buffer> {
  try {
    const stat = await fs.stat(filePath);
    if (stat.isDirectory()) throw readError("file.not-workbook", file, "folder");
    if (stat.size > max.maxBytes) throw readError("file.too-large", file, "bytes", { size: megabytes(stat.size), limit: megabytes(max.maxBytes) });
    return await fs.readFile(filePath);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") throw readError("file.not-found", file, "denied");
    if (code === "ENOENT" || code === "ENOTDIR") throw readError("file.not-found", file, "missing", { path: path.resolve(filePath) });
    throw readError("file.not-found", file, "unopenable", { reason: err instanceof Error ? err.message.split("\n")[0] : String(err) });
  }
}

/** The .ods content part, after the guard; an encrypted document says so in its manifest. */
async function odsContent(bytes: Buffer, file: string, max: ReadLimits): Promise<string> {
  const pkg = await guardPackage(bytes, file, { maxUnpackedBytes: max.maxBytes, maxCells: max.maxCells }, (p) => KEPT_PARTS.has(p));
  const manifest = pkg.kept.get("META-INF/manifest.xml")?.toString("utf8") ?? "";
  if (/<manifest:encryption-data\b/.test(manifest)) throw readError("file.encrypted", file);
  const content = pkg.kept.get("content.xml");
  if (!content) throw partMissing(bytes, "content.xml", file);
  return content.toString("utf8").replace(/^\uFEFF/, "");
}

/** The Word document's main part (the guard reads it whole as the package's main part) and its list numbering. */
async function docxDocument(bytes: Buffer, file: string, max: ReadLimits): Promise<ReturnType<typeof readDocxDocument>> {
  const pkg = await guardPackage(bytes, file, { maxUnpackedBytes: max.maxBytes, maxCells: max.maxCells }, (p) => KEPT_PARTS.has(p));
  const xml = pkg.kept.get("word/document.xml")?.toString("utf8") ?? (pkg.workbookXml !== null && /<w:document\b/.test(pkg.workbookXml) ? pkg.workbookXml : null);
  if (xml === null) throw partMissing(bytes, "word/document.xml", file);
  const numbering = pkg.kept.get("word/numbering.xml")?.toString("utf8") ?? null;
  const { readDocxDocument } = await import("./docx-read");
  return readDocxDocument(xml.replace(/^\uFEFF/, ""), max.maxCells, numbering);
}

/** The main part was not kept: too large to read whole (the plain too-large message), or not there at all. */
function partMissing(bytes: Buffer, part: string, file: string): WorkbookReadError {
  const entry = readZipDirectory(bytes).find((e) => e.name.replace(/^\//, "") === part);
  if (entry) return readError("file.too-large", file);
  return readError("file.corrupt", file, "unreadable", { reason: `${part} is missing` });
}

async function convert(bytes: Buffer, file: string, from: "xls" | "doc", to: "xlsx" | "docx"): Promise<Buffer> {
  const { ConversionError, convertWithSoffice } = await import("./soffice");
  try {
    return await convertWithSoffice(bytes, from, to);
  } catch (err) {
    if (!(err instanceof ConversionError)) throw err;
    if (err.problem === "no-converter") throw readError("file.not-workbook", file, `${from}-no-converter`);
    throw readError("file.not-workbook", file, "conversion-failed", { reason: err.message, to: `.${to}` });
  }
}

function formatError(err: FileFormatError, file: string): WorkbookReadError {
  const p = err.params;
  switch (err.problem) {
    case "too-many-cells":
      return readError("file.too-large", file, "cells", { sheet: String(p.sheet ?? ""), limit: groupDigits(Number(p.limit)) });
    case "encrypted":
      return readError("file.encrypted", file);
    case "no-sheets":
      return readError("file.not-workbook", file, "no-sheets");
    default:
      return readError("file.corrupt", file, "unreadable", { reason: String(p.reason ?? err.problem) });
  }
}
