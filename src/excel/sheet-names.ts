import type { SheetInfo } from "../workbook/record";

/** Excel's limit on sheet names. */
const MAX_NAME = 31;

/**
 * A name for a sheet PlanCheck creates: the localized name, or with " (2)", " (3)" when a sheet
 * of the user's already has it. A user's sheet is never reused because of its name.
 */
export function freeSheetName(base: string, sheets: SheetInfo[], replacing: string | null = null): string {
  const taken = new Set(sheets.filter((s) => s.id !== replacing).map((s) => s.name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base.slice(0, MAX_NAME);
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, MAX_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
