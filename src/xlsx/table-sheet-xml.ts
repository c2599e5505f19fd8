import { columnLetter } from "../engine/grid";
import { looksLikeFormula } from "../engine/report/safe-text";
import { sheetRef } from "../workbook/sheet-ref";
import { escapeText, escapeXml } from "./report-sheet-xml";

/**
 * One sheet of a workbook PlanCheck writes from scratch (the receiving office's overview): a
 * title in row 1, then a table with its header in row 2, laid out to be read on screen and
 * printed — the header row frozen, columns of given widths with long text wrapped, A4 fitted one
 * page wide and as many tall as it takes, the header row repeated on every page (the workbook's
 * `_xlnm.Print_Titles`, from `printTitles`). Every part is valid against the SpreadsheetML schema.
 */

export type TableValue = string | number | null | { link: string; text: string };

export interface TableColumn {
  header: string;
  /** In characters, as Excel measures a column. */
  width: number;
  /** Long text: wrapped. */
  wrap?: boolean;
}

export interface TableSheet {
  name: string;
  /** The Excel table's name: unique in the workbook, letters and digits. */
  tableName: string;
  title: string;
  orientation: "portrait" | "landscape";
  columns: TableColumn[];
  rows: TableValue[][];
}

/** The title is row 1, the table's header row 2. */
export const TABLE_HEADER_ROW = 2;

/** Cell formats of the workbook's styles part (table-workbook's stylesheet), by index. */
export const STYLE = {
  wrap: 1,
  top: 2,
  title: 3,
  link: 4,
  /** Text format (`@`): a formula-like text stays a text when the user edits the cell. */
  textWrap: 5,
  textTop: 6,
} as const;

/** Texts stored once and referred to by index (the shared strings part). */
export interface StringTable {
  index(text: string): number;
}

/** Excel keeps at most 32,767 characters in a cell. */
const MAX_CELL_TEXT = 32767;

/** The worksheet part; `footer` is in Excel's header/footer codes (`&L&A&RPage &P of &N`). */
export function tableSheetXml(sheet: TableSheet, selected: boolean, footer: string, strings: StringTable, main: string, rel: string): string {
  const first = TABLE_HEADER_ROW + 1;
  const lastCol = columnLetter(sheet.columns.length - 1);
  const lastRow = TABLE_HEADER_ROW + Math.max(sheet.rows.length, 1);
  const rows: string[] = [];
  rows.push(`<row r="1">${textCell("A1", sheet.title, STYLE.title, strings)}</row>`);
  rows.push(`<row r="${TABLE_HEADER_ROW}">${uniqueHeaders(sheet.columns).map((h, c) => textCell(`${columnLetter(c)}${TABLE_HEADER_ROW}`, h, STYLE.wrap, strings)).join("")}</row>`);
  sheet.rows.forEach((values, i) => {
    const r = first + i;
    const cells = values.map((v, c) => valueCell(`${columnLetter(c)}${r}`, v, Boolean(sheet.columns[c]?.wrap), strings)).join("");
    rows.push(`<row r="${r}">${cells}</row>`);
  });
  const cols = sheet.columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" style="${c.wrap ? STYLE.wrap : STYLE.top}" customWidth="1"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${main}" xmlns:r="${rel}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="A1:${lastCol}${lastRow}"/>` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0">` +
    `<pane ySplit="${TABLE_HEADER_ROW}" topLeftCell="A${first}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="A${first}" sqref="A${first}"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    `<cols>${cols}</cols><sheetData>${rows.join("")}</sheetData>` +
    `<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>` +
    // A4 (paper size 9), one page wide and as many pages tall as the rows need.
    `<pageSetup paperSize="9" orientation="${sheet.orientation}" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>${escapeXml(footer)}</oddFooter></headerFooter>` +
    `<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`
  );
}

/** The table part: header names unique, as Excel requires; an empty table keeps one empty row. */
export function tableXml(sheet: TableSheet, id: number, main: string): string {
  const ref = `A${TABLE_HEADER_ROW}:${columnLetter(sheet.columns.length - 1)}${TABLE_HEADER_ROW + Math.max(sheet.rows.length, 1)}`;
  const columns = uniqueHeaders(sheet.columns).map((h, i) => `<tableColumn id="${i + 1}" name="${escapeXml(h)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${main}" id="${id}" name="${sheet.tableName}" displayName="${sheet.tableName}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${sheet.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** The print titles' reference: the header row of the sheet. */
export function printTitles(sheet: TableSheet): string {
  return sheetRef(sheet.name, `$${TABLE_HEADER_ROW}:$${TABLE_HEADER_ROW}`);
}

/** Header names unique within the table (Excel refuses a table with two alike): `Role`, `Role (2)`. */
function uniqueHeaders(columns: TableColumn[]): string[] {
  const seen = new Map<string, number>();
  return columns.map((c) => {
    const n = (seen.get(c.header) ?? 0) + 1;
    seen.set(c.header, n);
    return n === 1 ? c.header : `${c.header} (${n})`;
  });
}

function valueCell(ref: string, v: TableValue, wrap: boolean, strings: StringTable): string {
  if (v === null || v === "") return "";
  if (typeof v === "number") return Number.isFinite(v) ? `<c r="${ref}" s="${wrap ? STYLE.wrap : STYLE.top}"><v>${v}</v></c>` : "";
  if (typeof v === "string") return textCell(ref, v, wrap ? STYLE.wrap : STYLE.top, strings);
  // A formula link works in Excel and LibreOffice alike, and inside a table; its text is cached.
  const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `<c r="${ref}" s="${STYLE.link}" t="str"><f>${escapeXml(`HYPERLINK(${quoted(v.link)},${quoted(v.text)})`)}</f><v>${escapeText(clip(v.text))}</v></c>`;
}

/** A text cell; a formula-like text is also given the Text format, so re-entering it never evaluates it. */
function textCell(ref: string, text: string, style: number, strings: StringTable): string {
  const s = looksLikeFormula(text) ? (style === STYLE.top ? STYLE.textTop : STYLE.textWrap) : style;
  return `<c r="${ref}" s="${s}" t="s"><v>${strings.index(clip(text))}</v></c>`;
}

function clip(s: string): string {
  return s.length > MAX_CELL_TEXT ? s.slice(0, MAX_CELL_TEXT - 1) + "…" : s;
}
