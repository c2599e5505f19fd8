import { columnLetter } from "../engine/grid";
import { looksLikeFormula } from "../engine/report/safe-text";
import { sheetReference, type ReportSheetModel } from "./report-sheet-model";

/**
 * The report sheet's worksheet part: title, summary, then the findings as a table, laid out to be
 * read on screen and printed: the header row frozen, wrapped text in columns wide enough to read,
 * and A4 landscape, one page wide, the header row repeated on every page (the `_xlnm.Print_Titles`
 * name the caller adds, on `printTitleRow`). Every part is valid against the SpreadsheetML schema.
 */

export interface ReportSheetLayout {
  xml: string;
  /** The findings table's range, header included: `A8:G20`. */
  tableRef: string;
  /** The sheet row (1-based) of the findings' header. */
  headerRow: number;
}

export interface SheetStyles {
  wrap: number;
  quoted: number;
}

/** Widths (in characters) by column: cell, code, severity, column role, value, problem, fix. */
const WIDTHS = [16, 24, 12, 16, 36, 60, 44];

export function reportSheetXml(model: ReportSheetModel, mainNamespace: string, relNamespace: string, styles: SheetStyles): ReportSheetLayout {
  const rows: string[] = [];
  const links: string[] = [];
  let r = 1;
  const row = (values: (string | number)[]) => rows.push(rowXml(r++, values, styles));
  row([model.name]);
  for (const [label, value] of model.summary) row([label, value]);
  r++; // one empty row between the summary and the findings
  const headerRow = r;
  row(model.headers);
  for (const finding of model.rows) {
    links.push(`<hyperlink ref="A${r}" location="${escapeXml(sheetReference(finding.link.sheet, finding.link.cell))}" display="${escapeXml(finding.linkText)}"/>`);
    row([finding.linkText, ...finding.cells]);
  }
  // A table needs at least one data row.
  if (model.rows.length === 0) r++;
  const lastCol = columnLetter(model.headers.length - 1);
  const tableRef = `A${headerRow}:${lastCol}${r - 1}`;
  const cols = model.headers.map((_, i) => `<col min="${i + 1}" max="${i + 1}" width="${WIDTHS[i] ?? 20}" customWidth="1"/>`).join("");
  const first = headerRow + 1;
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${mainNamespace}" xmlns:r="${relNamespace}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="A1:${lastCol}${r - 1}"/>` +
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0">` +
    `<pane ySplit="${headerRow}" topLeftCell="A${first}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="A${first}" sqref="A${first}"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    `<cols>${cols}</cols><sheetData>${rows.join("")}</sheetData>` +
    (links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    `<printOptions gridLines="1"/>` +
    `<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/>` +
    // A4 (paper size 9), landscape, one page wide and as many pages tall as the findings need.
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>${escapeXml(`&L${model.name.replace(/&/g, "&&")}&R&P / &N`)}</oddFooter></headerFooter>` +
    `<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;
  return { xml, tableRef, headerRow };
}

/** The findings table part: header names unique, as Excel requires. */
export function reportTableXml(mainNamespace: string, id: number, name: string, ref: string, headers: string[]): string {
  const seen = new Map<string, number>();
  const names = headers.map((h) => {
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return n === 1 ? h : `${h} ${n}`;
  });
  const columns = names.map((h, i) => `<tableColumn id="${i + 1}" name="${escapeXml(h)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${mainNamespace}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

function rowXml(r: number, values: (string | number)[], styles: SheetStyles): string {
  const cells = values
    .map((v, i) => {
      const ref = `${columnLetter(i)}${r}`;
      if (typeof v === "number") return Number.isFinite(v) ? `<c r="${ref}"><v>${v}</v></c>` : "";
      if (v === "") return "";
      // Inline strings are never evaluated; a formula-like text also gets the quotePrefix format,
      // so that editing the cell in Excel keeps it a text.
      const s = looksLikeFormula(v) ? styles.quoted : styles.wrap;
      return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeText(clip(v))}</t></is></c>`;
    })
    .join("");
  return `<row r="${r}">${cells}</row>`;
}

/** Excel keeps at most 32,767 characters in a cell. */
function clip(s: string): string {
  return s.length > 32767 ? s.slice(0, 32766) + "…" : s;
}

/**
 * A cell's text for an ST_Xstring element: a literal `_xHHHH_` is escaped as `_x005F_xHHHH_`
 * (ECMA-376 Part 1 §22.9.2.19), or it would read back as the character it names; characters XML
 * 1.0 cannot carry are written as Excel writes them (`_x0001_`).
 */
export function escapeText(s: string): string {
  return entities(mapUnwritable(s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1"), (code) => `_x${code.toString(16).padStart(4, "0").toUpperCase()}_`));
}

/** Text for an attribute or an element that is no ST_Xstring: entities escaped, characters XML 1.0 cannot carry left out. */
export function escapeXml(s: string): string {
  return entities(mapUnwritable(s, () => ""));
}

/** Characters XML 1.0 cannot carry (control characters but tab and line ends, U+FFFE, U+FFFF), each replaced. */
function mapUnwritable(s: string, replace: (code: number) => string): string {
  let out = "";
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x9 && c !== 0xa && c !== 0xd) || c === 0xfffe || c === 0xffff) {
      out += s.slice(last, i) + replace(c);
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

function entities(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
