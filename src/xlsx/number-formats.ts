import { builtInFormat, formatKind, PLAIN_NUMBER, type NumberFormatInfo } from "../workbook/cell-values";
import { attribute, nextTag } from "./xml-scan";

/**
 * What each cell style shows numbers as, from `xl/styles.xml` (ECMA-376 Part 1 §18.8): each
 * `<xf>` of `<cellXfs>` names a number format, built in (§18.8.30) or declared in `<numFmts>` by
 * its format code (a declared code wins over the built-in one of the same id). Whether a format
 * is a date, a time or a duration is decided in src/workbook/number-format-kind.ts.
 */

/** For each cell style index (a cell's `s`), what its numbers are. */
export function styleFormats(xml: string | null): NumberFormatInfo[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  const styles: NumberFormatInfo[] = [];
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
      styles.push(code !== undefined ? formatKind(code) : Number.isInteger(id) ? builtInFormat(id) : PLAIN_NUMBER);
    }
  }
  return styles;
}
