import { roles, tablesOf } from "./detect/read-tables";
import type { CellValue } from "../../src/engine/grid";

/** A school's dates page pasted from the web: the terms under `Term | Dates`, one empty row, then the breaks under `Break | Dates`. */
const page: CellValue[][] = [
  ["Term", "Dates"],
  ["Autumn 2025", "3rd Sept – 19th Dec"],
  ["Spring 2026", "5th Jan – 27th March"],
  ["Summer 2026", "14th April – 21st July"],
  [],
  ["Break", "Dates"],
  ["Autumn Half Term", "27th Oct – 31st Oct"],
  ["Christmas Break", "22nd Dec – 2nd Jan"],
  ["Spring Half Term", "16th Feb – 20th Feb"],
  ["Easter Break", "30th March – 10th April"],
  ["Summer Half Term", "25th May – 29th May"],
];

describe("two small tables without a header PlanCheck knows, one empty row apart", () => {
  const tables = tablesOf(page);

  it("reads the row of other labels over the same columns after the empty row as the next table's header, not a task", () => {
    expect(tables.map((t) => t.range)).toEqual(["A1:B4", "A6:B11"]);
    expect(tables.map((t) => t.headerRows)).toEqual([[1], [6]]);
    expect(tables.map((t) => t.rows.length)).toEqual([3, 5]);
  });

  it("takes the breaks named down the first column as the items their dates are for", () => {
    expect(roles(tables[1])).toEqual(["A:activity", "B:deadline"]);
  });

  it("keeps one table where the labels after the empty row are its own header again", () => {
    const again = page.map((r, i) => (i === 5 ? ["Term", "Dates"] : r));
    expect(tablesOf(again)).toHaveLength(1);
  });
});
