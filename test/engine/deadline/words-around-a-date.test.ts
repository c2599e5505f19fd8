import { isTimeOfDayOnly, parseDeadline, readDeadlineColumn, type PlanPeriod } from "../../../src/engine/deadline";

/**
 * What officials write around a date — the hour it starts, where it is held, a remark — is kept as a
 * note and the date read, only while those words hold no other date and nothing that changes what
 * the date says (`после`, `od`, `from`, `onwards`).
 */

const SCHOOL_2023: PlanPeriod = { start: "2023-09-01", end: "2024-08-31", label: "2023/2024" };

describe("an hour written with a hyphen after the date", () => {
  it.each([
    ["до 06.03.2024 г., 10-00", "by", null, "2024-03-06"],
    ["06.03.2024, 10-00", "date", "2024-03-06", "2024-03-06"],
    ["15 мая, 10-00", "date", "2024-05-15", "2024-05-15"],
    ["15 мая 2024 г., 14-00", "date", "2024-05-15", "2024-05-15"],
    ["06.01., 10-00", "date", "2024-01-06", "2024-01-06"],
    ["20 IX, 10-00", "date", "2023-09-20", "2023-09-20"],
  ])("reads %j as the day, the hour a note", (text, kind, start, end) => {
    const d = parseDeadline(text, { period: SCHOOL_2023 });
    expect(d).toMatchObject({ kind, start, end });
    expect(d.note).toMatch(/\d{2}-00/);
  });

  it("never reads an hour as a day or a month", () => {
    for (const t of ["10-00", "15.00", "18.00", "с 10-00", "1, 10-00"]) expect(parseDeadline(t, { period: SCHOOL_2023 })).toMatchObject({ kind: "unparsed" });
    expect(isTimeOfDayOnly("18.00")).toBe(true);
    // Days 10 to 20 are a span of days, not an hour.
    expect(parseDeadline("10-20 мая", { period: SCHOOL_2023 })).toMatchObject({ kind: "range", start: "2024-05-10", end: "2024-05-20" });
  });
});

describe("an hour written with a space after the comma that closes a whole date", () => {
  it.each([
    ["11.09.2020 р., 15 00", "2020-09-11"],
    ["11 września 2020, 15 00", "2020-09-11"],
  ])("reads %j as the day, the hour a note", (text, day) => {
    const d = parseDeadline(text);
    expect(d).toMatchObject({ kind: "date", start: day, end: day });
    expect(d.note).toBe("15 00");
  });

  it("leaves two numbers after a year alone, or with words after them, unread", () => {
    for (const t of ["2020, 15 00", "15 00", "11.09.2020, 15 00 учнів"]) expect(parseDeadline(t)).toMatchObject({ kind: "unparsed" });
  });
});

describe("a place after the comma that closes a date", () => {
  it.each([
    ["31 March 2024, school hall", "date", "2024-03-31", "2024-03-31", "school hall"],
    ["Friday 6th October 2023, school hall", "date", "2023-10-06", "2023-10-06", "school hall"],
    ["August 11, 2023, school hall", "date", "2023-08-11", "2023-08-11", "school hall"],
    ["5th February, school hall", "date", "2024-02-05", "2024-02-05", "school hall"],
    ["30 October 2023 to 20 November 2023, school hall", "range", "2023-10-30", "2023-11-20", "school hall"],
    ["15.05.2024, актовый зал", "date", "2024-05-15", "2024-05-15", "актовый зал"],
  ])("reads %j as its period, the place a note", (text, kind, start, end, note) => {
    const d = parseDeadline(text, { period: SCHOOL_2023 });
    expect(d).toMatchObject({ kind, start, end });
    expect(d.note).toContain(note);
  });

  it.each([
    "1 September 2023, onwards",
    "5 May 2024, from the hall",
    "5 May 2024, before the meeting",
    "15.05.2024, od godziny ósmej",
    "15.05.2024, починаючи з ранку",
    "15.05.2024, считано от утре",
  ])("leaves %j unread: the words after the comma change what the date says", (text) => {
    expect(parseDeadline(text, { period: SCHOOL_2023 })).toMatchObject({ kind: "unparsed" });
  });

  it("reads a weekday before the day and the place after its first comma (пн. 6 мая, Сясьстрой, гражданское кладбище)", () => {
    const d = parseDeadline("пн. 6 мая, Сясьстрой, гражданское кладбище, ул. Петрозаводская, №1е", { period: SCHOOL_2023 });
    expect(d).toMatchObject({ kind: "date", start: "2024-05-06", end: "2024-05-06" });
    expect(d.note).toContain("Сясьстрой");
    expect(parseDeadline("Понедельник, 6 мая, Сясьстрой, гражданское кладбище", { period: SCHOOL_2023 })).toMatchObject({ kind: "date", start: "2024-05-06" });
    // 6 May 2024 was a Monday.
    expect(parseDeadline("вт. 6 мая, Сясьстрой", { period: SCHOOL_2023 })).toMatchObject({ kind: "unparsed" });
  });

  it("reads days listed with commas as several days, none of them a place", () => {
    expect(parseDeadline("6 мая, 13 мая, 20 мая", { period: SCHOOL_2023 }).kind).not.toBe("date");
  });
});

describe("a weekday beside a date", () => {
  it("reads the date when the weekday is its own", () => {
    expect(parseDeadline("Wed.1st May,2024", { period: SCHOOL_2023 })).toMatchObject({ kind: "date", start: "2024-05-01" });
    expect(parseDeadline("21.10.2019г     понеделник")).toMatchObject({ kind: "date", start: "2019-10-21" });
  });

  it("leaves the date unread when the weekday contradicts it (1 May 2024 was a Wednesday)", () => {
    expect(parseDeadline("Sat.1st May,2024", { period: SCHOOL_2023 })).toMatchObject({ kind: "unparsed" });
  });
});

describe("a weekday that tells the year, with a place or remark after the date", () => {
  // A term-dates column whose other cells give the years 2023 and 2024.
  const column = readDeadlineColumn("Date", ["Monday 4th September 2023", "Friday 19th July 2024"]);
  it("knows the column's years", () => expect(column.years).toEqual([2023, 2024]));
  it.each([
    ["Tuesday 26th September, school hall", "2023-09-26"],
    ["Tuesday 26th September (online)", "2023-09-26"],
    ["Thursday 26th September, school hall", "2024-09-26"],
  ])("reads %j in the one year whose day is that weekday", (text, day) => {
    expect(parseDeadline(text, { column })).toMatchObject({ kind: "date", start: day, end: day });
  });
});

describe("a day with a place or remark and no year", () => {
  it.each(["4th September (online)", "4th September, school hall", "15 септември (онлайн)", "24 stycznia (zdalnie)"])(
    "leaves %j unread for want of its year, as the day written alone",
    (text) => {
      expect(parseDeadline(text)).toMatchObject({ kind: "unparsed", reason: "year-missing" });
    },
  );

  it("keeps a word that changes the date an unknown form", () => {
    expect(parseDeadline("4th September, from the hall")).toMatchObject({ kind: "unparsed", reason: "unknown-form" });
  });
});

describe("Roman months typed with Cyrillic letters that look the same", () => {
  it.each([
    ["12.Х.2016", "2016-10-12"],
    ["01.ХІІ.2023", "2023-12-01"],
  ])("reads %j as the month the numeral says", (text, day) => {
    expect(parseDeadline(text)).toMatchObject({ kind: "date", start: day, end: day });
  });
});
