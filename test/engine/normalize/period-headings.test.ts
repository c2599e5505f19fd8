import { detectPlanTables } from "../../../src/engine/plan-tables";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";
import { isPeriodHeading } from "../../../src/engine/normalize/sections";
import { checkSheet } from "../../../src/engine/check";
import type { PlanTable } from "../../../src/engine/plan";

function tables(rows: CellValue[][]): PlanTable[] {
  return detectPlanTables(gridFromRows("Term Dates", rows));
}

describe("period headings", () => {
  it("reads a term, semester or month named with its year as a period heading", () => {
    for (const t of ["Autumn Term 2024", "Spring 2024", "I семестр 2024/2025", "Semestr zimowy 2024/2025", "II півріччя 2025 р.", "Listopad 2023"]) {
      expect([t, isPeriodHeading(t)]).toEqual([t, true]);
    }
  });

  it("does not take a title, a bare period word or a date for a period heading", () => {
    for (const t of ["Plan pracy 2024", "Term Dates", "Autumn Term", "Spring 12.03.2024", "Term 2 2024", "Річний план роботи закладу на 2024 рік"]) {
      expect([t, isPeriodHeading(t)]).toEqual([t, false]);
    }
  });
});

describe("term dates lists", () => {
  const headed: CellValue[][] = [
    ["Term Dates"],
    ["Autumn 2023", "Date"],
    ["Term Begins", "Wednesday 6 September"],
    ["Half Term Begins", "Monday 23 October"],
    ["Term Ends at 12pm", "Friday 8 December"],
    ["Spring 2024", "Date"],
    ["Term Begins", "Thursday 4 January"],
    ["Half Term Begins", "Monday 12 February"],
    ["Term Ends at 12pm", "Friday 22 March"],
  ];

  it("reads each term's dates in the year its repeated header names", () => {
    const [t] = tables(headed);
    expect(t.repeatedHeaderRows).toEqual([6]);
    expect(t.rows.map((r) => [r.row, r.section])).toEqual([
      [3, "Autumn 2023"],
      [4, "Autumn 2023"],
      [5, "Autumn 2023"],
      [7, "Spring 2024"],
      [8, "Spring 2024"],
      [9, "Spring 2024"],
    ]);
    const [check] = checkSheet(gridFromRows("Term Dates", headed));
    expect(check.findings.filter((f) => f.code.startsWith("deadline.")).map((f) => f.code)).toEqual([]);
    expect(check.meanings.deadline(3)).toMatchObject({ start: "2024-01-04" });
  });

  it("gives a header's period to no row when no repeated header names one", () => {
    const [t] = tables([["Autumn 2023", "Date"], ...headed.slice(2, 5)]);
    expect(t.rows.map((r) => r.section)).toEqual([null, null, null]);
  });

  it("opens a header-less list at the term heading right above its first dates", () => {
    const [t] = tables([
      ["Term Dates"],
      ["Autumn Term 2024"],
      ["Mon 2nd September", "INSET day"],
      ["Tue 3rd September, 8:50am", "Term Starts"],
      ["Fri 20th December, 1:15pm", "Term Ends"],
      ["Spring Term 2025"],
      ["Mon 6th January", "INSET Day"],
      ["Tue 7th January, 8:50am", "Term Starts"],
      ["Fri 4th April, 2:15pm", "Term Ends"],
    ]);
    expect(t.sections.map((s) => s.row)).toEqual([2, 6]);
    expect(t.preamble.map((p) => p.row)).toEqual([1]);
    expect(t.rows[0].section).toBe("Autumn Term 2024");
  });
});
