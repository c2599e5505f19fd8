import { merged, tablesOf } from "./detect/read-tables";
import type { CellValue } from "../../src/engine/grid";

/**
 * A library's events for the month with no header row, pasted from Word with spacing after every
 * paragraph: an empty row under every row, the topics' headings (merged across) too.
 */
const spaced: CellValue[][] = [
  ["Events of the Central Library for March 2026"],
  ["Patriotic education. For the Day of the Volunteer"],
  [],
  ["Called by the heart", "Patriotic meeting", "young people", "12.03 14.00", "Central"],
  [],
  ["Unbroken hearts of the country", "Patriotic hour", "children", "12.03 14.00", "Branch 1"],
  [],
  ["Resilience born of will", "Patriotic hour", "children", "12.03 12.00", "Branch 2"],
  [],
  ["Volunteers, the pride of the nation", "Hour of courage", "adults", "13.03 13.00", "Branch 3"],
  [],
  ["Local history. Folk traditions"],
  [],
  ["Spring chimes", "Folk calendar", "club Spring", "04.03 14.00", "Central"],
  [],
  ["Spring holidays", "Folk mosaic", "children", "20.03 12.00", "Branch 3"],
  [],
];

describe("a list with no header whose rows stand one empty row apart", () => {
  const tables = tablesOf(spaced, merged("A1:E1", "A2:E2", "A12:E12"));

  it("reads the whole list as one table, a topic's heading between empty rows no end of it", () => {
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((r) => r.row)).toEqual([4, 6, 8, 10, 14, 16]);
  });

  it("keeps the heading over the first empty row as the first topic, the title above it none", () => {
    expect(tables[0].sections.map((s) => s.title)).toEqual(["Patriotic education. For the Day of the Volunteer", "Local history. Folk traditions"]);
    expect(tables[0].rows[0].section).toBe("Patriotic education. For the Day of the Volunteer");
    expect(tables[0].rows[5].section).toBe("Local history. Folk traditions");
  });
});

/** A plan of works written as paragraphs: each task on a line, who and by when on the line under it, an empty row after each. */
const pairs: CellValue[][] = [
  ["Plan for the school buildings in winter"],
  [],
  ["1. Inspect the school building before the cold season"],
  [null, "resp. - the committee", "by 10.09.2013"],
  [],
  ["2. Repair the broken doors and windows"],
  [null, "resp. - G. Ivanov", "by 15.09.2013"],
  [],
  ["3. Mend the leaks in the roof of the school and the hostel"],
  [null, "resp. - G. Ivanov", "by 15.09.2013"],
  [],
  ["4. Check the drains and clean the manholes"],
  [null, "resp. - A. Ivanov", "by 15.09.2013"],
  [],
];

describe("a list of tasks each written over a line of its details, an empty row after each", () => {
  const tables = tablesOf(pairs);

  it("reads every task of the list in one table, the empty rows between them no end of it", () => {
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toHaveLength(4);
  });
});
