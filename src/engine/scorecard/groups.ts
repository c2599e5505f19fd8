/**
 * Grouping rows by a perspective or objective written in a cell. One rule for the scorecard
 * tree and for =PLAN.ROLLUPIF, so both put the same rows in the same group.
 */

/** The key a group name is compared by: case, surrounding spaces and line breaks ignored. */
export function groupKey(text: string): string {
  return text.replace(/\s+/gu, " ").trim().toLowerCase();
}

/**
 * A group written once applies to the rows below it until the next one, as in merged cells
 * and pasted tables where the perspective is written only on its first row.
 */
export function fillDown(names: string[]): string[] {
  let current = "";
  return names.map((name) => {
    if (name.trim() !== "") current = name;
    return current;
  });
}
