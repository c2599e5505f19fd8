/**
 * A minimal scanner over the XML of spreadsheet parts: tags one at a time by position, their
 * attributes, and text with entities and OOXML's `_xHHHH_` escapes decoded. No DOM and no
 * per-character events: a sheet of a million cells is walked with `indexOf`, and a caller that
 * reads a part in pieces learns when a tag is not complete yet (`null`) and carries the rest over.
 */

export interface Tag {
  /** Local name, without a namespace prefix: `c` for `<x:c>`. */
  name: string;
  /** The name as written, prefix included (`x:c`); what an end tag must repeat. */
  qname: string;
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
const EQUALS = 61;
const AMP = 38;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));/;
const XML_DECLARATION = /^<\?xml\s+version\s*=\s*(["'])1\.[0-9]+\1(?:\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\2)?(?:\s+standalone\s*=\s*(["'])(?:yes|no)\3)?\s*\?>$/;

/** An entity or character reference XML allows: a named one of the five, or a character XML 1.0 may hold. */
function validReference(s: string): boolean {
  const m = ENTITY.exec(s);
  if (!m) return false;
  if (m[1] === undefined && m[2] === undefined) return true;
  const c = m[1] !== undefined ? parseInt(m[1], 10) : parseInt(m[2], 16);
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/** Characters an XML name may start with (ASCII letters, `_`, `:`, anything beyond ASCII). */
function isNameStart(ch: number): boolean {
  return (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || ch === 95 || ch === 58 || ch >= 0x80;
}

/** Characters an XML name may hold: those, digits, `-` and `.`. */
function isNameChar(ch: number): boolean {
  return isNameStart(ch) || (ch >= 48 && ch <= 57) || ch === 45 || ch === 46;
}

// Where the attribute check stands inside a tag.
const SPACE = 0; // after the name or whitespace: an attribute name may start
const IN_NAME = 1;
const AFTER_NAME = 2; // whitespace after a name: '=' must follow
const BEFORE_VALUE = 3; // after '=': a quote must follow
const IN_VALUE = 4;
const AFTER_VALUE = 5; // after the closing quote: whitespace, '/' or '>' must follow

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
        return { name: "#cdata", qname: "#cdata", closing: false, selfClosing: true, start: lt, end: close + 3, attrStart: lt + 9, attrEnd: close };
      }
      const close = text.startsWith("<!--", lt) ? text.indexOf("-->", lt + 4) : text.indexOf(">", lt + 2);
      if (close < 0) return null;
      lt = text.indexOf("<", close + 1);
      continue;
    }
    if (c === QUESTION) {
      const close = text.indexOf("?>", lt + 2);
      if (close < 0) return null;
      // The XML declaration, or another instruction whose target starts with the reserved "xml":
      // a declaration damaged or misspelt, which no XML parser reads.
      const target = /^[^\s?]*/.exec(text.slice(lt + 2, Math.min(close, lt + 40)))![0];
      if (!/^[A-Za-z_][\w.-]*$/.test(target) || (/^xml/i.test(target) && !/^xml-/i.test(target) && (target !== "xml" || !XML_DECLARATION.test(text.slice(lt, close + 2))))) {
        throw new XmlSyntaxError(`a damaged XML declaration at character ${lt}`);
      }
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
      if (!isNameChar(ch)) throw new XmlSyntaxError(`a broken tag at character ${lt}`);
      if (ch === 58) {
        // ':' once, between a prefix and a local name.
        if (local !== nameStart || p === nameStart) throw new XmlSyntaxError(`a broken tag name at character ${lt}`);
        local = p + 1;
      }
    }
    if (p >= text.length) return null;
    if (p === nameStart || local === p || !isNameStart(text.charCodeAt(local))) throw new XmlSyntaxError(`a tag without a name at character ${lt}`);
    const name = text.slice(local, p);
    const qname = local === nameStart ? name : text.slice(nameStart, p);
    const attrStart = p;
    // The closing '>' outside quoted attribute values, checking the attributes' syntax on the way:
    // name="value" pairs apart from each other, so a damaged attribute is never read as absent.
    let state = closing ? AFTER_VALUE : SPACE;
    let quote = 0;
    let slash = -1;
    for (; p < text.length; p++) {
      const ch = text.charCodeAt(p);
      if (state === IN_VALUE) {
        if (ch === quote) state = AFTER_VALUE;
        else if (ch === LT) throw new XmlSyntaxError(`a '<' inside an attribute of <${text.slice(nameStart, attrStart)}> at character ${lt}`);
        else if (ch === AMP && !validReference(text.slice(p, p + 12)) && (p + 12 < text.length || text.indexOf(";", p) >= 0)) {
          throw new XmlSyntaxError(`an '&' that starts no entity, in an attribute of <${text.slice(nameStart, attrStart)}> at character ${lt}`);
        }
        continue;
      }
      if (ch === GT) {
        if (state === SPACE || state === AFTER_VALUE) break;
        throw new XmlSyntaxError(`a broken attribute in <${text.slice(nameStart, attrStart)}> at character ${lt}`);
      }
      if (slash >= 0) throw new XmlSyntaxError(`a broken tag <${text.slice(nameStart, attrStart)}> at character ${lt}`);
      if (ch <= 32) {
        if (state === IN_NAME) state = AFTER_NAME;
        else if (state === AFTER_VALUE) state = closing ? AFTER_VALUE : SPACE;
        continue;
      }
      if (ch === SLASH && !closing && (state === SPACE || state === AFTER_VALUE)) {
        slash = p;
        continue;
      }
      if (state === SPACE && isNameStart(ch)) state = IN_NAME;
      else if (state === IN_NAME && (ch === EQUALS || isNameChar(ch))) {
        if (ch === EQUALS) state = BEFORE_VALUE;
      } else if (state === AFTER_NAME && ch === EQUALS) state = BEFORE_VALUE;
      else if (state === BEFORE_VALUE && (ch === QUOTE || ch === APOS)) {
        quote = ch;
        state = IN_VALUE;
      } else throw new XmlSyntaxError(`a broken attribute in <${text.slice(nameStart, attrStart)}> at character ${lt}`);
    }
    if (p >= text.length) return null;
    const selfClosing = text.charCodeAt(p - 1) === SLASH;
    return { name, qname, closing, selfClosing, start: lt, end: p + 1, attrStart, attrEnd: selfClosing ? p - 1 : p };
  }
  return null;
}

