import { itReadsEach, P2019, P2020_2021 } from "./table";

describe("Russian deadlines", () => {
  describe("every cell of the Сроки column of the Volodarsk roadmap (period 2020-2021 from its title)", () => {
    itReadsEach([
      ["Сентябрь-декабрь 2020", P2020_2021, "range", "2020-09-01", "2020-12-31"],
      ["Сентябрь –декабрь 2020", P2020_2021, "range", "2020-09-01", "2020-12-31"],
      ["Октябрь 2020 – июль 2021", P2020_2021, "range", "2020-10-01", "2021-07-31"],
      ["Июль - август 2021", P2020_2021, "range", "2021-07-01", "2021-08-31"],
      ["Август 2021", P2020_2021, "month", "2021-08-01", "2021-08-31"],
    ]);
  });

  describe("days, months and ranges", () => {
    itReadsEach([
      ["в сентябре 2020", null, "month", "2020-09-01", "2020-09-30"],
      ["сент. 2020", null, "month", "2020-09-01", "2020-09-30"],
      // A two-year roadmap does not say which September: not read rather than read wrong.
      ["сентябрь", P2020_2021, "unparsed", null, null],
      ["1 марта 2021 г.", null, "date", "2021-03-01", "2021-03-01"],
      ["с сентября по декабрь 2020 года", null, "range", "2020-09-01", "2020-12-31"],
      ["ноябрь 2020 - февраль", null, "range", "2020-11-01", "2021-02-28"],
      // Written back to front: the span covers both ends, the parts keep them as written.
      ["Октябрь 2021 – июль 2020", null, "range", "2020-07-01", "2021-10-31", [
        ["month", "2021-10-01", "2021-10-31"],
        ["month", "2020-07-01", "2020-07-31"],
      ]],
      ["2020-2021 годы", null, "range", "2020-01-01", "2021-12-31"],
      ["2020 - 2021 гг.", null, "range", "2020-01-01", "2021-12-31"],
    ]);
  });

  describe("deadlines", () => {
    itReadsEach([
      ["не позднее 1 марта", P2019, "by", null, "2019-03-01"],
      ["не позднее 1 марта", null, "unparsed", null, null],
      ["до 1 сентября 2020 г.", null, "by", null, "2020-09-01"],
      ["к 15.10.2020", null, "by", null, "2020-10-15"],
      ["до конца года", P2019, "by", null, "2019-12-31"],
      ["до конца 2020 года", null, "by", null, "2020-12-31"],
    ]);
  });

  describe("quarters, half-years and years", () => {
    itReadsEach([
      ["IV квартал 2021", null, "quarter", "2021-10-01", "2021-12-31"],
      ["в IV квартале 2021 г.", null, "quarter", "2021-10-01", "2021-12-31"],
      ["2 квартал", P2019, "quarter", "2019-04-01", "2019-06-30"],
      ["2-й квартал 2020 года", null, "quarter", "2020-04-01", "2020-06-30"],
      ["II-III квартал 2020", null, "range", "2020-04-01", "2020-09-30"],
      ["во втором полугодии 2020 года", null, "half-year", "2020-07-01", "2020-12-31"],
      ["2019 год", null, "year", "2019-01-01", "2019-12-31"],
      ["в течение 2020 года", null, "year", "2020-01-01", "2020-12-31"],
      ["2020/2021 учебный год", null, "school-year", "2020-09-01", "2021-08-31"],
    ]);
  });

  describe("continuous and event-driven work", () => {
    itReadsEach([
      ["в течение года", P2019, "continuous", "2019-01-01", "2019-12-31"],
      ["постоянно", P2020_2021, "continuous", "2020-01-01", "2021-12-31"],
      ["ежегодно", null, "recurring", null, null],
      ["по мере необходимости", P2019, "event", null, null],
      ["при необходимости", null, "event", null, null],
    ]);
  });

  describe("text that names no period", () => {
    itReadsEach([
      ["Управление образования, ИДК", P2020_2021, "unparsed", null, null],
      ["31 февраля 2021", null, "unparsed", null, null],
    ]);
  });
});
