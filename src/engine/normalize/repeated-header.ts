import { headerKey } from "../detect/header-text";
import { isColumnNumbering, type HeaderScanner, type HeaderLayout } from "../detect/header-rows";
import type { Role } from "../roles";
import { opensWithNumber } from "../numbering";

/** A header row reduced for comparison: its cells' columns and words. */
interface HeaderRowKey {
  cols: number[];
  keys: string[];
}

/**
 * Header rows repeated inside a table, as Word repeats them on every page (the Russian roadmap
 * repeats `№ п/п | Наименование мероприятия | ...` after its first task). Such a row is dropped.
 */
export class RepeatedHeader {
  private readonly headerRows: HeaderRowKey[] = [];
  private readonly roles: Set<Role>;

  constructor(
    private readonly scanner: HeaderScanner,
    layout: HeaderLayout,
    headerRoles: Role[],
  ) {
    for (const r of layout.rows) {
      if (r === layout.columnNumbers) continue;
      const { cols, texts } = scanner.rows.cells(r);
      this.headerRows.push({ cols, keys: texts.map(headerKey) });
    }
    this.roles = new Set(headerRoles.filter((r) => r !== "unknown"));
  }

  /**
   * True when a row repeats a header row word for word, is a column-numbering row, or is a header
   * naming only roles this table's header names (the same header shifted or re-typed).
   */
  repeats(row: number): boolean {
    if (this.headerRows.some((h) => this.sameAs(h, row))) return true;
    const rows = this.scanner.rows;
    if (isColumnNumbering(rows, row)) return true;
    if (!this.scanner.isHeader(row)) return false;
    let shared = 0;
    for (const r of this.scanner.rolesOf(row)) {
      if (!this.roles.has(r)) return false;
      shared++;
    }
    return shared >= 0.6 * this.roles.size;
  }

  private sameAs(header: HeaderRowKey, row: number): boolean {
    const { cols, texts, values } = this.scanner.rows.cells(row);
    if (cols.length !== header.cols.length || opensWithNumber(values[0])) return false;
    for (let i = 0; i < cols.length; i++) if (cols[i] !== header.cols[i]) return false;
    for (let i = 0; i < cols.length; i++) if (headerKey(texts[i]) !== header.keys[i]) return false;
    return true;
  }
}
