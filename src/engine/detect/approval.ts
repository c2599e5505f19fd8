import type { SheetRows } from "./sheet-rows";

/**
 * The word an approval block opens with, alone on its line (`ЗАТВЕРДЖУЮ`, `УТВЕРЖДАЮ`,
 * `УТВЪРЖДАВАМ`, `Zatwierdzam`, `APPROVED`), in the plan's languages: the approver's post, name and
 * date follow it, down to an empty row.
 */
const APPROVAL_WORD = /^\s*(?:затверджую|затверджено|утверждаю|утверждено|утвърждавам|утвърдил|zatwierdzam|zatwierdzono|approved)\s*[:.]?\s*$/iu;

/**
 * The sheet's first line past an approval block at its top (the approval word alone on the first
 * line, its lines down to an empty row), or its first line when it opens with none; -1 on an empty
 * sheet. The plan's title is there, not on the approval's lines.
 */
export function firstLinePastApproval(sheet: SheetRows): number {
  const first = sheet.nextNonBlank(sheet.first - 1);
  if (first < 0 || !sheet.cells(first).texts.some((t) => APPROVAL_WORD.test(t))) return first;
  let r = first;
  while (r <= sheet.last && !sheet.isBlank(r)) r++;
  return r > sheet.last ? first : sheet.nextNonBlank(r);
}
