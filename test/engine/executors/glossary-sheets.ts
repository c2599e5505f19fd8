import type { SheetGrid } from "../../../src/engine/grid";

/**
 * A workbook whose plan writes its bodies as abbreviations and explains them on a sheet of their
 * own, after the plan (`Съкращения`): the plan's sheet, then the glossary sheet, as officials lay
 * them out.
 */
export function sheet(name: string, values: string[][]): SheetGrid {
  return { sheet: name, origin: { row: 0, col: 0 }, values, merges: [] };
}

export const PLAN = sheet("План", [
  ["План за дейността през учебната 2024/2025 година", "", "", ""],
  ["№", "Дейност", "Срок", "Отговорник"],
  ["1.", "Квалификация на педагогическите специалисти", "м. октомври 2024 г.", "ДКПСЛ"],
  ["2.", "Открит урок по математика", "м. ноември 2024 г.", "ЕКНУ"],
  ["3.", "Празник на училището", "м. декември 2024 г.", "ДКПСЛ, ЕКНУ"],
  ["4.", "Работа с родители", "м. януари 2025 г.", "ДКПСЛ"],
]);

/** Two columns, under a heading row. */
export const TWO_COLUMNS = sheet("Съкращения", [
  ["Съкращение", "Пълно наименование"],
  ["ДКПСЛ", "Дружество на класните ръководители и педагогическите съветници"],
  ["ЕКНУ", "Екип за квалификация на началните учители"],
]);

/** One cell a row, `ABBR – full name`, under a title. */
export const ONE_CELL = sheet("Съкращения", [
  ["Използвани съкращения"],
  ["ДКПСЛ – Дружество на класните ръководители и педагогическите съветници"],
  ["ЕКНУ – Екип за квалификация на началните учители"],
]);
