import { parseDeadline, parsePeriodOption, readDeadlineColumn, type Deadline } from "../../../src/engine/deadline";

/**
 * The same deadline as other officials write it: the reading must not depend on which habit of
 * writing a date a plan's author has (scripts/deadline-variants.js measures this on the corpus).
 */

const read = (text: string, period: string | null = null): Partial<Deadline> => {
  const d = parseDeadline(text, { period: period ? parsePeriodOption(period) : null });
  const out: Partial<Deadline> = { kind: d.kind, start: d.start, end: d.end };
  if (d.reason) out.reason = d.reason;
  return out;
};
const on = (day: string) => ({ kind: "date", start: day, end: day });

describe("a date typed with hyphens", () => {
  it.each([
    ["15-10-2024", on("2024-10-15")],
    ["15-10-2024 г.", on("2024-10-15")],
    ["5-9-2024 r.", on("2024-09-05")],
    ["до 06-03-2023 г.", { kind: "by", start: null, end: "2023-03-06" }],
    ["01-02-2023 г. – 17-02-2023 г.", { kind: "range", start: "2023-02-01", end: "2023-02-17" }],
    ["23-12-2023 – 31-12-2023", { kind: "range", start: "2023-12-23", end: "2023-12-31" }],
    ["01-04-2018-20-04-2018", { kind: "range", start: "2018-04-01", end: "2018-04-20" }],
    ["16-03-2020 –\n17-04-2020", { kind: "range", start: "2020-03-16", end: "2020-04-17" }],
  ])("%j is read as the same date as with dots", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("needs its year: a day and month with a hyphen are a range of days", () => {
    expect(read("15-18.10.2024")).toEqual({ kind: "range", start: "2024-10-15", end: "2024-10-18" });
    expect(read("15-10")).not.toMatchObject({ kind: "date" });
  });

  it("stays unread where a hyphen touches the day too, so the range's dash is not known (2.10-15-10-2019)", () => {
    expect(read("2.10-15-10-2019", "2019")).toMatchObject({ kind: "unparsed" });
  });

  it("stays unread where day and month could be either and nothing in the cell says which order it follows (03-04-2024)", () => {
    expect(read("03-04-2024")).toMatchObject({ kind: "unparsed" });
    expect(read("03-04-2024 r.")).toEqual(on("2024-04-03"));
    expect(read("до 03-04-2024")).toEqual({ kind: "by", start: null, end: "2024-04-03" });
  });

  it("reads such a date day first in a column whose other hyphenated dates put the day first, and not where one puts the month first", () => {
    const dayFirst = readDeadlineColumn("Дата", ["06-01-2023", "14-02-2023", "01-03-2023"]);
    expect(parseDeadline("01-03-2023", { column: dayFirst })).toMatchObject(on("2023-03-01"));
    const mixed = readDeadlineColumn("Date", ["10-15-2023", "25-12-2023", "03-04-2024"]);
    expect(parseDeadline("03-04-2024", { column: mixed })).toMatchObject({ kind: "unparsed" });
  });

  it("stays unread where the month would come first (10-15-2024)", () => {
    expect(read("10-15-2024")).toMatchObject({ kind: "unparsed" });
  });

  it("is no date where its year is the first of a pair (01-09-2023-2024)", () => {
    expect(read("01-09-2023-2024")).not.toMatchObject({ kind: "date", start: "2023-09-01" });
  });
});

describe("a day with a Roman month after a dot", () => {
  it.each([
    ["16.I", "2022/2023", on("2023-01-16")],
    ["1.IX", "2023/2024", on("2023-09-01")],
    ["21.X\nсуббота", "2017", on("2017-10-21")],
    ["26.IV, Сясьстрой, ул. Ленина", "2024", on("2024-04-26")],
    ["27.XII-28.XII", "2025", { kind: "range", start: "2025-12-27", end: "2025-12-28" }],
  ])("%j in a plan of %s is that day", (text, period, expected) => {
    expect(read(text, period)).toEqual(expected);
  });

  it("sets its weekday aside as after a month by name, and still checks it (4 IX (poniedziałek) is a Monday in 2023)", () => {
    expect(read("4 IX (poniedziałek) godz. 09.30", "2023/2024")).toEqual(on("2023-09-04"));
    expect(read("5 IX (poniedziałek)", "2023/2024")).toMatchObject({ kind: "unparsed", reason: "ambiguous" });
  });

  it("is no date when a word follows the numeral on the same line", () => {
    expect(read("1.I rozdział", "2023/2024")).not.toMatchObject({ kind: "date" });
  });
});

describe("a label before the deadline inside the cell", () => {
  it.each([
    ["Срок: ХІІ", "2016/2017", { kind: "month", start: "2016-12-01", end: "2016-12-31" }],
    ["Термін: постійно", "2023/2024", { kind: "continuous", start: "2023-09-01", end: "2024-08-31" }],
    ["Termin: wg potrzeb", "2019/2020", { kind: "event", start: null, end: null }],
    ["Deadline: Between 28 April and 5 June 2025", null, { kind: "range", start: "2025-04-28", end: "2025-06-05" }],
    ["СРОК :ЦЕЛОГОДИШЕН", "2017", { kind: "continuous", start: "2017-01-01", end: "2017-12-31" }],
  ])("%j is read as what follows the label", (text, period, expected) => {
    expect(read(text, period)).toEqual(expected);
  });

  it("reads a column of Roman months each behind a label as it reads them bare (Срок: Х among Срок: ІХ, Срок: ХІ)", () => {
    const column = readDeadlineColumn("Месец", ["Срок: ІХ", "Срок: Х", "Срок: ХІ", "Срок: ХІІ", "Срок: І"]);
    expect(column.romanMonths).toBe(true);
    const period = parsePeriodOption("2016/2017");
    expect(parseDeadline("Срок: Х", { period, column })).toMatchObject({ kind: "month", start: "2016-10-01", end: "2016-10-31" });
    expect(parseDeadline("Срок: І", { period, column })).toMatchObject({ kind: "month", start: "2017-01-01", end: "2017-01-31" });
  });

  it("leaves a label with nothing after it unread", () => {
    expect(read("Срок:", "2023/2024")).toMatchObject({ kind: "unparsed" });
  });
});

describe("a day followed after a comma by where it is held", () => {
  it.each([
    ["6 мая, Сясьстрой, гражданское кладбище", on("2024-05-06")],
    ["06.05, МОБУ «Сясьстройская СОШ №2»", on("2024-05-06")],
    ["6.05, МОБУ «Сясьстройская СОШ №2»", on("2024-05-06")],
    ["6.V, МОБУ «Сясьстройская СОШ №2»", on("2024-05-06")],
    ["02.05.24, МОБУ «Сясьстройская СОШ №2»", on("2024-05-02")],
  ])("%j is that day however the day is written", (text, expected) => {
    expect(read(text, "2024")).toEqual(expected);
  });

  it("is no place where another day follows the comma", () => {
    expect(read("06.05, 13.05", "2024")).toMatchObject({ kind: "unparsed" });
  });
});

describe("a date with a two-digit year followed by what happens that day", () => {
  it.each([
    ["15.08.23 Pupils Return", "2023/2024", on("2023-08-15")],
    ["Tuesday 15.08.23 Pupils Return", "2023/2024", on("2023-08-15")],
    ["02.05.24 в 14:45 коворкинг центр «Атмосфера»", "2024", on("2024-05-02")],
  ])("%j is that day, as with the year in full", (text, period, expected) => {
    expect(read(text, period)).toEqual(expected);
  });
});

describe("'between … and …' broken over two lines", () => {
  it("reads the range as on one line", () => {
    expect(read("Between 28 April and 5 June\n2025")).toEqual({ kind: "range", start: "2025-04-28", end: "2025-06-05" });
  });
});

describe("a year cut to two digits after an apostrophe", () => {
  it.each([
    ["Aug 31 '95", on("1995-08-31")],
    ["31 August '95", on("1995-08-31")],
    ["31st August '95", on("1995-08-31")],
    ["17 July'95", on("1995-07-17")],
  ])("%j is read whichever of day and month comes first", (text, expected) => {
    expect(read(text, "1995/1996")).toEqual(expected);
  });
});
