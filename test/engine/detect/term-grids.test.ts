import { detectPlanTables } from "../../../src/engine/plan-tables";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";
import { isTermName } from "../../../src/engine/detect/vocabulary/term-names";

// The Vineyard governors' meetings: half-terms down the first column, one committee a column with
// the meeting time in its heading, the dates in the cells; no column says what is to be done.
const MEETINGS: CellValue[][] = [
  ["Governors' Meetings"],
  [],
  ["", "Full Governing Board 6pm", "School Development & Pupils 6pm", "Resources 8am"],
  ["Autumn Term 1", "7th September 2022", "12th October 2022", "28th September 2022"],
  ["Autumn Term 2", "14th December 2022", "16th November 2022", "9th November 2022"],
  ["Spring Term 1", "8th March 2023", "18th January 2023", ""],
  ["Spring Term 2", "22nd March 2023", "9th March 2023", ""],
  ["Summer Term 1", "24th May 2023", "7th June 2023", ""],
];

describe("a grid of dates by term", () => {
  it("reads the term names down the first column as labels of the rows, not as their tasks", () => {
    const [t] = detectPlanTables(gridFromRows("Meetings", MEETINGS));
    expect(t.columns.map((c) => c.role)).toEqual(["unknown", "deadline", "deadline", "deadline"]);
    expect(t.rows).toHaveLength(5);
    expect(t.sections).toEqual([]);
  });

  it("reads a Bulgarian grid of sessions by semester the same way", () => {
    const [t] = detectPlanTables(
      gridFromRows("Сесии", [
        ["", "Редовна сесия", "Поправителна сесия"],
        ["I семестър", "20.01.2025 г.", "03.02.2025 г."],
        ["II семестър", "16.06.2025 г.", "30.06.2025 г."],
        ["III срок", "01.07.2025 г.", "15.07.2025 г."],
      ]),
    );
    expect(t.columns.map((c) => c.role)).toEqual(["unknown", "deadline", "deadline"]);
  });

  it("keeps an activity column whose events only mention a season as the task", () => {
    const [t] = detectPlanTables(
      gridFromRows("Plan", [
        ["", "Date"],
        ["Spring concert for the parents", "7th March 2023"],
        ["Summer sports day on the field", "24th May 2023"],
        ["Autumn harvest festival assembly", "12th October 2022"],
      ]),
    );
    expect(t.columns[0].role).toBe("activity");
  });

  it.each(["Autumn Term 1", "Spring 2", "I семестър", "II срок", "Semestr zimowy", "1 четверть", "II півріччя", "Осінь 2024"])("%j names a term", (text) => {
    expect(isTermName(text)).toBe(true);
  });

  it.each(["Spring concert", "Зимние каникулы", "Termin składania wniosków", "Срок на изпълнение"])("%j is no term name alone", (text) => {
    expect(isTermName(text)).toBe(false);
  });
});

describe("classes down the first column, a column of dates for each thing done", () => {
  it("is a plan table: the headings name the tasks, the rows whom they concern", () => {
    const rows = [
      ["1. Връщане на учебниците и връчване на удостоверения за завършен клас:"],
      ["Клас", "Връщане на учебници", "Връчване на удостоверения"],
      ["І клас", null, "24. юни от 9.00 часа"],
      ["ІІ клас", "31.05.2021 г. – по график", "24. юни от 9.00 часа"],
      ["ІІІ клас", "31.05.2021 г. – по график", "24. юни от 9.00 часа"],
      ["ІV клас", "15.06.2021 г. – по график", "02. юли – от 9:00 часа"],
      ["V клас", "15.06.2021 г. – по график", "02. юли – от 9:00 часа"],
    ];
    const [t] = detectPlanTables(gridFromRows("График", rows as CellValue[][]));
    expect(t.headerRows).toEqual([2]);
    expect(t.columns.map((c) => c.role)).toEqual(["unknown", "deadline", "deadline"]);
    expect(t.rows).toHaveLength(5);
  });
});
