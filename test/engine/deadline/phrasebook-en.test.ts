import { by, CY, event, every, everyOver, half, itReadsThePhrasebook, month, on, quarter, range, schoolYear, SY, throughout, unread } from "./phrasebook";

describe("English deadlines as officials write them", () => {
  describe("parts of the year: terms, semesters, halves", () => {
    itReadsThePhrasebook([
      ["Autumn term", SY, half("2025-09-01", "2025-12-31")],
      ["Autumn Term 2025", null, half("2025-09-01", "2025-12-31")],
      ["Fall semester", SY, half("2025-09-01", "2025-12-31")],
      ["Spring semester 2026", null, half("2026-01-01", "2026-08-31")],
      ["first half of 2025", null, half("2025-01-01", "2025-06-30")],
      ["H2 2025", null, half("2025-07-01", "2025-12-31")],
    ]);
  });

  describe("ends and starts", () => {
    itReadsThePhrasebook([
      ["by the end of the school year", SY, by("2026-08-31")],
      // A school's "end of year" is the end of its school year; in a calendar year's plan, December.
      ["By end of year", SY, by("2026-08-31")],
      ["by the end of the year", CY, by("2025-12-31")],
      ["end of academic year", SY, schoolYear("2026-08-01", "2026-08-31")],
      ["beginning of the school year", SY, schoolYear("2025-09-01", "2025-09-30")],
      ["by end of December", SY, by("2025-12-31")],
      ["by 30 September", SY, by("2025-09-30")],
      ["by September 30, 2025", null, by("2025-09-30")],
      ["no later than 25 May 2026", null, by("2026-05-25")],
      ["end of May", SY, month("2026-05-21", "2026-05-31")],
      ["early October", SY, month("2025-10-01", "2025-10-10")],
      ["mid-November", SY, month("2025-11-11", "2025-11-20")],
      ["late June 2026", null, month("2026-06-21", "2026-06-30")],
      ["first half of September", SY, range("2025-09-01", "2025-09-15")],
      ["end of term 2", SY, unread("ambiguous")],
    ]);
  });

  describe("ranges across months and years", () => {
    itReadsThePhrasebook([
      ["December, 2025", SY, month("2025-12-01", "2025-12-31")],
      ["September-December, 2025", SY, range("2025-09-01", "2025-12-31")],
      ["September – December 2025", null, range("2025-09-01", "2025-12-31")],
      ["Sept–June", SY, range("2025-09-01", "2026-06-30")],
      ["Oct-Nov", SY, range("2025-10-01", "2025-11-30")],
      ["from 1 to 10 October", SY, range("2025-10-01", "2025-10-10")],
      ["10-14 March", SY, range("2026-03-10", "2026-03-14")],
      ["March 10-14, 2026", null, range("2026-03-10", "2026-03-14")],
      ["December 2025 - January 2026", null, range("2025-12-01", "2026-01-31")],
      ["Sep 2025 to Jun 2026", null, range("2025-09-01", "2026-06-30")],
    ]);
  });

  describe("quarters", () => {
    itReadsThePhrasebook([
      ["Q1", CY, quarter("2025-01-01", "2025-03-31")],
      ["Q3 2025", null, quarter("2025-07-01", "2025-09-30")],
      ["in the fourth quarter", CY, quarter("2025-10-01", "2025-12-31")],
      // Fiscal years start in different months from one body to the next.
      ["Q2 FY2025", null, unread("unknown-form")],
    ]);
  });

  describe("school years", () => {
    itReadsThePhrasebook([
      ["2025/26 school year", null, schoolYear("2025-09-01", "2026-08-31")],
      ["SY 2025-26", null, schoolYear("2025-09-01", "2026-08-31")],
      ["academic year 2025-2026", null, schoolYear("2025-09-01", "2026-08-31")],
      ["throughout the school year", SY, throughout(SY)],
      ["throughout the year", CY, throughout(CY)],
    ]);
  });

  describe("recurring and continuous work", () => {
    itReadsThePhrasebook([
      ["ongoing", SY, throughout(SY)],
      ["on-going", CY, throughout(CY)],
      ["continuous", SY, throughout(SY)],
      ["weekly", SY, every(SY, "week")],
      ["every Friday", SY, every(SY, "week")],
      ["on Mondays", SY, every(SY, "week")],
      ["fortnightly", SY, every(SY)],
      ["every two weeks", SY, every(SY)],
      ["monthly", SY, every(SY, "month")],
      // Regularly: it comes back, how often unsaid.
      ["regularly", SY, every(SY)],
      // Which weekday of the month, as an ordinal figure: every month.
      ["2nd Saturday of the month", SY, every(SY, "month")],
      ["quarterly", CY, every(CY, "quarter")],
      ["termly", SY, every(SY, "term")],
      ["annually", CY, every(CY, "year")],
      ["daily", SY, every(SY, "day")],
      ["twice a year", CY, every(CY, "half-year")],
      ["2 times a year", CY, every(CY, "half-year")],
      ["end of each term", SY, every(SY, "term")],
    ]);
  });

  describe("recurring work over the span written beside it", () => {
    itReadsThePhrasebook([
      ["monthly, 2025-2027", null, everyOver("2025-01-01", "2027-12-31", "month")],
      ["quarterly 2026", SY, everyOver("2026-01-01", "2026-12-31", "quarter")],
      ["weekly, September - May", SY, everyOver("2025-09-01", "2026-05-31", "week")],
    ]);
  });

  describe("work set off by an event", () => {
    itReadsThePhrasebook([
      // A day counted in a procedure from the event that starts it.
      ["Day 1", SY, event],
      ["Day 3 (letter home)", SY, event],
      ["upon request", SY, event],
      ["as required", SY, event],
      ["as needed", SY, event],
      ["when required", SY, event],
      ["as and when required", SY, event],
      ["on request", SY, event],
      ["as per schedule", SY, event],
      ["within 10 days of the request", SY, event],
      ["as offered", SY, event],
      ["as offered by the theatre", SY, event],
    ]);
  });

  describe("abbreviations and slips", () => {
    itReadsThePhrasebook([
      ["Sept.", SY, month("2025-09-01", "2025-09-30")],
      ["Sept. 2025", null, month("2025-09-01", "2025-09-30")],
      ["Nov 2025", null, month("2025-11-01", "2025-11-30")],
      ["15th October 2025", null, on("2025-10-15")],
      ["Oct 15th, 2025", null, on("2025-10-15")],
      ["15-Oct-2025", null, on("2025-10-15")],
      ["31-Mar-26", null, on("2026-03-31")],
      // Two dates as Excel shows them make a range like any other two.
      ["31-Mar-26 - 15-Apr-26", null, range("2026-03-31", "2026-04-15")],
      ["31-Mar-26 to 15-Apr-26", null, range("2026-03-31", "2026-04-15")],
      ["Sept 2025", null, month("2025-09-01", "2025-09-30")],
      ["09/2025", null, month("2025-09-01", "2025-09-30")],
      // A month and a short year, or a day and a month: both readings stand.
      ["Sep-25", SY, unread("ambiguous")],
      ["Sep-25", null, unread("ambiguous")],
      // Past 31 the two digits can only be a year.
      ["Jul-95", null, month("1995-07-01", "1995-07-31")],
      ["by15 October 2025", null, by("2025-10-15")],
    ]);
  });

  describe("dates with weekdays and times", () => {
    itReadsThePhrasebook([
      ["Wednesday 15 October 2025", null, on("2025-10-15")],
      ["Wed, Oct 15, 2025", null, on("2025-10-15")],
      ["15 October 2025, 3:30 pm", null, on("2025-10-15")],
      ["Wednesday, October 15, 2025 at 6pm", null, on("2025-10-15")],
      // A no-break space opened as Latin-1 (`Â `) before the date is no word of it.
      ["Â Fri.24th May,2024", null, on("2024-05-24")],
      // A span whose end names no month and comes before the start day runs into the next month
      // where both weekdays written fall on those days; the start stays in the year written.
      ["Mon.27th May – Wed.5th 2024", null, range("2024-05-27", "2024-06-05")],
      ["Mon 29th Dec – Fri 2nd 2026", null, range("2025-12-29", "2026-01-02")],
      ["Thur. 30th May – Tue.4th June,2024", null, range("2024-05-30", "2024-06-04")],
      ["Mon.27th May – Thu.5th 2024", null, unread("ambiguous")],
      ["27th May – 5th 2024", null, unread("ambiguous")],
    ]);
  });

  describe("two deadlines in one cell, and forms that stay unread", () => {
    itReadsThePhrasebook([
      ["15 October 2025 and 20 December 2025", null, unread("several-dates")],
      // Numbered sub-items, each with its own time: several; the same time in each: that time.
      ["1. Each term   2. As required 3. On going", SY, unread("several-dates")],
      ["1. Termly     2. termly", SY, every(SY, "term")],
      ["Last day of the month\n2 times a month", SY, unread("several-dates")],
      ["1–11 February – school round; 15–25 February – district round", "2021", range("2021-02-01", "2021-02-25")],
      ["15 October, school hall", CY, on("2025-10-15")],
      ["10.00am, main hall", "2024-10-21..2024-10-25", on("2024-10-21"), "Day 1 – 21.10.2024"],
      ["in the morning", "2024-10-21..2024-10-25", on("2024-10-21"), "Day 1 – 21.10.2024"],
      ["by 1 October of year X", "2020-2022", unread("ambiguous")],
      ["October, March", SY, unread("several-dates")],
      ["Term 2", SY, unread("ambiguous")],
      // Half-terms end on dates each school sets; a season alone may be the term.
      ["Autumn 1", SY, unread("ambiguous")],
      ["Spring 2", SY, unread("ambiguous")],
      ["Summer 1 2026", null, unread("ambiguous")],
      ["Summer term", SY, half("2026-04-06", "2026-07-31")],
      ["Spring 2026", null, unread("unknown-form")],
      ["October 15", null, unread("year-missing")],
      // Month first, as American plans write it: 15 can only be the day.
      ["10/15/2025", null, on("2025-10-15")],
    ]);
  });
});
