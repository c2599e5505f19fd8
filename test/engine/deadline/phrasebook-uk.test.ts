import { by, CY, event, every, everyOver, half, itReadsThePhrasebook, month, on, quarter, range, schoolYear, SY, throughout, unread } from "./phrasebook";

describe("Ukrainian deadlines as officials write them", () => {
  describe("parts of the year: halves, school quarters, seasons", () => {
    itReadsThePhrasebook([
      ["протягом І семестру", SY, half("2025-09-01", "2025-12-31")],
      ["ІІ семестр", SY, half("2026-01-01", "2026-08-31")],
      ["у другому півріччі", SY, half("2026-01-01", "2026-08-31")],
      ["I півріччя 2025 р.", null, half("2025-01-01", "2025-06-30")],
      ["ІІ чверть", SY, quarter("2025-11-01", "2025-12-31")],
      ["навесні", SY, range("2026-03-01", "2026-05-31")],
      ["восени 2025 р.", null, range("2025-09-01", "2025-11-30")],
    ]);
  });

  describe("ends and starts", () => {
    itReadsThePhrasebook([
      ["початок навчального року", SY, schoolYear("2025-09-01", "2025-09-30")],
      ["на початку н.р.", SY, schoolYear("2025-09-01", "2025-09-30")],
      ["до кінця навчального року", SY, by("2026-08-31")],
      ["до кінця року", CY, by("2025-12-31")],
      ["до кінця грудня", SY, by("2025-12-31")],
      ["наприкінці травня", SY, month("2026-05-21", "2026-05-31")],
      ["на початку жовтня", SY, month("2025-10-01", "2025-10-10")],
      ["до 01.09.", CY, by("2025-09-01")],
      ["не пізніше 25.05.2026", null, by("2026-05-25")],
      ["до 1 вересня", CY, by("2025-09-01")],
    ]);
  });

  describe("ranges across months and years", () => {
    itReadsThePhrasebook([
      ["Березень, 2026", SY, month("2026-03-01", "2026-03-31")],
      ["вересень-грудень, 2025 року", SY, range("2025-09-01", "2025-12-31")],
      ["березень-квітень", SY, range("2026-03-01", "2026-04-30")],
      ["вересень – грудень 2025", null, range("2025-09-01", "2025-12-31")],
      ["жовт.-лист.", SY, range("2025-10-01", "2025-11-30")],
      ["IX–XII", SY, range("2025-09-01", "2025-12-31")],
      ["10-14.03", SY, range("2026-03-10", "2026-03-14")],
      ["з 01.09 по 15.09", SY, range("2025-09-01", "2025-09-15")],
      ["з 1 по 10 вересня", SY, range("2025-09-01", "2025-09-10")],
      ["грудень 2025 – січень 2026", null, range("2025-12-01", "2026-01-31")],
      ["вересень-травень", SY, range("2025-09-01", "2026-05-31")],
    ]);
  });

  describe("quarters and decades", () => {
    itReadsThePhrasebook([
      ["І кв.", CY, quarter("2025-01-01", "2025-03-31")],
      ["ІІІ квартал 2025 р.", null, quarter("2025-07-01", "2025-09-30")],
      ["протягом IV кварталу", CY, quarter("2025-10-01", "2025-12-31")],
      ["1 декада жовтня", CY, range("2025-10-01", "2025-10-10")],
      ["ІІ декада листопада", CY, range("2025-11-11", "2025-11-20")],
      ["І тиждень вересня", SY, range("2025-09-01", "2025-09-07")],
      ["друга половина вересня", SY, range("2025-09-16", "2025-09-30")],
      ["перша половина жовтня", SY, range("2025-10-01", "2025-10-15")],
    ]);
  });

  describe("school years", () => {
    itReadsThePhrasebook([
      ["2017-2018р", "2017/2018", schoolYear("2017-09-01", "2018-08-31")],
      ["2025/2026 н.р.", null, schoolYear("2025-09-01", "2026-08-31")],
      ["2025-2026 навч. рік", null, schoolYear("2025-09-01", "2026-08-31")],
      ["протягом навчального року", SY, throughout(SY)],
      ["протягом н.р.", SY, throughout(SY)],
      ["упродовж року", CY, throughout(CY)],
    ]);
  });

  describe("recurring and continuous work", () => {
    itReadsThePhrasebook([
      ["систематично", SY, throughout(SY)],
      ["постійно", SY, throughout(SY)],
      ["регулярно", SY, every(SY)],
      ["щочетверга", SY, every(SY, "week")],
      ["щопонеділка", SY, every(SY, "week")],
      ["щоп'ятниці", SY, every(SY, "week")],
      ["по середах", SY, every(SY, "week")],
      ["щотижня", SY, every(SY, "week")],
      ["щомісяця", SY, every(SY, "month")],
      ["періодично", SY, every(SY)],
      // Which weekday of the month, as an ordinal figure: every month.
      ["2-га субота місяця", SY, every(SY, "month")],
      ["1 раз на місяць", SY, every(SY, "month")],
      ["щокварталу", CY, every(CY, "quarter")],
      ["щороку", CY, every(CY, "year")],
      ["щодня", SY, every(SY, "day")],
      ["щочверті", SY, every(SY, "term")],
      ["раз на два тижні", SY, every(SY)],
    ]);
  });

  describe("recurring work over the span written beside it", () => {
    itReadsThePhrasebook([
      ["щомісяця\n2025-2027 рр.", null, everyOver("2025-01-01", "2027-12-31", "month")],
      ["щокварталу 2026 р.", SY, everyOver("2026-01-01", "2026-12-31", "quarter")],
      ["щомісяця, вересень - травень", SY, everyOver("2025-09-01", "2026-05-31", "month")],
      ["щомісяця до 5 числа", SY, every(SY, "month")],
    ]);
  });

  describe("work set off by an event", () => {
    itReadsThePhrasebook([
      // A day counted in a procedure from the event that starts it.
      ["День 3 (лист батькам)", SY, event],
      ["за потреби", SY, event],
      ["у разі потреби", SY, event],
      ["при потребі", SY, event],
      ["на вимогу", SY, event],
      ["за запитом", SY, event],
      ["за графіком", SY, event],
      ["у міру надходження", SY, event],
      ["відповідно до наказу", SY, event],
      ["протягом 5 днів після отримання", SY, event],
      ["за пропозицією", SY, event],
      ["за пропозицією організаторів", SY, event],
    ]);
  });

  describe("abbreviations and slips", () => {
    itReadsThePhrasebook([
      ["вер.", SY, month("2025-09-01", "2025-09-30")],
      ["жовтень2025", null, month("2025-10-01", "2025-10-31")],
      ["листопад 2025р.", null, month("2025-11-01", "2025-11-30")],
      ["до15.10.2025", null, by("2025-10-15")],
      ["15.10.2025р.", null, on("2025-10-15")],
      ["15.10..2025", null, on("2025-10-15")],
      // A month and a short year, or a time of day: not read.
      ["09.25", SY, unread("unknown-form")],
    ]);
  });

  describe("dates with weekdays and times", () => {
    itReadsThePhrasebook([
      ["15.10.2025 (середа)", null, on("2025-10-15")],
      ["15 жовтня 2025 р. о 14.00", null, on("2025-10-15")],
      ["середа, 15.10.2025", null, on("2025-10-15")],
      ["Â 15 жовтня 2025 р.", null, on("2025-10-15")],
    ]);
  });

  describe("two deadlines in one cell, and forms that stay unread", () => {
    itReadsThePhrasebook([
      ["15.10.2025, 20.12.2025", null, unread("several-dates")],
      ["1. Щочетверті 2. За потреби", SY, unread("several-dates")],
      // The times of several items joined under one row, a line each, not alike: several.
      ["Останній день місяця\n2 рази на місяць\n\n1 раз на", SY, unread("several-dates")],
      ["щомісяця\nщомісяця", SY, every(SY, "month")],
      ["01.02.2021 – 11.02.2021 шкільний етап; 15.02.2021 – 25.02.2021 районний етап", "2021", range("2021-02-01", "2021-02-25")],
      ["15 жовтня, актова зала", CY, on("2025-10-15")],
      // A time of day (and where) under a heading naming the whole day is on that day; a date written stays its own.
      ["9.15.  муз. зала", "2024-10-21..2024-10-25", on("2024-10-21"), "І ДЕНЬ 21.10.2024.\nТЕМА: «ТВОЯ І МОЯ БЕЗПЕКА»"],
      ["22.10.2024", "2024-10-21..2024-10-25", on("2024-10-22"), "І ДЕНЬ 21.10.2024."],
      ["ранкові години", "2024-10-21..2024-10-25", on("2024-10-21"), "І ДЕНЬ 21.10.2024."],
      ["ранкові години", "2024-10-21..2024-10-25", unread("unknown-form")],
      ["9.15.  муз. зала", "2024-10-21..2024-10-25", unread("unknown-form")],
      ["протягом місячника", "2022-01-21..2022-02-23", throughout("2022-01-21..2022-02-23")],
      ["протягом місячника", SY, unread("ambiguous")],
      ["1. Щомісяця 2. щомісяця", SY, every(SY, "month")],
      ["до кінця року", SY, unread("ambiguous")],
      ["до кінця року", CY, by("2025-12-31")],
      ["1 вересня X - 1 року, далі щороку", "2020-2022", unread("ambiguous")],
      ["жовтень, березень", SY, unread("several-dates")],
      ["вересень", "2024-2028", unread("ambiguous")],
      ["15.10", null, unread("year-missing")],
      ["серпень", SY, unread("ambiguous")],
      ["під час канікул", SY, unread("unknown-form")],
    ]);
  });
});
