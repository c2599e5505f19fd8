import { type CellValue } from "../../../src/engine/grid";
import { roles, tablesOf } from "./read-tables";

/** A school's term dates: the term's name, then the dates of its two halves. */
describe("term names are what a table of term dates dates", () => {
  it("reads the `Term` column over `Autumn`, `Spring`, `Summer` as the task beside the dated halves", () => {
    const rows: CellValue[][] = [
      ["Term", "First half-term dates", "Second half-term dates"],
      ["Autumn", "Sept 4th to Oct 20th", "Oct 30 to Dec 15th"],
      ["Spring", "Jan 2nd to Feb 9th", "Feb 19th to March 29th"],
      ["Summer", "April 16th to May 25th", "Jun 4th to Jul 25th"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:activity", "B:deadline", "C:deadline"]);
  });

  it("leaves the term names as they are beside a task column of its own", () => {
    const rows: CellValue[][] = [
      ["Term", "Event", "Date"],
      ["Autumn", "Harvest festival assembly", "Oct 20th"],
      ["Spring", "Parents' evening for Year 6", "Feb 9th"],
      ["Summer", "Sports day on the school field", "Jun 4th"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)[1]).toBe("B:activity");
    expect(roles(table)[0]).not.toBe("A:activity");
  });
});
