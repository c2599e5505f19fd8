import { parseDeadline, parsePeriodOption, type Deadline } from "../../../src/engine/deadline";

/** The forms officials write that the deadline reader must read, or must leave unread, and why. */

const P = (option: string) => parsePeriodOption(option)!;
const read = (text: string, period: string | null = null, section: string | null = null): Partial<Deadline> => {
  const d = parseDeadline(text, { period: period ? P(period) : null, section });
  const out: Partial<Deadline> = { kind: d.kind, start: d.start, end: d.end };
  if (d.every) out.every = d.every;
  if (d.reason) out.reason = d.reason;
  return out;
};

describe("partial dates and ranges", () => {
  it.each([
    ["15.03.-02.04.2025", null, { kind: "range", start: "2025-03-15", end: "2025-04-02" }],
    ["20.12 – 06.01", "2025/2026", { kind: "range", start: "2025-12-20", end: "2026-01-06" }],
    ["25-26.05", "2025", { kind: "range", start: "2025-05-25", end: "2025-05-26" }],
    ["15.03\n2025", null, { kind: "date", start: "2025-03-15", end: "2025-03-15" }],
    ["15.03.   2025 р.", null, { kind: "date", start: "2025-03-15", end: "2025-03-15" }],
    ["3, 10 i 17 października", "2025/2026", { kind: "range", start: "2025-10-03", end: "2025-10-17" }],
    ["August 29 & 30", "2024", { kind: "range", start: "2024-08-29", end: "2024-08-30" }],
    ["January 19-26", "2023/2024", { kind: "range", start: "2024-01-19", end: "2024-01-26" }],
    ["1 IX 2022 r.", null, { kind: "date", start: "2022-09-01", end: "2022-09-01" }],
    ["07-wrz", "2024/2025", { kind: "date", start: "2024-09-07", end: "2024-09-07" }],
    ["1 декада сентября", "2018", { kind: "range", start: "2018-09-01", end: "2018-09-10" }],
    ["Вересень І тиждень", "2025/2026", { kind: "range", start: "2025-09-01", end: "2025-09-07" }],
    ["w/c 18 December 2023", null, { kind: "range", start: "2023-12-18", end: "2023-12-24" }],
    // The week runs on into the next month, which the cell need not name.
    ["w/c 27th February", "2023", { kind: "range", start: "2023-02-27", end: "2023-03-05" }],
    ["Deadline: w/c 27th February 2023, school hall", null, { kind: "range", start: "2023-02-27", end: "2023-03-05" }],
  ])("%j (%s)", (text, period, expected) => {
    expect(read(text, period)).toEqual(expected);
  });

  it("reads an open end to the end of the plan period, and not without one", () => {
    expect(read("05.11 –", "2025/2026")).toEqual({ kind: "range", start: "2025-11-05", end: "2026-08-31" });
    expect(read("з 1 вересня", "2025")).toEqual({ kind: "range", start: "2025-09-01", end: "2025-12-31" });
    expect(read("From October 2024")).toMatchObject({ kind: "unparsed" });
  });

  it("does not take a year on the next line for a year of its own", () => {
    expect(read("15.03\n2025")).toMatchObject({ kind: "date" });
  });

  it("keeps separate dates apart, but reads days that follow one another as one period", () => {
    expect(read("03.03.2018 г.\n05.03.2018 г.")).toEqual({ kind: "unparsed", start: null, end: null, reason: "several-dates" });
    expect(read("30.11.2007\n01.12.2007")).toEqual({ kind: "range", start: "2007-11-30", end: "2007-12-01" });
    expect(read("До 28.04.06 До 05.05.06")).toMatchObject({ kind: "unparsed", reason: "several-dates" });
    expect(read("do dnia 15 kwietnia 2018/2019")).toMatchObject({ kind: "unparsed", reason: "several-dates" });
  });
});

