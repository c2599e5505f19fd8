import { decodeOoxmlEscapes, elementText, nextTag, skipElement, XmlSyntaxError } from "./xml-scan";

/**
 * The workbook's shared strings (`xl/sharedStrings.xml`, ECMA-376 Part 1 §18.4.8): each `<si>` is
 * one text, either a plain `<t>` or rich-text runs `<r><t>` read as their joined text.
 */
export function readSharedStrings(xml: string): (string | null)[] {
  const out: (string | null)[] = [];
  let p = 0;
  for (let tag = nextTag(xml, p); tag; tag = nextTag(xml, p)) {
    p = tag.end;
    if (tag.name !== "si" || tag.closing) continue;
    if (tag.selfClosing) {
      out.push(null);
      continue;
    }
    const item = stringItem(xml, p, "si");
    if (!item) throw new XmlSyntaxError("the shared strings break off inside a string");
    out.push(item.text);
    p = item.end;
  }
  return out;
}

/**
 * The text of a string item (`<si>`, or a cell's inline `<is>`) whose start tag ends at `from`:
 * its `<t>` elements joined, directly or inside rich-text runs. Phonetic guides (`<rPh>`) are not
 * what the cell shows and are left out. Null text when the item has no `<t>` at all; null
 * altogether when the XML ends before the item does.
 */
export function stringItem(xml: string, from: number, name: string): { text: string | null; end: number } | null {
  let text: string | null = null;
  let p = from;
  for (;;) {
    const child = nextTag(xml, p);
    if (!child) return null;
    p = child.end;
    if (child.closing) {
      if (child.name === name) return { text, end: p };
      continue;
    }
    if (child.selfClosing) {
      if (child.name === "t") text ??= "";
      continue;
    }
    if (child.name === "rPh") {
      const end = skipElement(xml, p);
      if (end === null) return null;
      p = end;
    } else if (child.name === "t") {
      const t = elementText(xml, p, "t");
      if (!t) return null;
      text = (text ?? "") + decodeOoxmlEscapes(t.text);
      p = t.end;
    }
  }
}
