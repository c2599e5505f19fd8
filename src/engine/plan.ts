import type { Role } from "./roles";

/**
 * A typed plan table: what detection and normalisation make of a sheet range.
 * Every later step (rules, scorecard, report, adapters) reads this shape.
 */

export interface PlanColumn {
  /** 0-based sheet column. */
  index: number;
  /** Column letter as Excel shows it. */
  column: string;
  /** Header text; two header rows are joined with " / " (upper first). */
  header: string;
  role: Role;
  /** Key of this column in PlanRow.cells: the role, or `role_2`, `role_3` when a role repeats. */
  key: string;
  /** What decided the role: the heading, the cells (no heading, or one they clearly contradict), or the user. */
  source?: "header" | "content" | "user";
}

export interface PlanSection {
  /** Sheet row (1-based) of the section row. */
  row: number;
  /** Full text of the section row. */
  title: string;
}

/**
 * A note written inside the table between its rows (`* Мероприятия проводятся по согласованию…`,
 * `Uwaga: …`, a footnote sentence merged across the columns): kept with the table, neither a
 * section nor a task, so it asks for no deadline and no responsible body.
 */
export interface PlanNote {
  /** Sheet row (1-based) of the note. */
  row: number;
  text: string;
}

export interface PlanRow {
  /** Sheet row (1-based) of the row's first line. */
  row: number;
  /** Every sheet row (1-based) merged into this one (a row split over a page break has several). */
  sourceRows: number[];
  /** Title of the section the row falls in (or the period a repeated header above it names, `Spring Term 2024`), or null before any. */
  section: string | null;
  /** Numbering as written (`5.1.`), or null when the row has none. */
  number: string | null;
  /** Numbering parsed into its parts (`5.1.` -> [5, 1]; `I.` -> [1]), or null. Rows numbered alike share one array: never change it. */
  numberPath: number[] | null;
  /** Depth in the numbering tree: 1 for `5.`, 2 for `5.1.`; 1 when there is no number. */
  level: number;
  /** Column key -> text of the cell (lines of split rows joined by "\n"). Empty cells are absent. */
  cells: Record<string, string>;
  /**
   * Column key -> A1 address of the cell holding the row's text for that key, kept only where it is
   * not the column's cell on the row's own first sheet row (a later line of a joined row, a merged
   * cell above); absent when every cell is on that row. Read addresses with `cellAddress`.
   */
  refs?: Record<string, string>;
}

export interface PlanTable {
  sheet: string;
  /** A1 range from the first header row to the last data row, across all columns. */
  range: string;
  /** Sheet rows (1-based) of the header. */
  headerRows: number[];
  columns: PlanColumn[];
  rows: PlanRow[];
  sections: PlanSection[];
  /** Notes between the table's rows, in sheet order; absent when there are none. */
  notes?: PlanNote[];
  /** Sheet rows (1-based) of header rows repeated inside the table and dropped. */
  repeatedHeaderRows: number[];
  /** Sheet rows (1-based) of the document's marking or page number pasted inside the table at a page break, left out. */
  pageMarkRows?: number[];
  /** Non-empty text above the table on the sheet (title, glossary), in sheet order, with rows. */
  preamble: { row: number; text: string }[];
}

/** The column with a role, or undefined. The first one when the role repeats. */
export function columnFor(table: PlanTable, role: Role): PlanColumn | undefined {
  return table.columns.find((c) => c.role === role);
}

/** Text of a row's cell for a role ("" when blank or when the table has no such column). */
export function cellOf(row: PlanRow, role: Role): string {
  return row.cells[role] ?? "";
}

/**
 * A1 address of a row's cell in a column: the cell its text starts in, or, for an empty cell, the
 * column on the row's first sheet row. Made on demand: a large plan's rows keep no address of their
 * own unless they span sheet rows.
 */
export function cellAddress(row: PlanRow, column: PlanColumn): string {
  return row.refs?.[column.key] ?? column.column + row.row;
}

/** A1 address of a row's cell for a column key, or undefined when the table has no such column. */
export function addressOf(table: PlanTable, row: PlanRow, key: string): string | undefined {
  const column = table.columns.find((c) => c.key === key);
  return column ? cellAddress(row, column) : undefined;
}
