import type { Finding } from "../finding";
import type { PlanRow, PlanTable } from "../plan";
import { rowFinding } from "./cells";
import { tableFacts } from "./facts";
import type { Rule } from "./types";

/**
 * A task row that repeats an earlier one word for word in every column but the number
 * (a row pasted twice). Reported at the repeat, naming the first. The section or month heading
 * the row stands under is part of what it says: `3rd | Term starts` under MAY is another date
 * than the same words under JANUARY.
 */
export const tableDuplicateRow: Rule = {
  id: "table-duplicate-row",
  codes: ["table.duplicate-row"],
  run(table: PlanTable): Finding[] {
    const facts = tableFacts(table);
    const keys = table.columns.map((c) => c.key).filter((k) => k !== facts.numberKey);
    // Rows are placed in an open-addressed table by a hash of their content and compared in full
    // only where hashes meet: linear in the table's size, with no key string, list or entry per row.
    const rows = table.rows;
    const size = slotsFor(rows.length);
    const mask = size - 1;
    /** Index + 1 of the first row with the content hashed to a slot; 0 for a free slot. */
    const slots = new Int32Array(size);
    const hashes = new Uint32Array(size);
    const out: Finding[] = [];
    const firstKey = table.columns[0]?.key ?? "";
    // Rows of one section share its heading: it is hashed once, not once a row.
    let section: string | null | undefined;
    let sectionHash = 0;
    for (let i = 0; i < rows.length; i++) {
      if (!facts.checkable[i]) continue;
      const row = rows[i];
      if (row.section !== section) {
        section = row.section;
        sectionHash = textHash(FNV_OFFSET, section ?? "");
      }
      const hash = contentHash(sectionHash, row, keys);
      let at = hash & mask;
      let earlier: PlanRow | undefined;
      for (; slots[at] !== 0; at = (at + 1) & mask) {
        if (hashes[at] === hash && sameContent(rows[slots[at] - 1], row, keys)) {
          earlier = rows[slots[at] - 1];
          break;
        }
      }
      if (!earlier) {
        slots[at] = i + 1;
        hashes[at] = hash;
        continue;
      }
      out.push(
        rowFinding(table, row, facts.numberKey ?? firstKey, "table.duplicate-row", "warning", { firstRow: earlier.row }, {
          key: "fix.table.duplicate-row",
          params: { firstRow: earlier.row },
        }),
      );
    }
    return out;
  },
};

const FNV_OFFSET = 0x811c9dc5;

/**
 * Characters of a long text that its hash reads, spread over it: rows whose hashes meet are
 * compared in full anyway, so the hash need only tell most rows apart, and a large plan's task
 * texts are long (hashing every character was a tenth of the rules' time).
 */
const SAMPLED = 24;

/** FNV-1a of a text (of its length and SAMPLED characters spread over it, when longer), continuing from `h`. */
function textHash(h: number, text: string): number {
  const n = text.length;
  if (n <= SAMPLED) {
    for (let i = 0; i < n; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h;
  }
  // Always the first and the last character, the rest evenly between them.
  const step = (n - 1) / (SAMPLED - 1);
  for (let j = 0; j < SAMPLED; j++) h = Math.imul(h ^ text.charCodeAt(Math.round(j * step)), 0x01000193);
  return Math.imul(h ^ n, 0x01000193);
}

/** FNV-1a over the content cells after the section's hash, with a separator between cells so "ab","c" differs from "a","bc". */
function contentHash(sectionHash: number, row: PlanRow, keys: string[]): number {
  let h = sectionHash;
  for (const k of keys) {
    const text = row.cells[k];
    if (text !== undefined) h = textHash(h, text);
    h = Math.imul(h ^ 0xffff, 0x01000193);
  }
  return h >>> 0;
}

/** A power of two at least twice the rows, so that probing stays short. */
function slotsFor(rows: number): number {
  let size = 16;
  while (size < rows * 2) size *= 2;
  return size;
}

function sameContent(a: PlanRow, b: PlanRow, keys: string[]): boolean {
  if (a.section !== b.section) return false;
  for (const k of keys) if ((a.cells[k] ?? "") !== (b.cells[k] ?? "")) return false;
  return true;
}
