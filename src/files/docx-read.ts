import type { CellValue, MergedArea, SheetGrid } from "../engine/grid";
import { attribute, decodeEntities, nextTag, skipElement, XmlSyntaxError, type Tag } from "../xlsx/xml-scan";
import { FileFormatError } from "./file-format-error";
import { ListNumbering } from "./docx-numbering";

/**
 * The tables of a Word document (.docx) from word/document.xml, each as a sheet the engine reads.
 *
 * Where a finding points is a contract: table N (its position among the document's tables, from
 * 1) is sheet `Table N`; a row is the table's own row counting its first as 1; columns follow the
 * table's grid (A, B, C …), and a cell spanning grid columns (gridSpan) or rows (vMerge) is a
 * merged area whose value sits in its first cell. A table nested inside a cell is part of that
 * cell's text, one line per paragraph, as Word shows it there. The paragraphs before the first
 * table are the document's preamble (title, approval, plan period, abbreviations); each table also
 * gets the paragraphs between it and the table before it (a plan's own title often sits there).
 */

export interface DocxTable {
  grid: SheetGrid;
  /** The document's preamble followed by the paragraphs just above this table. */
  preamble: string[];
}

export interface DocxDocument {
  /** Non-empty paragraphs before the first table. */
  preamble: string[];
  tables: DocxTable[];
}

/** Paragraph-level text elements: a run's text, and what Word shows for tabs and breaks. */
const TEXT = "t";

interface TableBuild {
  rows: Map<number, CellValue>[];
  merges: MergedArea[];
  /** Open vertical merges by grid column. */
  vertical: Map<number, MergedArea>;
  width: number;
  row: number;
  col: number;
}

interface CellBuild {
  col: number;
  span: number;
  /** "restart", "continue" or null for a cell outside a vertical merge. */
  vMerge: "restart" | "continue" | null;
  lines: string[];
}

export function readDocxDocument(xml: string, maxCells: number, numberingXml: string | null = null): DocxDocument {
  try {
    return readDocument(xml, maxCells, new ListNumbering(numberingXml));
  } catch (err) {
    if (err instanceof XmlSyntaxError) throw new FileFormatError("unreadable", { reason: `word/document.xml: ${err.message}` });
    throw err;
  }
}

