import { StringDecoder } from "string_decoder";
import { cellAddress, parseRangeAddress, type CellValue, type MergedArea } from "../engine/grid";
import { normalizeText, storedIsoDate } from "./cell-value";
import { numberAs, PLAIN_NUMBER, type NumberFormatInfo } from "../workbook/cell-values";
import { stringItem } from "./shared-strings";
import { attribute, attributesOf, decodeOoxmlEscapes, decodeTextStrict, elementText, nextTag, skipElement, XmlSyntaxError, type Tag } from "./xml-scan";

/**
 * Reads the cells of one worksheet part (ECMA-376 Part 1 §18.3: `<sheetData>` rows of `<c>`
 * cells, then `<mergeCells>`) from its unpacked bytes as they arrive, piece by piece: only the
 * cells holding a value are kept, as three parallel lists, so memory follows the values, never the
 * XML. A cell or row without its `r` follows the previous one, as the format allows.
 */

/** What the cells' values are read against: the workbook's shared strings, number formats and date system. */
export interface CellContext {
  /** Line breaks already as the cells show them (`normalizeText`): read once, not once per cell. */
  sharedStrings: (string | null)[];
  /** For each style index, what numbers in it are shown as (date, time, duration, number). */
  formats: NumberFormatInfo[];
  date1904: boolean;
}

/** The values and merged areas of one sheet, in 0-based coordinates: the row and column of `values[i]` are `rows[i]` and `cols[i]`. */
export interface SheetCells {
  rows: Int32Array;
  cols: Int32Array;
  values: CellValue[];
  merges: MergedArea[];
}

const MAX_ROWS = 1_048_576;
/**
 * The longest element read at once: a cell (its 32,767 characters as entities, a formula, rich
 * text runs) or any other tag. Longer is refused, so that a tag of hundreds of megabytes costs
 * neither the time of scanning it again with every piece that arrives nor the memory to hold it.
 */
export const MAX_ELEMENT_CHARS = 4 * 1024 * 1024;
const MAX_COLS = 16_384;
/** Bytes of a part decoded and scanned at once. */
const PIECE_BYTES = 64 * 1024;
/** A cell's attributes read: its address, type and style. */
const CELL_ATTRIBUTES = ["r", "t", "s"] as const;

export class SheetCellReader {
  /** Cells, rows and merged areas stored in the part (what the cell limit counts). */
  stored = 0;
  /**
   * Where each value stands, in lists grown by doubling: a sheet holds hundreds of thousands of
   * values, and a number list grown a value at a time cost more than reading the cells (measured).
   */
  private valueRows: Int32Array = new Int32Array(1024);
  private valueCols: Int32Array = new Int32Array(1024);
  private readonly values: CellValue[] = [];
  private readonly merges: MergedArea[] = [];
  private readonly decoder = new StringDecoder("utf8");
  private carry = "";
  private row = -1;
  private col = -1;
  private root: string | null = null;
  private closed = false;
  /** Elements open around the current position, outside cells (worksheet, sheetData, row, ...). */
  private readonly open: string[] = [];
  /** Characters of the part already read, to say where damage lies. */
  private consumed = 0;
  /** The current cell's `r`, `t` and `s`, in a list reused from cell to cell. */
  private readonly attrs: (string | null)[] = [null, null, null];

  constructor(private readonly context: CellContext) {}

  push(chunk: Buffer): void {
    // Decoded and scanned a piece at a time: the text of a smaller piece is scanned about twice
    // as fast as that of the inflater's 256 KB (measured), whatever it holds.
    for (let at = 0; at < chunk.length; at += PIECE_BYTES) {
      const piece = chunk.length <= PIECE_BYTES ? chunk : chunk.subarray(at, Math.min(chunk.length, at + PIECE_BYTES));
      const text = this.carry.length > 0 ? this.carry + this.decoder.write(piece) : this.decoder.write(piece);
      // Scanned up to its last `>`: what follows is an element still arriving, and the direct
      // reading never looks past the end of the text. A look past it at every piece's end undid
      // the reading's compiled code each time: a large sheet read once took twice as long.
      const whole = text.lastIndexOf(">") + 1;
      const used = this.scan(whole === text.length ? text : text.slice(0, whole));
      this.consumed += used;
      this.carry = text.slice(used);
    }
    if (this.carry.length > MAX_ELEMENT_CHARS) {
      throw new XmlSyntaxError(`an element longer than ${MAX_ELEMENT_CHARS / (1024 * 1024)} million characters at character ${this.consumed}, longer than any cell Excel writes`);
    }
  }

