import { tablesOf } from "../detect/read-tables";
import type { CellValue } from "../../../src/engine/grid";

const header: CellValue[] = ["No.", "Task", "Responsible", "Term"];

describe("a line naming the calendar year between the rows of a school-year calendar", () => {
  it("is a section heading, in the task column too, and the rows under it stay tasks of their own", () => {
    const [t] = tablesOf([
      ["CALENDAR"],
      header,
      ["13.", "Christmas meetings with the form teacher", "form teachers", "22.12 (Friday)"],
      ["14.", "Winter holiday", "ministry", "23.12 – 31.12"],
      ["", "YEAR 2024", "", ""],
      ["15.", "New Year's Day – a day off", "ministry", "01.01 (Monday)"],
    ]);
    expect(t.sections).toEqual([{ row: 5, title: "YEAR 2024" }]);
    expect(t.rows.map((r) => r.row)).toEqual([3, 4, 6]);
  });

  it("is the rest of the date above when the year alone is written after it", () => {
    const [t] = tablesOf([
      ["CALENDAR"],
      header,
      ["1.", "Report on the first term", "head teacher", "by 31 December"],
      ["", "", "", "2024"],
      ["2.", "Report on the second term", "head teacher", "by 30 June 2025"],
    ]);
    expect(t.sections).toEqual([]);
    expect(t.rows.map((r) => r.row)).toEqual([3, 5]);
  });
});
