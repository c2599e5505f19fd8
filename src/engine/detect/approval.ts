import { VOCABULARY } from "../deadline/vocabulary";
import { fold } from "../deadline/text";
import type { SheetRows } from "./sheet-rows";

/** One word alone on its line, a stop or colon after it (`ЗАТВЕРДЖУЮ`, `Zatwierdzam:`, `APPROVED.`). */
const ONE_WORD = /^\s*(\p{L}+)\s*[:.]?\s*$/u;

/**
 * Whether a line is the word an approval block opens with, alone: one of the words that sign a
 * document off in the plan's languages (the same the plan period passes over), written as one word.
 */
function opensApproval(text: string): boolean {
  const word = ONE_WORD.exec(text);
  if (word === null) return false;
  const signed = VOCABULARY.approvalWords.exec(fold(word[1]));
  return signed !== null && signed.index === 0;
}

/**
 * The sheet's first line past an approval block at its top (the approval word alone on the first
 * line, its lines down to an empty row), or its first line when it opens with none; -1 on an empty
 * sheet. The plan's title is there, not on the approval's lines.
 */
export function firstLinePastApproval(sheet: SheetRows): number {
  const first = sheet.nextNonBlank(sheet.first - 1);
  if (first < 0 || !sheet.cells(first).texts.some(opensApproval)) return first;
  let r = first;
  while (r <= sheet.last && !sheet.isBlank(r)) r++;
  return r > sheet.last ? first : sheet.nextNonBlank(r);
}