  /** The sheet's cells; throws XmlSyntaxError when the part breaks off before its end. */
  end(): SheetCells {
    const rest = this.carry + this.decoder.end();
    if (rest.length > 0) this.carry = rest.slice(this.scan(rest));
    if (this.carry.trim().length > 0 || !this.closed) {
      throw new XmlSyntaxError(this.root === null ? "the sheet's XML is empty" : "the sheet's XML breaks off before its end");
    }
    const n = this.values.length;
    return { rows: this.valueRows.subarray(0, n), cols: this.valueCols.subarray(0, n), values: this.values, merges: this.merges };
  }

  /** Reads every complete element of `text`; returns where the first incomplete one starts. */
  private scan(text: string): number {
    try {
      return this.scanElements(text);
    } catch (err) {
      throw located(this.consumed, err);
    }
  }

  private scanElements(text: string): number {
    let p = 0;
    for (;;) {
      // Inside the sheet, the forms nearly every row and cell take are read directly.
      if (this.open.length > 0 && !this.closed) {
        const end = this.usualElement(text, p);
        if (end >= 0) {
          p = end;
          continue;
        }
      }
      const tag = nextTag(text, p);
      if (!tag) return p;
      if (tag.name === "#cdata") {
        p = tag.end;
        continue;
      }
      if (this.closed) throw new XmlSyntaxError(`<${tag.name}> after the end of the sheet, at character ${tag.start}`);
      if (this.root === null) this.root = tag.name;
      if (this.open.length === 0 && !tag.closing) this.checkProlog(text, p, tag.start);
      if (tag.name === "c" && !tag.closing) {
        const end = this.cell(text, tag);
        if (end === null) return tag.start;
        p = end;
        continue;
      }
      if (tag.closing) {
        const expected = this.open.pop();
        if (expected !== tag.qname) throw new XmlSyntaxError(`</${tag.qname}> closes <${expected ?? "nothing"}>, at character ${tag.start}`);
        if (this.open.length === 0) this.closed = true;
      } else if (!tag.selfClosing) this.open.push(tag.qname);
      else if (this.open.length === 0) this.closed = true;
      switch (tag.name) {
        case "row":
          if (!tag.closing) {
            this.stored++;
            const r = attribute(text, tag, "r");
            this.row = r === null ? this.row + 1 : Number(r) - 1;
            if (!Number.isInteger(this.row) || this.row < 0 || this.row >= MAX_ROWS) throw new XmlSyntaxError(`a row numbered "${r}"`);
            this.col = -1;
          }
          break;
        case "mergeCell":
          if (!tag.closing) {
            this.stored++;
            this.merge(attribute(text, tag, "ref"));
          }
          break;
      }
      p = tag.end;
    }
  }

  /**
   * The next element when it takes one of the forms a sheet holds by the hundred thousand —
   * `<c r="B7" s="1" t="s"><v>12</v></c>`, `<c r="B7" s="1"/>`, `<row r="7" spans="1:6">`,
   * `</row>` — read in one pass over its characters; where it ends, or -1 for any other form,
   * or when the text ends first, which the general reading reads. Every form accepted here is
   * one the general reading accepts and reads the same: ASCII names, double quotes, one space
   * between attributes, and values with no entity, no whitespace and nothing that needs checking.
   * Nothing is changed unless the element is read.
   */
  private usualElement(text: string, p: number): number {
    const lt = text.indexOf("<", p);
    if (lt < 0) return -1;
    const c = text.charCodeAt(lt + 1);
    if (c === 99 /* c */) return text.charCodeAt(lt + 2) === 32 ? this.usualCell(text, lt) : -1;
    // From the space after the name.
    if (c === 114 /* r */) return text.startsWith("ow ", lt + 2) ? this.usualRow(text, lt + 4) : -1;
    if (c === 47 /* / */ && text.startsWith("</row>", lt) && this.open[this.open.length - 1] === "row") {
      this.open.pop();
      if (this.open.length === 0) this.closed = true;
      return lt + 6;
    }
    return -1;
  }

