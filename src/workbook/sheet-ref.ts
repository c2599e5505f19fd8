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

/**
 * A reference split into its sheet (unquoted; null when it names none) and the address after the
 * `!`: `'It''s'!A1:B2` -> `It's` and `A1:B2`. Null when it cannot be a reference: a quote left open,
 * a quoted name not followed by `!`, a bare name with a quote or `#` in it (`#REF!`).
 */
export function splitSheetReference(ref: string): { sheet: string | null; rest: string } | null {
  const t = ref.trim();
  const quoted = /^'((?:[^']|'')+)'!/.exec(t);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), rest: t.slice(quoted[0].length) };
  const bang = t.indexOf("!");
  if (bang < 0) return t.startsWith("'") ? null : { sheet: null, rest: t };
  const sheet = t.slice(0, bang);
  return /^[^'#]+$/.test(sheet) ? { sheet, rest: t.slice(bang + 1) } : null;
}

/** The sheet a reference names: `'My sheet'!$A$1` -> `My sheet`, `Report!$A$1` -> `Report`; null without one. */
export function sheetOfReference(ref: string): string | null {
  return splitSheetReference(ref)?.sheet ?? null;
}
