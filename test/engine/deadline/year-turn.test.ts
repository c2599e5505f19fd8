import { parseDeadline, parsePeriodOption, yearBeforeHeading } from "../../../src/engine/deadline";

/** A school calendar with no year in its title: autumn rows, then `ROK 2024`, then the spring rows. */
describe("a calendar that writes its year only where the year turns", () => {
  const sections = [null, null, null, "ROK 2024", "ROK 2024"];

  it("places the rows before `ROK 2024` in 2023 and keeps the heading for the rows under it", () => {
    const placed = yearBeforeHeading(null, sections);
    expect(placed).toEqual(["2023", "2023", "2023", "ROK 2024", "ROK 2024"]);
    expect(parseDeadline("04.09 (poniedziałek)", { section: placed![0] })).toMatchObject({ kind: "date", start: "2023-09-04" });
    expect(parseDeadline("23.12 – 31.12", { section: placed![2] })).toMatchObject({ kind: "range", start: "2023-12-23", end: "2023-12-31" });
    expect(parseDeadline("08.01 (poniedziałek)", { section: placed![3] })).toMatchObject({ kind: "date", start: "2024-01-08" });
  });

  it("leaves a day unread whose weekday does not fall on it in that year", () => {
    const placed = yearBeforeHeading(null, sections)!;
    expect(parseDeadline("04.09 (wtorek)", { section: placed[0] })).toMatchObject({ kind: "unparsed", reason: "ambiguous" });
  });

  it("says nothing when the plan has a period, the year turns twice, or other headings come first", () => {
    expect(yearBeforeHeading(parsePeriodOption("2023/2024"), sections)).toBeNull();
    expect(yearBeforeHeading(null, [null, "ROK 2024", "ROK 2025"])).toBeNull();
    expect(yearBeforeHeading(null, ["Wrzesień", "ROK 2024"])).toBeNull();
    expect(yearBeforeHeading(null, ["ROK 2024", null])).toBeNull();
  });
});