describe("quarters, halves and terms", () => {
  it.each([
    ["I квартал", "2025", { kind: "quarter", start: "2025-01-01", end: "2025-03-31" }],
    ["ІІ кв.", "2025", { kind: "quarter", start: "2025-04-01", end: "2025-06-30" }],
    ["I четверть", "2025/2026", { kind: "quarter", start: "2025-09-01", end: "2025-10-31" }],
    ["III чверть", "2025/2026", { kind: "quarter", start: "2026-01-01", end: "2026-03-31" }],
    ["II полугодие", "2025/2026", { kind: "half-year", start: "2026-01-01", end: "2026-08-31" }],
    ["I семестр", "2025/2026", { kind: "half-year", start: "2025-09-01", end: "2025-12-31" }],
    ["I okres", "2025/2026", { kind: "half-year", start: "2025-09-01", end: "2026-01-31" }],
    ["II półrocze", "2025/2026", { kind: "half-year", start: "2026-02-01", end: "2026-08-31" }],
    ["Autumn term", "2025/2026", { kind: "half-year", start: "2025-09-01", end: "2025-12-31" }],
    ["Michaelmas", "2025/2026", { kind: "half-year", start: "2025-09-01", end: "2025-12-31" }],
    // Spring and summer terms part at Easter (5 April 2026).
    ["Spring term", "2025/2026", { kind: "half-year", start: "2026-01-01", end: "2026-04-05" }],
    ["Summer term 2026", null, { kind: "half-year", start: "2026-04-06", end: "2026-07-31" }],
  ])("%j (%s)", (text, period, expected) => {
    expect(read(text, period)).toEqual(expected);
  });

  it.each([
    // Three terms, six half-terms or four calendar-year terms: the number alone does not say.
    ["Term 2", "2025/2026"],
    ["by the end of Term 2", "2025/2026"],
    ["Term 1", "2025"],
    // A calendar quarter or July and August in a school year: before the year or in it.
    ["IV kwartał", "2018/2019"],
    ["серпень", "2017/2018"],
    // A month in a plan of several years.
    ["вересень", "2024-2028"],
  ])("leaves %j (%s) unread as ambiguous", (text, period) => {
    expect(read(text, period)).toEqual({ kind: "unparsed", start: null, end: null, reason: "ambiguous" });
  });
});

describe("recurring work", () => {
  it.each([
    ["щомісяця", "2025", "month"],
    ["ежемесячно", "2025/2026", "month"],
    ["co miesiąc", "2025", "month"],
    ["щотижня", "2025", "week"],
    ["weekly", "2025", "week"],
    ["до 15 числа щомісяця", "2025", "month"],
    ["раз на семестр", "2025/2026", "term"],
    ["raz w semestrze", "2025/2026", "term"],
    ["двічі на рік", "2025", "half-year"],
    ["each term", "2025/2026", "term"],
  ])("%j recurs over the plan period, every %s", (text, period, every) => {
    const p = P(period);
    expect(read(text, period)).toEqual({ kind: "recurring", start: p.start, end: p.end, every });
  });

  it("does not take an annual report with its own date for recurring work", () => {
    expect(read("Annual report due 30 June 2025", "2025")).not.toMatchObject({ kind: "recurring" });
  });

  it("recurs without a frequency when the cell does not say one, and has no dates without a plan period", () => {
    expect(read("cyklicznie", "2025")).toEqual({ kind: "recurring", start: "2025-01-01", end: "2025-12-31" });
    expect(read("щомісяця")).toEqual({ kind: "recurring", start: null, end: null, every: "month" });
  });
});

describe("event-driven and schedule-driven work", () => {
  it.each(["на запит", "при необходимости", "w razie potrzeby", "according to the calendar", "zgodnie z terminarzem", "по графику", "съгласно графика", "По особому плану"])(
    "%j is an event",
    (text) => {
      expect(read(text, "2025")).toEqual({ kind: "event", start: null, end: null });
    },
  );
});

