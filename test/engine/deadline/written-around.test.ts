import { parseDeadline, parsePeriodOption, planPeriodFromTexts, type Deadline } from "../../../src/engine/deadline";

/**
 * Dates as officials write them in one cell with what goes around them: a time, a place, a weekday,
 * a year's or an hour's suffix; seasons, counts per unit, a date set by another body; and what must
 * stay unread beside each of them.
 */

const P = (option: string) => parsePeriodOption(option)!;
const read = (text: string, period: string | null = null, section: string | null = null): Partial<Deadline> => {
  const d = parseDeadline(text, { period: period ? P(period) : null, section });
  const out: Partial<Deadline> = { kind: d.kind, start: d.start, end: d.end };
  if (d.every) out.every = d.every;
  if (d.reason) out.reason = d.reason;
  return out;
};
const day = (iso: string) => ({ kind: "date", start: iso, end: iso });

describe("a date with a weekday after its year's suffix", () => {
  it.each([
    ["21.10.2019г     понеделник", day("2019-10-21")],
    ["22.10.2019г.    вторник", day("2019-10-22")],
    ["5 stycznia 2024 r. (piątek)", day("2024-01-05")],
  ])("%s", (text, want) => {
    expect(read(text)).toEqual(want);
    expect(parseDeadline(text).note).toMatch(/\S/);
  });
});

describe("a date with its time of day", () => {
  it.each([
    ["18.12.2019р. 16.30к.ч.", null, day("2019-12-18")],
    ["11.09.2020 р., 15 00 год., мульти- функціональний спортивний майданчик", null, day("2020-09-11")],
    ["12 марта 12-00-14-00", "2016", day("2016-03-12")],
    ["13 марта 11-00-11-40", "2016", day("2016-03-13")],
    ["12 марта 2016 г. 12-00", null, day("2016-03-12")],
  ])("%s (%s)", (text, period, want) => {
    expect(read(text, period)).toEqual(want);
  });

  it("says the year is missing when only the time was in the way", () => {
    expect(read("11 марта 11-30-13-30")).toEqual({ kind: "unparsed", start: null, end: null, reason: "year-missing" });
  });

  it("keeps days joined by dashes as days, not hours", () => {
    expect(read("11-30 марта", "2016")).toEqual({ kind: "range", start: "2016-03-11", end: "2016-03-30" });
    expect(read("10-15-20-25 марта", "2016").kind).toBe("unparsed");
    expect(read("15 2016 год").kind).toBe("unparsed");
  });
});

describe("a place written beside the date", () => {
  it.each([
    ["24.05.2011, общеобразовательные учреждения города, 10.00 - 12.00 ч", day("2011-05-24")],
    ["11.09. 2020 р., заклади загальної середньої освіти", day("2020-09-11")],
    ["11.09.2020 – 20.10.2020 р., заклади загальної середньої освіти", { kind: "range", start: "2020-09-11", end: "2020-10-20" }],
    ["Образовательные учреждения дополнительного образова- ния 10 - 12 июня 2003 г.", { kind: "range", start: "2003-06-10", end: "2003-06-12" }],
    ["Библиотеки образовательных учреждений 9 - 11 июня 2003 г.", { kind: "range", start: "2003-06-09", end: "2003-06-11" }],
  ])("%s", (text, want) => {
    const d = parseDeadline(text);
    expect({ kind: d.kind, start: d.start, end: d.end }).toEqual(want);
    expect(d.note).toMatch(/учреждени|заклади/);
  });

  it("quotes the place and the time once", () => {
    expect(parseDeadline("24.05.2011, общеобразовательные учреждения города, 10.00 - 12.00 ч").note).toBe("общеобразовательные учреждения города, 10.00 - 12.00 ч");
  });

  it.each([
    ["1 марта 2020, кроме субботы"],
    ["май 2020, по субботам"],
    ["Week 3 March 2025"],
    ["Кроме 10 мая 2020"],
    ["Отчет 10 мая 2020"],
    ["смт. Чернелиця\n2021р."],
    ["IX, XI 2022 r.\nI, IV 2023 r."],
  ])("leaves unread words that may change the date, or a single word or a year after a place: %s", (text) => {
    expect(read(text).kind).toBe("unparsed");
  });
});

describe("a year joined to the name of what it is the year of", () => {
  it.each([
    [["ГРАФИК ПРОВЕДЕНИЯ ВПР -2022\nВ МАОУ СОШ №151\n(осень)"], "2022"],
    [["План подготовки к ЕГЭ-2024"], "2024"],
  ])("%j names the year %s", (lines, label) => {
    expect(planPeriodFromTexts(lines)?.label).toBe(label);
  });
});

