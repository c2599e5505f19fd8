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
    // Ivanovo region's scorecard of a commission's work: the points are given at the assessment.
    ["unit", "Единица измерения, балл"],
    ["weight", "Liczba punktów"],
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

describe("a source of funds left empty beside sources that are filled is drawn on by no measure", () => {
  it("does not report the empty off-budget column beside the filled budget columns", () => {
    const table = makeTable({
      columns: ["activity", { role: "budget", header: "федеральный бюджет" }, { role: "budget", header: "областной бюджет" }, { role: "financing", header: "внебюджетные средства" }, "deadline", "responsible"],
      rows: [["Оснащение школ оборудованием", "8951", "2000", "", "2007 - 2010", "Министерство образования"]],
    });
    expect(located(tableBlankColumn, table)).toEqual([]);
  });

  it("still reports a money column empty in a table where no source is filled", () => {
    const table = makeTable({
      columns: ["activity", { role: "budget", header: "Бюджет" }, "deadline", "responsible"],
      rows: [["Оснащение школ оборудованием", "", "2007 - 2010", "Министерство образования"]],
    });
    expect(located(tableBlankColumn, table)).toEqual(["B1 table.blank-column"]);
  });
});

describe("a column of dashes says there is nothing, it is not left blank", () => {
  it("does not report a year's target column holding `-` in every row", () => {
    const table = makeTable({
      columns: ["indicator", "unit", { role: "target", header: "2021 год" }, { role: "target", header: "2023 год" }],
      rows: [
        ["Количество театров, в которых созданы новые постановки", "единиц", "-", "12"],
        ["Доля зданий учреждений культуры в удовлетворительном состоянии", "процентов", "–", "82,5"],
      ],
    });
    expect(located(tableBlankColumn, table)).toEqual([]);
  });

  it("still reports a required column written as dashes throughout", () => {
    const table = makeTable({
      columns: ["activity", "deadline", "responsible"],
      rows: [
        ["Педагогический совет", "Сентябрь", "-"],
        ["Родительское собрание", "Октябрь", "-"],
      ],
    });
    expect(located(tableBlankColumn, table)).toEqual(["C1 table.blank-column"]);
  });
});
