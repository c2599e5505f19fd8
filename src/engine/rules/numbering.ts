import type { Finding } from "../finding";
import type { PlanRow, PlanTable } from "../plan";
import { displayNumber, rowContentKey, rowFinding } from "./cells";
import { tableFacts } from "./facts";
import type { Rule } from "./types";

/**
 * Numbering within each section: a number used twice (`2.` twice under goal 1), a number
 * skipped (`10.4` after `10.2`), or a number smaller than one before it at the same level.
 *
 * Numbering restarts in every section (each strategic goal counts from 1). A top-level `1`
 * after higher top-level numbers is read as such a restart too, for sections whose title row
 * was not recognised; a `1.` after nothing but `1.` is the same number again (`1.` `1.` `1.`,
 * numbering written the same on every row, is duplicates). A row repeated word for word is
 * `table.duplicate-row`, not a duplicate number. A skip whose missing numbers turn up later under the same parent is an ordering
 * problem and is reported once, as `numbering.order`. A row that holds several tasks under one
 * number cell (`1. 2.`, `10. 11. 12.`) uses every number written there, so `3.` after `1. 2.` skips none.
 */
export const numbering: Rule = {
  id: "numbering",
  codes: ["numbering.duplicate", "numbering.gap", "numbering.order"],
  run(table: PlanTable): Finding[] {
    const facts = tableFacts(table);
    const key = numberCellKey(table, facts.numberKey);
    const out: Finding[] = [];
    // The table's first run may take up a list begun on another sheet or page (rows 18-20 of a
    // programme's table); a later section starting high skips the numbers since the run before.
    let group = new NumberingGroup(true);
    let numberedYet = false;
    let section: string | null | undefined;
    const headings = table.sections;
    let nextHeading = 0;
    const rows = table.rows;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const path = row.numberPath;
      if (!path || path.length === 0) continue;
      // A group heading numbered in the run (`11.` task, `12. Kołobrzeskie przedszkola` over its
      // unnumbered items, `14.` task) uses its number: the task after it skips none.
      for (; nextHeading < headings.length && headings[nextHeading].row < row.row; nextHeading++) {
        const n = headingNumber(headings[nextHeading].title);
        if (n !== null && n === group.lastTop() + 1) group.useTop(n);
      }
      // `1.` after `1. 2. 3.` starts the numbering over; `1.` after `1.` is the same number twice.
      const restart = path.length === 1 && path[0] === 1 && group.used("").has(1) && group.used("").size > 1;
      // Numbering that runs on from one section to the next (`7.` under September, `8.` under October) is one run.
      // After a group heading in the run, a higher number runs on too: the numbers between are skipped, not restarted.
      const next = group.lastTop() + 1;
      const runsOn = row.section !== section && !restart && path.length === 1 && (path[0] === next || (path[0] > next && group.endsOnHeading()));
      if ((row.section !== section && !runsOn) || restart) {
        out.push(...group.finish(table, key));
        group = new NumberingGroup(!numberedYet);
      }
      section = row.section;
      group.add(table, row, path, facts.numberKey);
      numberedYet = true;
      const further = furtherNumbers(row, facts.numberKey);
      for (let f = 0; f < further.length; f++) group.add(table, row, [further[f]], facts.numberKey);
    }
    out.push(...group.finish(table, key));
    return out;
  },
};

/** A number cell that is only a run of top-level numbers, `10. 11. 12.`: two or more, each `N.`. */
const NUMBER_RUN = /^\s*\d{1,3}\.(?:\s+\d{1,3}\.)+\s*$/u;

/**
 * The numbers after the first in a number cell written as a run (`10. 11. 12.` -> 11, 12), when
 * they rise; any other cell holds one number.
 */
function furtherNumbers(row: PlanRow, numberKey: string | null): readonly number[] {
  const path = row.numberPath;
  const text = numberKey ? row.cells[numberKey] : undefined;
  // Asked of every numbered row: a cell with no space in it is one number, without the pattern.
  if (!path || path.length !== 1 || !text || !hasSpace(text) || !NUMBER_RUN.test(text)) return NONE;
  const numbers = (text.match(/\d+/g) ?? []).map(Number);
  if (numbers[0] !== path[0]) return NONE;
  for (let i = 1; i < numbers.length; i++) if (numbers[i] <= numbers[i - 1]) return NONE;
  return numbers.slice(1);
}

/** No further numbers: one list for every row that has none. */
const NONE: readonly number[] = Object.freeze([]);

/** Whether a text has a character `\s` matches (a run of numbers has one between each two). */
function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return true;
  }
  return false;
}

/** The top-level number a section heading starts with (`12. Kołobrzeskie przedszkola` -> 12), or null. */
function headingNumber(title: string): number | null {
  const m = /^\s*(\d{1,3})[.)]\s/u.exec(title);
  return m ? Number(m[1]) : null;
}

/**
 * The keys of a numbering path's prefixes, `["", "5", "5.1"]` for [5, 1, 2] and the whole path
 * last (`5.1.2`). Rows numbered alike share one path array, never changed (PlanRow.numberPath):
 * its keys are made once, not joined again for every row.
 */
const keysOfPath = new WeakMap<readonly number[], string[]>();

function prefixKeys(path: readonly number[]): string[] {
  let keys = keysOfPath.get(path);
  if (keys === undefined) {
    keys = [""];
    for (let depth = 1; depth <= path.length; depth++) keys.push(path.slice(0, depth).join("."));
    keysOfPath.set(path, keys);
  }
  return keys;
}

