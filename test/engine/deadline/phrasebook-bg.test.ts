import { parseDeadline, parsePeriodOption, readDeadlineColumn } from "../../../src/engine/deadline";
import { by, CY, event, every, everyOver, half, itReadsThePhrasebook, month, on, quarter, range, schoolYear, SY, throughout, unread } from "./phrasebook";

describe("Bulgarian deadlines as officials write them", () => {
  describe("parts of the year: terms, half-years, seasons", () => {
    itReadsThePhrasebook([
      ["през втория срок", SY, half("2026-02-01", "2026-08-31")],
      ["I срок", SY, half("2025-09-01", "2026-01-31")],
      ["първи учебен срок", SY, half("2025-09-01", "2026-01-31")],
      ["I-ви срок", SY, half("2025-09-01", "2026-01-31")],
      ["II-ри срок", SY, half("2026-02-01", "2026-08-31")],
      ["през първия срок", SY, half("2025-09-01", "2026-01-31")],
      ["I полугодие на 2025 г.", null, half("2025-01-01", "2025-06-30")],
      ["пролет", SY, range("2026-03-01", "2026-05-31")],
      ["през есента на 2025 г.", null, range("2025-09-01", "2025-11-30")],
    ]);
  });

  describe("ends and starts", () => {
    itReadsThePhrasebook([
      ["до края на м. май", SY, by("2026-05-31")],
      ["до края на учебната година", SY, by("2026-08-31")],
      ["в началото на учебната година", SY, schoolYear("2025-09-01", "2025-09-30")],
      ["началото на учебната година", SY, schoolYear("2025-09-01", "2025-09-30")],
      ["до края на годината", CY, by("2025-12-31")],
      ["до края на декември", SY, by("2025-12-31")],
      ["в края на м. октомври", SY, month("2025-10-21", "2025-10-31")],
      ["до 15 септември", SY, by("2025-09-15")],
      ["до 01.09.", CY, by("2025-09-01")],
      ["не по-късно от 25.05.2026 г.", null, by("2026-05-25")],
      ["краен срок 30.06.2026 г.", null, by("2026-06-30")],
    ]);
  });

  describe("ranges across months and years", () => {
    itReadsThePhrasebook([
      ["Декември, 2025", SY, month("2025-12-01", "2025-12-31")],
      ["септември-декември, 2025 г.", SY, range("2025-09-01", "2025-12-31")],
      ["м. септември – м. декември 2025 г.", null, range("2025-09-01", "2025-12-31")],
      ["септември - юни", SY, range("2025-09-01", "2026-06-30")],
      ["окт.-ноем.", SY, range("2025-10-01", "2025-11-30")],
      ["IX–XII", SY, range("2025-09-01", "2025-12-31")],
      ["10-14.03", SY, range("2026-03-10", "2026-03-14")],
      ["от 01.09 до 15.09", SY, range("2025-09-01", "2025-09-15")],
      ["от 1 до 10 октомври", SY, range("2025-10-01", "2025-10-10")],
      ["втората половина на октомври", SY, range("2025-10-16", "2025-10-31")],
      ["1-5 юни 2026 г.", null, range("2026-06-01", "2026-06-05")],
      ["декември 2025 г. – януари 2026 г.", null, range("2025-12-01", "2026-01-31")],
    ]);
  });

  describe("quarters", () => {
    itReadsThePhrasebook([
      ["I тримесечие", CY, quarter("2025-01-01", "2025-03-31")],
      ["III тримесечие на 2025 г.", null, quarter("2025-07-01", "2025-09-30")],
      ["през IV тримесечие", CY, quarter("2025-10-01", "2025-12-31")],
      ["II кв.", CY, quarter("2025-04-01", "2025-06-30")],
    ]);
  });

  describe("school years", () => {
    itReadsThePhrasebook([
      ["2025/2026 уч. г.", null, schoolYear("2025-09-01", "2026-08-31")],
      ["учебната 2025/2026 година", null, schoolYear("2025-09-01", "2026-08-31")],
      ["през учебната година", SY, schoolYear("2025-09-01", "2026-08-31")],
      ["през цялата учебна година", SY, throughout(SY)],
      ["целогодишно", CY, throughout(CY)],
    ]);
  });

  describe("recurring and continuous work", () => {
    itReadsThePhrasebook([
      ["систематично", SY, throughout(SY)],
      ["постоянен", SY, throughout(SY)],
      ["текущ", SY, throughout(SY)],
      ["редовно", SY, every(SY)],
      ["всеки петък", SY, every(SY, "week")],
      ["всяка сряда", SY, every(SY, "week")],
      ["ежеседмично", SY, every(SY, "week")],
      ["ежемесечно", SY, every(SY, "month")],
      // Regularly, periodically: it comes back, how often unsaid.
      ["периодично", SY, every(SY)],
      // Which weekday of the month, as an ordinal figure: every month; a bare figure is no ordinal.
      ["2-ри понеделник на месеца", SY, every(SY, "month")],
      ["веднъж месечно", SY, every(SY, "month")],
      ["всеки срок", SY, every(SY, "term")],
      ["ежегодно", CY, every(CY, "year")],
      ["на две седмици", SY, every(SY)],
    ]);
  });

  describe("recurring work over the span written beside it", () => {
    itReadsThePhrasebook([
      ["ежемесечно\n2025 - 2027 г.", null, everyOver("2025-01-01", "2027-12-31", "month")],
      ["всяко тримесечие, 2026 г.", SY, everyOver("2026-01-01", "2026-12-31", "quarter")],
    ]);
  });

  describe("work set off by an event", () => {
    itReadsThePhrasebook([
      // A day counted in a procedure from the event that starts it.
      ["Ден 2", SY, event],
      ["при необходимост", SY, event],
      ["при нужда", SY, event],
      ["по необходимост", SY, event],
      ["по график", SY, event],
      ["съгласно графика на МОН", SY, event],
      ["при поискване", SY, event],
      ["в срок до 7 дни след получаване", SY, event],
      ["според предложенията", SY, event],
      ["според предложенията на организаторите", SY, event],
    ]);
  });

  describe("abbreviations and slips", () => {
    itReadsThePhrasebook([
      ["м. септ.", SY, month("2025-09-01", "2025-09-30")],
      ["ноември 2025г.", null, month("2025-11-01", "2025-11-30")],
      ["м.октомври", SY, month("2025-10-01", "2025-10-31")],
      ["до15.10.2025 г.", null, by("2025-10-15")],
      ["15.10.2025г.", null, on("2025-10-15")],
      ["15..10.2025 г.", null, on("2025-10-15")],
      ["м. X", SY, month("2025-10-01", "2025-10-31")],
      ["м. 09", SY, month("2025-09-01", "2025-09-30")],
      ["м.09.2025 г.", null, month("2025-09-01", "2025-09-30")],
      ["м.IX - м.XII", SY, range("2025-09-01", "2025-12-31")],
    ]);
  });

  describe("dates with weekdays and times", () => {
    itReadsThePhrasebook([
      ["15.10.2025 г. (сряда)", null, on("2025-10-15")],
      ["15 октомври 2025 г., 14,00 ч.", null, on("2025-10-15")],
      ["сряда, 15.10.2025 г.", null, on("2025-10-15")],
      ["Â 15 октомври 2025 г.", null, on("2025-10-15")],
    ]);
  });

  describe("two deadlines in one cell, and forms that stay unread", () => {
    itReadsThePhrasebook([
      ["15.10.2025 г., 20.12.2025 г.", null, unread("several-dates")],
      ["1. Ежемесечно 2. При необходимост", SY, unread("several-dates")],
      ["Последния ден на месеца\n2 пъти месечно", SY, unread("several-dates")],
      ["01.02.2021 – 11.02.2021 училищен кръг; 15.02.2021 – 25.02.2021 областен кръг", "2021", range("2021-02-01", "2021-02-25")],
      ["15 октомври, актова зала", CY, on("2025-10-15")],
      ["10,00 ч., актова зала", "2024-10-21..2024-10-25", on("2024-10-21"), "Първи ден – 21.10.2024 г."],
      ["сутринта", "2024-10-21..2024-10-25", on("2024-10-21"), "Първи ден – 21.10.2024 г."],
      ["до края на годината", SY, unread("ambiguous")],
      ["до края на годината", CY, by("2025-12-31")],
      ["1 октомври на година X", "2020-2022", unread("ambiguous")],
      ["октомври, март", SY, unread("several-dates")],
      ["септември", "2024-2028", unread("ambiguous")],
      ["15.10", null, unread("year-missing")],
      ["по време на ваканцията", SY, unread("unknown-form")],
    ]);
  });
});

describe("Bulgarian school halves in a column written in Bulgarian", () => {
  // `полугодие` is Russian too, where the first half ends in December; the column's other words say
  // whose it is: the Bulgarian school's first half runs to 31 January, as its first term does.
  const period = parsePeriodOption(SY);
  const bulgarian = readDeadlineColumn("Срок", ["м. септември", "I полугодие", "II полугодие", "през годината", "постоянен"]);
  const russian = readDeadlineColumn("Срок", ["сентябрь", "I полугодие", "в течение года"]);

  it.each([
    ["I полугодие", half("2025-09-01", "2026-01-31")],
    ["II полугодие", half("2026-02-01", "2026-08-31")],
    ["през I полугодие", half("2025-09-01", "2026-01-31")],
    ["I срок", half("2025-09-01", "2026-01-31")],
  ])("%s", (text, reading) => {
    expect(parseDeadline(text, { period, column: bulgarian })).toMatchObject(reading);
  });

  it("keeps the Russian halves in a column written in Russian", () => {
    expect(parseDeadline("I полугодие", { period, column: russian })).toMatchObject(half("2025-09-01", "2025-12-31"));
  });
});
