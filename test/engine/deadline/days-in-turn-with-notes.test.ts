import { parsePeriodOption } from "../../../src/engine/deadline";
import { itReadsEach } from "./table";

const SCHOOL_2024 = parsePeriodOption("2024/2025")!;

describe("days on lines of their own, each with what happens on it", () => {
  describe("days in turn are one period, as the same days written bare are", () => {
    itReadsEach([
      ["13 maj 2025 r. - j. polski\n14 maj 2025 r. - matematyka\n15 maj 2025 r. - j. angielski", SCHOOL_2024, "range", "2025-05-13", "2025-05-15", [
        ["date", "2025-05-13", "2025-05-13"], ["date", "2025-05-14", "2025-05-14"], ["date", "2025-05-15", "2025-05-15"],
      ]],
    ]);
  });

  describe("days apart are separate dates: no one period is given", () => {
    itReadsEach([
      ["13.05.2025 - polski\n15.05.2025 - matematyka", SCHOOL_2024, "unparsed", null, null, [
        ["date", "2025-05-13", "2025-05-13"], ["date", "2025-05-15", "2025-05-15"],
      ]],
      ["31.10.2024 r. - czwartek\n02.01.2025 r. - czwartek\n03.01.2025 r. - piatek", SCHOOL_2024, "unparsed", null, null],
    ]);
  });
});
