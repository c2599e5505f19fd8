import { datedMonthHeadings, parseDeadline } from "../../../src/engine/deadline";

/** `SY 2023-2024` read as two calendar years, its months headed AUGUST … JANUARY without a year. */
const TWO_YEARS = { start: "2023-01-01", end: "2024-12-31", label: "2023-2024" };

describe("month headings without a year in a plan of two calendar years", () => {
  it("are dated by their order: the first opens the first year, the turn to January the next", () => {
    const dated = datedMonthHeadings(TWO_YEARS, ["AUGUST", "AUGUST", "SEPTEMBER", "DECEMBER", "JANUARY", "JANUARY"]);
    expect(dated).toEqual(["AUGUST 2023", "AUGUST 2023", "SEPTEMBER 2023", "DECEMBER 2023", "JANUARY 2024", "JANUARY 2024"]);
    expect(parseDeadline("17", { period: TWO_YEARS, section: dated![0] })).toMatchObject({ kind: "date", start: "2023-08-17" });
    expect(parseDeadline("6", { period: TWO_YEARS, section: dated![4] })).toMatchObject({ kind: "date", start: "2024-01-06" });
  });

  it("keeps other headings as they are", () => {
    expect(datedMonthHeadings(TWO_YEARS, [null, "Meetings", "NOVEMBER", "FEBRUARY"])).toEqual([null, "Meetings", "NOVEMBER 2023", "FEBRUARY 2024"]);
  });

  it("dates nothing when the order does not reach the period's last year, or passes it", () => {
    expect(datedMonthHeadings(TWO_YEARS, ["SEPTEMBER", "OCTOBER", "NOVEMBER"])).toBeNull();
    expect(datedMonthHeadings(TWO_YEARS, ["NOVEMBER", "JANUARY", "MARCH", "JANUARY"])).toBeNull();
  });

  it("dates nothing when the plan writes its months' years, or its period is one year or a school year", () => {
    expect(datedMonthHeadings(TWO_YEARS, ["AUGUST 2023", "JANUARY"])).toBeNull();
    expect(datedMonthHeadings({ start: "2023-01-01", end: "2023-12-31", label: "2023" }, ["MAY", "JUNE"])).toBeNull();
    expect(datedMonthHeadings({ start: "2023-09-01", end: "2024-08-31", label: "2023/2024" }, ["SEPTEMBER", "JANUARY"])).toBeNull();
    expect(datedMonthHeadings(null, ["SEPTEMBER", "JANUARY"])).toBeNull();
  });
});
