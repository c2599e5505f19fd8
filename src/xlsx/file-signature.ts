/**
 * What a file is, from its first bytes, before handing it to the zip reader: an .xlsx is a zip
 * package; a password-protected .xlsx and an Excel 97-2003 .xls are both OLE compound files.
 */
export type FileKind = "zip" | "encrypted-package" | "legacy-xls" | "other";

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((b, i) => bytes[i] === b);
}

/** True when the UTF-16LE form of `name` occurs in `bytes` (compound-file stream names). */
function containsUtf16(bytes: Buffer, name: string): boolean {
  return bytes.indexOf(Buffer.from(name, "utf16le")) >= 0;
}

export function fileKind(bytes: Buffer): FileKind {
  if (startsWith(bytes, ZIP_LOCAL_HEADER) || startsWith(bytes, ZIP_EMPTY_ARCHIVE)) return "zip";
  // The first four bytes are enough for a compound file: some writers are sloppy with the rest.
  if (startsWith(bytes, CFB_SIGNATURE.slice(0, 4))) {
    // Excel 97-2003 keeps its sheets in a "Workbook" (or older "Book") stream; an encrypted
    // .xlsx keeps "EncryptionInfo" and "EncryptedPackage". Anything else is treated as the
    // encrypted case, the one a user of .xlsx files meets.
    const encrypted = containsUtf16(bytes, "EncryptedPackage") || containsUtf16(bytes, "EncryptionInfo");
    if (!encrypted && (containsUtf16(bytes, "Workbook") || containsUtf16(bytes, "Book"))) return "legacy-xls";
    return "encrypted-package";
  }
  return "other";
}
