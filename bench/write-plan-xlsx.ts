import ExcelJS from "exceljs";
import type { SheetGrid } from "../src/engine/grid";

/** Writes a synthetic plan as an .xlsx file, as an official's workbook would hold it. */
export async function writePlanXlsx(grid: SheetGrid, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const ws = wb.addWorksheet(grid.sheet);
  for (const row of grid.values) ws.addRow(row.map((v) => (v === null ? undefined : v)));
  await wb.xlsx.writeFile(file);
}
