import { readWorkbook } from "../../src/xlsx/read-workbook";
import { createMemoryExcel, type MemoryExcel, type MemoryExcelOptions } from "../../src/memory-host";

/** An in-memory Excel holding the sheets of an .xlsx file, read by the command line's file adapter. */
export async function memoryExcelFromFile(path: string, options?: MemoryExcelOptions): Promise<MemoryExcel> {
  const workbook = await readWorkbook(path);
  return createMemoryExcel({ sheets: workbook.sheets }, options);
}
