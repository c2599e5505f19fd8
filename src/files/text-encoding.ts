/**
 * The encoding of a text file nobody labelled: a byte-order mark says it outright; text that is
 * valid UTF-8 is UTF-8; otherwise it is one of the single-byte code pages officials' computers
 * save in, told apart by how much of the text lies above ASCII. TextDecoder knows them all, in
 * Node and in browsers alike.
 */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251" | "windows-1250";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when the file began with a byte-order mark. */
  bom: boolean;
}

/**
 * In Cyrillic text saved as Windows-1251 nearly every letter is a byte above 0x7F; in Polish,
 * Czech or Slovak text saved as Windows-1250 only the accented letters are, one in ten or so.
 */
const CYRILLIC_SHARE = 0.4;

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8", bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", bom: true };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", bom: false };
  } catch {
    const encoding = highByteShare(bytes) >= CYRILLIC_SHARE ? "windows-1251" : "windows-1250";
    return { text: new TextDecoder(encoding).decode(bytes), encoding, bom: false };
  }
}

/** Of the bytes that can be letters (ASCII letters and everything above 0x7F), the share above 0x7F. */
function highByteShare(bytes: Uint8Array): number {
  let letters = 0;
  let high = 0;
  for (const b of bytes) {
    if (b >= 0x80) {
      high++;
      letters++;
    } else if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) letters++;
  }
  return letters === 0 ? 0 : high / letters;
}
