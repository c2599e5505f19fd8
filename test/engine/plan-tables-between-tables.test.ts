import { merged, tablesOf } from "./detect/read-tables";
import type { CellValue } from "../../src/engine/grid";

/** A school page on the year's structure: a small table of dates, lines of text, then a table of modules. */
const page: CellValue[][] = [
  ["Length of the school year:"],
  ["1", "Start of the school year", "01.09.2020"],
  ["2", "End of the school year", "21.05.2021"],
  ["3", "Autumn break", "26.10.2020 - 01.11.2020"],
  ["The working week:"],
  ["Five working days in classes 1-11."],
  ["Saturday is a day for trips and city projects."],
  ["Module", "Dates", null, "Length"],
  [null, "start", "end", null],
  ["1 module", "01.09.2020, Tuesday", "02.10.2020, Friday", "5 weeks (25 school days)"],
  ["2 module", "12.10.2020, Monday", "13.11.2020, Friday", "5 weeks (25 school days)"],
  ["3 module", "23.11.2020, Monday", "30.12.2020, Wednesday", "6 weeks (29 school days)"],
];

describe("two tables on one sheet with lines of text and no blank row between them", () => {
  const tables = tablesOf(page, merged("A8:A9", "B8:C8", "D8:D9"));

  it("reads the table under the text as a table of its own, none of the rows above it among its rows", () => {
    expect(tables.map((t) => t.range)).toEqual(["A8:D12"]);
  });

  it("takes the labels splitting a heading merged across them as the header's second row, not a task", () => {
    const modules = tables[0];
    expect(modules.headerRows).toEqual([8, 9]);
    expect(modules.rows.map((r) => r.row)).toEqual([10, 11, 12]);
    expect(modules.columns.filter((c) => c.role === "deadline").map((c) => c.column)).toEqual(["B", "C"]);
  });
});

describe("the caption of a table without a header met again under its rows", () => {
  const graph: CellValue[][] = [
    ["SCHEDULE"],
    ["Festivals", "Autumn fair, Winter party, Spring concert", "October 2025, December 2025, March 2026"],
    ["Sports days", "Family relay race, Summer games", "November 2025, June 2026"],
    ["Safety weeks", "Fire safety, Road safety", "February 2026, May 2026"],
    ["SCHEDULE"],
    ["Festivals", "Autumn fair, New Year party", "October 2024, December 2024"],
  ];

  it("opens a second table, however few its rows, read as the first is", () => {
    const tables = tablesOf(graph, merged("A1:C1", "A5:C5"));
    expect(tables.map((t) => t.range)).toEqual(["A2:C4", "A6:C6"]);
    expect(tables.map((t) => t.sections)).toEqual([[], []]);
    expect(tables[1].columns.map((c) => c.role)).toEqual(tables[0].columns.map((c) => c.role));
  });

  it("opens a second table past the footnote and the signature closing the first", () => {
    const signed: CellValue[][] = [...graph.slice(0, 4), [], ["* subject to agreement"], [], ["Headteacher ________ J. Smith"], ...graph.slice(4)];
    const tables = tablesOf(signed, merged("A1:C1", "A9:C9"));
    expect(tables.map((t) => t.range)).toEqual(["A2:C4", "A10:C10"]);
    expect(tables[1].columns.map((c) => c.role)).toEqual(tables[0].columns.map((c) => c.role));
  });

  it("is a section when it differs from the caption above the rows", () => {
    const rows = graph.map((r, i) => (i === 4 ? ["ENTERTAINMENT"] : r));
    const tables = tablesOf(rows, merged("A1:C1", "A5:C5"));
    expect(tables).toHaveLength(1);
    expect(tables[0].sections.map((s) => s.row)).toEqual([5]);
  });
});