describe("continuous work", () => {
  it.each([
    ["В течение учебного года", "2023/2024"],
    ["СРОК :ЦЕЛОГОДИШЕН", "2017"],
    ["Постiйно", "2020/2021"],
    ["On-going", "2025"],
    ["сентябрь, в\nтечение года", "2023/2024"],
  ])("%j goes on through the plan period", (text, period) => {
    const p = P(period);
    expect(read(text, period)).toEqual({ kind: "continuous", start: p.start, end: p.end });
  });
});

describe("trailing notes", () => {
  it.each([
    ["до 15.10 (за потреби)", "2025", { kind: "by", start: null, end: "2025-10-15" }, "(за потреби)"],
    ["maj 2026 r. – w zależności od", null, { kind: "month", start: "2026-05-01", end: "2026-05-31" }, "– w zależności od"],
    ["15.10.2025\n-------", null, { kind: "date", start: "2025-10-15", end: "2025-10-15" }, "-------"],
    ["1 сентября (вт.)", "2020/2021", { kind: "date", start: "2020-09-01", end: "2020-09-01" }, "вт."],
    ["30 marca 2021r.\no godz. 14:00", null, { kind: "date", start: "2021-03-30", end: "2021-03-30" }, "o godz. 14:00"],
    ["29.10.2022 г. – 1.11.2022 вкл.", null, { kind: "range", start: "2022-10-29", end: "2022-11-01" }, undefined],
    ["01.10.16 10.00", null, { kind: "date", start: "2016-10-01", end: "2016-10-01" }, "10.00"],
  ])("%j is read and keeps its note", (text, period, expected, note) => {
    const d = parseDeadline(text, { period: period ? P(period) : null });
    expect({ kind: d.kind, start: d.start, end: d.end }).toEqual(expected);
    expect(d.note).toBe(note);
  });

  it("reads a time of day alone as the day of a one-day plan", () => {
    const day = { start: "2021-03-06", end: "2021-03-06", label: "6 марта 2021 года" };
    expect(parseDeadline("10.00\n229 кабинет", { period: day })).toMatchObject({ kind: "date", start: "2021-03-06", end: "2021-03-06" });
    expect(parseDeadline("10.00", { period: P("2021") })).toMatchObject({ kind: "unparsed" });
  });
});

describe("the year from the plan period and the section heading", () => {
  it("takes September-December in the first year of a school year, January-June in the second", () => {
    expect(read("жовтень", "2025/2026")).toMatchObject({ start: "2025-10-01" });
    expect(read("травень", "2025/2026")).toMatchObject({ start: "2026-05-01" });
  });

  it("takes the year from a section naming one, even in a plan of several years", () => {
    expect(read("вересень", "2024-2028", "2026 рік")).toEqual({ kind: "month", start: "2026-09-01", end: "2026-09-30" });
    expect(read("15.09", "2024-2028", "II етап: 2026 рік")).toMatchObject({ kind: "date", start: "2026-09-15" });
    expect(read("вересень", "2024-2028", "Вересень 2026")).toMatchObject({ start: "2026-09-01" });
  });

  it("lets a heading with two years joined by a dash narrow nothing: a school year or two calendar years, the plan period decides", () => {
    expect(read("8th January", "2023/2024", "Diary of Events 2023-24")).toMatchObject({ kind: "date", start: "2024-01-08" });
    expect(read("4th September", "2023/2024", "Diary of Events 2023-24")).toMatchObject({ kind: "date", start: "2023-09-04" });
    expect(read("8th January", null, "Diary of Events 2023-24")).toMatchObject({ kind: "unparsed", reason: "year-missing" });
  });

  it("reads a day range whose first day carries its English ordinal ending", () => {
    expect(read("12th - 16th February", "2023/2024")).toEqual({ kind: "range", start: "2024-02-12", end: "2024-02-16" });
    expect(read("1st–3rd March 2024")).toEqual({ kind: "range", start: "2024-03-01", end: "2024-03-03" });
  });

  it("dates a bare day under a month heading", () => {
    expect(read("до 15", "2025/2026", "ДЕКАБРЬ")).toEqual({ kind: "by", start: null, end: "2025-12-15" });
    expect(read("10-15", "2025/2026", "Listopad")).toEqual({ kind: "range", start: "2025-11-10", end: "2025-11-15" });
    expect(read("до 15", "2025/2026", "3. Робота з кадрами")).toMatchObject({ kind: "unparsed" });
  });

  it("never lets a heading change a year the cell writes", () => {
    expect(read("вересень 2027", "2024-2028", "2026 рік")).toMatchObject({ start: "2027-09-01" });
  });

  it("says the year is missing when neither the period nor a heading gives one", () => {
    expect(read("24.03")).toEqual({ kind: "unparsed", start: null, end: null, reason: "year-missing" });
    expect(read("вересень")).toMatchObject({ reason: "year-missing" });
  });
});

