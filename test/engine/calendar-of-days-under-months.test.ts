import { roles, tablesOf } from "./detect/read-tables";
import type { CellValue } from "../../src/engine/grid";

/** A preschool's calendar page: no header, each month's name alone in A, then its days in A and the events in B. */
const calendar: CellValue[][] = [
  ["September"],
  ["8", "First Day of School"],
  ["19", "Picture Day"],
  ["October"],
  ["10", "Parent/Teacher Conference"],
  ["27-31", "Book Week"],
  [],
  ["November"],
  ["11", "Veterans Day (no school)"],
  ["26-28", "Thanksgiving Holidays (no school)"],
];

describe("a calendar by month with no header: days alone down the first column under months' names", () => {
  const tables = tablesOf(calendar);

  it("is one plan table, the months its sections, an empty row before a month no end of it", () => {
    expect(tables).toHaveLength(1);
    expect(tables[0].sections.map((s) => s.row)).toEqual([1, 4, 8]);
    expect(tables[0].rows.map((r) => r.row)).toEqual([2, 3, 5, 6, 9, 10]);
  });

  it("dates the events by the days column and takes the other as the events", () => {
    expect(roles(tables[0])).toEqual(["A:deadline", "B:activity"]);
  });

  it("takes events numbered again under each month (1, 2, 3, then 1, 2) for numbered events, never for days", () => {
    const numbered: CellValue[][] = [
      ["Вересень"],
      ["1", "Свято Дня знань"],
      ["2", "Тиждень безпеки дорожнього руху"],
      ["3", "Осінній ярмарок"],
      ["Жовтень"],
      ["1", "День вчителя"],
      ["2", "Свято осені"],
    ];
    expect(tablesOf(numbered).every((t) => t.columns.every((c) => c.role !== "deadline"))).toBe(true);
  });

  it("is no calendar where the first column numbers the rows under one heading only", () => {
    const list: CellValue[][] = [["Tasks"], ["1", "Prepare the classrooms"], ["2", "Order the books"], ["3", "Check the fire alarms"]];
    expect(tablesOf(list).every((t) => t.columns.every((c) => c.role !== "deadline"))).toBe(true);
  });
});
