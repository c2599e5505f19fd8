import type { PlanTable } from "../plan";
import { isFilled } from "./cells";
import { oncePerTable } from "../memo";
import { headerEcho } from "./header-echo";

/**
 * What several rules need to know about a table's rows, worked out once per table:
 * which rows are tasks, the numbering tree (a parent task and its sub-tasks), and which
 * columns are empty in every row. Rules read it through `tableFacts`, which caches it per table
 * object: a PlanTable is a snapshot, never changed once checked.
 */
export interface TableFacts {
  /** Key of the number column, or null when the table has none. */
  numberKey: string | null;
  /** Per row: it holds something besides its number (a bare number is not a task). */
  isTask: boolean[];
  /**
   * Per row: its cells sit one column to the left of their headings, the task's text sharing the
   * number cell (`6.3. Формиране на база-данни…` in A, its deadline under "Дейност"), as rows
   * pasted from Word sometimes do. Such a row is one `table.shifted-row` finding; the cell checks
   * skip it, since every cell of it would be read under the wrong heading.
   */
  shifted: boolean[];
  /**
   * Per row: it reads as a header (its deadline or responsible cell is the column's heading, or two
   * of its cells are: a header repeated over the next block, a second table's header). Not a task.
   */
  echoesHeader: boolean[];
  /** Per row: a task whose cells can be checked (a task, not shifted, not a header). */
  checkable: boolean[];
  /** Per row: index of its parent row (`5.` for `5.1.`), or -1. */
  parent: number[];
  /** Per row: some later row of its section is numbered below it. */
  hasChildren: boolean[];
  /** Column keys whose cells are empty (or filler) in every row. */
  blankKeys: Set<string>;
  /**
   * Per row: bit c set when the cell of `table.columns[c]` is filled (isFilled), read once here for
   * the rules that ask it of every row; null when the table has more columns than bits or two
   * columns share a key (then the rules read the cells themselves).
   */
  filled: Uint32Array | null;
}

/** Columns a row's mask of filled cells holds. */
const MASK_BITS = 31;

export const tableFacts: (table: PlanTable) => TableFacts = oncePerTable(computeFacts);

function computeFacts(table: PlanTable): TableFacts {
  const numberColumn = table.columns.find((c) => c.role === "number");
  const numberKey = numberColumn ? numberColumn.key : null;
  const n = table.rows.length;
  const isTask = new Array<boolean>(n);
  const shifted = new Array<boolean>(n).fill(false);
  const checkable = new Array<boolean>(n);
  const numberAt = numberColumn ? table.columns.indexOf(numberColumn) : -1;
  const nextKey = numberAt >= 0 ? table.columns[numberAt + 1]?.key : undefined;
  const lastKey = table.columns[table.columns.length - 1]?.key;
  const parent = new Array<number>(n).fill(-1);
  const hasChildren = new Array<boolean>(n).fill(false);
  const filledKeys = new Set<string>();
  const headerLike = new Array<boolean>(n).fill(false);
  const echoes = headerEcho(table);
  // Each column's place, for the mask of filled cells: only as many columns as a mask has bits, each key once.
  const columnAt = new Map<string, number>();
  table.columns.forEach((c, at) => columnAt.set(c.key, at));
  const filled = table.columns.length <= MASK_BITS && columnAt.size === table.columns.length ? new Uint32Array(n) : null;
  const keys = table.columns.map((c) => c.key);

  // Columns filled in some row, by their bits (past MASK_BITS, by their keys in filledKeys).
  let filledMask = 0;
  // Ancestors of the current row, outermost first; numbering restarts in each section.
  const stack: number[] = [];
  let section: string | null | undefined;
  for (let i = 0; i < n; i++) {
    const row = table.rows[i];
    let task = false;
    let mask = 0;
    // Cells are mostly kept in the columns' order: the next column is tried before the lookup.
    let next = 0;
    for (const key in row.cells) {
      if (!isFilled(row.cells[key])) continue;
      // A key's column is looked up instead of the key remembered: every filled cell is one of the
      // table's columns but for a rare few, and the row's mask comes with it.
      let at: number | undefined;
      if (filled !== null) {
        let c = next;
        while (c < keys.length && keys[c] !== key) c++;
        at = c < keys.length ? c : columnAt.get(key);
        if (at !== undefined) next = at + 1;
      }
      if (at === undefined) filledKeys.add(key);
      else mask |= 1 << at;
      if (key !== numberKey) task = true;
    }
    if (filled !== null) filled[i] = mask;
    filledMask |= mask;
    headerLike[i] = task && echoes(row);
    isTask[i] = task && !headerLike[i];
    if (numberKey && nextKey && lastKey !== numberKey && row.number && !isFilled(row.cells[lastKey]) && isFilled(row.cells[nextKey])) {
      shifted[i] = textAfterNumber(row.cells[numberKey], row.number);
    }
    checkable[i] = isTask[i] && !shifted[i];

    if (row.section !== section) {
      section = row.section;
      stack.length = 0;
    }
    const path = row.numberPath;
    if (!path) {
      // An unnumbered row ends any run of sub-tasks: it cannot be placed in the tree.
      stack.length = 0;
      continue;
    }
    while (stack.length > 0 && !isProperPrefix(table.rows[stack[stack.length - 1]].numberPath!, path)) stack.pop();
    if (stack.length > 0) {
      parent[i] = stack[stack.length - 1];
      hasChildren[parent[i]] = true;
    }
    stack.push(i);
  }

  const blankKeys = new Set<string>();
  if (isTask.some(Boolean)) {
    table.columns.forEach((column, at) => {
      const someFilled = filled !== null ? (filledMask & (1 << at)) !== 0 : filledKeys.has(column.key);
      if (!someFilled) blankKeys.add(column.key);
    });
  }
  return { numberKey, isTask, shifted, echoesHeader: headerLike, checkable, parent, hasChildren, blankKeys, filled };
}

/** The number cell's first line goes on past the number with words (`6.3. Формиране …`). */
function textAfterNumber(cell: string | undefined, number: string): boolean {
  if (!cell) return false;
  const first = cell.split("\n", 1)[0].trim();
  const written = number.trim();
  return first.startsWith(written) && /\p{L}/u.test(first.slice(written.length));
}

function isProperPrefix(prefix: number[], path: number[]): boolean {
  if (prefix.length >= path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix[i] !== path[i]) return false;
  return true;
}
