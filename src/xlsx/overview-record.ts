import type { WorkbookSnapshot } from "./read-workbook";
import { ownedSheetNames } from "./workbook-record";

/**
 * The receiving office's overview is PlanCheck's own output, not a plan: it is often written into
 * the very folder it speaks of, and the next check of that folder must not take it for a received
 * plan. It says so the way every workbook says which sheets PlanCheck made — its record
 * (docs/workbook-metadata.md, written by table-workbook) lists each of its sheets — so it is
 * recognised by what PlanCheck wrote into it, never by its name.
 */

/**
 * True for a workbook every sheet of which PlanCheck made, by its record or report marker: an
 * overview, not anyone's plan. A plan's report copy keeps the plan's own sheets, so it is not one.
 */
export function isPlanCheckOutput(workbook: WorkbookSnapshot): boolean {
  const owned = ownedSheetNames(workbook.metadata, workbook.reportSheet);
  return workbook.sheets.length > 0 && workbook.sheets.every((s) => owned.has(s.sheet));
}
