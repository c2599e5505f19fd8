import { decodeOoxmlEscapes, elementText, nextTag, skipElement, XmlSyntaxError } from "./xml-scan";

/**
 * The workbook's shared strings (`xl/sharedStrings.xml`, ECMA-376 Part 1 §18.4.8): each `<si>` is
 * one text, either a plain `<t>` or rich-text runs `<r><t>` read as their joined text.
 */
export function readSharedStrings(xml: string): (string | null)[] {
  const out: (string | null)[] = [];
  let p = 0;
  let root: string | null = null;
  let closed = false;
  for (let tag = nextTag(xml, p); tag; tag = nextTag(xml, p)) {
    p = tag.end;
    if (tag.name === "#cdata") continue;
    if (closed) throw new XmlSyntaxError(`<${tag.name}> after the end of the shared strings`);
    if (root === null) {
      // Before the root element only markup may stand (the declaration, comments).
      if (xml.slice(0, tag.start).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, "").replace(/^\uFEFF/, "").trim() !== "") {
        throw new XmlSyntaxError("text before the shared strings' root element");
      }
      root = tag.qname;
      if (tag.selfClosing) closed = true;
      continue;
    }
    if (tag.closing) {
      if (tag.qname !== root) throw new XmlSyntaxError(`</${tag.qname}> where the shared strings continue`);
      closed = true;
      continue;
    }
    if (tag.name !== "si") {
      // An extension list: read past it, its tags checked.
      if (!tag.selfClosing) {
        const end = skipElement(xml, p, tag.qname);
        if (end === null) throw new XmlSyntaxError("the shared strings break off inside an element");
        p = end;
      }
      continue;
    }
    if (tag.selfClosing) {
      out.push(null);
      continue;
    }
    const item = stringItem(xml, p, tag.qname);
    if (!item) throw new XmlSyntaxError("the shared strings break off inside a string");
    out.push(item.text);
    p = item.end;
  }
  if (root !== null && !closed) throw new XmlSyntaxError("the shared strings break off before their end");
  return out;
}

/**
 * The text of a string item (`<si>`, or a cell's inline `<is>`; `name` as written, prefix included) whose start tag ends at `from`:
 * its `<t>` elements joined, directly or inside rich-text runs. Phonetic guides (`<rPh>`) are not
 * what the cell shows and are left out. Null text when the item has no `<t>` at all; null
 * altogether when the XML ends before the item does.
 */
export function stringItem(xml: string, from: number, name: string): { text: string | null; end: number } | null {
  let text: string | null = null;
  let p = from;
  // Elements open inside the item (a run's <r>): each closing tag must close the innermost one.
  const open: string[] = [];
  for (;;) {
    const child = nextTag(xml, p);
    if (!child) return null;
    p = child.end;
    if (child.name === "#cdata") continue;
    if (child.closing) {
      if (open.length === 0) {
        if (child.qname !== name) throw new XmlSyntaxError(`</${child.qname}> closes <${name}>`);
        return { text, end: p };
      }
      const expected = open.pop()!;
      if (child.qname !== expected) throw new XmlSyntaxError(`</${child.qname}> closes <${expected}>`);
      continue;
    }
    if (child.selfClosing) {
      if (child.name === "t") text ??= "";
      continue;
    }
    if (child.name === "rPh") {
      const end = skipElement(xml, p, child.qname);
      if (end === null) return null;
      p = end;
    } else if (child.name === "t") {
      const t = elementText(xml, p, child.qname);
      if (!t) return null;
      text = (text ?? "") + decodeOoxmlEscapes(t.text);
      p = t.end;
    } else if (child.name === "rPr") {
      const end = skipElement(xml, p, child.qname);
      if (end === null) return null;
      p = end;
    } else open.push(child.qname);
  }
}
