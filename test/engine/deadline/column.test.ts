import { parseDeadline, readDeadlineColumn, type PlanPeriod } from "../../../src/engine/deadline";
import { rowMeanings } from "../../../src/engine/row-meaning";
import { commonRegistry } from "../../../src/engine/executors";
import { makeTable } from "../rules/make-table";

/**
 * What a deadline column says of its cells: a header of limits makes its dates `by` deadlines, and
 * a column that writes its months in Roman numerals reads a lone `I` as January. Cells from the
 * corpus plans (ru-stavropol-olympiad-municipal-stage-2022, bg-draginovo-su-kontrolni-raboti-2016-2017,
 * pl-bialystok-ps43-kalendarz-uroczystosci-2017-2018).
 */

const SCHOOL_2016: PlanPeriod = { start: "2016-09-01", end: "2017-08-31", label: "2016/2017" };
const SCHOOL_2017: PlanPeriod = { start: "2017-09-01", end: "2018-08-31", label: "2017/2018" };
const STAVROPOL_HEADER = "Сроки издания итогового протокола по предмету муниципального этапа олимпиады и направления результатов на портал\n(не позднее указанной даты)";

describe("a header that says the column's dates are limits", () => {
  it.each([
    STAVROPOL_HEADER,
    "Termin realizacji (nie później niż)",
    "Термін виконання (не пізніше)",
    "Target date (no later than)",
    "Срок до",
    "Termin wykonania do dnia",
  ])("makes the dates under %j due by that day", (header) => {
    const column = readDeadlineColumn(header, ["23.11.2022"]);
    expect(parseDeadline("23.11.2022", { column })).toMatchObject({ kind: "by", start: null, end: "2022-11-23" });
    expect(parseDeadline("21.11.2022\nпротоколы апелляционной комиссии", { column })).toMatchObject({ kind: "by", start: null, end: "2022-11-21" });
  });

  it.each(["Rozpoczęcie – Zakończenie / do", "Срок (от – до)", "Срок", "Краен срок", "Due date", "Year to\nAction", "Дата проведения"])(
    "leaves the dates under %j as written: a header naming the column, or the end column of an od/do pair",
    (header) => {
      const column = readDeadlineColumn(header, ["23.11.2022"]);
      expect(parseDeadline("23.11.2022", { column })).toMatchObject({ kind: "date", start: "2022-11-23", end: "2022-11-23" });
    },
  );

  it("keeps a range, a list or continuous work as it reads, and a month is due by its last day", () => {
    const column = readDeadlineColumn(STAVROPOL_HEADER, []);
    expect(parseDeadline("16.11.2022-18.11.2022", { column })).toMatchObject({ kind: "range", start: "2022-11-16", end: "2022-11-18" });
    expect(parseDeadline("постоянно", { column, period: SCHOOL_2017 })).toMatchObject({ kind: "continuous" });
    expect(parseDeadline("ноябрь 2022", { column })).toMatchObject({ kind: "by", start: null, end: "2022-11-30" });
  });

  it("is read once per table column, so =PLAN.DEADLINE on a single cell keeps the cell's own reading", () => {
    expect(parseDeadline("23.11.2022")).toMatchObject({ kind: "date", start: "2022-11-23" });
    const table = makeTable({
      columns: ["number", { role: "deadline", header: "Дата проведения" }, "activity", { role: "deadline", header: STAVROPOL_HEADER }],
      rows: [
        ["1", "16.11.2022 г.\nсреда", "Английский язык", "21.11.2022\nпротоколы апелляционной комиссии"],
        ["2", "17.11.2022 г.\nчетверг", "История", "23.11.2022"],
      ],
    });
    const meanings = rowMeanings(table, { period: null, registry: commonRegistry() });
    expect(meanings.deadline(1, "deadline")).toMatchObject({ kind: "date", start: "2022-11-17", end: "2022-11-17" });
    expect(meanings.deadline(1, "deadline_2")).toMatchObject({ kind: "by", start: null, end: "2022-11-23" });
    expect(meanings.deadline(0, "deadline_2")).toMatchObject({ kind: "by", end: "2022-11-21" });
  });
});

