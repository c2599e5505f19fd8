import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import type { MergedArea } from "../../../src/engine/grid";
import { decodeEntities } from "../../../src/xlsx/xml-scan";

/**
 * The cells of workbooks as LibreOffice Calc reads them: each .xlsx is opened by LibreOffice and
 * saved as flat OpenDocument (.fods), whose cells carry their type and value (float, date, time,
 * boolean, string) in plain XML. A second reader, written by other people, to hold PlanCheck's
 * reader to. Tests that need it skip with a note when LibreOffice is not installed.
 */

export type ReferenceValue =
  | { kind: "string"; text: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  /** ISO date or date-time as LibreOffice stores it: 2019-09-15T10:30:00 */
  | { kind: "date"; value: string }
  /** Elapsed seconds of a time cell (LibreOffice's PT36H00M00S). */
  | { kind: "time"; seconds: number };

export interface ReferenceSheet {
  sheet: string;
  /** "row,col" (0-based) -> value; empty cells absent. */
  cells: Map<string, ReferenceValue>;
  merges: MergedArea[];
}

let available: boolean | null = null;

/** Whether `soffice` runs on this machine. */
export function hasLibreOffice(): boolean {
  if (available === null) {
    try {
      execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60000 });
      available = true;
    } catch {
      available = false;
    }
  }
  return available;
}

/** Reads the workbooks with LibreOffice, all in one run; returns their sheets in the same order. */
export async function libreofficeSheets(files: string[]): Promise<ReferenceSheet[][]> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-lo-"));
  try {
    const inputs: string[] = [];
    for (let i = 0; i < files.length; i++) {
      const copy = path.join(tmp, "in", `f${i}.xlsx`);
      await fs.mkdir(path.dirname(copy), { recursive: true });
      await fs.copyFile(files[i], copy);
      inputs.push(copy);
    }
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${path.join(tmp, "profile")}`, "--headless", "--convert-to", "fods", "--outdir", path.join(tmp, "out"), ...inputs],
      { stdio: "ignore", timeout: 300000 },
    );
    const out: ReferenceSheet[][] = [];
    for (let i = 0; i < files.length; i++) {
      const fods = await fs.readFile(path.join(tmp, "out", `f${i}.fods`), "utf8").catch(() => null);
      out.push(fods === null ? [] : fodsSheets(fods));
    }
    return out;
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

/** The sheets of a flat OpenDocument spreadsheet. */
export function fodsSheets(xml: string): ReferenceSheet[] {
  const sheets: ReferenceSheet[] = [];
  const tableRe = /<table:table\s([^>]*)>([\s\S]*?)<\/table:table>/g;
  for (const t of xml.matchAll(tableRe)) {
    const name = decodeEntities(/table:name="([^"]*)"/.exec(t[1])?.[1] ?? "");
    const cells = new Map<string, ReferenceValue>();
    const merges: MergedArea[] = [];
    let row = 0;
    const rowRe = /<table:table-row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-row>)/g;
    for (const r of t[2].matchAll(rowRe)) {
      const rowRepeat = Number(/table:number-rows-repeated="(\d+)"/.exec(r[1])?.[1] ?? 1);
      let col = 0;
      const body = r[2] ?? "";
      const cellRe = /<table:(table-cell|covered-table-cell)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:\1>)/g;
      for (const c of body.matchAll(cellRe)) {
        const attrs = c[2];
        const colRepeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1);
        if (c[1] === "table-cell") {
          const value = cellValue(attrs, c[3] ?? "");
          if (value !== null) for (let k = 0; k < colRepeat; k++) for (let q = 0; q < rowRepeat; q++) cells.set(`${row + q},${col + k}`, value);
          const spanC = Number(/table:number-columns-spanned="(\d+)"/.exec(attrs)?.[1] ?? 1);
          const spanR = Number(/table:number-rows-spanned="(\d+)"/.exec(attrs)?.[1] ?? 1);
          if (spanC > 1 || spanR > 1) merges.push({ row, col, rowCount: spanR, colCount: spanC });
        }
        col += colRepeat;
      }
      row += rowRepeat;
    }
    sheets.push({ sheet: name, cells, merges: merges.sort((a, b) => a.row - b.row || a.col - b.col) });
  }
  return sheets;
}

function cellValue(attrs: string, body: string): ReferenceValue | null {
  const type = /office:value-type="([^"]*)"/.exec(attrs)?.[1];
  const attr = (n: string) => {
    const m = new RegExp(`office:${n}="([^"]*)"`).exec(attrs);
    return m ? decodeEntities(m[1]) : null;
  };
  switch (type) {
    case "float":
    case "percentage":
    case "currency":
      return { kind: "number", value: Number(attr("value")) };
    case "boolean":
      return { kind: "boolean", value: attr("boolean-value") === "true" };
    case "date":
      return { kind: "date", value: attr("date-value") ?? "" };
    case "time": {
      const m = /^(-)?PT(\d+)H(\d+)M(\d+(?:\.\d+)?)S$/.exec(attr("time-value") ?? "");
      if (!m) return null;
      const s = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]);
      return { kind: "time", seconds: m[1] ? -s : s };
    }
    case undefined:
      return null;
    default: {
      const text = paragraphs(body);
      return text === "" ? null : { kind: "string", text };
    }
  }
}

/** A cell's text: paragraphs joined by line breaks, with OpenDocument's space, tab and break elements. */
function paragraphs(body: string): string {
  const out: string[] = [];
  for (const p of body.matchAll(/<text:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/text:p>)/g)) {
    const inner = (p[1] ?? "")
      .replace(/<text:s\s*\/>/g, " ")
      .replace(/<text:s\s+text:c="(\d+)"\s*\/>/g, (_, n: string) => " ".repeat(Number(n)))
      .replace(/<text:tab\s*\/>/g, "\t")
      .replace(/<text:line-break\s*\/>/g, "\n")
      .replace(/<office:annotation\b[\s\S]*?<\/office:annotation>/g, "")
      .replace(/<[^>]+>/g, "");
    out.push(decodeEntities(inner));
  }
  return out.join("\n");
}