  /** `<c` and its attributes (`r`, `s`, `t` once each), then `/>` or `><v>text</v></c>`; see usualElement. */
  private usualCell(text: string, lt: number): number {
    let q = lt + 2;
    let row = -1;
    let col = -1;
    let style = -1;
    let type: string | null = null;
    let seen = 0;
    let ch = text.charCodeAt(q);
    while (ch === 32) {
      const name = text.charCodeAt(q + 1);
      if (text.charCodeAt(q + 2) !== EQUALS || text.charCodeAt(q + 3) !== QUOTE) return -1;
      q += 4;
      if (name === 114 /* r */) {
        if (seen & 1) return -1;
        seen |= 1;
        let letters = 0;
        col = 0;
        for (ch = text.charCodeAt(q) | 32; ch >= 97 && ch <= 122 && letters < 3; ch = text.charCodeAt(++q) | 32, letters++) col = col * 26 + (ch - 96);
        row = 0;
        const digits = q;
        for (ch = text.charCodeAt(q); ch >= 48 && ch <= 57 && q - digits < 7; ch = text.charCodeAt(++q)) row = row * 10 + (ch - 48);
        if (letters === 0 || q === digits || col > MAX_COLS || row < 1 || row > MAX_ROWS) return -1;
        col--;
        row--;
      } else if (name === 115 /* s */) {
        if (seen & 2) return -1;
        seen |= 2;
        style = 0;
        const digits = q;
        for (ch = text.charCodeAt(q); ch >= 48 && ch <= 57 && q - digits < 9; ch = text.charCodeAt(++q)) style = style * 10 + (ch - 48);
        if (q === digits) return -1;
      } else if (name === 116 /* t */) {
        if (seen & 4) return -1;
        seen |= 4;
        const start = q;
        for (ch = text.charCodeAt(q) | 32; ch >= 97 && ch <= 122; ch = text.charCodeAt(++q) | 32);
        if (q === start) return -1;
        type = q === start + 1 && text.charCodeAt(start) === 115 ? "s" : text.slice(start, q);
      } else return -1;
      if (text.charCodeAt(q) !== QUOTE) return -1;
      ch = text.charCodeAt(++q);
    }
    // Inline text is read the general way (its `<v>`, if any, is checked but not shown).
    if (type === "inlineStr") return -1;
    let from = -1;
    let to = -1;
    if (ch === SLASH) {
      if (text.charCodeAt(q + 1) !== GT) return -1;
      q += 2;
    } else {
      if (ch !== GT || !text.startsWith("<v>", q + 1)) return -1;
      from = q + 4;
      to = text.indexOf("<", from);
      if (to < 0 || !text.startsWith(PLAIN_CLOSE, to)) return -1;
      q = to + PLAIN_CLOSE.length;
    }
    // Read: the cell is counted and placed, then its value read (a value that does not read is damage).
    this.stored++;
    if (seen & 1) {
      this.row = row;
      this.col = col;
    } else this.col++;
    let value: CellValue = null;
    if (from >= 0) {
      if (type === "s" && to > from && to - from <= 9 && digitsOnly(text, from, to)) value = this.sharedString(text, from, to);
      else value = this.value(type, decodeTextStrict(text.slice(from, to)), style);
    }
    if (value !== null) this.place(value);
    return q;
  }

