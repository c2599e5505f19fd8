import { glossaryFromSheet } from "../../../src/engine/executors";
import { checkSheet } from "../../../src/engine/check";
import type { SheetGrid } from "../../../src/engine/grid";
import { ONE_CELL, PLAN, TWO_COLUMNS } from "./glossary-sheets";

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
