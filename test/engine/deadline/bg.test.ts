import { itReadsEach, P2019 } from "./table";

describe("Bulgarian deadlines", () => {
  describe("every deadline cell of the Kyustendil plan (period 2019 from its title)", () => {
    itReadsEach([
      ["в началото на учебната 2019/2020 година", P2019, "school-year", "2019-09-01", "2019-09-30"],
      ["в зависимост от конкретния случай", P2019, "event", null, null],
      ["при постъпване за първи път на детето в детската градина", P2019, "event", null, null],
      ["м. септември 2019 г.", P2019, "month", "2019-09-01", "2019-09-30"],
      ["2019 година", P2019, "year", "2019-01-01", "2019-12-31"],
      ["постоянен", P2019, "continuous", "2019-01-01", "2019-12-31"],
      ["месец юли 2019 г.", P2019, "month", "2019-07-01", "2019-07-31"],
      ["до 30.09.2019 г.", P2019, "by", null, "2019-09-30"],
      ["м. юли – август 2019 г.", P2019, "range", "2019-07-01", "2019-08-31"],
      ["2019 г.", P2019, "year", "2019-01-01", "2019-12-31"],
      ["01.06.2019 г.", P2019, "date", "2019-06-01", "2019-06-01"],
      ["месец ноември 2019 г.", P2019, "month", "2019-11-01", "2019-11-30"],
      ["месец октомври 2019 г.", P2019, "month", "2019-10-01", "2019-10-31"],
      ["месец август - септември 2019 г.", P2019, "range", "2019-08-01", "2019-09-30"],
      ["месец декември 2019 г.", P2019, "month", "2019-12-01", "2019-12-31"],
      ["месец май 2019 г.", P2019, "month", "2019-05-01", "2019-05-31"],
      // Two periods in one cell, December written before April: the span covers both, the parts keep the order.
      // Two separate months: several dates, no one period (`params.reason` several-dates).
      // Each month is still read, for the checks that take them one by one.
      ["месец декември 2019 г. месец април 2019 г.", P2019, "unparsed", null, null, [
        ["month", "2019-12-01", "2019-12-31"],
        ["month", "2019-04-01", "2019-04-30"],
      ]],
      ["при подаден сигнал", P2019, "event", null, null],
    ]);
  });

  describe("the same cells with no plan period", () => {
    itReadsEach([
      ["постоянен", null, "continuous", null, null],
      ["м. септември 2019 г.", null, "month", "2019-09-01", "2019-09-30"],
      ["в началото на учебната 2019/2020 година", null, "school-year", "2019-09-01", "2019-09-30"],
    ]);
  });

  describe("school years", () => {
    itReadsEach([
      ["учебната 2019/2020 година", null, "school-year", "2019-09-01", "2020-08-31"],
      ["2019/2020 уч. г.", null, "school-year", "2019-09-01", "2020-08-31"],
      ["учебна 2019-2020 година", null, "school-year", "2019-09-01", "2020-08-31"],
      ["до края на учебната 2019/2020 година", null, "by", null, "2020-08-31"],
      ["в края на учебната 2019/2020 година", null, "school-year", "2020-08-01", "2020-08-31"],
      ["през учебната година", P2019, "school-year", "2019-09-01", "2020-08-31"],
    ]);
  });

  describe("months, days and ranges", () => {
    itReadsEach([
      ["м. септември", P2019, "month", "2019-09-01", "2019-09-30"],
      ["м. септември", null, "unparsed", null, null],
      ["Август 2021", null, "month", "2021-08-01", "2021-08-31"],
      ["сеп. 2019", null, "month", "2019-09-01", "2019-09-30"],
      ["през месец март 2019 г.", null, "month", "2019-03-01", "2019-03-31"],
      ["30.09", P2019, "date", "2019-09-30", "2019-09-30"],
      ["30-ти септември 2019 г.", null, "date", "2019-09-30", "2019-09-30"],
      ["1-15 септември 2019", null, "range", "2019-09-01", "2019-09-15"],
      ["15.09.2019 - 15.10.2019", null, "range", "2019-09-15", "2019-10-15"],
      ["ноември - февруари 2020", null, "range", "2019-11-01", "2020-02-29"],
      ["от 1 юни до края на септември 2019", null, "range", "2019-06-01", "2019-09-30"],
      ["в края на м. юни 2019", null, "month", "2019-06-21", "2019-06-30"],
      ["в началото на м. октомври 2019 г.", null, "month", "2019-10-01", "2019-10-10"],
      ["март, май 2019", null, "unparsed", null, null, [
        ["month", "2019-03-01", "2019-03-31"],
        ["month", "2019-05-01", "2019-05-31"],
      ]],
      // Months that follow one another are one period.
      ["март, април 2019", null, "range", "2019-03-01", "2019-04-30", [
        ["month", "2019-03-01", "2019-03-31"],
        ["month", "2019-04-01", "2019-04-30"],
      ]],
      ["2019 г., при необходимост", null, "year", "2019-01-01", "2019-12-31"],
      ["не по-късно от 15.12.2019 г.", null, "by", null, "2019-12-15"],
    ]);
  });

  describe("labels, conditions and lists around a period", () => {
    itReadsEach([
      ["Срок: 30.09.2019", null, "date", "2019-09-30", "2019-09-30"],
      ["м. юли 2019 г. (при необходимост)", null, "month", "2019-07-01", "2019-07-31"],
      // A period followed by `постоянно`: the work starts then and goes on through the plan period.
      ["2019 г. - постоянно", P2019, "continuous", "2019-01-01", "2019-12-31"],
      // Two deadlines of their own are several dates, not one.
      ["до 30.09.2019 г. и до 31.12.2019 г.", null, "unparsed", null, null, [
        ["by", null, "2019-09-30"],
        ["by", null, "2019-12-31"],
      ]],
      ["м. май 2019 г., до 30.09.2019 г.", null, "unparsed", null, null, [
        ["month", "2019-05-01", "2019-05-31"],
        ["by", null, "2019-09-30"],
      ]],
    ]);
  });

  describe("quarters and half-years", () => {
    itReadsEach([
      ["I тримесечие", P2019, "quarter", "2019-01-01", "2019-03-31"],
      ["I тримесечие", null, "unparsed", null, null],
      ["1-во тримесечие на 2019 г.", null, "quarter", "2019-01-01", "2019-03-31"],
      ["IV кв. 2019 г.", null, "quarter", "2019-10-01", "2019-12-31"],
      ["през второто полугодие на 2019 г.", null, "half-year", "2019-07-01", "2019-12-31"],
    ]);
  });

  describe("continuous and event-driven work", () => {
    itReadsEach([
      ["постоянно", P2019, "continuous", "2019-01-01", "2019-12-31"],
      ["ежегодно", P2019, "recurring", "2019-01-01", "2019-12-31"],
      ["целогодишно", null, "continuous", null, null],
      ["при необходимост", P2019, "event", null, null],
      ["след получаване на сигнал", P2019, "event", null, null],
    ]);
  });

  describe("text that names no period", () => {
    itReadsEach([
      ["Не се изисква допълнително финансиране", P2019, "unparsed", null, null],
      ["31.02.2019 г.", P2019, "unparsed", null, null],
      ["м. 13 2019", P2019, "unparsed", null, null],
    ]);
  });
});
