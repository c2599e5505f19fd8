import { by, CY, event, every, everyOver, half, itReadsThePhrasebook, month, on, quarter, range, schoolYear, SY, throughout, unread } from "./phrasebook";

describe("Russian deadlines as officials write them", () => {
  describe("parts of the year: halves, school quarters, seasons", () => {
    itReadsThePhrasebook([
      ["в течение первого полугодия", SY, half("2025-09-01", "2025-12-31")],
      ["во II полугодии", SY, half("2026-01-01", "2026-08-31")],
      ["1 полугодие 2025 г.", null, half("2025-01-01", "2025-06-30")],
      ["в течение 2 четверти", SY, quarter("2025-11-01", "2025-12-31")],
      ["III четверть", SY, quarter("2026-01-01", "2026-03-31")],
      ["весной", SY, range("2026-03-01", "2026-05-31")],
      ["осенью 2025 г.", null, range("2025-09-01", "2025-11-30")],
    ]);
  });

  describe("ends and starts", () => {
    itReadsThePhrasebook([
      ["до конца учебного года", SY, by("2026-08-31")],
      ["в начале учебного года", SY, schoolYear("2025-09-01", "2025-09-30")],
      ["начало учебного года", SY, schoolYear("2025-09-01", "2025-09-30")],
      ["до конца года", CY, by("2025-12-31")],
      ["до конца декабря", SY, by("2025-12-31")],
      ["в конце мая", SY, month("2026-05-21", "2026-05-31")],
      ["в середине октября", SY, month("2025-10-11", "2025-10-20")],
      ["к 1 сентября", CY, by("2025-09-01")],
      ["до 01.09.", CY, by("2025-09-01")],
      ["не позднее 25.05.2026", null, by("2026-05-25")],
    ]);
  });

  describe("ranges across months and years", () => {
    itReadsThePhrasebook([
      ["Декабрь, 2025", SY, month("2025-12-01", "2025-12-31")],
      ["сентябрь-декабрь, 2025 года", SY, range("2025-09-01", "2025-12-31")],
      ["сентябрь – декабрь 2025", null, range("2025-09-01", "2025-12-31")],
      ["сентябрь-май", SY, range("2025-09-01", "2026-05-31")],
      ["окт-нояб", SY, range("2025-10-01", "2025-11-30")],
      ["янв.-февр. 2026", null, range("2026-01-01", "2026-02-28")],
      ["IX–XII", SY, range("2025-09-01", "2025-12-31")],
      ["10-14.03", SY, range("2026-03-10", "2026-03-14")],
      ["с 01.09 по 15.09", SY, range("2025-09-01", "2025-09-15")],
      ["с 1 по 10 сентября", SY, range("2025-09-01", "2025-09-10")],
      ["декабрь 2025 – январь 2026", null, range("2025-12-01", "2026-01-31")],
    ]);
  });

  describe("quarters and decades", () => {
    itReadsThePhrasebook([
      ["I кв.", CY, quarter("2025-01-01", "2025-03-31")],
      ["III квартал 2025 г.", null, quarter("2025-07-01", "2025-09-30")],
      ["в течение IV квартала", CY, quarter("2025-10-01", "2025-12-31")],
      ["1 декада октября", CY, range("2025-10-01", "2025-10-10")],
      ["во второй декаде ноября", CY, range("2025-11-11", "2025-11-20")],
      ["3 декада мая", CY, range("2025-05-21", "2025-05-31")],
      ["II декада", SY, range("2025-10-11", "2025-10-20"), "ОКТЯБРЬ"],
      ["во второй половине октября", SY, range("2025-10-16", "2025-10-31")],
      ["1-я неделя сентября", SY, range("2025-09-01", "2025-09-07")],
      // October 2025 starts on a Wednesday: whether its first week is those five days or the next seven is not said.
      ["вторая неделя октября", SY, unread("unknown-form")],
    ]);
  });

  describe("school years", () => {
    itReadsThePhrasebook([
      ["2025-2026 уч. год", null, schoolYear("2025-09-01", "2026-08-31")],
      ["2025/26 уч.г.", null, schoolYear("2025-09-01", "2026-08-31")],
      ["в течение уч. года", SY, throughout(SY)],
    ]);
  });

  describe("recurring and continuous work", () => {
    itReadsThePhrasebook([
      ["систематически", SY, throughout(SY)],
      ["регулярно", SY, every(SY)],
      ["по средам", SY, every(SY, "week")],
      ["каждый понедельник", SY, every(SY, "week")],
      ["еженедельно, по пятницам", SY, every(SY, "week")],
      ["1 раз в месяц", SY, every(SY, "month")],
      ["периодически", SY, every(SY)],
      // Which weekday of the month, as an ordinal figure, the line broken where the cell was narrow:
      // every month. A bare figure before the weekday says no ordinal and stays unread.
      ["2-я суббота\nмесяца", SY, every(SY, "month")],
      ["2-я суббота месяца", SY, every(SY, "month")],
      ["2 суббота месяца", SY, unread("unknown-form")],
      ["ежемесячно до 5 числа", SY, every(SY, "month")],
      ["ежеквартально", CY, every(CY, "quarter")],
      ["1 раз в четверть", SY, every(SY, "term")],
      ["в конце каждой четверти", SY, every(SY, "term")],
      ["3 раза в месяц", SY, every(SY)],
      ["раз в две недели", SY, every(SY)],
      ["1 раз в триместр", SY, every(SY, "term")],
    ]);
  });

  describe("recurring work over the span written beside it", () => {
    itReadsThePhrasebook([
      ["2008 - 2010\nежемесячно", null, everyOver("2008-01-01", "2010-12-31", "month")],
      ["ежеквартально, 2026 г.", SY, everyOver("2026-01-01", "2026-12-31", "quarter")],
      ["2024-2026 гг.\nежегодно", SY, everyOver("2024-01-01", "2026-12-31", "year")],
      // The day of each month, not a span: the plan period's months.
      ["ежемесячно, до 10 числа", SY, every(SY, "month")],
    ]);
  });

  describe("work set off by an event", () => {
    itReadsThePhrasebook([
      // A day counted in a procedure from the event that starts it.
      ["День 3", SY, event],
      ["по мере необходимости", SY, event],
      ["при поступлении", SY, event],
      ["по запросу", SY, event],
      ["по графику", SY, event],
      ["согласно приказу", SY, event],
      ["в течение 3 дней после поступления", SY, event],
      ["в течение 10 дней с момента получения", SY, event],
      ["по предложению", SY, event],
      ["по предложению организаторов", SY, event],
    ]);
  });

  describe("abbreviations and slips", () => {
    itReadsThePhrasebook([
      ["сент.", SY, month("2025-09-01", "2025-09-30")],
      ["ноябрь 2025г.", null, month("2025-11-01", "2025-11-30")],
      ["до15.10.2025", null, by("2025-10-15")],
      ["15..10.2025", null, on("2025-10-15")],
      ["15.10.2025г.", null, on("2025-10-15")],
      ["15.10.25", null, on("2025-10-15")],
      // `в течении` and `втечение` are as often written as `в течение`.
      ["в течении года", CY, throughout(CY)],
      ["втечение года", CY, throughout(CY)],
      ["в теч. года", CY, throughout(CY)],
      ["в течении учебного года", SY, throughout(SY)],
      ["в течении сентября", SY, month("2025-09-01", "2025-09-30")],
    ]);
  });

  describe("dates with weekdays and times", () => {
    itReadsThePhrasebook([
      ["15.10.2025 (среда)", null, on("2025-10-15")],
      ["15 октября 2025 г., 14.00", null, on("2025-10-15")],
      ["среда, 15.10.2025", null, on("2025-10-15")],
      ["15.10.2025 в 10:00", null, on("2025-10-15")],
      ["Â 15.10.2025", null, on("2025-10-15")],
    ]);
  });

  describe("two deadlines in one cell, and forms that stay unread", () => {
    itReadsThePhrasebook([
      ["15.10.2025, 20.12.2025", null, unread("several-dates")],
      ["1. Ежемесячно 2. По мере необходимости", SY, unread("several-dates")],
      ["Последний день месяца\n2 раза в месяц", SY, unread("several-dates")],
      // Two stages of one contest, parted by a semicolon, the second within a week of the first: the
      // contest runs through both; stages a month apart are two times.
      ["01.02.2021 – 11.02.2021 классный тур; 15.02.2021 – 25.02.2021 школьный тур", "2021", range("2021-02-01", "2021-02-25")],
      ["01.02.2021 – 11.02.2021 классный тур; 15.03.2021 – 25.03.2021 школьный тур", "2021", unread("several-dates")],
      // A day and its month, then after a comma where: the day; a second day after the comma is several.
      ["6 мая, МОБУ «Сясьстройская СОШ №2»", "2024", on("2024-05-06")],
      ["26 апреля, Сясьстрой,\nул. Ленина №82е", "2024", on("2024-04-26")],
      ["6 мая, 13 мая", "2024", unread("several-dates")],
      ["10.00, актовый зал", "2024-10-21..2024-10-25", on("2024-10-21"), "1 день 21.10.2024"],
      ["утром", "2024-10-21..2024-10-25", on("2024-10-21"), "1 день 21.10.2024"],
      // The campaign month the plan is for; in a school year's plan its weeks are not said.
      ["В течение месячника", "2022-01-21..2022-02-23", throughout("2022-01-21..2022-02-23")],
      ["в ходе проведения месячника", SY, unread("ambiguous")],
      // In a school year's plan the year of `до конца года` is not said: the school year or the calendar one.
      ["до конца года", SY, unread("ambiguous")],
      ["до конца года", CY, by("2025-12-31")],
      // A year counted from one a model plan leaves open (`X`): neither the date nor a recurrence from it.
      ["1 октября X - 1 года, далее ежегодно", "2020-2022", unread("ambiguous")],
      ["до 1 сентября года N", "2020-2022", unread("ambiguous")],
      // A month's first day over a month's last, each on its line: the span typed into one cell.
      ["01.09.2025\n30.09.2025", null, range("2025-09-01", "2025-09-30")],
      ["01.09\n31.12", SY, range("2025-09-01", "2025-12-31")],
      // Any other two days on two lines are two dates (two tests, two meetings).
      ["02.11.2025\n24.11.2025", null, unread("several-dates")],
      ["30.09.2025\n01.09.2025", null, unread("several-dates")],
      ["октябрь, март", SY, unread("several-dates")],
      ["сентябрь", "2025-2028", unread("ambiguous")],
      ["15.10", null, unread("year-missing")],
      // School holidays fall on dates each region sets.
      ["в каникулы", SY, unread("unknown-form")],
      // Saturdays of May only: no one period.
      ["май 2026, по субботам", SY, unread("unknown-form")],
    ]);
  });
});
