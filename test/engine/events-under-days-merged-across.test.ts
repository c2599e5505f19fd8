import { merged, roles, tablesOf } from "./detect/read-tables";
import type { CellValue } from "../../src/engine/grid";

/** A council's weekly list of events: no header, each day merged across over its events, the town in A and the event in B. */
const week: CellValue[][] = [
  ["ОСНОВНІ ЗАХОДИ"],
  ["з 14 по 20 березня 2022 року"],
  [],
  ["14 березня 2022 року"],
  ["м. Полтава", "Обласний семінар директорів закладів загальної середньої освіти (10.00, обласний інститут)"],
  ["", "Нарада з питань організації харчування учнів (14.00, управління освіти)"],
  ["Миргородський район", "Засідання колегії районної ради"],
  ["15 – 18 березня 2022 року"],
  ["м. Полтава", "Тиждень дитячої книги у бібліотеках міста (за окремим планом)"],
];

describe("events under their days merged across, with no header and no column of dates", () => {
  const tables = tablesOf(week, merged("A1:B1", "A2:B2", "A4:B4", "A8:B8"));

  it("are a plan table whose sections are the days", () => {
    expect(tables).toHaveLength(1);
    expect(tables[0].sections.map((s) => s.row)).toEqual([4, 8]);
    expect(tables[0].rows.map((r) => r.row)).toEqual([5, 6, 7, 9]);
    expect(roles(tables[0])).toContain("B:activity");
  });

  it("are no table where only one such day stands over the rows", () => {
    const oneDay = week.slice(0, 7);
    expect(tablesOf(oneDay, merged("A1:B1", "A2:B2", "A4:B4"))).toEqual([]);
  });
});