describe("days in a plan of one month", () => {
  it("dates a bare day (and its weekday) in the plan's month", () => {
    const september = { start: "2018-09-01", end: "2018-09-30", label: "сентябрь 2018" };
    expect(parseDeadline("1 (суббота)", { period: september })).toMatchObject({ kind: "date", start: "2018-09-01", end: "2018-09-01" });
    expect(parseDeadline("до 14", { period: september })).toMatchObject({ kind: "by", start: null, end: "2018-09-14" });
    expect(parseDeadline("14", { period: P("2018") })).toMatchObject({ kind: "unparsed" });
  });

  it("keeps a time with seconds and the words before it as a note", () => {
    const d = parseDeadline("od 1 do 22 kwietnia 2020 r. do godz. 23:59:59");
    expect(d).toMatchObject({ kind: "range", start: "2020-04-01", end: "2020-04-22", note: "do godz. 23:59:59" });
  });
});

describe("a month followed by a school year after a slash", () => {
  it.each([
    ["жовтня 2023/2024", "2023-10-01", "2023-10-31"],
    ["березень 2023/2024", "2024-03-01", "2024-03-31"],
    ["10.2023/2024", "2023-10-01", "2023-10-31"],
  ])("reads %s as the month in that school year, not a range to the second year's end", (text, start, end) => {
    expect(parseDeadline(text, { period: null })).toMatchObject({ kind: "month", start, end });
  });

  it("leaves July of a school year unread: it may be either end of it", () => {
    expect(parseDeadline("липня 2023/2024", { period: null }).kind).toBe("unparsed");
  });
});

describe("dates written one under another", () => {
  it("does not read the next line's day and month as a two-digit year (`04.06.` / `07.06`, Marynove)", () => {
    const d = parseDeadline("04.06.\n07.06", { period: P("2018/2019") });
    expect(d).toMatchObject({ kind: "unparsed", reason: "several-dates" });
    expect(d.parts?.map((p) => p.start)).toEqual(["2019-06-04", "2019-06-07"]);
    expect(read("30.09.19")).toEqual({ kind: "date", start: "2019-09-30", end: "2019-09-30" });
  });

  it("reads a cell whose line was pasted twice as the line once", () => {
    expect(read("September 5 - 22\nSeptember 5 - 22", "2023/2024")).toEqual({ kind: "range", start: "2023-09-05", end: "2023-09-22" });
    expect(read("21.05\n23.05", "2018/2019")).toMatchObject({ kind: "unparsed", reason: "several-dates" });
  });
});

describe("days one under another under a month heading", () => {
  it("reads each as a date of that month, not the first with the rest as a note (Chepelare `18\\n28`)", () => {
    const d = parseDeadline("18\n28", { period: P("2022"), section: "М.ФЕВРУАРИ" });
    expect(d).toMatchObject({ kind: "unparsed", reason: "several-dates" });
    expect(d.parts?.map((p) => p.start)).toEqual(["2022-02-18", "2022-02-28"]);
    expect(parseDeadline("1\n \n3\n8", { period: P("2022"), section: "М.МАРТ" }).parts?.map((p) => p.start)).toEqual(["2022-03-01", "2022-03-03", "2022-03-08"]);
  });
});

