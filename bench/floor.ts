import { readFileSync } from "fs";
import * as zlib from "zlib";
import { entryData, readZipDirectory } from "../src/xlsx/zip-directory";

/**
 * The floor for any check of an .xlsx file: read the file, inflate every part of the package and
 * walk each sheet's XML once, touching every cell tag, and build nothing. No reader can do less
 * and still see every value, so the command line's time is stated as a multiple of this.
 */
export function inflateAndScan(file: string): { parts: number; cells: number } {
  const bytes = readFileSync(file);
  let cells = 0;
  const entries = readZipDirectory(bytes);
  for (const entry of entries) {
    const packed = entryData(bytes, entry);
    const data = entry.method === 8 ? zlib.inflateRawSync(packed) : packed;
    if (!/^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(entry.name)) continue;
    // The reader works on text, so the floor decodes it too.
    const xml = data.toString("utf8");
    for (let at = xml.indexOf("<c", 0); at >= 0; at = xml.indexOf("<c", at + 2)) {
      const next = xml.charCodeAt(at + 2);
      if (next === 0x20 || next === 0x3e) cells++;
    }
  }
  return { parts: entries.length, cells };
}
