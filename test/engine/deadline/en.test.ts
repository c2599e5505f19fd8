import { itReadsEach, P2019 } from "./table";
import { parseDeadline } from "../../../src/engine/deadline";

describe("English deadlines", () => {
  itReadsEach([
    ["by June 2025", null, "by", null, "2025-06-30"],
    ["until 30 September 2025", null, "by", null, "2025-09-30"],
    ["by the end of 2019", null, "by", null, "2019-12-31"],
    ["due 15 May 2025", null, "by", null, "2025-05-15"],
    ["Deadline: June 2025", null, "month", "2025-06-01", "2025-06-30"],
    ["June 2025", null, "month", "2025-06-01", "2025-06-30"],
    ["Sept 2019", null, "month", "2019-09-01", "2019-09-30"],
    ["1 June 2025", null, "date", "2025-06-01", "2025-06-01"],
    ["June 1, 2025", null, "date", "2025-06-01", "2025-06-01"],
    ["from June to September 2025", null, "range", "2025-06-01", "2025-09-30"],
    ["Q3 2024", null, "quarter", "2024-07-01", "2024-09-30"],
    ["3rd quarter 2024", null, "quarter", "2024-07-01", "2024-09-30"],
    ["H1 2020", null, "half-year", "2020-01-01", "2020-06-30"],
    ["first half of 2020", null, "half-year", "2020-01-01", "2020-06-30"],
    ["end of 2019", null, "year", "2019-12-01", "2019-12-31"],
    ["mid-2020", null, "year", "2020-06-01", "2020-07-31"],
    ["2019/2020 school year", null, "school-year", "2019-09-01", "2020-08-31"],
    ["academic year 2019/2020", null, "school-year", "2019-09-01", "2020-08-31"],
    ["ongoing", P2019, "continuous", "2019-01-01", "2019-12-31"],
    ["continuously", null, "continuous", null, null],
    ["as needed", P2019, "event", null, null],
    ["upon request", null, "event", null, null],
    ["to be confirmed", P2019, "unparsed", null, null],
  ]);
});

/** A planner's export writes the year short after an apostrophe (`Jul 3 '95`): read as dotted dates' two-digit years are. */
describe("a year cut to two digits after an apostrophe", () => {
  it.each([
    ["Jul 3 '95", "1995-07-03"],
    ["Jul 17'95", "1995-07-17"],
    ["Aug 15, '95", "1995-08-15"],
    ["Sep 1 '24", "2024-09-01"],
  ])("reads %j", (text, day) => {
    expect(parseDeadline(text)).toMatchObject({ kind: "date", start: day, end: day });
  });

  it("reads no year from an apostrophe that closes no date", () => {
    expect(parseDeadline("Summer '24")).toMatchObject({ kind: "unparsed" });
    expect(parseDeadline("Jui 3 '95")).toMatchObject({ kind: "unparsed" });
  });
});
