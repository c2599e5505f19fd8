import { merged, tablesOf } from "../detect/read-tables";
import type { CellValue } from "../../../src/engine/grid";

const header: CellValue[] = ["Activities", "Lead", "Success criteria", "Timescale"];

/** An action plan written as blocks: each key issue's title lines (merged across, as running text is), its header, its activities. */
const block = (issue: string, objective: string, task: string): CellValue[][] => [
  [`RECOMMENDATION FOR KEY ISSUE: ${issue}`],
  ["Review the arrangements for pupils moving between schools"],
  [`Objectives: ${objective}`],
  header,
  [`1. ${task}`, "Head of School Support", "Report agreed", "31 January 2003"],
  [`2. Present the findings of ${task.toLowerCase()}`, "Policy Director", "Findings presented", "March 2003"],
];

describe("the same header again under a title block of its own", () => {
  it("heads a second table when lines alone closing the first block and a blank row stand before the next block's title", () => {
    const tables = tablesOf([
      ["ACTION PLAN"],
      [],
      ...block("A", "To raise standards at Key Stage 2", "Set up a working group"),
      ["Resources: £67,000"],
      ["Monitoring: Policy Director"],
      [],
      ...block("B", "To inform a review of school organisation", "Collect data on school places"),
    ], merged("A3:D3", "A4:D4", "A5:D5", "A9:D9", "A10:D10", "A12:D12", "A13:D13", "A14:D14"));
    expect(tables.map((t) => t.headerRows)).toEqual([[6], [15]]);
    expect(tables.map((t) => t.rows.map((r) => r.row))).toEqual([[7, 8], [16, 17]]);
  });

  it("is the same table's header repeated when only a section heading stands between it and the tasks above", () => {
    const [t, ...rest] = tablesOf([
      ["ACTION PLAN"],
      ["Objectives: To raise standards at Key Stage 2"],
      header,
      ["1. Set up a working group", "Head of School Support", "Report agreed", "31 January 2003"],
      ["2. Present the findings", "Policy Director", "Findings presented", "March 2003"],
      ["Objectives: To inform a review of school organisation"],
      header,
      ["3. Collect data on school places", "Head of School Support", "Data analysed", "April 2003"],
    ], merged("A2:D2", "A6:D6"));
    expect(rest).toEqual([]);
    expect(t.repeatedHeaderRows).toEqual([7]);
    expect(t.rows.map((r) => r.row)).toEqual([4, 5, 8]);
  });
});