  /** `<row` and its attributes from the space at `q`, then `>` or `/>`; see usualElement. */
  private usualRow(text: string, q: number): number {
    let row = -1;
    let ch = 32;
    while (ch === 32) {
      // A name: ASCII letters, digits and `:_.-`, a letter first.
      const start = ++q;
      ch = text.charCodeAt(q);
      if (!((ch | 32) >= 97 && (ch | 32) <= 122)) return -1;
      for (; (ch | 32) >= 97 && (ch | 32) <= 122 || (ch >= 48 && ch <= 58) || ch === 95 || ch === 46 || ch === 45; ch = text.charCodeAt(++q));
      if (ch !== EQUALS || text.charCodeAt(q + 1) !== QUOTE) return -1;
      const isR = q === start + 1 && text.charCodeAt(start) === 114;
      q += 2;
      const value = q;
      let n = 0;
      for (ch = text.charCodeAt(q); ch > 32 && ch !== QUOTE && ch !== EQUALS && ch !== LT && ch !== AMP; ch = text.charCodeAt(++q)) n = n * 10 + (ch - 48);
      if (ch !== QUOTE) return -1;
      if (isR) {
        // The first `r` is the row's number, as the general reading takes it: digits, 1 to MAX_ROWS.
        if (row >= 0 || q === value || q - value > 7 || !digitsOnly(text, value, q) || n < 1 || n > MAX_ROWS) return -1;
        row = n - 1;
      }
      ch = text.charCodeAt(++q);
    }
    let selfClosing = false;
    if (ch === SLASH) {
      if (text.charCodeAt(q + 1) !== GT) return -1;
      selfClosing = true;
      q += 2;
    } else if (ch === GT) q++;
    else return -1;
    if (row < 0) {
      if (this.row + 1 >= MAX_ROWS) return -1;
      row = this.row + 1;
    }
    if (!selfClosing) this.open.push("row");
    this.stored++;
    this.row = row;
    this.col = -1;
    return q;
  }

  /** The shared string a plain `t="s"` cell's digits name; one the workbook lacks is refused as the general reading refuses it. */
  private sharedString(text: string, from: number, to: number): CellValue {
    let index = 0;
    for (let i = from; i < to; i++) index = index * 10 + (text.charCodeAt(i) - 48);
    const strings = this.context.sharedStrings;
    return index < strings.length ? strings[index] : this.value("s", text.slice(from, to), -1);
  }

  /**
   * Before the root element only markup may stand (the declaration, comments); after a piece of
   * text that is no XML, the part is not XML either.
   */
  private checkProlog(text: string, from: number, to: number): void {
    const between = text.slice(from, to).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, "");
    if (between.replace(/^\uFEFF/, "").trim() !== "") throw new XmlSyntaxError(`text before the sheet's root element, at character ${from}`);
  }

  /** One `<c>` element; returns where it ends, or null when the text ends first. */
  private cell(text: string, tag: Tag): number | null {
    let v: string | null = null;
    let inline: string | null = null;
    let p = tag.end;
    const plain = tag.selfClosing ? -1 : plainValueEnd(text, tag);
    if (plain >= 0) {
      v = decodeTextStrict(text.slice(tag.end + 3, plain));
      p = plain + PLAIN_CLOSE.length;
    } else if (!tag.selfClosing) {
      for (;;) {
        const child = nextTag(text, p);
        if (!child) return null;
        p = child.end;
        if (child.closing) {
          if (child.qname === tag.qname) break;
          throw new XmlSyntaxError(`</${child.qname}> inside a cell`);
        }
        if (child.selfClosing || child.name === "#cdata") continue;
        if (child.name === "v") {
          const value = elementText(text, p, child.qname);
          if (!value) return null;
          v = value.text;
          p = value.end;
        } else if (child.name === "is") {
          const item = stringItem(text, p, child.qname);
          if (!item) return null;
          inline = item.text;
          p = item.end;
        } else {
          // A formula (its cached result is in <v>), or an extension: not what the cell shows.
          const end = skipElement(text, p, child.qname);
          if (end === null) return null;
          p = end;
        }
      }
    }
    this.stored++;
    attributesOf(text, tag, CELL_ATTRIBUTES, this.attrs);
    const [r, type, style] = this.attrs;
    if (r === null) this.col++;
    else this.address(r);
    const value = type === "inlineStr" ? (inline === null || inline === "" ? null : normalizeText(inline)) : this.value(type, v, style === null ? -1 : Number(style));
    if (value !== null) this.place(value);
    return p;
  }

  /** `B7` -> row 6, column 1; the row of a cell without a row element's number follows the cell. */
  private address(r: string): void {
    let col = 0;
    let i = 0;
    for (; i < r.length; i++) {
      const c = r.charCodeAt(i) | 32; // lower case
      if (c < 97 || c > 122) break;
      col = col * 26 + (c - 96);
    }
    const row = Number(r.slice(i));
    if (i === 0 || i > 3 || col > MAX_COLS || !Number.isInteger(row) || row < 1 || row > MAX_ROWS || i === r.length) {
      throw new XmlSyntaxError(`a cell at "${r}", which is not a cell address`);
    }
    this.col = col - 1;
    this.row = row - 1;
  }

  /** A cell's value from its type (`t`), stored text (`<v>`) and style (`s`, -1 without one), as Excel shows it. */
  private value(type: string | null, v: string | null, style: number): CellValue {
    if (v === null || v === "") return null;
    if (type !== "s" && type !== "str" && type !== "inlineStr" && type !== "e" && v.trim() === "") return null;
    switch (type) {
      case "s": {
        const index = Number(v);
        const strings = this.context.sharedStrings;
        if (!Number.isInteger(index) || index < 0 || index >= strings.length) {
          throw new XmlSyntaxError(`cell ${cellAddress(this.row, this.col)} refers to shared string ${v}, which the workbook does not have`);
        }
        return strings[index];
      }
      case "str":
        return normalizeText(decodeOoxmlEscapes(v));
      case "b": {
        // `1`/`0` as the format says; some writers put `true`/`false`.
        const b = v.trim().toLowerCase();
        if (b === "1" || b === "true") return true;
        if (b === "0" || b === "false") return false;
        throw new XmlSyntaxError(`cell ${cellAddress(this.row, this.col)} is a boolean holding "${v.slice(0, 20)}"`);
      }
      case "e":
        return v;
      case "d":
        return storedIsoDate(v);
      default: {
        const n = Number(v.trim());
        if (!Number.isFinite(n)) throw new XmlSyntaxError(`cell ${cellAddress(this.row, this.col)} holds "${v.slice(0, 20)}", which is not a number`);
        // A style the workbook lacks (or no style, -1) shows the plain number.
        const format = this.context.formats[style] ?? PLAIN_NUMBER;
        return format.kind === "number" ? n : numberAs(n, format, this.context.date1904);
      }
    }
  }

  /** A value kept at the current row and column. */
  private place(value: CellValue): void {
    const n = this.values.length;
    if (n === this.valueRows.length) {
      this.valueRows = grown(this.valueRows);
      this.valueCols = grown(this.valueCols);
    }
    this.valueRows[n] = this.row;
    this.valueCols[n] = this.col;
    this.values.push(value);
  }

  private merge(ref: string | null): void {
    const range = ref === null ? null : parseRangeAddress(ref);
    if (!range || range.bottom >= MAX_ROWS || range.right >= MAX_COLS) throw new XmlSyntaxError(`a merged area "${ref}", which is not a range`);
    this.merges.push({ row: range.top, col: range.left, rowCount: range.bottom - range.top + 1, colCount: range.right - range.left + 1 });
  }
}

