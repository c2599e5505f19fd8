import type { Finding } from "../finding";
import type { PlanTable } from "../plan";
import { deadlineRule } from "./deadline";
import { gapNoDeadline } from "./gap-no-deadline";
import { gapNoFinancing } from "./gap-no-financing";
import { gapNoIndicator } from "./gap-no-indicator";
import { gapNoMeasure } from "./gap-no-measure";
import { gapNoResponsible } from "./gap-no-responsible";
import { gapNoTarget } from "./gap-no-target";
import { headerRoleMissing } from "./header-role-missing";
import { numbering } from "./numbering";
import { responsibleRule } from "./responsible";
import { tableBlankColumn } from "./table-blank-column";
import { tableDuplicateRow } from "./table-duplicate-row";
import { tableShiftedRow } from "./table-shifted-row";
import { unitsTargets } from "./units-targets";
import type { CheckContext, Rule } from "./types";

export type { CheckContext, PeriodOrigin, Rule } from "./types";

/** Every check PlanCheck runs, in the order a reviewer reads a plan: its columns, then its rows. */
export const ALL_RULES: Rule[] = [
  headerRoleMissing,
  tableBlankColumn,
  tableDuplicateRow,
  tableShiftedRow,
  numbering,
  gapNoDeadline,
  gapNoResponsible,
  gapNoIndicator,
  gapNoFinancing,
  gapNoMeasure,
  gapNoTarget,
  unitsTargets,
  deadlineRule,
  responsibleRule,
];

/** Runs every rule on a table; findings come back in sheet order (row, then column). */
export function checkTable(table: PlanTable, ctx: CheckContext, rules: Rule[] = ALL_RULES): Finding[] {
  const found: Finding[][] = [];
  for (const rule of rules) found.push(rule.run(table, ctx));
  // Joined at once, at their full size: a large table has tens of thousands of findings.
  return sortByPosition(([] as Finding[]).concat(...found));
}

/**
 * The order of `compareFindings`, with each cell address read once instead of at every
 * comparison: a large table can have a hundred thousand findings. Addresses are read by hand
 * into one number each, so sorting them allocates nothing per finding.
 */
function sortByPosition(findings: Finding[]): Finding[] {
  const n = findings.length;
  const at = new Float64Array(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    at[i] = positionKey(findings[i].cell);
    order[i] = i;
  }
  order.sort((i, j) => {
    const a = findings[i];
    const b = findings[j];
    if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
    if (at[i] !== at[j]) return at[i] - at[j];
    if (a.code !== b.code) return a.code < b.code ? -1 : 1;
    // Findings equal in all of these keep the order the rules gave them.
    return i - j;
  });
  const out = new Array<Finding>(n);
  for (let k = 0; k < n; k++) out[k] = findings[order[k]];
  return out;
}

const NOT_A_CELL = Number.NEGATIVE_INFINITY;

/** Columns fit in 15 bits (XFD is 16,383): row and column in one number that sorts as they do. */
const COLUMN_SPAN = 1 << 15;

/**
 * `row * COLUMN_SPAN + col` of an A1 address (0-based), as `parseCellAddress` reads it (around
 * spaces, `$` allowed, 1-3 letters, 1-7 digits); -Infinity, before every cell, when it is not one.
 */
export function positionKey(a1: string): number {
  let i = 0;
  let end = a1.length;
  while (i < end && isSpace(a1.charCodeAt(i))) i++;
  while (end > i && isSpace(a1.charCodeAt(end - 1))) end--;
  if (i < end && a1.charCodeAt(i) === 36) i++;
  let col = 0;
  let letters = 0;
  for (; i < end; i++) {
    const c = a1.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    letters++;
  }
  if (letters === 0 || letters > 3) return NOT_A_CELL;
  if (i < end && a1.charCodeAt(i) === 36) i++;
  let row = 0;
  let digits = 0;
  for (; i < end; i++) {
    const c = a1.charCodeAt(i);
    if (c < 48 || c > 57) return NOT_A_CELL;
    row = row * 10 + (c - 48);
    digits++;
  }
  if (digits === 0 || digits > 7) return NOT_A_CELL;
  return (row - 1) * COLUMN_SPAN + (col - 1);
}

/** What String.prototype.trim removes, for the characters addresses are written with. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}
