import { detectPlanTables } from "../../../src/engine/plan-tables";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";

function roles(rows: CellValue[][]): string[] {
  const tables = detectPlanTables(gridFromRows("Planner", rows));
  expect(tables).toHaveLength(1);
  return tables[0].columns.map((c) => `${c.column}:${c.role}`);
}

describe("of two deadline headings, the one over no dates is not the deadline", () => {
  it("reads `Time` over clock spans written with am and pm beside `Date` over days as no deadline", () => {
    expect(
      roles([
        ["Date", "Activity", "Time"],
        ["3rd February", "Sports day for the lower classes", "9am – 1pm"],
        ["10th February", "Parents meeting for candidates", "2pm – 5pm"],
        ["17th – 18th February", "Mid term examinations", "8am – 4pm"],
        ["2nd March", "Music and drama festival", ""],
        ["9th March", "Science fair", "10am – 3pm"],
      ]),
    ).toEqual(["A:deadline", "B:activity", "C:unknown"]);
  });

  it("keeps both deadline columns where each holds dates (a start and an end)", () => {
    expect(
      roles([
        ["Task", "Start date", "End date"],
        ["Review the attendance policy", "01.09.2024", "30.09.2024"],
        ["Train the new teaching assistants", "01.10.2024", "15.11.2024"],
        ["Publish the revised curriculum map", "01.12.2024", "20.12.2024"],
      ]),
    ).toEqual(["A:activity", "B:deadline", "C:deadline"]);
  });
});
