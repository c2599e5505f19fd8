/**
 * What a received file is, from its first bytes and, where the bytes cannot tell, its name. Pure:
 * bytes in, a format out, so a browser page can sort files the same way.
 */
export type FileFormat =
  | "xlsx"
  | "ods"
  | "docx"
  | "csv"
  | "tsv"
  /** Excel 97-2003 and Word 97-2003: compound files read through a converter. */
  | "xls"
  | "doc"
  /** A password-protected Office file (an encrypted package inside a compound file). */
  | "encrypted"
  | "pdf"
  /** An OpenDocument text (.odt): a Word-like document PlanCheck does not read itself. */
  | "odt"
  | "unknown";

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((b, i) => bytes[at + i] === b);
}

/** Where the bytes of `text` (ASCII, or UTF-16LE when `wide`) first occur, or -1. */
function indexOfText(bytes: Uint8Array, text: string, wide = false): number {
  const needle: number[] = [];
  for (const ch of text) {
    needle.push(ch.charCodeAt(0));
    if (wide) needle.push(0);
  }
  const first = needle[0];
  for (let i = bytes.indexOf(first); i >= 0 && i + needle.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/** The file name's extension, lower case, without the dot ("" when there is none). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/**
 * The signature decides where it can (a mislabelled .xlsx that is really a Word file is read as
 * Word); the extension decides between text formats, which have no signature.
 */
export function fileFormat(bytes: Uint8Array, name: string): FileFormat {
  const ext = extensionOf(name);
  if (startsWith(bytes, ZIP_LOCAL_HEADER) || startsWith(bytes, ZIP_EMPTY_ARCHIVE)) return zipFormat(bytes, ext);
  if (startsWith(bytes, CFB_SIGNATURE)) return compoundFormat(bytes, ext);
  if (startsWith(bytes, PDF_SIGNATURE)) return "pdf";
  if (ext === "csv" || ext === "txt") return looksLikeText(bytes) ? "csv" : "unknown";
  if (ext === "tsv" || ext === "tab") return looksLikeText(bytes) ? "tsv" : "unknown";
  return "unknown";
}

/** OpenDocument names its kind in a `mimetype` entry stored first; Office packages by their main part. */
function zipFormat(bytes: Uint8Array, ext: string): FileFormat {
  // The first local header's name starts at byte 30; an ODF mimetype entry's content follows it.
  if (indexOfText(bytes.subarray(30, 38), "mimetype") === 0) {
    const head = bytes.subarray(0, 200);
    if (indexOfText(head, "application/vnd.oasis.opendocument.spreadsheet") >= 0) return "ods";
    if (indexOfText(head, "application/vnd.oasis.opendocument.text") >= 0) return "odt";
  }
  if (indexOfText(bytes, "word/document.xml") >= 0) return "docx";
  // Excel's binary workbook (.xlsb) is a zip too, but its sheets are not XML.
  if (indexOfText(bytes, "xl/workbook.bin") >= 0) return "unknown";
  if (indexOfText(bytes, "xl/workbook.xml") >= 0) return "xlsx";
  if (indexOfText(bytes, "content.xml") >= 0 && ext === "ods") return "ods";
  // A zip that names neither: the .xlsx reader says precisely what is missing.
  return ext === "docx" ? "docx" : ext === "ods" ? "ods" : "xlsx";
}

/**
 * Compound files: Excel 97-2003 keeps a "Workbook" (or older "Book") stream, Word 97-2003 a
 * "WordDocument" stream; a password-protected .xlsx or .docx keeps "EncryptedPackage".
 */
function compoundFormat(bytes: Uint8Array, ext: string): FileFormat {
  if (indexOfText(bytes, "EncryptedPackage", true) >= 0 || indexOfText(bytes, "EncryptionInfo", true) >= 0) return "encrypted";
  if (indexOfText(bytes, "WordDocument", true) >= 0) return "doc";
  if (indexOfText(bytes, "Workbook", true) >= 0 || indexOfText(bytes, "Book", true) >= 0) return "xls";
  if (ext === "doc") return "doc";
  if (ext === "xls") return "xls";
  return "encrypted";
}

/** No NUL bytes in the first kilobytes (UTF-16 text has them, and is read as text only with its BOM). */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const head = bytes.subarray(0, 8192);
  return head.indexOf(0) < 0;
}
