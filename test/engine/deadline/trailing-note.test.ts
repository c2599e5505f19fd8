import { parseDeadline, type PlanPeriod } from "../../../src/engine/deadline";

/**
 * A period followed by what happens on it, after a spaced dash or a semicolon, is read as the period
 * with its note kept (en-harris-greenwich-term-dates-holidays-2023-24 B2-B4, B8;
 * pl-sosw-kalendarz-dzialan-2024 B29). Anything in the note that could move the period leaves the
 * cell unread.
 */

const SCHOOL_2024: PlanPeriod = { start: "2024-09-01", end: "2025-08-31", label: "2024/2025" };

describe("a date with a note after a dash", () => {
  it.each([
    ["Tuesday 05 September 2023 - Year 7&11 start, Y12&13 Tutor appointments", "2023-09-05", "Year 7&11 start, Y12&13 Tutor appointments"],
    ["Wednesday 06 September 2023 - Year 10 start", "2023-09-06", "Year 10 start"],
    ["Thursday 07 September 2023 - Years 8 & 9 start", "2023-09-07", "Years 8 & 9 start"],
    ["Friday 08 December 2023 - school is closed for Years 7,8,9 & 10", "2023-12-08", "school is closed for Years 7,8,9 & 10"],
  ])("reads %j as its date and keeps the words after the dash", (text, day, note) => {
    const d = parseDeadline(text);
    expect(d).toMatchObject({ kind: "date", start: day, end: day });
    expect(d.note).toContain(note);
  });

  it.each([
    "1 March 2024 - end of term",
    "Friday 08 December 2023 - early finish",
    "Friday 08 December 2023 - Monday for Year 7",
    "Friday 08 December 2023 - Year 10 until lunch",
    "Friday 08 December 2023 - second half for Year 7",
    "Friday 08 December 2023 - Year 7 by 2024",
    "Friday 08 December 2023 - results in January",
  ])("leaves %j unread: the words after the dash could move the date", (text) => {
    expect(parseDeadline(text)).toMatchObject({ kind: "unparsed" });
  });

  it("reads the lines of rows joined under one task, each a day in turn with its note, as one period that keeps each day", () => {
    const d = parseDeadline("Tuesday 05 September 2023 - Year 7&11 start, Y12&13 Tutor appointments\nWednesday 06 September 2023 - Year 10 start\nThursday 07 September 2023 - Years 8 & 9 start");
    expect(d).toMatchObject({ kind: "range", start: "2023-09-05", end: "2023-09-07" });
    expect(d.parts?.map((p) => p.start)).toEqual(["2023-09-05", "2023-09-06", "2023-09-07"]);
  });

  it("reads the lines of rows joined under one task, each a date with its note, days apart, as separate dates", () => {
    const d = parseDeadline("Tuesday 05 September 2023 - Year 7&11 start\nThursday 07 September 2023 - Years 8 & 9 start");
    expect(d).toMatchObject({ kind: "unparsed", reason: "several-dates" });
    expect(d.parts?.map((p) => p.start)).toEqual(["2023-09-05", "2023-09-07"]);
  });
});

describe("a period with a clause of its own after a semicolon", () => {
  it("reads the period and keeps the clause, whose dates are its own subject's", () => {
    const d = parseDeadline("17-22 kwiecień; Wyjazd uczniów do domów 16.04.2025r., powrót do szkoły 23.04.2024r.", { period: SCHOOL_2024 });
    expect(d).toMatchObject({ kind: "range", start: "2025-04-17", end: "2025-04-22", note: "Wyjazd uczniów do domów 16.04.2025r., powrót do szkoły 23.04.2024r." });
  });

  it.each(["wrzesień; zmiana terminu na październik", "wrzesień; termin do 15.10", "wrzesień; przesunięte na 15.10.2024"])(
    "leaves %j unread: the clause moves the period",
    (text) => {
      expect(parseDeadline(text, { period: SCHOOL_2024 })).toMatchObject({ kind: "unparsed" });
    },
  );
});

describe("words after a year written in full", () => {
  it.each([
    ["Tuesday 15th August 2023 Pupils Return", "2023-08-15", "Pupils Return"],
    ["15 мая 2023 года Пушкинская площадь", "2023-05-15", "Пушкинская площадь"],
  ])("read %j as its date, the words after it a note", (text, day, note) => {
    const d = parseDeadline(text);
    expect(d).toMatchObject({ kind: "date", start: day, end: day });
    expect(d.note).toContain(note);
  });

  it("takes a preposition joined by a hyphen (`In-service`) as part of its word, but not a narrowing (`mid-term`)", () => {
    const d = parseDeadline("Friday 11th August and Monday 14th August 2023 Teacher In-service Days");
    expect(d).toMatchObject({ kind: "unparsed", reason: "several-dates" });
    expect(d.parts?.map((p) => p.start)).toEqual(["2023-08-11", "2023-08-14"]);
    expect(parseDeadline("15 September 2023 mid-term")).toMatchObject({ kind: "unparsed", reason: "unknown-form" });
  });

  it("leaves a start left open (`onwards`), or words after a date with no year, unread", () => {
    expect(parseDeadline("1 September 2023 onwards")).toMatchObject({ kind: "unparsed" });
    expect(parseDeadline("15th August Pupils Return", { period: SCHOOL_2024 })).toMatchObject({ kind: "unparsed" });
  });
});

/** A task's deadline cell with a remark's label joined under it, the first line closing on a note in brackets. */
describe("a date with its note in brackets, over lines that give no date", () => {
  const period = { start: "2021-08-01", end: "2022-08-31", label: "2021/2022" };

  it("reads the first line without its bracket and keeps the rest as notes (`do 31 sierpnia (zdalnie)\\nUwagi eksperta`)", () => {
    expect(parseDeadline("do 31 sierpnia (zdalnie)\nUwagi eksperta", { period })).toMatchObject({ kind: "by", end: "2021-08-31" });
    expect(parseDeadline("31 sierpnia (zdalnie)\nsala 5", { period })).toMatchObject({ kind: "date", start: "2021-08-31" });
  });

  it("reads no date where the first line has none besides its bracket (`zdalnie (online)\\nsala 5`)", () => {
    expect(parseDeadline("zdalnie (online)\nsala 5", { period }).kind).toBe("unparsed");
  });
});
