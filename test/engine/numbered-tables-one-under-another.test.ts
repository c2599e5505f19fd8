import { type CellValue } from "../../src/engine/grid";
import { merged, tablesOf } from "./detect/read-tables";

// A school's year at a glance: numbered captions, each over the same header and rows numbered from 1.
const rows: CellValue[][] = [
  ["Річний графік школи на 2025/2026 н.р."],
  ["1. Структура навчального року"],
  ["№", "Захід", "Термін"],
  ["1", "І семестр", "01.09.2025 - 26.12.2025"],
  ["2", "ІІ семестр", "12.01.2026 - 29.05.2026"],
  ["3", "Зимові канікули", "27.12.2025 - 11.01.2026"],
  ["2. Батьківські збори"],
  ["№", "Захід", "Термін"],
  ["1", "Загальношкільні батьківські збори", "10.09.2025"],
  ["2", "Класні батьківські збори", "19.11.2025"],
];
const merges = merged("A1:C1", "A2:C2", "A7:C7");

describe("the same header again under a numbered caption, its rows numbered from 1 again", () => {
  it("opens a table of its own; the first caption is the first table's, not a section of it", () => {
    const tables = tablesOf(rows, merges);
    expect(tables.map((t) => t.headerRows)).toEqual([[3], [8]]);
    expect(tables.map((t) => t.rows.map((r) => r.row))).toEqual([[4, 5, 6], [9, 10]]);
    expect(tables[0].sections).toEqual([]);
  });

  it("stays one table where the numbering runs on under the header repeated", () => {
    const runsOn = rows.map((r, i) => (i === 8 ? ["4", ...r.slice(1)] : i === 9 ? ["5", ...r.slice(1)] : r));
    const tables = tablesOf(runsOn, merges);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((r) => r.row)).toEqual([4, 5, 6, 9, 10]);
  });
});

describe("numbered captions over a header PlanCheck reads only from its rows (`Lp. | Opis | Termin`)", () => {
  it("still part the tables, each under its own header", () => {
    const polish: CellValue[][] = [
      ["1. Organizacja roku szkolnego"],
      ["Lp.", "Opis", "Termin"],
      ["1", "Półrocze I", "01.09.2025 - 31.01.2026"],
      ["2", "Ferie zimowe", "02.02 - 15.02.2026"],
      ["3", "Ferie letnie", "27.06 - 31.08.2026"],
      ["2. Spotkania z rodzicami"],
      ["Lp.", "Opis", "Termin"],
      ["1", "Wywiadówka", "10.09.2025"],
      ["2", "Wywiadówka", "26.11.2025"],
    ];
    const tables = tablesOf(polish, merged("A1:C1", "A6:C6"));
    expect(tables.map((t) => t.headerRows)).toEqual([[2], [7]]);
    expect(tables[0].sections).toEqual([]);
  });
});
