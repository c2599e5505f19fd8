import { isTimeOfDayOnly, parseDeadline } from "../../../src/engine/deadline";

/** Hours written with `am`/`pm` beside a date are a note; a time alone names no day. */
describe("times of day written with am and pm", () => {
  it.each([
    ["Tuesday 26th September 2023 9am to 11.15am", "2023-09-26", "9am to 11.15am"],
    ["Monday 2nd October 2023, 6pm to 8.30pm", "2023-10-02", "6pm to 8.30pm"],
    ["26.09.2023 6pm", "2023-09-26", "6pm"],
  ])("read %j as its day, the hours a note", (text, day, hours) => {
    const d = parseDeadline(text);
    expect(d).toMatchObject({ kind: "date", start: day, end: day });
    expect(d.note).toContain(hours);
  });

  it("reads the days under a group's hours in one cell (rows joined), the hours a note", () => {
    expect(parseDeadline("6pm to 8.30pm\nMonday 2nd October 2023")).toMatchObject({ kind: "date", start: "2023-10-02", end: "2023-10-02" });
  });

  it("tells a time alone from a day: it is a time of day only, and left unread", () => {
    for (const t of ["9am to 11.15am", "6pm to 8.30pm", "18.00", "10.00-12.00"]) {
      expect(isTimeOfDayOnly(t)).toBe(true);
      expect(parseDeadline(t)).toMatchObject({ kind: "unparsed" });
    }
    for (const t of ["15.09", "Monday", "9 - 12", "1-15 wrzesień"]) expect(isTimeOfDayOnly(t)).toBe(false);
  });
});

/** A dash or `от` before a time leads to the time: the date before it is the deadline, never a span left open. */
describe("a time written after a dash", () => {
  const period = { start: "2020-09-01", end: "2021-08-31", label: "2020/2021" };
  it.each([
    ["24 юни от 9.00 часа", "2021-06-24"],
    ["15 юни - 10.00", "2021-06-15"],
    ["15.06 - 10.00", "2021-06-15"],
    ["15 czerwca - godz. 10.00", "2021-06-15"],
  ])("reads %j as its day, the time a note", (text, day) => {
    expect(parseDeadline(text, { period })).toMatchObject({ kind: "date", start: day, end: day });
  });

  it("leaves a span of hours unread whose first time could be a day and month (14.10 is no 14 October)", () => {
    for (const t of ["14.10-14.30", "12.09 - 14.30", "9:10–10:45"]) {
      expect(parseDeadline(t, { period })).toMatchObject({ kind: "unparsed" });
    }
  });

  it("reads the date before a span of hours, and a date before an earlier time stays a date", () => {
    expect(parseDeadline("14.10.2020 14.10-14.30", { period })).toMatchObject({ kind: "date", start: "2020-10-14" });
    expect(parseDeadline("20.09 - 14.30", { period })).toMatchObject({ kind: "date", start: "2020-09-20" });
  });

  it("keeps a span of hours after a span of days as a note", () => {
    expect(parseDeadline("от 5 до 7 юни - от 9.00 ч.", { period })).toMatchObject({ kind: "range", start: "2021-06-05", end: "2021-06-07" });
  });
});

/** `24. юни`, `5. listopada 2020`: a day written as an ordinal, with its dot, before the month's name. */
describe("a day written with an ordinal's dot", () => {
  const period = { start: "2020-09-01", end: "2021-08-31", label: "2020/2021" };
  it.each([
    ["24. юни", "2021-06-24"],
    ["24. юни от 9.00 часа", "2021-06-24"],
    ["5. listopada 2020", "2020-11-05"],
    ["24. June", "2021-06-24"],
  ])("reads %j", (text, day) => {
    expect(parseDeadline(text, { period })).toMatchObject({ kind: "date", start: day, end: day });
  });

  it("leaves dates written with dots throughout as they were", () => {
    expect(parseDeadline("20.XI.2020", { period })).toMatchObject({ kind: "date", start: "2020-11-20" });
    expect(parseDeadline("12. 10. 2020", { period })).toMatchObject({ kind: "date", start: "2020-10-12" });
  });
});

/** A weekday named with the month itself comes back every month; a weekday after a date and a comma is its note. */
describe("weekdays of the month", () => {
  const period = { start: "2023-09-01", end: "2024-08-31", label: "2023/2024" };
  it.each(["pierwsze czwartki miesiąca", "первый понедельник месяца", "перша п'ятниця місяця", "first Monday of the month", "всеки първи понеделник на месеца"])(
    "reads %j as monthly work over the plan period",
    (text) => {
      expect(parseDeadline(text, { period })).toMatchObject({ kind: "recurring", every: "month", start: period.start, end: period.end });
    },
  );

  it("reads a date with its weekday after a comma as the date", () => {
    expect(parseDeadline("16 октября, понедельник", { period })).toMatchObject({ kind: "date", start: "2023-10-16", note: "понедельник" });
    expect(parseDeadline("16.10.2023, poniedziałek", { period })).toMatchObject({ kind: "date", start: "2023-10-16" });
  });
});