interface Pending {
  row: PlanRow;
  path: number[];
  firstRow?: number;
}

/**
 * The first number of a table at which its list reads as taken up from elsewhere (an excerpt of a
 * longer table, a page after others): a planner may start a list at 2 or 4 by mistake, but does not
 * leave out nine numbers before the first.
 */
const EXCERPT_START = 10;

/** One run of numbering (a section): what has been used, and what is pending a verdict. */
class NumberingGroup {
  private readonly seen = new Map<string, PlanRow>();
  private readonly last = new Map<string, number>();
  private readonly usedByParent = new Map<string, Set<number>>();
  private readonly duplicates: Pending[] = [];
  private readonly gaps: (Pending & { missing: number[] })[] = [];
  private readonly order: (Pending & { previous: number })[] = [];
  private headingTop = 0;

  constructor(private readonly opensTable = false) {}

  /** The highest top-level number used so far, 0 before any. */
  lastTop(): number {
    return this.last.get("") ?? 0;
  }

  /** A top-level number used by a row that is no task (a numbered group heading): it counts, but is no duplicate of a later row. */
  useTop(n: number): void {
    this.used("").add(n);
    this.last.set("", Math.max(this.lastTop(), n));
    this.headingTop = n;
  }

  /** Whether the highest top-level number so far is a group heading's. */
  endsOnHeading(): boolean {
    return this.headingTop === this.lastTop();
  }

  used(parentKey: string): Set<number> {
    let set = this.usedByParent.get(parentKey);
    if (!set) {
      set = new Set();
      this.usedByParent.set(parentKey, set);
    }
    return set;
  }

  add(table: PlanTable, row: PlanRow, path: number[], numberKey: string | null): void {
    const keys = prefixKeys(path);
    const full = keys[path.length];
    const first = this.seen.get(full);
    if (first) {
      if (rowContentKey(table, first, numberKey) !== rowContentKey(table, row, numberKey)) {
        this.duplicates.push({ row, path, firstRow: first.row });
      }
      return;
    }
    this.seen.set(full, row);
    // A sub-item whose parent has no row of its own (`7.1.` with no `7.`) still counts its parent.
    for (let depth = 1; depth < path.length; depth++) {
      const parentKey = keys[depth - 1];
      const n = path[depth - 1];
      this.used(parentKey).add(n);
      this.last.set(parentKey, Math.max(this.last.get(parentKey) ?? 0, n));
    }
    const parentKey = keys[path.length - 1];
    const n = path[path.length - 1];
    const last = this.last.get(parentKey) ?? 0;
    this.used(parentKey).add(n);
    if (n > last + 1 && !(this.opensTable && last === 0 && path.length === 1 && n >= EXCERPT_START)) {
      const missing: number[] = [];
      for (let k = last + 1; k < n; k++) missing.push(k);
      this.gaps.push({ row, path, missing });
    } else if (n <= last) {
      this.order.push({ row, path, previous: last });
    }
    this.last.set(parentKey, Math.max(last, n));
  }

  finish(table: PlanTable, key: (row: PlanRow) => string): Finding[] {
    const out: Finding[] = [];
    for (const d of this.duplicates) {
      const prefix = d.path.slice(0, -1);
      const used = this.used(prefix.join("."));
      let next = d.path[d.path.length - 1] + 1;
      while (used.has(next)) next++;
      const nextNumber = formatNumber([...prefix, next], d.row.number ?? "");
      out.push(
        rowFinding(table, d.row, key(d.row), "numbering.duplicate", "error", { firstRow: d.firstRow! }, {
          value: nextNumber,
          key: "fix.numbering.duplicate",
          params: { next: displayNumber(nextNumber) },
        }),
      );
    }
    for (const g of this.gaps) {
      const prefix = g.path.slice(0, -1);
      const used = this.used(prefix.join("."));
      if (g.missing.every((m) => used.has(m))) continue;
      const expected = displayNumber(formatNumber([...prefix, g.missing.find((m) => !used.has(m))!], g.row.number ?? ""));
      out.push(
        rowFinding(table, g.row, key(g.row), "numbering.gap", "warning", { expected }, {
          key: "fix.numbering.gap",
          params: { expected },
        }),
      );
    }
    for (const o of this.order) {
      const previous = displayNumber(formatNumber([...o.path.slice(0, -1), o.previous], o.row.number ?? ""));
      out.push(
        rowFinding(table, o.row, key(o.row), "numbering.order", "warning", { previous }, {
          key: "fix.numbering.order",
          params: { previous },
        }),
      );
    }
    return out;
  }
}

/** The cell a row's number is read from: the number column, or the table's first column. */
function numberCellKey(table: PlanTable, numberKey: string | null): (row: PlanRow) => string {
  const key = numberKey ? numberKey : (table.columns[0]?.key ?? "");
  return () => key;
}

const ROMAN: [number, string][] = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

/** Writes a number path in the style of an existing number: `5.1.` -> `5.2.`, `II.` -> `III.`, `3)` -> `4)`. */
export function formatNumber(path: number[], like: string): string {
  const style = like.trim();
  const suffix = /[.)]$/u.exec(style)?.[0] ?? "";
  if (path.length === 1 && /^[IVXLCDM]+[.)]?$/iu.test(style)) {
    let n = path[0];
    let roman = "";
    for (const [value, letters] of ROMAN) while (n >= value) { roman += letters; n -= value; }
    return roman + suffix;
  }
  return path.join(".") + suffix;
}