describe("a column that writes its months in Roman numerals", () => {
  const DRAGINOVO = ["ІХ", "Х", "ХІ", "ХІІ", "І", "ІХ", "Х", "ХІ", "ХІІ", "І"];
  const BIALYSTOK = ["20 IX", "od 16 X do 3 XI", "10 XI", "6 XII", "XII", "I", "11.I. 2018", "21 III", "IV", "27 IV", "V", " 24 V", "1 VI", "VI", "VI"];

  it("reads a lone Cyrillic `І` and `Х` among `ІХ`, `ХІ`, `ХІІ` as January and October", () => {
    const column = readDeadlineColumn("МЕСЕЦ", DRAGINOVO);
    expect(column.romanMonths).toBe(true);
    expect(parseDeadline("І", { period: SCHOOL_2016, column })).toMatchObject({ kind: "month", start: "2017-01-01", end: "2017-01-31" });
    expect(parseDeadline("Х", { period: SCHOOL_2016, column })).toMatchObject({ kind: "month", start: "2016-10-01", end: "2016-10-31" });
  });

  it("reads a lone Latin `I` and `IV` among days with Roman months (`20 IX`, `11.I. 2018`) as January and April", () => {
    const column = readDeadlineColumn("Planowany termin", BIALYSTOK);
    expect(parseDeadline("I", { period: SCHOOL_2017, column })).toMatchObject({ kind: "month", start: "2018-01-01", end: "2018-01-31" });
    expect(parseDeadline("IV", { period: SCHOOL_2017, column })).toMatchObject({ kind: "month", start: "2018-04-01", end: "2018-04-30" });
  });

  it("leaves a lone `I` unread alone, or where the column writes a quarter or a term by its numeral", () => {
    expect(parseDeadline("I", { period: SCHOOL_2017 })).toMatchObject({ kind: "unparsed", reason: "ambiguous" });
    const quarters = readDeadlineColumn("Termin", ["IX", "XII", "II kwartał", "I"]);
    expect(quarters.romanMonths).toBe(false);
    expect(parseDeadline("I", { period: SCHOOL_2017, column: quarters })).toMatchObject({ kind: "unparsed", reason: "ambiguous" });
  });

  it("needs two cells that can only be months, and numerals written in capitals (`1 i 15 października` joins two days)", () => {
    expect(readDeadlineColumn("Termin", ["IX", "I"]).romanMonths).toBe(false);
    expect(readDeadlineColumn("Termin", ["1 i 15 października", "2 i 16 listopada", "I"]).romanMonths).toBe(false);
  });
});

describe("a column whose cells write one school year's two years", () => {
  // en-harris-greenwich-term-dates-holidays-2023-24: no title gives the period; the open mornings are written without a year.
  const HARRIS = ["Friday 08 September 2023", "Friday 22 December 2023 – Friday 05 January 2024", "Tuesday 26th September", "Monday 2nd October"];

  it("places a day written with its weekday in the year where it falls on that weekday", () => {
    const column = readDeadlineColumn("Date:", HARRIS);
    expect(column.years).toEqual([2023, 2024]);
    expect(parseDeadline("Tuesday 26th September", { column })).toMatchObject({ kind: "date", start: "2023-09-26", end: "2023-09-26" });
    expect(parseDeadline("Monday 2nd October", { column })).toMatchObject({ kind: "date", start: "2023-10-02" });
  });

  it("leaves the day unread when no year fits its weekday, when it has none, or when the column spans more years", () => {
    const column = readDeadlineColumn("Date:", HARRIS);
    expect(parseDeadline("Friday 26th September", { column })).toMatchObject({ kind: "unparsed", reason: "year-missing" });
    expect(parseDeadline("26th September", { column })).toMatchObject({ kind: "unparsed", reason: "year-missing" });
    const wide = readDeadlineColumn("Date:", [...HARRIS, "Monday 06 May 2025"]);
    expect(wide.years).toEqual([]);
    expect(parseDeadline("Tuesday 26th September", { column: wide })).toMatchObject({ kind: "unparsed", reason: "year-missing" });
  });
});

