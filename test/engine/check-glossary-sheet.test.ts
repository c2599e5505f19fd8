import { checkWorkbook } from "../../src/engine/check";
import type { SheetGrid } from "../../src/engine/grid";

/**
 * A workbook whose plan writes its bodies as abbreviations and explains them on a sheet of their
 * own (`Съкращения`), as officials lay such plans out: checking the workbook reads that sheet as
 * the plan's own glossary.
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

const GLOSSARY = sheet("Съкращения", [
  ["Съкращение", "Пълно наименование"],
  ["ДКПСЛ", "Дружество на класните ръководители и педагогическите съветници"],
  ["ЕКНУ", "Екип за квалификация на началните учители"],
]);

const NOTES = sheet("Бележки", [["Планът е приет на заседание на педагогическия съвет"], ["Протокол № 12"]]);

function bodyFindings(sheets: SheetGrid[]): string[] {
  return checkWorkbook(sheets.map((grid) => ({ grid })))
    .tables.flatMap((t) => t.findings)
    .filter((f) => f.code === "responsible.unknown" || f.code === "responsible.column-unknown")
    .map((f) => `${f.sheet}!${f.cell} ${f.code}`);
}

describe("a glossary on a sheet of its own", () => {
  it("leaves the plan's abbreviations unexplained when no sheet explains them", () => {
    expect(bodyFindings([PLAN, NOTES])).not.toEqual([]);
  });

  it("explains them wherever the glossary sheet sits in the workbook", () => {
    expect(bodyFindings([PLAN, GLOSSARY])).toEqual([]);
    expect(bodyFindings([GLOSSARY, PLAN])).toEqual([]);
  });

  it("explains them beside a registry the workbook already has", () => {
    const withRegistry = checkWorkbook([
      { grid: PLAN, options: { registry: [{ key: "МОН", full: "Министерство на образованието и науката", aliases: [], source: "registry-sheet" }] } },
      { grid: GLOSSARY },
    ]);
    const unknown = withRegistry.tables.flatMap((t) => t.findings).filter((f) => f.code.startsWith("responsible."));
    expect(unknown).toEqual([]);
  });

  it("finds no plan table on the glossary sheet itself", () => {
    const checked = checkWorkbook([PLAN, GLOSSARY].map((grid) => ({ grid })));
    expect(checked.tables.map((t) => t.table.sheet)).toEqual(["План"]);
  });
});
