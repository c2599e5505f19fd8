import { PackageLayoutError } from "./package-edit";

/**
 * The two cell formats the report sheet needs, added to the workbook's own styles part: wrapped
 * text aligned to the top, and the same with `quotePrefix`, which keeps a text that starts with
 * `=`, `+`, `-` or `@` a text when the user edits the cell. `quotePrefix` belongs on a cell format
 * (`<xf>`, ECMA-376 Part 1 §18.8.45), never on the cell: Excel repairs a file that puts it on `<c>`.
 * Formats already there (from an earlier report) are reused, so the styles do not grow run by run.
 */

export interface ReportStyles {
  styles: string;
  /** Style index (`s`) of wrapped text. */
  wrap: number;
  /** Style index of wrapped text shown with a leading apostrophe (quotePrefix). */
  quoted: number;
}

/** A styles part for a package that has none: the one font, fill, border and format every workbook needs. */
export function minimalStyles(mainNamespace: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${mainNamespace}">` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
  );
}

/** The styles part with the report's formats in `cellXfs`, and their indexes. */
export function withReportStyles(stylesXml: string): ReportStyles {
  const root = /<([\w.-]+:)?styleSheet\b/.exec(stylesXml);
  if (!root) throw new PackageLayoutError("the styles part has no <styleSheet>");
  const p = root[1] ?? "";
  const hasStyleXf = new RegExp(`<${p}cellStyleXfs\\b[^>]*>\\s*<${p}xf\\b`).test(stylesXml);
  const hasFont = new RegExp(`<${p}fonts\\b[^>]*>\\s*<${p}font\\b`).test(stylesXml);
  const base = `numFmtId="0"${hasFont ? ' fontId="0"' : ""} fillId="0" borderId="0"${hasStyleXf ? ' xfId="0"' : ""}`;
  const wanted = [
    `<${p}xf ${base} applyAlignment="1"><${p}alignment vertical="top" wrapText="1"/></${p}xf>`,
    `<${p}xf ${base} quotePrefix="1" applyAlignment="1"><${p}alignment vertical="top" wrapText="1"/></${p}xf>`,
  ];

  let xml = stylesXml;
  let block = new RegExp(`<${p}cellXfs\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}cellXfs>)`).exec(xml);
  if (!block) {
    // No cell formats at all: style 0 must exist before ours.
    const first = `<${p}cellXfs count="1"><${p}xf ${base}/></${p}cellXfs>`;
    const after = ["cellStyleXfs", "borders", "fills", "fonts", "numFmts"]
      .map((name) => new RegExp(`</${p}${name}>|<${p}${name}\\b[^>]*/>`).exec(xml))
      .find((m) => m !== null);
    const at = after ? after.index + after[0].length : xml.indexOf(">", root.index) + 1;
    xml = xml.slice(0, at) + first + xml.slice(at);
    block = new RegExp(`<${p}cellXfs\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}cellXfs>)`).exec(xml)!;
  }
  const items = xfElements(block[0], p);
  const indexes: number[] = [];
  const added: string[] = [];
  for (const xf of wanted) {
    const known = items.indexOf(xf);
    if (known >= 0) indexes.push(known);
    else {
      indexes.push(items.length + added.length);
      added.push(xf);
    }
  }
  const count = items.length + added.length;
  const open = /^<[^>]*?(\/?)>/.exec(block[0])!;
  const openTag = open[0].replace(/\s*\/?>$/, "").replace(/\scount\s*=\s*"[^"]*"/, "") + ` count="${count}">`;
  const inner = open[1] === "/" ? "" : block[0].slice(open[0].length, block[0].length - `</${p}cellXfs>`.length);
  const rebuilt = `${openTag}${inner}${added.join("")}</${p}cellXfs>`;
  xml = xml.slice(0, block.index) + rebuilt + xml.slice(block.index + block[0].length);
  return { styles: xml, wrap: indexes[0], quoted: indexes[1] };
}

/** The `<xf>` children of a `<cellXfs>` block, each as written. */
function xfElements(block: string, p: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<${p}xf\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}xf>)`, "g");
  for (const m of block.matchAll(re)) out.push(m[0]);
  return out;
}

/** What the Timeline sheet's cells need beyond the report's: solid fills, and bold for its headings. */
export interface FillStyles {
  styles: string;
  /** Style index (`s`) of a cell filled with each colour asked for, in the same order. */
  fills: number[];
  /** Style index of bold text. */
  bold: number;
}

/**
 * The styles part with a solid fill per colour (`#6FA8DC`) and a bold font, each with its cell
 * format. Fills, fonts and formats already there (from an earlier timeline) are reused, so the
 * styles do not grow run by run; blocks the part lacks are added where the schema's order wants them.
 */
