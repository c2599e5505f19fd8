/**
 * Sheet names in references, the one place that quotes and unquotes them. Inside quotes an
 * apostrophe is doubled: `'Plan''s report'!A1`.
 */

/** A reference PlanCheck writes (hyperlinks, defined names): always quoted, so any name is safe. */
export function sheetRef(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}

/**
 * A sheet name as Excel itself writes it in an address (`Range.address`): bare when it is letters,
 * digits, `_` and `.` and cannot be read as a cell (`AB12`), quoted otherwise.
 */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The sheet a reference names: `'My sheet'!$A$1` -> `My sheet`, `Report!$A$1` -> `Report`; null without one. */
export function sheetOfReference(ref: string): string | null {
  const m = /^'((?:[^']|'')+)'!|^([^!'#]+)!/.exec(ref.trim());
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}
