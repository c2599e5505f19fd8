import { itReadsEach, P2019 } from "./table";

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