describe("days with Roman months and spans between two days", () => {
  it.each([
    ["20 IX", "2017/2018", { kind: "date", start: "2017-09-20", end: "2017-09-20" }],
    ["od 16 X do 3 XI", "2017/2018", { kind: "range", start: "2017-10-16", end: "2017-11-03" }],
    ["27 IV", "2017/2018", { kind: "date", start: "2018-04-27", end: "2018-04-27" }],
    ["Between 28 April and 5 June 2025", null, { kind: "range", start: "2025-04-28", end: "2025-06-05" }],
    ["Between 9 June and 15 July 2025", null, { kind: "range", start: "2025-06-09", end: "2025-07-15" }],
  ])("%j (%s)", (text, period, expected) => {
    expect(read(text, period)).toEqual(expected);
  });

  it("does not take a day and a Roman numeral followed by other words for a date (`5 II klasa`)", () => {
    expect(read("5 II klasa", "2017/2018")).toMatchObject({ kind: "unparsed" });
  });
});

describe("ranges of days one on each line, the month written first (Windsor)", () => {
  it("ends each range at its own line: the next line's month is not the last day's", () => {
    const d = parseDeadline("October 10-17\nOctober 17-22", { period: P("2023/2024") });
    expect(d).toMatchObject({ kind: "unparsed", reason: "several-dates" });
    expect(d.parts?.map((p) => [p.start, p.end])).toEqual([["2023-10-10", "2023-10-17"], ["2023-10-17", "2023-10-22"]]);
    expect(read("October 10-\n17 October", "2023/2024")).toEqual({ kind: "range", start: "2023-10-10", end: "2023-10-17" });
  });
});

describe("a month written as the heading of days of another year (Godech)", () => {
  it("leaves the cell unread as ambiguous; a heading of the same year still gives its days", () => {
    expect(read("м. септември 2025 01.09. - 11.09.2026 г. вкл.", "2025/2026")).toMatchObject({ kind: "unparsed", reason: "ambiguous" });
    expect(read("м. април 2026 22.04. - 30.04.2026 г. вкл.", "2025/2026")).toEqual({ kind: "range", start: "2026-04-22", end: "2026-04-30" });
  });
});

describe("one word before a full date (Mounds View)", () => {
  it("is the step done that day, kept as a note", () => {
    expect(parseDeadline("Adopt July 28, 2008", { period: P("2008") })).toMatchObject({ kind: "date", start: "2008-07-28", end: "2008-07-28", note: "Adopt" });
  });

  it("is no date of the work where the word relates the work to it", () => {
    for (const text of ["Since July 28, 2008", "Except July 28, 2008", "Not July 28, 2008", "Cancelled 28.07.2008"]) {
      expect(read(text, "2008")).toMatchObject({ kind: "unparsed" });
    }
  });
});

describe("a range whose end is written with a dash (`2.10-15-10`, Ukrainian school library)", () => {
  it("reads the end as a day and month after a dotted start, and nothing more than that", () => {
    expect(read("2.10-15-10", "2019")).toEqual({ kind: "range", start: "2019-10-02", end: "2019-10-15" });
    expect(read("2.10-15-10-2019", "2019")).toMatchObject({ kind: "unparsed" });
    expect(read("15-10", "2019")).toMatchObject({ kind: "unparsed" });
  });
});

