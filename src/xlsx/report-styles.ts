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
