import type { PlanColumn, PlanTable } from "../plan";
import { rowMeanings } from "../row-meaning";
import { isFilled } from "./cells";
import { isFlood } from "./coherence";
import { tableFacts } from "./facts";
import { namesABody } from "./responsible";
import type { CheckContext } from "./types";

/**
 * Whether PlanCheck is sure enough of a column's role to judge its cells by it.
 *
 * A responsible column typed from its cells alone (no heading names it) was chosen because its
 * cells look like names: capitals, abbreviations, short words. When most of those names are
 * bodies PlanCheck does not know, the likelier truth is that the column holds something else
 * (months in Roman numerals, classes, work-stream codes), not that every row names an unknown
 * body or leaves its body out. Such a column is not judged: no body in it is unknown, no empty
 * cell of it is a missing responsible body, and no finding says the column is at fault.
 * A heading that names the column (`Відповідальні`) is evidence of its own: its cells are judged.
 */
export function unsureResponsibleColumn(table: PlanTable, column: PlanColumn, ctx: CheckContext): boolean {
  if (column.source !== "content") return false;
  const { checkable } = tableFacts(table);
  const meanings = rowMeanings(table, ctx);
  let read = 0;
  let unknown = 0;
  for (let i = 0; i < table.rows.length; i++) {
    if (!checkable[i] || !isFilled(table.rows[i].cells[column.key])) continue;
    read++;
    if (meanings.bodies(i, column.key)!.some((b) => !b.known && namesABody(b.text))) unknown++;
  }
  return isFlood(unknown, read);
}
