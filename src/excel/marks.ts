import { parseCellAddress, parseRangeAddress, rangeAddress } from "../engine/grid";
import type { Finding, Severity } from "../engine/finding";
import { asAdapterError } from "./errors";
import { isMarkFormula, MARK_FILLS, MARK_FORMULA } from "./marks-format";

/**
 * Cell marks: one conditional format per severity over the cells with findings, each a custom
 * rule that names PlanCheck (marks-format.ts). The user's own fills and formats are never
 * touched, so deleting the marks ("Clear marks", the next check) shows every cell exactly as it
 * was. Conditional formats are the documented way to format ranges without changing them
 * ("Apply conditional formatting to Excel ranges").
 */

export interface MarkGroup {
  severity: Severity;
  /** Comma-separated A1 areas, short enough for one Worksheet.getRanges call. */
  addresses: string[];
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
/** Keeps each getRanges address list short. */
const MAX_ADDRESS_CHARS = 2000;

/** The cells to mark on a sheet, by their most serious finding, with runs in a column joined. */
export function markGroups(findings: Finding[], sheet: string): MarkGroup[] {
  const worst = new Map<string, Severity>();
  for (const f of findings) {
    if (f.sheet !== sheet || !parseCellAddress(f.cell)) continue;
    const had = worst.get(f.cell);
    if (!had || RANK[f.severity] > RANK[had]) worst.set(f.cell, f.severity);
  }
  const groups: MarkGroup[] = [];
  for (const severity of ["info", "warning", "error"] as Severity[]) {
    const cells = [...worst].filter(([, s]) => s === severity).map(([cell]) => parseCellAddress(cell)!);
    cells.sort((a, b) => a.col - b.col || a.row - b.row);
    const areas: string[] = [];
    for (let i = 0; i < cells.length; ) {
      let j = i;
      while (j + 1 < cells.length && cells[j + 1].col === cells[i].col && cells[j + 1].row === cells[j].row + 1) j++;
      areas.push(rangeAddress(cells[i].row, cells[i].col, cells[j].row, cells[i].col));
      i = j + 1;
    }
    if (areas.length === 0) continue;
    const addresses: string[] = [];
    let current = "";
    for (const a of areas) {
      if (current !== "" && current.length + a.length + 1 > MAX_ADDRESS_CHARS) {
        addresses.push(current);
        current = "";
      }
      current = current === "" ? a : `${current},${a}`;
    }
    addresses.push(current);
    groups.push({ severity, addresses });
  }
  return groups;
}

/**
 * Queues the marks, each moved to the top of Excel's order (priority 0, "the lower the priority
 * value, the higher the priority" — page "Apply conditional formatting to Excel ranges"): errors,
 * moved last, show over warnings and information, and every mark over the user's own formats.
 */
export function queueMarks(ws: Excel.Worksheet, groups: MarkGroup[]): number {
  let cells = 0;
  for (const g of groups) {
    for (const address of g.addresses) {
      const cf = ws.getRanges(address).conditionalFormats.add("Custom");
      cf.custom.rule.formula = MARK_FORMULA;
      cf.custom.format.fill.color = MARK_FILLS[g.severity];
      cf.priority = 0;
      for (const area of address.split(",")) {
        const r = parseRangeAddress(area)!;
        cells += (r.bottom - r.top + 1) * (r.right - r.left + 1);
      }
    }
  }
  return cells;
}

export function queueClearMarks(ws: Excel.Worksheet, ids: string[]): void {
  const formats = ws.getRange().conditionalFormats;
  for (const id of ids) formats.getItem(id).delete();
}

/** Ids of PlanCheck's marks on a sheet: two syncs (the formats, then the rules of custom ones). */
export async function readMarks(context: Excel.RequestContext, ws: Excel.Worksheet): Promise<string[]> {
  try {
    const formats = ws.getRange().conditionalFormats.load("items/id,items/type");
    await context.sync();
    const rules = formats.items.filter((f) => f.type === "Custom").map((f) => ({ id: f.id, rule: f.custom.rule.load("formula") }));
    await context.sync();
    return rules.filter((r) => isMarkFormula(r.rule.formula)).map((r) => r.id);
  } catch (err) {
    throw asAdapterError(err);
  }
}