describe("a column that names its months alone, one a row", () => {
  // pl-dabrowka-przedszkole-kalendarz-uroczystosci-2014-2015: the month of each row's events, the first one misspelt.
  const SCHOOL_2014: PlanPeriod = { start: "2014-09-01", end: "2015-08-31", label: "2014/2015" };
  const DABROWKA = ["WZESIEŃ", "PAŹDZIERNIK", "LISTOPAD", "GRUDZIEŃ", "STYCZEŃ", "LUTY", "MARZEC", "KWIECIEŃ", "MAJ", "CZERWIEC", "LIPIEC", "SIERPIEŃ"];

  it("reads July and August after June as the school year's closing summer", () => {
    const column = readDeadlineColumn("MIESIĄC", DABROWKA);
    expect(column).toMatchObject({ monthNames: true, summerLast: true });
    expect(parseDeadline("LIPIEC", { period: SCHOOL_2014, column })).toMatchObject({ kind: "month", start: "2015-07-01", end: "2015-07-31" });
    expect(parseDeadline("SIERPIEŃ", { period: SCHOOL_2014, column })).toMatchObject({ kind: "month", start: "2015-08-01", end: "2015-08-31" });
    expect(parseDeadline("LIPIEC", { period: SCHOOL_2014 })).toMatchObject({ kind: "unparsed", reason: "ambiguous" });
  });

  it("leaves July and August unread when the months do not run in order, or August opens the column", () => {
    const opening = readDeadlineColumn("Miesiąc", ["SIERPIEŃ", "WRZESIEŃ", "PAŹDZIERNIK", "MAJ", "CZERWIEC"]);
    expect(opening.summerLast).toBe(false);
    const mixed = readDeadlineColumn("Miesiąc", ["WRZESIEŃ", "MAJ", "PAŹDZIERNIK", "CZERWIEC", "LIPIEC"]);
    expect(mixed.summerLast).toBe(false);
    expect(parseDeadline("LIPIEC", { period: SCHOOL_2014, column: mixed })).toMatchObject({ kind: "unparsed", reason: "ambiguous" });
  });

  it("reads a month's name with one letter slipped (`WZESIEŃ`) as that month, and nothing less sure", () => {
    const column = readDeadlineColumn("MIESIĄC", DABROWKA);
    expect(parseDeadline("WZESIEŃ", { period: SCHOOL_2014, column })).toMatchObject({ kind: "month", start: "2014-09-01", end: "2014-09-30" });
    expect(parseDeadline("WZESIEŃ", { period: SCHOOL_2014 })).toMatchObject({ kind: "unparsed" });
    // Two letters away, too short to be sure, or more than the name alone.
    expect(parseDeadline("WZESEŃ", { period: SCHOOL_2014, column })).toMatchObject({ kind: "unparsed" });
    expect(parseDeadline("LUTO", { period: SCHOOL_2014, column })).toMatchObject({ kind: "unparsed" });
    expect(parseDeadline("WZESIEŃ 2014 i dalej", { period: SCHOOL_2014, column })).toMatchObject({ kind: "unparsed" });
  });
});

describe("a column of months opening a plan titled with two calendar years", () => {
  const TWO_YEARS: PlanPeriod = { start: "2020-01-01", end: "2021-12-31", label: "2020-2021" };
  const read = (cells: string[], text: string, period: PlanPeriod = TWO_YEARS) =>
    parseDeadline(text, { period, column: readDeadlineColumn(null, cells) });

  it.each([
    [["APRIL", "MAY", "JUNE", "AUGUST", "SEPTEMBER", "OCTOBER"], "APRIL", "2020-04-01", "2020-04-30"],
    [["APRIL", "MAY", "JUNE", "AUGUST", "SEPTEMBER", "OCTOBER"], "OCTOBER", "2020-10-01", "2020-10-31"],
    [["KWIECIEŃ", "MAJ", "CZERWIEC", "WRZESIEŃ"], "CZERWIEC", "2020-06-01", "2020-06-30"],
    [["Апрель", "Май", "Сентябрь", "Декабрь", "Февраль"], "Февраль", "2021-02-01", "2021-02-28"],
    [["Квітень", "Травень", "Червень"], "Травень", "2020-05-01", "2020-05-31"],
    [["Април", "Май", "Юни"], "Април", "2020-04-01", "2020-04-30"],
  ])("reads the months from the first, in the first year: %j, %s", (cells, text, start, end) => {
    expect(read(cells, text)).toMatchObject({ kind: "month", start, end });
  });

  it("leaves them unread when they open in January, come round to the first again, or do not run in order", () => {
    expect(read(["January", "March", "May"], "March").kind).toBe("unparsed");
    expect(read(["April", "June", "March", "April"], "June").kind).toBe("unparsed");
    expect(read(["April", "June", "May"], "May").kind).toBe("unparsed");
  });

  it("leaves a school year's months as the school year places them", () => {
    expect(read(["APRIL", "MAY", "JUNE"], "APRIL", SCHOOL_2016)).toMatchObject({ kind: "month", start: "2017-04-01" });
  });
});
