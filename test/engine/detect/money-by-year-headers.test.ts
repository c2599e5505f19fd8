import { type CellValue } from "../../../src/engine/grid";
import { merged, tablesOf } from "./read-tables";

// A programme annex's resource table: status, name and source merged down over two header rows, the
// spending heading merged across the years under it, one row per source of funding.
const annex: CellValue[][] = [
  ["Ресурсне забезпечення програми"],
  ["Статус", "Назва програми", "Джерела фінансування", "Обсяг видатків (тис. грн), роки", null, null, null],
  [null, null, null, "Усього", "2024", "2025", "2026"],
  ["Програма", "Розвиток освіти громади", "Усього", "3 600,0", "1 100,0", "1 200,0", "1 300,0"],
  [null, null, "державний бюджет", "600,0", "200,0", "200,0", "200,0"],
  [null, null, "місцевий бюджет", "3 000,0", "900,0", "1 000,0", "1 100,0"],
];
const annexMerges = ["B1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:G2", "A4:A6", "B4:B6"];

describe("a header whose lower row lists years under a heading merged across them", () => {
  it("is read as one header of two rows over the money by year", () => {
    const tables = tablesOf(annex, merged(...annexMerges));
    expect(tables).toHaveLength(1);
    expect(tables[0].headerRows).toEqual([2, 3]);
    expect(tables[0].columns.find((c) => c.column === "B")?.role).toBe("activity");
  });

  it("needs three years under the heading: two columns of figures may be anything", () => {
    const twoYears = annex.map((r) => r.slice(0, 6));
    const tables = tablesOf(twoYears, merged("B1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "A4:A6", "B4:B6"));
    expect(tables.every((t) => !t.headerRows.includes(2))).toBe(true);
  });

  it("needs the other headings merged down over the years' row: a title over a row of years heads nothing", () => {
    const tables = tablesOf(annex, merged("B1:G1", "D2:G2", "A4:A6", "B4:B6"));
    expect(tables.every((t) => !t.headerRows.includes(2))).toBe(true);
  });
});