/** An attribute's decoded value within a tag, matched by its full name (`r`, `t`, `r:id`); null when absent. */
export function attribute(text: string, tag: Tag, name: string): string | null {
  // Searched within the tag only: a search running on past it would make each lookup cost the rest of the part.
  const attrs = text.substring(tag.attrStart, tag.attrEnd);
  let p = 0;
  const end = attrs.length;
  while (p < end) {
    const at = attrs.indexOf(name, p);
    if (at < 0) return null;
    const before = at === 0 ? 32 : attrs.charCodeAt(at - 1);
    let q = at + name.length;
    while (q < end && attrs.charCodeAt(q) <= 32) q++;
    if (before <= 32 && attrs.charCodeAt(q) === 61 /* = */) {
      q++;
      while (q < end && attrs.charCodeAt(q) <= 32) q++;
      const quote = attrs.charCodeAt(q);
      if (quote !== QUOTE && quote !== APOS) return null;
      const close = attrs.indexOf(quote === QUOTE ? '"' : "'", q + 1);
      if (close < 0) return null;
      return decodeEntities(attrs.slice(q + 1, close));
    }
    // Matched inside another attribute's name or value: skip past it.
    p = at + name.length;
  }
  return null;
}

/**
 * The decoded values of the attributes named in `names` (full names), written into `out` in the
 * same order, null where absent: one pass over a tag that `nextTag` has checked, for the tags read
 * by the million (a sheet's cells), where looking each name up apart walks the tag once a name.
 */