describe("a month in Roman numerals alone (Bialystok, Draginovo calendars)", () => {
  it.each([
    ["XII", { kind: "month", start: "2017-12-01", end: "2017-12-31" }],
    ["VI", { kind: "month", start: "2018-06-01", end: "2018-06-30" }],
    ["ХІІ", { kind: "month", start: "2017-12-01", end: "2017-12-31" }],
    ["ІХ", { kind: "month", start: "2017-09-01", end: "2017-09-30" }],
    ["IX–X", { kind: "range", start: "2017-09-01", end: "2017-10-31" }],
    ["XII-I", { kind: "range", start: "2017-12-01", end: "2018-01-31" }],
    ["IV-V", { kind: "range", start: "2018-04-01", end: "2018-05-31" }],
  ])("reads %j in a 2017/2018 plan as months", (text, expected) => {
    expect(read(text, "2017/2018")).toEqual(expected);
  });

  it("leaves numerals up to IV unread as ambiguous: alone they may be a quarter, a half-year or a term (`I` for `I półrocze`)", () => {
    for (const text of ["I", "II", "IV", "І", "III-IV", "I/II"]) expect(read(text, "2017/2018")).toMatchObject({ kind: "unparsed", reason: "ambiguous" });
  });

  it("leaves a lone X unread as ambiguous: it is also the cross typed for not applicable", () => {
    expect(read("X", "2017/2018")).toMatchObject({ kind: "unparsed", reason: "ambiguous" });
    expect(read("Х", "2017/2018")).toMatchObject({ kind: "unparsed", reason: "ambiguous" });
  });

  it("gives no year where the plan names none, and July or August of a school year stays unread", () => {
    expect(read("XII")).toMatchObject({ kind: "unparsed", reason: "year-missing" });
    expect(read("VII", "2017/2018")).toMatchObject({ kind: "unparsed", reason: "ambiguous" });
  });
});

describe("a time counted back from an event the cell names", () => {
  it.each(["За 1 месяц до проекта", "За 10 дней до проекта", "2 weeks before the event", "10 дни преди събитието", "5 dni przed rozpoczęciem"])(
    "%j is due by the event, whose date is not written",
    (text) => {
      expect(read(text, "2025")).toEqual({ kind: "event", start: null, end: null });
    },
  );

  it("is not an event when a date or the year follows (`за 10 дней до 1 сентября`)", () => {
    expect(read("за 10 дней до 1 сентября", "2025").kind).not.toBe("event");
    expect(read("за 2 дня до конца года", "2025").kind).not.toBe("event");
  });
});

describe("work named as yearly", () => {
  it("recurs each year of the plan when no date is written (`Annual review in May`)", () => {
    expect(read("Annual review in May", "2019")).toEqual({ kind: "recurring", start: "2019-01-01", end: "2019-12-31", every: "year" });
  });

  it("is read for its date when one is written (`Annual report by 31 March 2025`)", () => {
    expect(read("Annual report by 31 March 2025", "2025").kind).not.toBe("recurring");
  });
});

/** `05-2020`: a month and its year parted by a hyphen, as `05.2020` is by a dot. */
describe("a month and its year with a hyphen", () => {
  it.each([
    ["05-2020", { kind: "month", start: "2020-05-01", end: "2020-05-31" }],
    ["11-2019", { kind: "month", start: "2019-11-01", end: "2019-11-30" }],
    ["09-2019 - 06-2020", { kind: "range", start: "2019-09-01", end: "2020-06-30" }],
  ])("%j", (text, expected) => {
    expect(read(text, "2019/2020")).toEqual(expected);
  });

  it("leaves a month in one figure, and a month before a pair of years, unread", () => {
    expect(read("5-2020", "2019/2020").kind).toBe("unparsed");
    expect(read("12-2019/2020", "2019/2020").kind).toBe("unparsed");
    // A date broken over two lines at its hyphen is no span of months.
    expect(read("04-\n05-2024", "2024").kind).toBe("unparsed");
  });
});

/** A time set by another plan, its noun with an adjective before it (`річним`, `rocznym`, `годовому`). */
describe("a time set by another plan named with an adjective", () => {
  it.each(["Згідно з річним планом", "zgodnie z rocznym planem", "по годовому плану", "согласно годовому плану"])("%j is an event", (text) => {
    expect(read(text, "2025/2026").kind).toBe("event");
  });

  it("passes over no word but an adjective: a pronoun or a name is no phrase of another plan", () => {
    expect(read("згідно з ним", "2025/2026").kind).toBe("unparsed");
    expect(read("zgodnie z Kowalskim", "2025/2026").kind).toBe("unparsed");
  });
});
