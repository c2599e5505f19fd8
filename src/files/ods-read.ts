import type { CellValue, MergedArea, SheetGrid } from "../engine/grid";
import { attribute, decodeEntities, nextTag, skipElement, XmlSyntaxError, type Tag } from "../xlsx/xml-scan";
import { storedIsoDate } from "../xlsx/cell-value";
import { FileFormatError } from "./file-format-error";

/**
 * The sheets of an OpenDocument spreadsheet (.ods) from its content.xml, as the engine reads
 * sheets: values from A1 to the last cell with a value or merge, merged areas, a value only in a
 * merged area's first cell. Rows and columns LibreOffice writes as "repeated N times" are expanded
 * only when they hold something, so the million empty rows it records at a sheet's end cost
 * nothing; cells that do hold something count against the cell limit as they are read.
 */

/** Elements inside a cell whose text is not the cell's (comments, drawings). */
const NOT_CELL_TEXT = new Set(["annotation", "frame", "custom-shape", "g", "rect", "line", "ellipse"]);

interface SheetBuild {
  name: string;
  rows: Map<number, Map<number, CellValue>>;
  merges: MergedArea[];
  height: number;
  width: number;
}

export function readOdsContent(xml: string, maxCells: number): SheetGrid[] {
  try {
    return readSheets(xml, maxCells);
  } catch (err) {
    if (err instanceof XmlSyntaxError) throw new FileFormatError("unreadable", { reason: `content.xml: ${err.message}` });
    throw err;
  }
}

function readSheets(xml: string, maxCells: number): SheetGrid[] {
  const sheets: SheetGrid[] = [];
  let stored = 0;
  let sheet: SheetBuild | null = null;
  let row = 0;
  let col = 0;
  let rowRepeat = 1;
  let rowCells: { col: number; value: CellValue }[] = [];
  let p = 0;
  for (;;) {
    const tag = nextTag(xml, p);
    if (!tag) break;
    p = tag.end;
    if (tag.name === "table" && !tag.closing) {
      if (sheet) {
        // A table inside a table (a nested sub-table) is not a sheet: pass it over.
        p = skipOrEnd(xml, tag);
        continue;
      }
      sheet = { name: attribute(xml, tag, "table:name") ?? `Sheet${sheets.length + 1}`, rows: new Map(), merges: [], height: 0, width: 0 };
      row = 0;
      if (tag.selfClosing) {
        sheets.push(toGrid(sheet, maxCells));
        sheet = null;
      }
    } else if (tag.name === "table" && tag.closing && sheet) {
      sheets.push(toGrid(sheet, maxCells));
      sheet = null;
    } else if (!sheet) continue;
    else if (tag.name === "table-row" && !tag.closing) {
      col = 0;
      rowCells = [];
      rowRepeat = repeat(xml, tag, "table:number-rows-repeated");
      if (tag.selfClosing) row += rowRepeat;
    } else if (tag.name === "table-row" && tag.closing) {
      if (rowCells.length > 0) {
        for (let k = 0; k < rowRepeat; k++) {
          stored += rowCells.length;
          if (stored > maxCells) throw new FileFormatError("too-many-cells", { sheet: sheet.name, limit: maxCells });
          const cells = new Map<number, CellValue>();
          for (const c of rowCells) cells.set(c.col, c.value);
          sheet.rows.set(row + k, cells);
          sheet.height = Math.max(sheet.height, row + k + 1);
          for (const c of rowCells) sheet.width = Math.max(sheet.width, c.col + 1);
        }
      }
      row += rowRepeat;
    } else if ((tag.name === "table-cell" || tag.name === "covered-table-cell") && !tag.closing) {
      const colRepeat = repeat(xml, tag, "table:number-columns-repeated");
      const covered = tag.name === "covered-table-cell";
      let text = "";
      if (!tag.selfClosing) {
        const read = cellText(xml, tag.end);
        text = read.text;
        p = read.end;
      }
      const value = covered ? null : cellValue(xml, tag, text);
      if (!covered) {
        const across = repeat(xml, tag, "table:number-columns-spanned");
        const down = repeat(xml, tag, "table:number-rows-spanned");
        if (across > 1 || down > 1) {
          sheet.merges.push({ row, col, rowCount: down, colCount: across });
          sheet.height = Math.max(sheet.height, row + down);
          sheet.width = Math.max(sheet.width, col + across);
        }
      }
      if (value !== null) {
        if (colRepeat * rowRepeat > maxCells - stored) throw new FileFormatError("too-many-cells", { sheet: sheet.name, limit: maxCells });
        for (let k = 0; k < colRepeat; k++) rowCells.push({ col: col + k, value });
      }
      col += colRepeat;
    }
  }
  if (sheet) throw new FileFormatError("unreadable", { reason: `content.xml: sheet '${sheet.name}' is cut short` });
  if (sheets.length === 0) throw new FileFormatError("no-sheets");
  return sheets;
}