const PLAIN_CLOSE = "</v></c>";
const EQUALS = 61;
const QUOTE = 34;
const SLASH = 47;
const GT = 62;
const LT = 60;
const AMP = 38;

/** The same numbers in a list twice as long. */
function grown(list: Int32Array): Int32Array {
  const longer = new Int32Array(list.length * 2);
  longer.set(list);
  return longer;
}

/** True when the text from `from` to `to` is ASCII digits only. */
function digitsOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch < 48 || ch > 57) return false;
  }
  return true;
}

/**
 * Where the text of a cell in the form nearly every cell takes, `<c …><v>text</v></c>` with no
 * markup in the text, ends; -1 for any other form (a formula, inline text, a prefix, or the text
 * ending inside the cell), which the general reading reads. Saves a tag object a piece.
 */
function plainValueEnd(text: string, tag: Tag): number {
  if (tag.qname !== "c" || !text.startsWith("<v>", tag.end)) return -1;
  const lt = text.indexOf("<", tag.end + 3);
  return lt >= 0 && text.startsWith(PLAIN_CLOSE, lt) ? lt : -1;
}

/** A syntax error of the scan, naming the character of the part (not of the piece in hand) where it lies. */
function located(consumed: number, err: unknown): unknown {
  if (!(err instanceof XmlSyntaxError) || consumed === 0 || /\(part character\)$/.test(err.message)) return err;
  const message = /at character \d+/.test(err.message)
    ? err.message.replace(/at character (\d+)/, (_, n: string) => `at character ${consumed + Number(n)}`)
    : `${err.message}, after character ${consumed}`;
  return new XmlSyntaxError(message);
}
