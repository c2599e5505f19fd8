import { detectPlanTables } from "../../../src/engine/plan-tables";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";

function roles(rows: CellValue[][]): string[] {
  const tables = detectPlanTables(gridFromRows("S", rows));
  return tables.length > 0 ? tables[0].columns.map((c) => `${c.column}:${c.role}`) : [];
}

describe("the terms named beside the dates they run over are no deadlines", () => {
  it("reads `Term 1 | 29 January – 28 March` with the dates, not the terms' names, as the deadline", () => {
    const read = roles([
      ["Term Dates 2024", null],
      ["Term 1", "29 January – 28 March"],
      ["Term 2", "15 April – 28 June"],
      ["Term 3", "15 July – 20 September"],
      ["Term 4", "7 October – 20 December"],
    ]);
    expect(read).toContain("B:deadline");
    expect(read).not.toContain("A:deadline");
  });
});
