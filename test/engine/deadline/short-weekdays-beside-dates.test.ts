import { parsePeriodOption } from "../../../src/engine/deadline";
import { itReadsEach } from "./table";

const SCHOOL_2024 = parsePeriodOption("2024/2025")!;

describe("a school calendar's dates with their weekdays written short after them", () => {
  describe("read, the weekdays checked against the days the school year gives", () => {
    itReadsEach([
      ["*2 IX, pn", SCHOOL_2024, "date", "2024-09-02", "2024-09-02"],
      ["1 XI, PT", SCHOOL_2024, "date", "2024-11-01", "2024-11-01"],
      ["**20 XII, PT", SCHOOL_2024, "date", "2024-12-20", "2024-12-20"],
      ["1 I, ŚR", SCHOOL_2024, "date", "2025-01-01", "2025-01-01"],
      ["7 I, WT", SCHOOL_2024, "date", "2025-01-07", "2025-01-07"],
      ["*03 II PN", SCHOOL_2024, "date", "2025-02-03", "2025-02-03"],
      ["3 V, SO", SCHOOL_2024, "date", "2025-05-03", "2025-05-03"],
      ["1 V, CZ", SCHOOL_2024, "date", "2025-05-01", "2025-05-01"],
      ["19 I, ND", SCHOOL_2024, "date", "2025-01-19", "2025-01-19"],
    ]);
  });

  describe("a span with the weekdays of its two days (`WT-SR`), glued or spaced", () => {
    itReadsEach([
      ["10-11 IX, WT-SR", SCHOOL_2024, "range", "2024-09-10", "2024-09-11"],
      ["15-16 I, SR-CZ", SCHOOL_2024, "range", "2025-01-15", "2025-01-16"],
      ["07 - 09 IV, PN-ŚR", SCHOOL_2024, "range", "2025-04-07", "2025-04-09"],
      ["28 - 30 IV PN-ŚR", SCHOOL_2024, "range", "2025-04-28", "2025-04-30"],
      ["*13-15V,WT-CZ", SCHOOL_2024, "range", "2025-05-13", "2025-05-15"],
      ["16-17 VI, PN-WT", SCHOOL_2024, "range", "2025-06-16", "2025-06-17"],
      ["20 - 21 IV, ND-PN", SCHOOL_2024, "range", "2025-04-20", "2025-04-21"],
    ]);
  });

  describe("the short weekdays of the other languages", () => {
    itReadsEach([
      ["12-13 IX, чт-пт", SCHOOL_2024, "range", "2024-09-12", "2024-09-13"],
      ["5 IX, чет", SCHOOL_2024, "date", "2024-09-05", "2024-09-05"],
      ["13 IX, пет", SCHOOL_2024, "date", "2024-09-13", "2024-09-13"],
      ["14 IX, съб", SCHOOL_2024, "date", "2024-09-14", "2024-09-14"],
    ]);
  });

  describe("`nd` right after a figure is an ordinal's ending, not Sunday", () => {
    itReadsEach([
      ["2nd May 2025", SCHOOL_2024, "date", "2025-05-02", "2025-05-02"],
      ["22 nd May 2025", SCHOOL_2024, "date", "2025-05-22", "2025-05-22"],
    ]);
  });

  describe("a weekday that is not the day's: no date is given", () => {
    itReadsEach([
      ["1 XI, PN", SCHOOL_2024, "unparsed", null, null],
      ["10-11 IX, WT-PT", SCHOOL_2024, "unparsed", null, null],
      ["5 IX, пон", SCHOOL_2024, "unparsed", null, null],
      ["OK. 20 V", SCHOOL_2024, "unparsed", null, null],
    ]);
  });
});