/** Skips a nested element; the text ending first is damage. */
function skipOrEnd(xml: string, tag: Tag): number {
  if (tag.selfClosing) return tag.end;
  const end = skipElement(xml, tag.end);
  if (end === null) throw new XmlSyntaxError(`<${tag.name}> is not closed`);
  return end;
}

function repeat(xml: string, tag: Tag, name: string): number {
  const raw = attribute(xml, tag, name);
  const n = raw === null ? 1 : Number(raw);
  return Number.isSafeInteger(n) && n >= 1 ? n : 1;
}

/** Numbers, dates and booleans by their stored value (as the .xlsx reader gives them); text as shown. */
function cellValue(xml: string, tag: Tag, text: string): CellValue {
  const type = attribute(xml, tag, "office:value-type");
  if (type === "float" || type === "percentage" || type === "currency") {
    const n = Number(attribute(xml, tag, "office:value"));
    if (Number.isFinite(n)) return n;
  } else if (type === "date") {
    const iso = storedIsoDate(attribute(xml, tag, "office:date-value") ?? "");
    if (iso) return iso;
  } else if (type === "boolean") {
    const b = attribute(xml, tag, "office:boolean-value");
    if (b === "true" || b === "false") return b === "true";
  }
  return text === "" ? null : text;
}

/**
 * A cell's paragraphs, one line each. Inside a paragraph, runs of white space in the XML are one
 * space (ODF 1.2 §6.1.2); `text:s` is the spaces the author typed beyond the first, `text:tab` a
 * tab and `text:line-break` a line break.
 */
function cellText(xml: string, from: number): { text: string; end: number } {
  const lines: string[] = [];
  let line: string | null = null;
  let p = from;
  for (;;) {
    const tag = nextTag(xml, p);
    if (!tag) throw new XmlSyntaxError("a cell is not closed");
    if (line !== null && tag.start > p) line += decodeEntities(xml.slice(p, tag.start)).replace(/[ \t\r\n]+/g, " ");
    p = tag.end;
    if (tag.name === "table-cell" || tag.name === "covered-table-cell") {
      if (tag.closing) return { text: lines.join("\n"), end: p };
      throw new XmlSyntaxError("a cell opens inside a cell");
    }
    if (tag.name === "#cdata") {
      if (line !== null) line += xml.slice(tag.attrStart, tag.attrEnd);
    } else if (NOT_CELL_TEXT.has(tag.name) && !tag.closing) p = skipOrEnd(xml, tag);
    else if ((tag.name === "p" || tag.name === "h") && !tag.closing) {
      if (tag.selfClosing) lines.push("");
      else line = "";
    } else if ((tag.name === "p" || tag.name === "h") && tag.closing) {
      if (line !== null) lines.push(line);
      line = null;
    } else if (line !== null && tag.name === "s") line += " ".repeat(Math.min(repeat(xml, tag, "text:c"), 1000));
    else if (line !== null && tag.name === "tab") line += "\t";
    else if (line !== null && tag.name === "line-break") line += "\n";
  }
}

/** Empty cells of the used range cost the snapshot little, but not nothing: as for .xlsx, 16 times the cell limit. */
const USED_RANGE_FACTOR = 16;

function toGrid(sheet: SheetBuild, maxCells: number): SheetGrid {
  if (sheet.height * sheet.width > maxCells * USED_RANGE_FACTOR) {
    throw new FileFormatError("too-many-cells", { sheet: sheet.name, limit: maxCells });
  }
  const values: CellValue[][] = [];
  for (let r = 0; r < sheet.height; r++) {
    const row = new Array<CellValue>(sheet.width).fill(null);
    const cells = sheet.rows.get(r);
    if (cells) for (const [c, v] of cells) row[c] = v;
    values.push(row);
  }
  for (const m of sheet.merges) {
    for (let r = m.row; r < m.row + m.rowCount; r++) {
      for (let c = r === m.row ? m.col + 1 : m.col; c < m.col + m.colCount; c++) values[r][c] = null;
    }
  }
  return { sheet: sheet.name, origin: { row: 0, col: 0 }, values, merges: [...sheet.merges].sort((a, b) => a.row - b.row || a.col - b.col) };
}
