import { namesABody } from "../executors";
import { namesSomeone } from "../executors/entry-kind";
import type { Finding } from "../finding";
import type { PlanColumn, PlanTable } from "../plan";
import { rowMeanings } from "../row-meaning";
import { isFilled } from "./cells";
import { isFlood } from "./coherence";
import { tableFacts } from "./facts";
import type { CheckContext } from "./types";

/**
 * Whether PlanCheck is sure enough of a column's role to judge its cells by it.
 *
 * A responsible column typed from its cells alone (no heading names it) was chosen because its
 * cells look like names: capitals, abbreviations, short words. When most of its cells are bare
 * codes PlanCheck does not know (capitals and numerals only: `ІХ`, `VI – VII`, `PINV`), the
 * likelier truth is that the column holds something else (months in Roman numerals, classes,
 * work-stream codes), not that every row names an unknown body or leaves its body out. Such a
 * column is not judged: no body in it is unknown, no empty cell of it is a missing responsible
 * body, and no finding says the column is at fault. Unknown names written out
 * (`Малобуяновский ЦСДК`) read as the institutions they are, and a heading that names the column
 * (`Відповідальні`) is evidence of its own: those columns are judged.
 */
export function unsureResponsibleColumn(table: PlanTable, column: PlanColumn, ctx: CheckContext): boolean {
  const { checkable } = tableFacts(table);
  if (romanNumeralsFill(table, column, checkable)) return true;
  if (column.source !== "content") return false;
  const meanings = rowMeanings(table, ctx);
  let read = 0;
  let codes = 0;
  for (let i = 0; i < table.rows.length; i++) {
    if (!checkable[i] || !isFilled(table.rows[i].cells[column.key])) continue;
    read++;
    const unknown = meanings.bodies(i, column.key)!.filter((b) => !b.known && namesABody(b.text));
    if (unknown.length > 0 && unknown.every((b) => isBareCode(b.text))) codes++;
  }
  return isFlood(codes, read);
}

/**
 * The same judgement from the responsible rule's own findings (`responsible.unknown`, one per
 * unknown body, `params.body`) and the cells it read: a column typed from content most of whose
 * cells are unknown bare codes.
 */
export function codesFill(column: PlanColumn, unknown: readonly Finding[], read: number): boolean {
  if (column.source !== "content") return false;
  const byCell = new Map<string, boolean>();
  for (const f of unknown) byCell.set(f.cell, (byCell.get(f.cell) ?? true) && isBareCode(String(f.params.body)));
  let codes = 0;
  for (const bare of byCell.values()) if (bare) codes++;
  return isFlood(codes, read);
}

/**
 * Roman numerals down most of a column (`ІХ`, `Х`, `ХІ`, `VI – VII`, Cyrillic look-alikes too) name
 * months, terms or classes, never a body, whatever the heading over them says (`Отговорник` over a
 * column of months): a lone `Х` there is October, not a mark for "nobody". Such a column is not
 * judged as the responsible one.
 */
function romanNumeralsFill(table: PlanTable, column: PlanColumn, checkable: readonly boolean[]): boolean {
  let read = 0;
  let roman = 0;
  for (let i = 0; i < table.rows.length; i++) {
    const text = table.rows[i].cells[column.key];
    if (!checkable[i] || !isFilled(text)) continue;
    read++;
    if (isRomanNumeral(text!)) roman++;
  }
  return isFlood(roman, read);
}

/**
 * A Roman numeral, or a span or list of them (`ІХ`, `IV – V`, `VII- VIII`, Cyrillic look-alikes
 * too): in a plan a month, a class or a children's group, never a body. Such a name is not judged
 * unknown, whatever column it stands in: replayed on every verdict on the corpus, 39
 * `responsible.unknown` judged wrong (all at first contact: months under `МЕСЕЦ`, classes under
 * `Класове`, groups) and none judged right.
 */
const ROMAN_NUMERALS = /^[IVXІХ]{1,4}\.?(?:\s*[-‐‑‒–—,;/]\s*[IVXІХ]{1,4}\.?)*$/u;

export function isRomanNumeral(text: string): boolean {
  return ROMAN_NUMERALS.test(text.trim());
}

/** Capitals, numerals and marks only, no word written out: `ІХ`, `IV – V`, `PEVAL`, `Ф.1`. */
function isBareCode(text: string): boolean {
  return !/\p{Ll}/u.test(text);
}

/**
 * Text naming only people, posts or bodies (`All teachers`, `Директор`, `Министерство образования`,
 * `K. Nowak`) and no figure: what a responsible cell holds.
 */
export function namesSomeoneOnly(text: string): boolean {
  return !/\d/.test(text) && namesSomeone(text);
}

/** A responsible column filled on at most one in this many of its task rows is written once per group of rows. */
const SPARSE = 3;

/**
 * A responsible column filled on at most one in three of its task rows, on two of them at least:
 * a body written once over a run of rows (on its first row, as a group's label is), or a column
 * holding something else under a responsible heading (`ГРУПА` over `ПЪРВА`, `ВТОРА`). Its empty
 * cells are no missing bodies, one by one.
 */
export function sparseResponsibleColumn(table: PlanTable, column: PlanColumn): boolean {
  const { checkable } = tableFacts(table);
  let rows = 0;
  let filled = 0;
  for (let i = 0; i < table.rows.length; i++) {
    if (!checkable[i]) continue;
    rows++;
    if (isFilled(table.rows[i].cells[column.key])) filled++;
  }
  return filled >= 2 && filled * SPARSE <= rows && isFlood(rows - filled, rows);
}

/**
 * A time of day or a whole date written in a name (`11.00⏎молодежный центр`, `Образовательные
 * учреждения 9 - 11 июня 2003 г.`): the cell says when and where an event is, as a deadline or
 * place column does, and no body's name holds one. Such a name is not judged unknown.
 */
const WHEN = /(?<![\d.,])(?:(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\d.,])|\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})(?!\d)|(?:19|20)\d{2}\s*(?:г|р|r)(?:\.|(?!\p{L})))/u;

export function saysWhen(text: string): boolean {
  return WHEN.test(text);
}
