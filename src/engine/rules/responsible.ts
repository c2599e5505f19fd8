import { isPersonAmongPeople, namesABody, namesAVenue } from "../executors";
import type { Finding, FindingFix } from "../finding";
import { cellAddress, type PlanColumn, type PlanRow, type PlanTable } from "../plan";
import { isFilled, rowFinding } from "./cells";
import { columnFinding, distinctCells, examplesOf, isFlood } from "./coherence";
import { codesFill, isRomanNumeral, saysWhen } from "./column-trust";
import { tableFacts } from "./facts";
import { rowMeanings } from "../row-meaning";
import type { CheckContext, Rule } from "./types";

/**
 * Bodies in responsible and partner cells that the registry does not know: neither the
 * workbook's own list of abbreviations, nor a registry sheet, nor the common bodies of the
 * country. One finding per unknown body, with the nearest known body as the suggested fix
 * when one is close enough. People and positions (`директор`, `wychowawcy klas`, `K. Nowak`,
 * `Іваненко О.П.`) answer for a task as well as a body does: only a name that reads as a body
 * (an abbreviation, an office, a department, an institution) can be unknown.
 * (Empty responsible cells are `gap.no-responsible`.)
 * When most of a column's filled cells name a body PlanCheck does not know, the column is likely not
 * a column of bodies (classes, branches, places), or the plan uses abbreviations it explains
 * elsewhere: one `responsible.column-unknown` at the header names a few of them instead.
 */
/**
 * A cell written all in capitals, as a heading is (`КЛАСНИТЕ РЪКОВОДИТЕЛИ, УЧЕНИЧЕСКИЯТ СЪВЕТ`,
 * `ВОСПИТАТЕЛИ 4 ОТРЯДА, СТАРШАЯ ВОЖАТАЯ, ФИЗРУК`): it has no lower-case letter and a word of eight
 * letters or more, longer than any abbreviation. Its words are read as words: a name in it is a body
 * by its abbreviations, not by its capitals (`Физрук` is no body; `РУО`, `ЦСДК` stay abbreviations).
 */
function shouts(cell: string): boolean {
  return !LOWER_CASE.test(cell) && LONG_CAPITALS.test(cell);
}

// Made once: a pattern written inside a function is a new object at every call, and this one is asked of every responsible cell.
const LOWER_CASE = /\p{Ll}/u;
const LONG_CAPITALS = /\p{Lu}{8}/u;
const CAPITAL_WORD = /\p{Lu}(?:[’'ʼ]?\p{Lu}){4,}/gu;

/**
 * A name from a cell in capitals as the words would be written in a sentence: in lower case, its
 * abbreviations kept (`РУО КЮСТЕНДИЛ` -> `РУО кюстендил`). Capitals hide whether a word opened a
 * body's proper name or went on a line before it (`ПРЕДСЕДАТЕЛЬ⏎ПОПЕЧИТЕЛЬС-⏎КОГО СОВЕТА`): only an
 * abbreviation, which keeps its capitals in any cell, still says it is a body's name.
 */
function spokenInCapitals(name: string): string {
  return name.replace(CAPITAL_WORD, (w) => w.toLowerCase());
}


/**
 * A column written all in capitals, one of its cells plainly words (`ЦЕНТР «ЗДОРОВЬЕ»` beside
 * `КОНСУЛ`, `ПРЕСС-ЦЕНТР`): every cell is in capitals as that one is, its words words.
 */
function columnShouts(table: PlanTable, column: PlanColumn, checkable: readonly boolean[]): boolean {
  let words = false;
  for (let i = 0; i < table.rows.length; i++) {
    if (!checkable[i]) continue;
    const text = table.rows[i].cells[column.key];
    if (!isFilled(text)) continue;
    if (LOWER_CASE.test(text)) return false;
    if (LONG_CAPITALS.test(text)) words = true;
  }
  return words;
}

/** Cells naming venues, and the share of a column's cells they make (one in four), that make it a column of places. */
const MIN_VENUES = 2;
const VENUE_SHARE = 4;

/** Letters a name needs before a near known name is offered for it. */
const MIN_SUGGESTED = 4;

function letters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

/** Two rows' cells of a column are one cell: the same address (`cellAddress`). */
function sameCell(a: PlanRow, b: PlanRow, column: PlanColumn): boolean {
  const refA = a.refs?.[column.key];
  const refB = b.refs?.[column.key];
  if (refA === undefined && refB === undefined) return a.row === b.row;
  if (refA !== undefined && refB !== undefined) return refA === refB;
  return cellAddress(a, column) === cellAddress(b, column);
}

export const responsibleRule: Rule = {
  id: "responsible",
  codes: ["responsible.unknown", "responsible.column-unknown"],
  run(table: PlanTable, ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    const columns = table.columns.filter((c) => c.role === "responsible" || c.role === "partners");
    const { checkable } = tableFacts(table);
    const meanings = rowMeanings(table, ctx);
    for (const column of columns) {
      const found: Finding[] = [];
      // Filled cells read, each merged cell (consecutive rows, one address) once.
      let read = 0;
      // The row of the last cell read. Cells on their own rows' lines are told apart by their rows
      // alone; an address is made only where a merged cell is compared.
      let lastAt = -1;
      let venues = 0;
      const shouted = columnShouts(table, column, checkable);
      for (let i = 0; i < table.rows.length; i++) {
        if (!checkable[i]) continue;
        const row = table.rows[i];
        const text = row.cells[column.key];
        if (!isFilled(text)) continue;
        if (lastAt < 0 || !sameCell(table.rows[lastAt], row, column)) {
          read++;
          if (namesAVenue(text)) venues++;
        }
        lastAt = i;
        const bodies = meanings.bodies(i, column.key)!;
        const capitals = shouted || shouts(text);
        for (let b = 0; b < bodies.length; b++) {
          const body = bodies[b];
          if (body.known || !namesABody(body.text) || (capitals && !namesABody(spokenInCapitals(body.text))) || isRomanNumeral(body.text) || saysWhen(body.text)) continue;
          if (isPersonAmongPeople(body.text, bodies.map((other) => other.text))) continue;
          // A suggestion for a name of two or three letters is a guess (`НВР` is not `МВР`): none is made.
          const fix: FindingFix = body.suggestion && letters(body.text) >= MIN_SUGGESTED
            ? { key: "fix.responsible.suggest", params: { suggestion: body.suggestion } }
            : { key: "fix.responsible.glossary", params: {} };
          found.push(rowFinding(table, row, column.key, "responsible.unknown", "warning", { body: body.text }, fix));
        }
      }
      // A column of places headed as the responsible one (`Място на провеждане` relabelled): the
      // institutions among its venues are no bodies answering for tasks, cell by cell.
      const places = venues >= MIN_VENUES && venues * VENUE_SHARE >= read;
      if (found.length === 0) continue;
      if (!places && !isFlood(distinctCells(found), read)) out.push(...found);
      // A column typed from its cells alone, most of them codes PlanCheck does not know (`ІХ`,
      // `PINV`), is likely no responsible column at all (column-trust.ts): nothing in it is judged.
      else if (!codesFill(column, found, read)) {
        out.push(columnFinding(table, column, "responsible.column-unknown", "warning", found, read, { examples: examplesOf(found.map((f) => String(f.params.body))) }, {
          key: "fix.responsible.column-unknown",
          params: { column: column.column },
        }));
      }
    }
    return out;
  },
};
