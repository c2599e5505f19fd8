import { checkWorkbook } from "../../src/engine/check";
import type { SheetGrid } from "../../src/engine/grid";
import { PLAN, sheet, TWO_COLUMNS as GLOSSARY } from "./executors/glossary-sheets";

// Checking a whole workbook reads a glossary sheet as the plan's own list of abbreviations.
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
