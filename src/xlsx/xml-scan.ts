/**
 * A minimal scanner over the XML of spreadsheet parts: tags one at a time by position, their
 * attributes, and text with entities and OOXML's `_xHHHH_` escapes decoded. No DOM and no
 * per-character events: a sheet of a million cells is walked with `indexOf`, and a caller that
 * reads a part in pieces learns when a tag is not complete yet (`null`) and carries the rest over.
 */

export interface Tag {
  /** Local name, without a namespace prefix: `c` for `<x:c>`. */
  name: string;
  /** `</c>` */
  closing: boolean;
  /** `<c/>` */
  selfClosing: boolean;
  /** Index of the `<`. */
  start: number;
  /** Index just past the `>`. */
  end: number;
  /** Where the attributes begin and end in the text (between the name and `>` or `/>`). */
  attrStart: number;
  attrEnd: number;
}

/** Markup that is not an element: comments, processing instructions, declarations, CDATA. */
export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlSyntaxError";
  }
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;
const BANG = 33;
const QUESTION = 63;

/**
 * The next element tag at or after `from`, skipping comments, processing instructions and
 * declarations; null when the text ends before that tag does. CDATA sections are returned as a
 * tag named `#cdata` spanning the whole section, so a caller reading text can take it raw.
 */
export function nextTag(text: string, from: number): Tag | null {
  let lt = text.indexOf("<", from);
  while (lt >= 0) {
    const c = text.charCodeAt(lt + 1);
    if (c === BANG) {
      if (text.startsWith("<![CDATA[", lt)) {
        const close = text.indexOf("]]>", lt + 9);
        if (close < 0) return null;
        return { name: "#cdata", closing: false, selfClosing: true, start: lt, end: close + 3, attrStart: lt + 9, attrEnd: close };
      }
      const close = text.startsWith("<!--", lt) ? text.indexOf("-->", lt + 4) : text.indexOf(">", lt + 2);
      if (close < 0) return null;
      lt = text.indexOf("<", close + 1);
      continue;
    }
    if (c === QUESTION) {
      const close = text.indexOf("?>", lt + 2);
      if (close < 0) return null;
      lt = text.indexOf("<", close + 2);
      continue;
    }
    if (Number.isNaN(c)) return null;
    const closing = c === SLASH;
    let p = closing ? lt + 2 : lt + 1;
    const nameStart = p;
    let local = p;
    for (; p < text.length; p++) {
      const ch = text.charCodeAt(p);
      if (ch === GT || ch === SLASH || ch <= 32) break;
      if (ch === 58) local = p + 1; // ':'
    }
    if (p >= text.length) return null;
    if (p === nameStart) throw new XmlSyntaxError(`a tag without a name at character ${lt}`);
    const name = text.slice(local, p);
    const attrStart = p;
    // The closing '>' outside quoted attribute values.
    let quote = 0;
    for (; p < text.length; p++) {
      const ch = text.charCodeAt(p);
      if (quote !== 0) {
        if (ch === quote) quote = 0;
      } else if (ch === QUOTE || ch === APOS) quote = ch;
      else if (ch === GT) break;
      else if (ch === LT) throw new XmlSyntaxError(`an unclosed <${text.slice(nameStart, attrStart)}> tag at character ${lt}`);
    }
    if (p >= text.length) return null;
    const selfClosing = text.charCodeAt(p - 1) === SLASH;
    return { name, closing, selfClosing, start: lt, end: p + 1, attrStart, attrEnd: selfClosing ? p - 1 : p };
  }
  return null;
}

/** An attribute's decoded value within a tag, matched by its full name (`r`, `t`, `r:id`); null when absent. */
export function attribute(text: string, tag: Tag, name: string): string | null {
  let p = tag.attrStart;
  const end = tag.attrEnd;
  while (p < end) {
    const at = text.indexOf(name, p);
    if (at < 0 || at >= end) return null;
    const before = text.charCodeAt(at - 1);
    let q = at + name.length;
    while (q < end && text.charCodeAt(q) <= 32) q++;
    if (before <= 32 && text.charCodeAt(q) === 61 /* = */) {
      q++;
      while (q < end && text.charCodeAt(q) <= 32) q++;
      const quote = text.charCodeAt(q);
      if (quote !== QUOTE && quote !== APOS) return null;
      const close = text.indexOf(quote === QUOTE ? '"' : "'", q + 1);
      if (close < 0 || close > end) return null;
      return decodeEntities(text.slice(q + 1, close));
    }
    // Matched inside another attribute's name or value: skip past it.
    p = at + name.length;
  }
  return null;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML's five named entities and numeric character references; anything else is left as written. */
export function decodeEntities(raw: string): string {
  let amp = raw.indexOf("&");
  if (amp < 0) return raw;
  let out = "";
  let last = 0;
  while (amp >= 0) {
    const semi = raw.indexOf(";", amp + 1);
    if (semi < 0) break;
    const body = raw.slice(amp + 1, semi);
    let decoded: string | undefined;
    if (body.charCodeAt(0) === 35 /* # */) {
      const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88;
      const digits = hex ? body.slice(2) : body.slice(1);
      if (digits.length > 0 && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) {
        const code = parseInt(digits, hex ? 16 : 10);
        if (code <= 0x10ffff) decoded = String.fromCodePoint(code);
      }
    } else decoded = NAMED[body];
    if (decoded !== undefined) {
      out += raw.slice(last, amp) + decoded;
      last = semi + 1;
    }
    amp = raw.indexOf("&", decoded !== undefined ? semi + 1 : amp + 1);
  }
  return out + raw.slice(last);
}

/**
 * OOXML's escape for characters XML cannot carry (ECMA-376 Part 1, §22.9.2.19 ST_Xstring):
 * `_x000D_` is a carriage return, `_x005F_` an underscore, so `_x005F_x000D_` reads as the
 * literal text `_x000D_`. Hex digits in either case, as Excel accepts them.
 */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The decoded text inside an element whose start tag ends at `from`, up to its closing tag
 * (named `name`); child elements' tags are skipped and their text kept. Null when the text ends first.
 */
export function elementText(text: string, from: number, name: string): { text: string; end: number } | null {
  let out = "";
  let p = from;
  let depth = 0;
  for (;;) {
    const tag = nextTag(text, p);
    if (!tag) return null;
    if (tag.start > p) out += decodeEntities(text.slice(p, tag.start));
    p = tag.end;
    if (tag.name === "#cdata") out += text.slice(tag.attrStart, tag.attrEnd);
    else if (tag.closing) {
      if (depth === 0) {
        if (tag.name !== name) throw new XmlSyntaxError(`</${tag.name}> closes <${name}>`);
        return { text: out, end: p };
      }
      depth--;
    } else if (!tag.selfClosing) depth++;
  }
}

/** Skips an element whose start tag ends at `from`, through its closing tag; null when the text ends first. */
export function skipElement(text: string, from: number): number | null {
  let p = from;
  let depth = 0;
  for (;;) {
    const tag = nextTag(text, p);
    if (!tag) return null;
    p = tag.end;
    if (tag.name === "#cdata" || tag.selfClosing) continue;
    if (!tag.closing) depth++;
    else if (depth-- === 0) return p;
  }
}
