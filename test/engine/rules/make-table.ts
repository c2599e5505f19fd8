import { columnLetter } from "../../../src/engine/grid";
import type { PlanColumn, PlanRow, PlanSection, PlanTable } from "../../../src/engine/plan";
import type { Role } from "../../../src/engine/roles";

/**
 * Builds a PlanTable as detection would, from compact specs: a list of column roles and rows
 * given as arrays of cell texts (one per column, "" or null for empty) or as a string for a
 * section row. Sheet rows count up from the row after the header; a section row takes one.
 */
export interface TableSpec {
  sheet?: string;
  columns: (Role | { role: Role; header: string })[];
  rows: (string | (string | null)[] | { row: number; cells: (string | null)[] })[];
  /** Sheet row of the (last) header row; data starts on the next row. */
  headerRow?: number;
}

export function makeTable(spec: TableSpec): PlanTable {
  const sheet = spec.sheet ?? "Plan";
  const headerRow = spec.headerRow ?? 1;
  const seen = new Map<Role, number>();
  const columns: PlanColumn[] = spec.columns.map((c, index) => {
    const role = typeof c === "string" ? c : c.role;
    const count = (seen.get(role) ?? 0) + 1;
    seen.set(role, count);
    return {
      index,
      column: columnLetter(index),
      header: typeof c === "string" ? role : c.header,
      role,
      key: count === 1 ? role : `${role}_${count}`,
    };
  });
  const rows: PlanRow[] = [];
  const sections: PlanSection[] = [];
  let sheetRow = headerRow;
  let section: string | null = null;
  for (const entry of spec.rows) {
    sheetRow = typeof entry === "object" && !Array.isArray(entry) ? entry.row : sheetRow + 1;
    if (typeof entry === "string") {
      section = entry;
      sections.push({ row: sheetRow, title: entry });
      continue;
    }
    const values = Array.isArray(entry) ? entry : entry.cells;
    const cells: Record<string, string> = {};
    values.forEach((v, i) => {
      const text = (v ?? "").trim();
      if (text === "" || !columns[i]) return;
      cells[columns[i].key] = text;
    });
    const number = cells.number ? leadingNumber(cells.number) : null;
    const numberPath = number ? parseNumber(number) : null;
    rows.push({
      row: sheetRow,
      sourceRows: [sheetRow],
      section,
      number,
      numberPath,
      level: numberPath ? numberPath.length : 1,
      cells,
    });
  }
  const last = columnLetter(Math.max(columns.length - 1, 0));
  return {
    sheet,
    range: `A${headerRow}:${last}${Math.max(sheetRow, headerRow)}`,
    headerRows: [headerRow],
    columns,
    rows,
    sections,
    repeatedHeaderRows: [],
    preamble: [],
  };
}

/** The number a number cell opens with (`6.3. Формиране …` -> `6.3.`), as normalisation reads it. */
function leadingNumber(cell: string): string | null {
  const m = /^(\d+(?:\.\d+)*[.)]?|[IVXLC]+[.)])(?=\s|$)/u.exec(cell.trim());
  return m ? m[1] : null;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** `5.1.` -> [5, 1]; `I.` -> [1]; `3)` -> [3]; null when the text is no number. */
function parseNumber(text: string): number[] | null {
  const t = text.trim().replace(/[.)]+$/u, "");
  if (/^\d+(\.\d+)*$/u.test(t)) return t.split(".").map(Number);
  if (/^[IVXLC]+$/u.test(t)) {
    let n = 0;
    for (let i = 0; i < t.length; i++) {
      const v = ROMAN[t[i]];
      n += i + 1 < t.length && ROMAN[t[i + 1]] > v ? -v : v;
    }
    return [n];
  }
  return null;
}
