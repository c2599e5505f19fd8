/**
 * The report sheet as rows of text, whoever writes it (the .xlsx writer here, the Excel adapter
 * in the add-in): a summary block, then a header and one row per finding linking to its cell.
 */
export interface ReportSheetModel {
  /** Sheet name in the user's language ("PlanCheck report", "Доклад PlanCheck", ...). */
  name: string;
  /** Label/value pairs shown above the findings. */
  summary: [string, string | number][];
  headers: string[];
  rows: ReportSheetRow[];
}

export interface ReportSheetRow {
  /** The finding's cell, the target of the row's hyperlink (always in the same workbook). */
  link: { sheet: string; cell: string };
  /** Text shown in the link cell. */
  linkText: string;
  cells: string[];
}

/** A sheet-qualified reference Excel accepts in a hyperlink location: 'My sheet'!B7. */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
