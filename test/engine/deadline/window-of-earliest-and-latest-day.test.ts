import { parseDeadline } from "../../../src/engine/deadline";

/** Admission rules set a window by its earliest and its latest day, each with its own hour. */
describe("a window opened by `not earlier than` and closed by `not later than`", () => {
  it("reads the two lines of an admission timetable as the span between them, hours aside", () => {
    expect(parseDeadline("не раніше 14:00 години 22 липня 2024 року\nне пізніше 12:00 год 24 липня 2024 року")).toMatchObject({
      kind: "range",
      start: "2024-07-22",
      end: "2024-07-24",
    });
  });

  it("reads the window joined by a conjunction in Polish and English", () => {
    expect(parseDeadline("nie wcześniej niż 1 lipca 2024 i nie później niż 5 lipca 2024")).toMatchObject({ kind: "range", start: "2024-07-01", end: "2024-07-05" });
    expect(parseDeadline("no earlier than 1 July 2024 and no later than 5 July 2024")).toMatchObject({ kind: "range", start: "2024-07-01", end: "2024-07-05" });
  });

  it("gives no span whose latest day comes before its earliest", () => {
    expect(parseDeadline("не ранее 5 мая 2024, не позднее 1 мая 2024")).toMatchObject({ kind: "unparsed" });
  });

  it("leaves a window whose days have no year unread, with nothing to take one from", () => {
    expect(parseDeadline("не раніше 22 липня та не пізніше 24 липня").kind).toBe("unparsed");
  });
});

describe("an hour written with its words before the date", () => {
  it("reads `о 18 год. 00 хв. 13 липня 2024 року` as the day, the hour a note", () => {
    expect(parseDeadline("о 18 год. 00 хв. 13 липня 2024 року")).toMatchObject({ kind: "date", start: "2024-07-13", note: "о 18 год. 00 хв." });
  });

  it("reads the same hour after the date", () => {
    expect(parseDeadline("13 липня 2024 року о 18 год. 00 хв.")).toMatchObject({ kind: "date", start: "2024-07-13" });
  });

  it("takes no hour from a count of years (`1 год 2024`)", () => {
    expect(parseDeadline("1 год 2024").kind).toBe("unparsed");
  });
});

describe("the words for all year followed by the days the work falls on", () => {
  it("reads `в течение года 21 февраля 23 февраля 8 марта` as several dates, not work that goes on", () => {
    expect(parseDeadline("в течение года 21 февраля 23 февраля 8 марта")).toMatchObject({ kind: "unparsed", reason: "several-dates" });
  });

  it("still reads the words alone as all year (`в течение года`)", () => {
    expect(parseDeadline("в течение года", { period: { start: "2024-01-01", end: "2024-12-31", label: "2024" } })).toMatchObject({ kind: "continuous", start: "2024-01-01" });
  });
});

/** Programme annexes set a measure's money out by year, one line a year beside the money column's lines. */
describe("a span of years with each of its years on a line under it", () => {
  it("reads `2007 - 2010` over `2007` … `2010` as the span", () => {
    expect(parseDeadline("2007 - 2010\n2007\n2008\n2009\n2010")).toMatchObject({ kind: "range", start: "2007-01-01", end: "2010-12-31" });
    expect(parseDeadline("2007 - 2010 гг.\n2007 г.\n2008 г.")).toMatchObject({ kind: "range", start: "2007-01-01", end: "2010-12-31" });
    expect(parseDeadline("2007 - 2010\n2007\n2008\n2009\n2010.")).toMatchObject({ kind: "range", start: "2007-01-01", end: "2010-12-31" });
  });

  it("leaves a year outside the span as a second period (`2007 - 2010\\n2011`)", () => {
    expect(parseDeadline("2007 - 2010\n2007\n2011")).toMatchObject({ kind: "unparsed", reason: "several-dates" });
  });
});

describe("work through a student parliament's term of office", () => {
  it("reads `през целия мандат на парламента` as going on through the plan", () => {
    const year = { period: { start: "2024-09-01", end: "2025-08-31", label: "2024/2025" } };
    expect(parseDeadline("през целия мандат на парламента", year)).toMatchObject({ kind: "continuous", start: "2024-09-01", end: "2025-08-31" });
  });
});
