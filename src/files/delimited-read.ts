import type { CellValue, SheetGrid } from "../engine/grid";
import { decodeText, type TextEncodingName } from "./text-encoding";
import { FileFormatError } from "./file-format-error";

/**
 * A .csv or .tsv file as one sheet: rows and columns are the file's own (the first line is row 1,
 * the first field column A). The delimiter is the one that splits the first lines into the same
 * number of fields; quoted fields may hold delimiters, quotes ("") and line breaks, as Excel and
 * LibreOffice write them.
 */

export interface DelimitedSheet {
  grid: SheetGrid;
  delimiter: string;
  encoding: TextEncodingName;
}

const CANDIDATES = [";", ",", "\t", "|"];
/** Lines looked at to choose the delimiter. */
const SAMPLE_LINES = 50;

export function readDelimited(bytes: Uint8Array, sheet: string, options: { tab?: boolean; maxCells: number }): DelimitedSheet {
  const { text, encoding } = decodeText(bytes);
  // Excel writes and honours a first line `sep=;` naming the delimiter; it stays row 1, as the file has it.
  const declared = /^sep=([^\r\n])\r?\n/.exec(text)?.[1];
  const delimiter = options.tab ? "\t" : (declared ?? chooseDelimiter(text));
  const rows = parseRows(text, delimiter, options.maxCells);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values: CellValue[][] = rows.map((r) => {
    const row = r.map(fieldValue);
    while (row.length < width) row.push(null);
    return row;
  });
  return { grid: { sheet, origin: { row: 0, col: 0 }, values, merges: [] }, delimiter, encoding };
}

/**
 * Whole numbers become numbers, as Excel and LibreOffice make them on opening the file; anything
 * else (numbering like "1.", dates, text) stays text as written.
 */
function fieldValue(field: string): CellValue {
  const text = field.replace(/\r\n?/g, "\n");
  if (text.trim() === "") return null;
  if (/^-?(0|[1-9]\d{0,14})$/.test(text)) return Number(text);
  return text;
}

/** The candidate splitting the sample lines into the most equal field counts above one. */
function chooseDelimiter(text: string): string {
  let best = ",";
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const counts = parseRows(text, d, Infinity, SAMPLE_LINES)
      .filter((r) => r.some((f) => f.trim() !== ""))
      .map((r) => r.length);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
    // Lines of the most common width, counted only when that width splits anything.
    let score = 0;
    for (const [width, n] of freq) if (width > 1) score = Math.max(score, n * Math.min(width, 8));
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Fields row by row; at most `maxLines` rows. More cells than `maxCells` is refused. */
function parseRows(text: string, delimiter: string, maxCells: number, maxLines = Infinity): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let cells = 0;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = "";
    if (++cells > maxCells) throw new FileFormatError("too-many-cells", { limit: maxCells });
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === "") {
      field = "";
      quoted = true;
    } else if (ch === delimiter) endField();
    else if (ch === "\n" || ch === "\r") {
      endField();
      rows.push(row);
      row = [];
      if (ch === "\r" && text[i + 1] === "\n") i++;
      if (rows.length >= maxLines) return rows;
    } else field += ch;
    i++;
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
