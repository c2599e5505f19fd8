import { tableBlankColumn } from "../../../src/engine/rules/table-blank-column";
import type { Role } from "../../../src/engine/roles";
import { located } from "./helpers";
import { makeTable } from "./make-table";

describe("a column filled in when the plan is reviewed may be blank in the plan as set", () => {
  it.each<[Role, string]>([
    ["monitoring", "Evaluation"],
    ["notes", "Uwagi o realizacji"],
    ["monitoring", "Відмітка про виконання"],
    ["monitoring", "Отметка об исполнении"],
    ["actual", "Actual"],
  ])("an empty %s column headed %j is not reported", (role, header) => {
    const table = makeTable({
      columns: ["objective", "activity", "responsible", "deadline", { role, header }],
      rows: [["Staff Training", "Support staff with training", "Manager", "By end of year", ""]],
    });
    expect(located(tableBlankColumn, table)).toEqual([]);
  });

  it("still reports an empty monitoring column whose heading asks how the work is watched", () => {
    const table = makeTable({
      columns: ["objective", "activity", "responsible", "deadline", { role: "monitoring", header: "How will this be monitored" }],
      rows: [["Staff Training", "Support staff with training", "Manager", "By end of year", ""]],
    });
    expect(located(tableBlankColumn, table)).toEqual(["E1 table.blank-column"]);
  });
});