describe("seasons", () => {
  it.each([
    ["Літо-осінь", "2019", { kind: "range", start: "2019-06-01", end: "2019-11-30" }],
    ["лето-осень", "2019", { kind: "range", start: "2019-06-01", end: "2019-11-30" }],
    ["весной 2020", null, { kind: "range", start: "2020-03-01", end: "2020-05-31" }],
    ["Осінь", "2019/2020", { kind: "range", start: "2019-09-01", end: "2019-11-30" }],
    ["Весна", "2019/2020", { kind: "range", start: "2020-03-01", end: "2020-05-31" }],
    ["jesień 2025 r.", null, { kind: "range", start: "2025-09-01", end: "2025-11-30" }],
  ])("%s (%s)", (text, period, want) => {
    expect(read(text, period)).toEqual(want);
  });

  it.each([
    ["Літо", "2019/2020", "ambiguous"],
    ["Зима", "2019", "unknown-form"],
    ["зима 2020", null, "unknown-form"],
    ["Spring 2026", null, "unknown-form"],
    ["весна", null, "year-missing"],
  ])("leaves %s (%s) unread: %s", (text, period, reason) => {
    expect(read(text, period)).toMatchObject({ kind: "unparsed", reason });
  });
});

describe("a count of times per unit", () => {
  it.each([
    ["1/miesiąc", "month"],
    ["1x/tydzień", "week"],
    ["2 раза/год", "half-year"],
    ["4/rok", "quarter"],
  ])("%s recurs every %s", (text, every) => {
    expect(read(text, "2020/2021")).toEqual({ kind: "recurring", start: "2020-09-01", end: "2021-08-31", every });
  });

  it("recurs with no frequency said when the count is not one per unit", () => {
    expect(read("2/miesiąc", "2020/2021")).toEqual({ kind: "recurring", start: "2020-09-01", end: "2021-08-31" });
  });

  it.each(["1/2", "1/12", "5/2025"])("takes no fraction or date for a count: %s", (text) => {
    expect(read(text, "2020/2021").kind).not.toBe("recurring");
  });
});

describe("recurring work that starts on a day with no year", () => {
  it("is year-missing without a plan period, recurring from that day to the plan's end with one", () => {
    expect(read("Кожного дня з 2.09")).toEqual({ kind: "unparsed", start: null, end: null, reason: "year-missing" });
    expect(read("Кожного дня з 2.09", "2019/2020")).toEqual({ kind: "recurring", start: "2019-09-02", end: "2020-08-31", every: "day" });
  });

  it("stays recurring when the day is the one it recurs on", () => {
    expect(read("Щорічно 1 вересня")).toEqual({ kind: "recurring", start: null, end: null, every: "year" });
  });
});

describe("a date set by another body", () => {
  it.each([
    "ustali dyrektor Centralnej Komisji Egzaminacyjnej",
    "inf. w aktualnościach",
    "Определяется Минпросвещения",
    "визначається МОН",
    "as set by the local authority",
  ])("%s is event-driven", (text) => {
    expect(read(text, "2020/2021").kind).toBe("event");
  });

  it.each(["to be confirmed", "TBC", "уточняется"])("but %s, a date the plan's authors have still to set, stays unread", (text) => {
    expect(read(text, "2020/2021").kind).toBe("unparsed");
  });
});

describe("a month written as the heading of the days after it", () => {
  it.each([
    ["м. януари 2026 06.01. - 30.01.2026 г. вкл.", { kind: "range", start: "2026-01-06", end: "2026-01-30" }],
    ["м. юли 2026 01.07. - 04.07.2026 г. вкл.", { kind: "range", start: "2026-07-01", end: "2026-07-04" }],
    ["март, 5 марта", { kind: "date", start: "2026-03-05", end: "2026-03-05" }],
  ])("%s", (text, want) => {
    expect(read(text, "2025/2026")).toEqual(want);
  });

  it("keeps a month and a day of another month as two dates", () => {
    expect(read("май 2019, 15 июня 2019")).toMatchObject({ kind: "unparsed", reason: "several-dates" });
  });
});

describe("periods listed in time order take the year they are in", () => {
  it("dates a month listed before a later year's one in the year before", () => {
    const d = parseDeadline("2, 3 listopada (czwartek, piątek)\n26,27 marca 2024 (wtorek, środa)", { period: P("2023/2024") });
    expect(d.kind).toBe("unparsed");
    expect(d.parts?.map((p) => p.start)).toEqual(["2023-11-02", "2023-11-03", "2024-03-26", "2024-03-27"]);
  });

  it("reads months running over the new year as one range", () => {
    expect(read("ноябрь, декабрь, январь 2020")).toEqual({ kind: "range", start: "2019-11-01", end: "2020-01-31" });
  });

  it("dates a month listed after an earlier year's one in the year after", () => {
    const d = parseDeadline("грудень 2019, лютий");
    expect(d.parts?.map((p) => p.start)).toEqual(["2019-12-01", "2020-02-01"]);
  });
});

describe("two years with the second written short", () => {
  it("reads the next year as a school year or two calendar years", () => {
    expect(read("2019/20")).toEqual({ kind: "school-year", start: "2019-09-01", end: "2020-08-31" });
    expect(read("2020-21")).toEqual({ kind: "range", start: "2020-01-01", end: "2021-12-31" });
  });

  it("leaves a run further off unread: `2007-10` of a business plan is financial years", () => {
    expect(read("2007-10").kind).toBe("unparsed");
  });
});