function readDocument(xml: string, maxCells: number, numbering: ListNumbering): DocxDocument {
  const preamble: string[] = [];
  const tables: DocxTable[] = [];
  let between: string[] = [];
  let depth = 0; // tables open
  let table: TableBuild | null = null;
  let cell: CellBuild | null = null;
  let paragraph: string | null = null;
  let inText = false;
  let stored = 0;
  let p = 0;
  for (;;) {
    const tag = nextTag(xml, p);
    if (!tag) break;
    if (inText && tag.start > p) paragraph = (paragraph ?? "") + decodeEntities(xml.slice(p, tag.start));
    p = tag.end;
    const name = tag.name;
    if (name === "#cdata") continue;
    // A text box is stored twice, for new and old Word (mc:Choice, mc:Fallback): read it once.
    if (name === "Fallback" && !tag.closing && !tag.selfClosing) {
      const end = skipElement(xml, tag.end);
      if (end === null) throw new XmlSyntaxError("<mc:Fallback> is not closed");
      p = end;
      continue;
    }
    if (name === "tbl") {
      if (!tag.closing && !tag.selfClosing) {
        depth++;
        if (depth === 1) table = { rows: [], merges: [], vertical: new Map(), width: 0, row: -1, col: 0 };
      } else if (tag.closing) {
        if (depth === 1 && table) {
          const n = tables.length + 1;
          tables.push({ grid: toGrid(table, `Table ${n}`, maxCells), preamble: [...preamble, ...between] });
          between = [];
          table = null;
        }
        depth = Math.max(0, depth - 1);
      }
      continue;
    }
    if (depth === 1 && table) {
      if (name === "tr" && !tag.closing) {
        table.row++;
        table.col = 0;
        table.rows.push(new Map());
        continue;
      }
      if (name === "gridBefore" && cell === null) {
        table.col += Math.max(0, Number(attribute(xml, tag, "w:val") ?? 0) || 0);
        continue;
      }
      if (name === "tc" && !tag.closing) {
        cell = { col: table.col, span: 1, vMerge: null, lines: [] };
        if (tag.selfClosing) {
          placeCell(table, cell);
          cell = null;
        }
        continue;
      }
      if (name === "tc" && tag.closing && cell) {
        placeCell(table, cell);
        stored++;
        if (stored > maxCells) throw new FileFormatError("too-many-cells", { sheet: `Table ${tables.length + 1}`, limit: maxCells });
        cell = null;
        continue;
      }
      if (cell && name === "gridSpan") {
        const n = Number(attribute(xml, tag, "w:val"));
        cell.span = Number.isSafeInteger(n) && n >= 1 && n <= 1000 ? n : 1;
        continue;
      }
      if (cell && name === "vMerge") {
        cell.vMerge = attribute(xml, tag, "w:val") === "restart" ? "restart" : "continue";
        continue;
      }
    }
    if (name === "p") {
      if (!tag.closing) {
        paragraph = tag.selfClosing ? null : numbering.start();
        if (tag.selfClosing) endParagraph("");
      } else {
        endParagraph(paragraph ?? "");
        paragraph = null;
      }
      continue;
    }
    if (name === "numPr" || name === "ilvl" || name === "numId") {
      if (name !== "numPr" && !tag.closing) numbering.property(name, attribute(xml, tag, "w:val"));
      else if (name === "numPr" && tag.closing && paragraph !== null) paragraph = numbering.label() + paragraph;
      continue;
    }
    if (name === TEXT) {
      inText = !tag.closing && !tag.selfClosing;
      continue;
    }
    if (paragraph === null || tag.closing) continue;
    if (name === "tab" && !isTabStop(xml, tag)) paragraph += "\t";
    else if (name === "br" || name === "cr") paragraph += "\n";
    else if (name === "noBreakHyphen") paragraph += "-";
  }
  if (depth > 0) throw new FileFormatError("unreadable", { reason: "word/document.xml: a table is cut short" });
  return { preamble, tables };

  function endParagraph(text: string): void {
    if (cell) cell.lines.push(text);
    else if (depth === 0) {
      const line = text.replace(/\s+/g, " ").trim();
      if (line === "") return;
      if (tables.length === 0) preamble.push(line);
      else between.push(line);
    }
  }
}

/** A `w:tab` inside `w:tabs` is a tab stop definition, not a tab character. */
function isTabStop(xml: string, tag: Tag): boolean {
  return attribute(xml, tag, "w:pos") !== null;
}

/** A finished cell: its text in its first grid column, its span and vertical merge recorded. */
function placeCell(table: TableBuild, cell: CellBuild): void {
  const r = table.row;
  const c = cell.col;
  table.col += cell.span;
  table.width = Math.max(table.width, table.col);
  if (cell.vMerge === "continue") {
    const above = table.vertical.get(c);
    if (above && above.row + above.rowCount === r && above.colCount === cell.span) {
      above.rowCount++;
      return;
    }
  }
  // A vertical merge ends where a cell of its column is not a continuation.
  for (let k = c; k < c + cell.span; k++) table.vertical.delete(k);
  const text = cell.lines.join("\n").replace(/[ \t]+$/gm, "").trim();
  if (text !== "" && r >= 0) table.rows[r].set(c, text);
  const area: MergedArea = { row: r, col: c, rowCount: 1, colCount: cell.span };
  if (cell.span > 1) table.merges.push(area);
  if (cell.vMerge === "restart" || cell.vMerge === "continue") {
    if (cell.span === 1) table.merges.push(area);
    table.vertical.set(c, area);
  }
}

/** Same allowance for the empty cells of the used range as the .xlsx reader. */
const USED_RANGE_FACTOR = 16;

function toGrid(table: TableBuild, sheet: string, maxCells: number): SheetGrid {
  const height = table.rows.length;
  if (height * table.width > maxCells * USED_RANGE_FACTOR) throw new FileFormatError("too-many-cells", { sheet, limit: maxCells });
  const values: CellValue[][] = table.rows.map((cells) => {
    const row = new Array<CellValue>(table.width).fill(null);
    for (const [c, v] of cells) row[c] = v;
    return row;
  });
  // A vertical merge of one row is no merge.
  const merges = table.merges.filter((m) => m.rowCount > 1 || m.colCount > 1).sort((a, b) => a.row - b.row || a.col - b.col);
  return { sheet, origin: { row: 0, col: 0 }, values, merges };
}
