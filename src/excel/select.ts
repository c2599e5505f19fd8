import type { Finding } from "../engine/finding";
import { ExcelAdapterError, asAdapterError } from "./errors";

/**
 * Shows a finding's cell: activates its sheet and selects the cell (Range.select). A hidden sheet
 * cannot be shown, so the user is told to unhide it instead of getting Excel's error.
 */
export async function selectFinding(context: Excel.RequestContext, finding: Pick<Finding, "sheet" | "cell">): Promise<void> {
  const ws = context.workbook.worksheets.getItemOrNullObject(finding.sheet);
  ws.load("visibility");
  try {
    await context.sync();
  } catch (err) {
    throw asAdapterError(err);
  }
  if (ws.isNullObject) throw new ExcelAdapterError("excel.error.sheet-missing", { sheet: finding.sheet });
  if (ws.visibility !== "Visible") throw new ExcelAdapterError("excel.error.hidden-sheet", { sheet: finding.sheet, cell: finding.cell });
  ws.activate();
  ws.getRange(finding.cell).select();
  try {
    await context.sync();
  } catch (err) {
    throw asAdapterError(err);
  }
}
