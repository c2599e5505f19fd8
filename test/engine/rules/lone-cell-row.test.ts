import { checkTable } from "../../../src/engine/rules";
import { gapNoDeadline } from "../../../src/engine/rules/gap-no-deadline";
import { gapNoFinancing } from "../../../src/engine/rules/gap-no-financing";
import { gapNoResponsible } from "../../../src/engine/rules/gap-no-responsible";
import { context } from "./helpers";
import { makeTable } from "./make-table";

const RULES = [gapNoDeadline, gapNoResponsible, gapNoFinancing];

function gaps(table: ReturnType<typeof makeTable>): string[] {
  return checkTable(table, context(), RULES).map((f) => `${f.cell} ${f.code}`);
}

describe("a row that does not look like the table's tasks", () => {
  it("a title line or a note of one cell under full task rows gets no gap findings", () => {
    const table = makeTable({
      columns: ["activity", "deadline", "responsible", "financing"],
      rows: [
        ["Reading club", "September 2016", "Mrs Cruz", "MOOE"],
        ["Spelling bee", "October 2016", "Mr Reyes", "MOOE"],
        ["Project Title: Trumpet 2016", null, null, null],
        ["Band practice", "November 2016", "Mr Santos", "PTA"],
        ["- Appeals received after the deadline are heard later", null, null, null],
      ],
    });
    expect(gaps(table)).toEqual([]);
  });

  it("reads a table of more columns than usual (a workbook of 35) the same way", () => {
    const wide = Array.from({ length: 31 }, () => null);
    const table = makeTable({
      columns: ["activity", "deadline", "responsible", "financing", ...wide.map(() => "notes" as const)],
      rows: [
        ["Reading club", "September 2016", "Mrs Cruz", "MOOE", ...wide],
        ["Spelling bee", "October 2016", null, null, ...wide],
        ["Project Title: Trumpet 2016", null, null, null, ...wide],
        ["Band practice", "November 2016", "Mr Santos", "PTA", ...wide],
      ],
    });
    expect(table.columns).toHaveLength(35);
    expect(gaps(table)).toEqual(["C3 gap.no-responsible", "D3 gap.no-financing"]);
  });

  it("a task that writes its name and one more cell but leaves the rest empty keeps its gaps", () => {
    const table = makeTable({
      columns: ["activity", "deadline", "responsible", "financing"],
      rows: [
        ["Reading club", "September 2016", "Mrs Cruz", "MOOE"],
        ["Spelling bee", "October 2016", null, null],
        ["Band practice", "November 2016", "Mr Santos", "PTA"],
      ],
    });
    expect(gaps(table)).toEqual(["C3 gap.no-responsible", "D3 gap.no-financing"]);
  });

  it("in a table of a name and a date, a name with no date is still a task with no deadline", () => {
    const table = makeTable({
      columns: ["activity", "deadline"],
      rows: [
        ["НВО по математика", "20.06.2023"],
        ["Издаване на свидетелства", null],
        ["Класиране", "10.07.2023"],
      ],
    });
    expect(gaps(table)).toEqual(["B3 gap.no-deadline"]);
  });

  it("when most rows of a table write one cell, a row of one cell is as much a task as the others", () => {
    const table = makeTable({
      columns: ["activity", "deadline", "responsible"],
      rows: [
        ["Нарада", null, null],
        ["Семінар", "жовтень 2024", "Директор"],
        ["Конкурс", null, null],
      ],
    });
    expect(gaps(table)).toContain("B2 gap.no-deadline");
  });
});
