import { glossaryFromSheet } from "../../../src/engine/executors";
import { checkSheet } from "../../../src/engine/check";
import type { SheetGrid } from "../../../src/engine/grid";

/**
 * A workbook whose plan writes its bodies as abbreviations and explains them on a sheet of their
 * own, after the plan (`Съкращения`): the plan's sheet, then the glossary sheet, as officials lay
 * them out.
 */
function sheet(name: string, values: string[][]): SheetGrid {
  return { sheet: name, origin: { row: 0, col: 0 }, values, merges: [] };
}

const PLAN = sheet("План", [
  ["План за дейността през учебната 2024/2025 година", "", "", ""],
  ["№", "Дейност", "Срок", "Отговорник"],
  ["1.", "Квалификация на педагогическите специалисти", "м. октомври 2024 г.", "ДКПСЛ"],
  ["2.", "Открит урок по математика", "м. ноември 2024 г.", "ЕКНУ"],
  ["3.", "Празник на училището", "м. декември 2024 г.", "ДКПСЛ, ЕКНУ"],
  ["4.", "Работа с родители", "м. януари 2025 г.", "ДКПСЛ"],
]);

/** Two columns, under a heading row. */
const TWO_COLUMNS = sheet("Съкращения", [
  ["Съкращение", "Пълно наименование"],
  ["ДКПСЛ", "Дружество на класните ръководители и педагогическите съветници"],
  ["ЕКНУ", "Екип за квалификация на началните учители"],
]);

/** One cell a row, `ABBR – full name`, under a title. */
const ONE_CELL = sheet("Съкращения", [
  ["Използвани съкращения"],
  ["ДКПСЛ – Дружество на класните ръководители и педагогическите съветници"],
  ["ЕКНУ – Екип за квалификация на началните учители"],
]);

/** The sheet's cells as text, as a host hands them over. */
function rowsOf(grid: SheetGrid): string[][] {
  return grid.values.map((r) => r.map((c) => String(c ?? "")));
}

function unknownBodies(registrySheet: SheetGrid | null): string[] {
  const registry = registrySheet ? glossaryFromSheet(rowsOf(registrySheet)) : undefined;
  return checkSheet(PLAN, registry ? { registry } : {})
    .flatMap((t) => t.findings)
    .filter((f) => f.code === "responsible.unknown" || f.code === "responsible.column-unknown")
    .map((f) => `${f.code} ${String(f.params.body ?? f.params.examples ?? "")}`);
}

describe("abbreviations explained on a sheet of their own", () => {
  it("flags the plan's abbreviations when nothing explains them", () => {
    expect(unknownBodies(null)).not.toEqual([]);
  });

  it.each([["in two columns", TWO_COLUMNS], ["one to a cell, with a dash", ONE_CELL]])("knows them when a glossary sheet lists them %s", (_how, glossary) => {
    expect(unknownBodies(glossary)).toEqual([]);
  });

  it("reads each pair's short and long form", () => {
    expect(glossaryFromSheet(rowsOf(TWO_COLUMNS))).toEqual([
      { key: "ДКПСЛ", full: "Дружество на класните ръководители и педагогическите съветници", aliases: [], source: "workbook-glossary" },
      { key: "ЕКНУ", full: "Екип за квалификация на началните учители", aliases: [], source: "workbook-glossary" },
    ]);
  });

  it("reads nothing from a plan's sheet", () => {
    expect(glossaryFromSheet(rowsOf(PLAN))).toEqual([]);
  });
});
