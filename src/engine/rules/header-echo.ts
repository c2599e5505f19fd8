import { headerKey } from "../detect/header-text";
import { ROLE_MATCHER } from "../detect/role-matcher";
import type { PlanColumn, PlanRow, PlanTable } from "../plan";

/**
 * A row that says what its columns are instead of what a task is: the header repeated at a page
 * break or over the next block (`Autumn Term | Date:`, `МЕСЕЦ` over the next class's months), the
 * header of a second table below the first, or a header's second line (`проведення`) left behind.
 * Where the table's reading did not set such a row aside, each of its cells would be checked as a
 * task's and fail (`Date:` is no readable deadline, `Отговорник` no known body, and the row has
 * no deadline of its own): the rules leave it alone instead.
 *
 * A cell echoes its column's heading when it is that heading, or a line or part of it, or, in a
 * deadline column, when it is nothing but a heading for a deadline (`Termin`, `Date:`, `Терміни`):
 * a deadline is never written as the word for one. Words that head a responsible column name
 * people too (`Руководитель`, `Координатор`, `руководители ОУ`): there only the column's own
 * heading counts.
 */

/** Roles whose cells a heading word cannot be the value of. */
const NAMED_BY_HEADING = new Set(["deadline", "responsible"]);

/** A heading is short; a cell of more words is a sentence that happens to use them. */
const MAX_HEADING_WORDS = 5;

/** Tells, row by row, whether a table's row reads as a header. */
export type HeaderEcho = (row: PlanRow) => boolean;

/**
 * For a table: true for a row whose deadline or responsible cell echoes its heading, or two of
 * whose cells do. Cells repeat down a column (`Директор`, `постоянно`): each text is asked once.
 */
export function headerEcho(table: PlanTable): HeaderEcho {
  const columns = table.columns.map((column) => new ColumnEcho(column));
  return (row) => {
    let echoes = 0;
    for (const c of columns) {
      const text = row.cells[c.column.key];
      if (text === undefined || !c.echoes(text)) continue;
      if (c.named) return true;
      if (++echoes >= 2) return true;
    }
    return false;
  };
}

class ColumnEcho {
  readonly named: boolean;
  /** The heading, its lines and its parts (`Дата / проведення`), as header keys. */
  private readonly parts = new Set<string>();
  /** No cell longer than this can be the heading or a part of it, nor a heading word alone. */
  private readonly longest: number;
  private readonly asked = new Map<string, boolean>();
  /** Whether any part of the heading has a digit: a cell with one (a date) can echo no other. */
  private readonly digits: boolean;

  constructor(readonly column: PlanColumn) {
    this.named = NAMED_BY_HEADING.has(column.role);
    for (const part of [column.header, ...column.header.split(/\s+\/\s+|\n/u)]) {
      const key = headerKey(part);
      // A column's number under its heading (`1 2 3 4`) is no heading a value could echo.
      if (/\p{L}/u.test(key)) this.parts.add(key);
    }
    this.longest = Math.max(column.header.length + 8, this.named ? 60 : 0);
    this.digits = [...this.parts].some((p) => /\d/u.test(p));
  }

  echoes(text: string): boolean {
    if (text.length > this.longest || (!this.digits && hasDigit(text))) return false;
    let yes = this.asked.get(text);
    if (yes === undefined) {
      yes = this.read(text);
      this.asked.set(text, yes);
    }
    return yes;
  }

  private read(text: string): boolean {
    const key = headerKey(text);
    if (key === "") return false;
    if (this.parts.has(key)) return true;
    // Dates and numbers are values: a heading word alone has none.
    if (this.column.role !== "deadline" || /\d/u.test(text) || key.split(" ").length > MAX_HEADING_WORDS) return false;
    const m = ROLE_MATCHER.match(text);
    return m !== null && m.role === this.column.role && m.coverage === 1;
  }
}

/** `/\d/u.test(text)` without a pattern: asked of nearly every short cell of a table. */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
