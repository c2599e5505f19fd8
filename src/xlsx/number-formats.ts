import { attribute, nextTag } from "./xml-scan";

/**
 * Which cell styles show numbers as dates, from `xl/styles.xml` (ECMA-376 Part 1 §18.8): each
 * `<xf>` of `<cellXfs>` names a number format, built in (§18.8.30: 14–22 and 45–47 are dates and
 * times) or declared in `<numFmts>` by its format code.
 */

const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * A format code shows a date or time when it has a day, month, year, hour, minute, second or
 * Buddhist-year letter outside quoted text and `[...]` sections (colours, locales, elapsed hours'
 * brackets hold no date letters of their own).
 */
export function isDateFormatCode(code: string): boolean {
  const plain = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(plain);
}

/** For each cell style index (a cell's `s`), whether its numbers are dates. */
export function dateStyles(xml: string | null): boolean[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  let p = 0;
  for (let tag = nextTag(xml, p); tag; tag = nextTag(xml, p)) {
    p = tag.end;
    if (tag.name === "numFmt" && !tag.closing) {
      const id = attribute(xml, tag, "numFmtId");
      const code = attribute(xml, tag, "formatCode");
      if (id !== null && code !== null) custom.set(Number(id), code);
    } else if (tag.name === "cellXfs") {
      inCellXfs = !tag.closing && !tag.selfClosing;
    } else if (inCellXfs && tag.name === "xf" && !tag.closing) {
      const id = Number(attribute(xml, tag, "numFmtId") ?? 0);
      const code = custom.get(id);
      styles.push(code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATE_FORMATS.has(id));
    }
  }
  return styles;
}
