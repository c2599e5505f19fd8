import { by, CY, event, every, everyOver, half, itReadsThePhrasebook, month, on, quarter, range, schoolYear, SY, throughout, unread } from "./phrasebook";

describe("Polish deadlines as officials write them", () => {
  describe("parts of the year: semesters, half-years, seasons", () => {
    itReadsThePhrasebook([
      ["w I semestrze", SY, half("2025-09-01", "2026-01-31")],
      ["II semestr", SY, half("2026-02-01", "2026-08-31")],
      ["I półrocze", SY, half("2025-09-01", "2026-01-31")],
      ["w drugim półroczu", SY, half("2026-02-01", "2026-08-31")],
      ["I półrocze 2025 r.", null, half("2025-01-01", "2025-06-30")],
      ["wiosna", SY, range("2026-03-01", "2026-05-31")],
      ["jesień 2025", null, range("2025-09-01", "2025-11-30")],
    ]);
  });

  describe("ends and starts", () => {
    itReadsThePhrasebook([
      ["do końca roku szkolnego", SY, by("2026-08-31")],
      ["początek roku szkolnego", SY, schoolYear("2025-09-01", "2025-09-30")],
      ["na początku roku szkolnego", SY, schoolYear("2025-09-01", "2025-09-30")],
      ["do końca roku", CY, by("2025-12-31")],
      ["do końca grudnia", SY, by("2025-12-31")],
      ["koniec maja", SY, month("2026-05-21", "2026-05-31")],
      ["do 30 września", SY, by("2025-09-30")],
      ["do 01.09.", CY, by("2025-09-01")],
      ["nie później niż 25.05.2026", null, by("2026-05-25")],
      ["do 15 X", SY, by("2025-10-15")],
    ]);
  });

  describe("ranges across months and years", () => {
    itReadsThePhrasebook([
      ["Grudzień, 2025", SY, month("2025-12-01", "2025-12-31")],
      ["wrzesień-grudzień, 2025 r.", SY, range("2025-09-01", "2025-12-31")],
      ["wrzesień – grudzień 2025", null, range("2025-09-01", "2025-12-31")],
      ["wrzesień-czerwiec", SY, range("2025-09-01", "2026-06-30")],
      ["paźdz.-listop.", SY, range("2025-10-01", "2025-11-30")],
      ["IX–XII", SY, range("2025-09-01", "2025-12-31")],
      ["IX 2025 – VI 2026", null, range("2025-09-01", "2026-06-30")],
      ["10-14.03", SY, range("2026-03-10", "2026-03-14")],
      ["od 1 do 10 września", SY, range("2025-09-01", "2025-09-10")],
      ["01.09-15.09.2025", null, range("2025-09-01", "2025-09-15")],
      ["grudzień 2025 – styczeń 2026", null, range("2025-12-01", "2026-01-31")],
    ]);
  });

  describe("quarters and decades", () => {
    itReadsThePhrasebook([
      ["I kwartał", CY, quarter("2025-01-01", "2025-03-31")],
      ["III kw. 2025 r.", null, quarter("2025-07-01", "2025-09-30")],
      ["w IV kwartale", CY, quarter("2025-10-01", "2025-12-31")],
      ["I dekada października", CY, range("2025-10-01", "2025-10-10")],
      ["III dekada", SY, range("2025-11-21", "2025-11-30"), "LISTOPAD"],
      ["pierwsza połowa września", SY, range("2025-09-01", "2025-09-15")],
      ["w drugiej połowie października", SY, range("2025-10-16", "2025-10-31")],
      ["w czwartym tygodniu września", SY, range("2025-09-22", "2025-09-28")],
    ]);
  });

  describe("school years", () => {
    itReadsThePhrasebook([
      ["rok szkolny 2025/2026", null, schoolYear("2025-09-01", "2026-08-31")],
      ["2025/26", null, schoolYear("2025-09-01", "2026-08-31")],
      ["w ciągu roku szkolnego", SY, throughout(SY)],
      ["cały rok szkolny", SY, throughout(SY)],
      ["przez cały rok", CY, throughout(CY)],
    ]);
  });

  describe("recurring and continuous work", () => {
    itReadsThePhrasebook([
      ["na bieżąco", SY, throughout(SY)],
      ["systematycznie", SY, throughout(SY)],
      ["stale", SY, throughout(SY)],
      ["w każdy piątek", SY, every(SY, "week")],
      ["co tydzień", SY, every(SY, "week")],
      ["raz w tygodniu", SY, every(SY, "week")],
      ["we wtorki", SY, every(SY, "week")],
      ["raz w miesiącu", SY, every(SY, "month")],
      ["co miesiąc", SY, every(SY, "month")],
      // Regularly: it comes back, how often unsaid.
      ["regularnie", SY, every(SY)],
      ["raz w roku", CY, every(CY, "year")],
      ["codziennie", SY, every(SY, "day")],
      ["cyklicznie", SY, every(SY)],
      ["2x w roku", SY, every(SY, "half-year")],
      ["co dwa tygodnie", SY, every(SY)],
      ["do 10 każdego miesiąca", SY, every(SY, "month")],
      ["w każdy pierwszy poniedziałek miesiąca", SY, every(SY, "month")],
    ]);
  });

  describe("recurring work over the span written beside it", () => {
    itReadsThePhrasebook([
      ["co miesiąc, 2025-2027", null, everyOver("2025-01-01", "2027-12-31", "month")],
      ["raz w miesiącu\n2026", SY, everyOver("2026-01-01", "2026-12-31", "month")],
    ]);
  });

  describe("work set off by an event", () => {
    itReadsThePhrasebook([
      // A day counted in a procedure from the event that starts it.
      ["Dzień 5", SY, event],
      ["wg potrzeb", SY, event],
      ["w miarę potrzeb", SY, event],
      ["w razie potrzeby", SY, event],
      ["zgodnie z harmonogramem", SY, event],
      ["według harmonogramu", SY, event],
      ["w ciągu 14 dni od zgłoszenia", SY, event],
      ["w terminie ustalonym przez dyrektora", SY, event],
      // The term is the one a partner offers: set outside the plan.
      ["wg oferty", SY, event],
      ["wg ofert", SY, event],
      ["według oferty", SY, event],
      ["zgodnie z ofertą", SY, event],
      ["wg ofert i uznania w grupie", SY, event],
      ["wg ofert i potrzeb w grupach", SY, event],
      // A recommendation says how, not when: the time written after it is the term.
      ["wg zaleceń / cały rok szkolny", SY, throughout(SY)],
      ["wg zaleceń\ncały rok szkolny", SY, throughout(SY)],
      ["wg zaleceń 15.10.2025", SY, on("2025-10-15")],
    ]);
  });

  describe("abbreviations and slips", () => {
    itReadsThePhrasebook([
      ["paźdz.", SY, month("2025-10-01", "2025-10-31")],
      ["wrz. 2025", null, month("2025-09-01", "2025-09-30")],
      ["listopad 2025r.", null, month("2025-11-01", "2025-11-30")],
      ["do15.10.2025", null, by("2025-10-15")],
      ["15.10.2025r.", null, on("2025-10-15")],
      ["15..10.2025", null, on("2025-10-15")],
      ["X 2025", null, month("2025-10-01", "2025-10-31")],
    ]);
  });

  describe("dates with weekdays and times", () => {
    itReadsThePhrasebook([
      ["15.10.2025 (środa)", null, on("2025-10-15")],
      ["15 października 2025 r., godz. 17.00", null, on("2025-10-15")],
      ["Â 15 października 2025", null, on("2025-10-15")],
      ["środa, 15.10.2025", null, on("2025-10-15")],
      ["Do 15 listopada Do godziny 18.00", SY, by("2025-11-15")],
      ["14 października o godzinie 16.00", SY, on("2025-10-14")],
      ["14 października dwie tury: 16.00 1 i 2 klasy 17.15 3, 4, 5 klasy", SY, on("2025-10-14")],
      ["4 września (czw.)", SY, on("2025-09-04")],
      // 4 September 2025 is a Thursday: the day or its weekday is a slip, and which is not said.
      ["4 września (pon.)", SY, unread("ambiguous")],
    ]);
  });

  describe("two deadlines in one cell, and forms that stay unread", () => {
    itReadsThePhrasebook([
      ["15.10.2025, 20.12.2025", null, unread("several-dates")],
      ["1. Co miesiąc 2. W razie potrzeby", SY, unread("several-dates")],
      ["Ostatni dzień miesiąca\n2 razy w miesiącu", SY, unread("several-dates")],
      ["1-11 lutego – etap szkolny; 15-25 lutego – etap gminny", "2021", range("2021-02-01", "2021-02-25")],
      ["15 października, sala gimnastyczna", CY, on("2025-10-15")],
      ["godz. 10.00, sala gimnastyczna", "2024-10-21..2024-10-25", on("2024-10-21"), "Dzień I – 21.10.2024"],
      ["rano", "2024-10-21..2024-10-25", on("2024-10-21"), "Dzień I – 21.10.2024"],
      // The week the plan is for.
      ["w trakcie tygodnia", "2025-10-13..2025-10-17", throughout("2025-10-13..2025-10-17")],
      ["do końca roku", SY, unread("ambiguous")],
      ["do końca roku", CY, by("2025-12-31")],
      ["1 października roku X", "2020-2022", unread("ambiguous")],
      ["październik, marzec", SY, unread("several-dates")],
      ["wrzesień", "2024-2028", unread("ambiguous")],
      ["15.10", null, unread("year-missing")],
      ["IV kwartał", SY, unread("ambiguous")],
      ["ferie zimowe", SY, unread("unknown-form")],
    ]);
  });
});
