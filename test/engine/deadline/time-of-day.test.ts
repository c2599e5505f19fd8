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
