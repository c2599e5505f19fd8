import { itReadsEach, P2019, SCHOOL_2018 } from "./table";

describe("Polish deadlines", () => {
  describe("every cell of the Terminy realizacji column of the Bochnia harmonogram (no period in its title)", () => {
    itReadsEach([
      ["Styczeń/\nluty 2018", null, "range", "2018-01-01", "2018-02-28"],
      ["Luty – kwiecień\n2018", null, "range", "2018-02-01", "2018-04-30"],
      ["marzec – maj\n2018", null, "range", "2018-03-01", "2018-05-31"],
      ["maj\n2018", null, "month", "2018-05-01", "2018-05-31"],
      ["maj – czerwiec 2018", null, "range", "2018-05-01", "2018-06-30"],
      ["do grudnia 2018", null, "by", null, "2018-12-31"],
      ["Wrzesień 2018-czerwiec 2019.", null, "range", "2018-09-01", "2019-06-30"],
      ["Wrzesień 2019", null, "month", "2019-09-01", "2019-09-30"],
      ["Rok szkolny 2018/2019", null, "school-year", "2018-09-01", "2019-08-31"],
      ["do października\n2018", null, "by", null, "2018-10-31"],
      ["do grudnia\n2018", null, "by", null, "2018-12-31"],
      ["do kwietnia\n2019", null, "by", null, "2019-04-30"],
      ["do grudnia 2019", null, "by", null, "2019-12-31"],
      ["do czerwca 2020", null, "by", null, "2020-06-30"],
      ["Wrzesień 2020", null, "month", "2020-09-01", "2020-09-30"],
    ]);
  });

  describe("the deadlines in the Bochnia goals", () => {
    itReadsEach([
      ["do czerwca  2018 roku", null, "by", null, "2018-06-30"],
      ["do października 2018", null, "by", null, "2018-10-31"],
      ["do czerwca 2020 r.", null, "by", null, "2020-06-30"],
      ["w roku szkolnym 2018/2019", null, "school-year", "2018-09-01", "2019-08-31"],
      ["w roku szkolnym 2017/2018 i w roku szkolnym 2018/2019", null, "range", "2017-09-01", "2019-08-31", [
        ["school-year", "2017-09-01", "2018-08-31"],
        ["school-year", "2018-09-01", "2019-08-31"],
      ]],
    ]);
  });

  describe("days and months", () => {
    itReadsEach([
      ["30 września 2018", null, "date", "2018-09-30", "2018-09-30"],
      ["maj 2018", null, "month", "2018-05-01", "2018-05-31"],
      ["Styczeń/luty 2018", null, "range", "2018-01-01", "2018-02-28"],
      ["w maju 2019", null, "month", "2019-05-01", "2019-05-31"],
      ["we wrześniu 2019 r.", null, "month", "2019-09-01", "2019-09-30"],
      ["wrz. 2018", null, "month", "2018-09-01", "2018-09-30"],
      ["wrzesien 2018", null, "month", "2018-09-01", "2018-09-30"],
      ["do pazdziernika 2018", null, "by", null, "2018-10-31"],
      ["IX 2018", null, "month", "2018-09-01", "2018-09-30"],
      ["IX-XII 2018", null, "range", "2018-09-01", "2018-12-31"],
      ["od stycznia do marca 2019", null, "range", "2019-01-01", "2019-03-31"],
      ["do kwietnia 2019", null, "by", null, "2019-04-30"],
      ["nie później niż 15 czerwca 2019 r.", null, "by", null, "2019-06-15"],
      // A school-year plan: September takes the first year, June the second.
      ["Wrzesień-czerwiec", SCHOOL_2018, "range", "2018-09-01", "2019-06-30"],
      ["czerwiec", SCHOOL_2018, "month", "2019-06-01", "2019-06-30"],
      ["pod koniec roku szkolnego", SCHOOL_2018, "school-year", "2019-08-01", "2019-08-31"],
    ]);
  });

  describe("quarters and half-years", () => {
    itReadsEach([
      ["II półrocze", P2019, "half-year", "2019-07-01", "2019-12-31"],
      // In a school-year plan the halves are the two terms.
      ["II półrocze", SCHOOL_2018, "half-year", "2019-02-01", "2019-08-31"],
      ["I półrocze", SCHOOL_2018, "half-year", "2018-09-01", "2019-01-31"],
      ["II półrocze", null, "unparsed", null, null],
      ["I półrocze roku szkolnego 2018/2019", null, "half-year", "2018-09-01", "2019-01-31"],
      ["II półrocze 2019 r.", null, "half-year", "2019-07-01", "2019-12-31"],
      ["I kwartał 2019 r.", null, "quarter", "2019-01-01", "2019-03-31"],
      ["w II kwartale 2019 r.", null, "quarter", "2019-04-01", "2019-06-30"],
      // In a school-year plan a quarter may be the calendar's or the school year's own.
      ["IV kwartał", SCHOOL_2018, "unparsed", null, null],
      ["IV kwartał 2018", SCHOOL_2018, "quarter", "2018-10-01", "2018-12-31"],
    ]);
  });

  describe("continuous and event-driven work", () => {
    itReadsEach([
      ["Praca ciągła", P2019, "continuous", "2019-01-01", "2019-12-31"],
      ["na bieżąco", P2019, "continuous", "2019-01-01", "2019-12-31"],
      ["na bieżąco", null, "continuous", null, null],
      ["przez cały rok", SCHOOL_2018, "continuous", "2018-09-01", "2019-08-31"],
      ["w razie potrzeby", P2019, "event", null, null],
      ["w przypadku zgłoszenia", null, "event", null, null],
    ]);
  });

  describe("text that names no period", () => {
    itReadsEach([
      ["Nie dotyczy", null, "unparsed", null, null],
      ["Publikacja uchwały (Bip)", null, "unparsed", null, null],
    ]);
  });
});
