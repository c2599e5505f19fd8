import { type CellValue } from "../../../src/engine/grid";
import { roles, tablesOf } from "./read-tables";

/** Headings over a column of dates: which of them the dates decide, and which they do not. */

describe("a review heading over dates", () => {
  it("stays the monitoring: the dates say when the work is reviewed, not when it is due", () => {
    const rows: CellValue[][] = [
      ["Tasks/Actions", "Responsibility", "Timescales", "Review with Working Group"],
      ["Contact the road safety team", "School Champion", "Nov 2005", "Dec 2005"],
      ["Find a coordinator", "Headteacher", "Oct 2005", "Sept 2005"],
      ["Advertise for volunteers", "School Governor", "Oct 2005", "Jan 2006"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:activity", "B:responsible", "C:deadline", "D:monitoring"]);
  });
});

describe("a money heading over dates", () => {
  it("is the deadline the dates say it is", () => {
    const rows: CellValue[][] = [
      ["Tasks/Actions", "Responsibility", "Resources"],
      ["Contact the road safety team", "School Champion", "Nov 2005"],
      ["Find a coordinator", "Headteacher", "Oct 2005"],
      ["Advertise for volunteers", "School Governor", "Oct 2005"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:activity", "B:responsible", "C:deadline"]);
  });
});