export function attributesOf(text: string, tag: Tag, names: readonly string[], out: (string | null)[]): void {
  for (let k = 0; k < names.length; k++) out[k] = null;
  const end = tag.attrEnd;
  let p = tag.attrStart;
  while (p < end) {
    if (text.charCodeAt(p) <= 32) {
      p++;
      continue;
    }
    const nameStart = p;
    for (let c = text.charCodeAt(p); p < end && c > 32 && c !== EQUALS; c = text.charCodeAt(++p));
    const nameEnd = p;
    // Past the whitespace and '=' that nextTag let stand between a name and its quoted value.
    for (let c = text.charCodeAt(p); p < end && c !== QUOTE && c !== APOS; c = text.charCodeAt(++p));
    if (p >= end) return;
    const close = text.indexOf(text.charCodeAt(p) === QUOTE ? '"' : "'", p + 1);
    if (close < 0 || close >= end) return;
    for (let k = 0; k < names.length; k++) {
      const name = names[k];
      if (out[k] === null && name.length === nameEnd - nameStart && text.startsWith(name, nameStart)) {
        out[k] = decodeEntities(text.slice(p + 1, close));
        break;
      }
    }
    p = close + 1;
  }
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
 * Text content as an XML parser reads it: line ends normalized (a literal CR LF or CR is one
 * "\n", XML 1.0 §2.11; `&#13;` stays a CR) and entities decoded. An `&` that starts no entity is
 * refused: such a text is not XML, and reading it as written would put the damage into a cell.
 */
export function decodeTextStrict(raw: string): string {
  if (raw.indexOf("&") < 0 && raw.indexOf("\r") < 0) return raw;
  for (let amp = raw.indexOf("&"); amp >= 0; amp = raw.indexOf("&", amp + 1)) {
    if (!validReference(raw.slice(amp, amp + 12))) throw new XmlSyntaxError(`an '&' that starts no entity, in "${raw.slice(Math.max(0, amp - 20), amp + 20)}"`);
  }
  return decodeEntities(raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n"));
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
 * (named `name` as written, prefix included); child elements' tags are skipped and their text kept. Null when the text ends first.
 */
export function elementText(text: string, from: number, name: string): { text: string; end: number } | null {
  let out = "";
  let p = from;
  // Elements open inside this one; none in the cells and strings Excel writes, so made only when needed.
  let open: string[] | null = null;
  for (;;) {
    const tag = nextTag(text, p);
    if (!tag) return null;
    if (tag.start > p) out += decodeTextStrict(text.slice(p, tag.start));
    p = tag.end;
    if (tag.name === "#cdata") out += text.slice(tag.attrStart, tag.attrEnd);
    else if (tag.closing) {
      if (open === null || open.length === 0) {
        if (tag.qname !== name) throw new XmlSyntaxError(`</${tag.qname}> closes <${name}>`);
        return { text: out, end: p };
      }
      const expected = open.pop()!;
      if (tag.qname !== expected) throw new XmlSyntaxError(`</${tag.qname}> closes <${expected}>`);
    } else if (!tag.selfClosing) (open ??= []).push(tag.qname);
  }
}

/**
 * Skips an element whose start tag ends at `from`, through its closing tag; null when the text
 * ends first. Closing tags must match their start tags (by local name), or the XML is refused.
 */
export function skipElement(text: string, from: number, name?: string): number | null {
  let p = from;
  const open: string[] = name === undefined ? [] : [name];
  let depth = 0;
  for (;;) {
    const tag = nextTag(text, p);
    if (!tag) return null;
    p = tag.end;
    if (tag.name === "#cdata" || tag.selfClosing) continue;
    if (!tag.closing) {
      depth++;
      open.push(tag.qname);
      continue;
    }
    const expected = open.pop();
    if (expected !== undefined && expected !== tag.qname) throw new XmlSyntaxError(`</${tag.qname}> closes <${expected}>`);
    if (depth-- === 0) return p;
  }
}