export function withFillStyles(stylesXml: string, colours: readonly string[]): FillStyles {
  const root = /<([\w.-]+:)?styleSheet\b/.exec(stylesXml);
  if (!root) throw new PackageLayoutError("the styles part has no <styleSheet>");
  const p = root[1] ?? "";
  let xml = stylesXml;
  // fonts, fills and borders come in this order after numFmts; cellXfs after cellStyleXfs.
  xml = ensureBlock(xml, p, "fonts", `<${p}font><${p}sz val="11"/></${p}font>`, ["numFmts"], root.index);
  xml = ensureBlock(xml, p, "fills", `<${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`, ["fonts", "numFmts"], root.index);
  xml = ensureBlock(xml, p, "borders", `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`, ["fills", "fonts", "numFmts"], root.index);
  const hasStyleXf = new RegExp(`<${p}cellStyleXfs\\b[^>]*>\\s*<${p}xf\\b`).test(xml);
  xml = ensureBlock(xml, p, "cellXfs", `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"${hasStyleXf ? ' xfId="0"' : ""}/>`, ["cellStyleXfs", "borders", "fills", "fonts", "numFmts"], root.index);

  const add = (collection: string, item: string, element: string): number => {
    const block = blockOf(xml, p, collection)!;
    const items = elementsOf(block.xml, p, item);
    const known = items.indexOf(element);
    if (known >= 0) return known;
    xml = xml.slice(0, block.index) + withItem(block.xml, p, collection, element, items.length + 1) + xml.slice(block.index + block.xml.length);
    return items.length;
  };
  const xf = (font: number, fill: number) =>
    add("cellXfs", "xf", `<${p}xf numFmtId="0" fontId="${font}" fillId="${fill}" borderId="0"${hasStyleXf ? ' xfId="0"' : ""}${fill > 0 ? ' applyFill="1"' : ""}${font > 0 ? ' applyFont="1"' : ""}/>`);
  const fills = colours.map((c) => {
    const argb = `FF${c.replace(/^#/, "").toUpperCase()}`;
    const fill = add("fills", "fill", `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
    return xf(0, fill);
  });
  const boldFont = add("fonts", "font", `<${p}font><${p}b/><${p}sz val="11"/></${p}font>`);
  return { styles: xml, fills, bold: xf(boldFont, 0) };
}

/** A collection block of the styles part (`<fills>…</fills>` or `<fills/>`) and where it is. */
function blockOf(xml: string, p: string, name: string): { xml: string; index: number } | null {
  const m = new RegExp(`<${p}${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${name}>)`).exec(xml);
  return m ? { xml: m[0], index: m.index } : null;
}

/** The part with the collection present: as it is, or with `first` as its only item after the blocks that precede it. */
function ensureBlock(xml: string, p: string, name: string, first: string, after: string[], rootAt: number): string {
  if (blockOf(xml, p, name)) return xml;
  const before = after.map((n) => blockOf(xml, p, n)).find((b) => b !== null);
  const at = before ? before.index + before.xml.length : xml.indexOf(">", rootAt) + 1;
  return xml.slice(0, at) + `<${p}${name} count="1">${first}</${p}${name}>` + xml.slice(at);
}

/** The items of a collection block, each as written. */
function elementsOf(block: string, p: string, item: string): string[] {
  const re = new RegExp(`<${p}${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${item}>)`, "g");
  return [...block.matchAll(re)].map((m) => m[0]);
}

/** A collection block with one more item at its end and its count set. */
function withItem(block: string, p: string, name: string, element: string, count: number): string {
  const open = /^<[^>]*?(\/?)>/.exec(block)!;
  const openTag = open[0].replace(/\s*\/?>$/, "").replace(/\scount\s*=\s*"[^"]*"/, "") + ` count="${count}">`;
  const inner = open[1] === "/" ? "" : block.slice(open[0].length, block.length - `</${p}${name}>`.length);
  return `${openTag}${inner}${element}</${p}${name}>`;
}
