import { parseDeadline } from "../../../src/engine/deadline";

/** Contests and campaigns held in stages, each stage's span in the one cell, as their schedules write them. */
describe("a cell of stages, each named by its number", () => {
  it("reads stages numbered in Roman figures after their spans as the event from the first start to the last end", () => {
    expect(parseDeadline("01.02.2021 – 12.02.2021 I этап; 14.02.2021 – 25.02.2021 II этап")).toMatchObject({ kind: "range", start: "2021-02-01", end: "2021-02-25" });
  });

  it("reads the stage's number in figures, and its name before the span (`I етап: …`)", () => {
    expect(parseDeadline("01.02.2021 – 12.02.2021 1 этап; 14.02.2021 – 25.02.2021 2 этап")).toMatchObject({ kind: "range", start: "2021-02-01", end: "2021-02-25" });
    expect(parseDeadline("I етап: 01.02.2021 – 12.02.2021; II етап: 14.02.2021 – 25.02.2021")).toMatchObject({ kind: "range", start: "2021-02-01", end: "2021-02-25" });
  });

  it("reads stages one a line where every line names its stage", () => {
    expect(parseDeadline("01.02.2021 – 12.02.2021 школьный этап\n14.02.2021 – 25.02.2021 муниципальный этап")).toMatchObject({ kind: "range", start: "2021-02-01", end: "2021-02-25" });
  });

  it("leaves spans one a line with no stage named as several dates", () => {
    expect(parseDeadline("01.02.2021 – 12.02.2021\n14.02.2021 – 25.02.2021")).toMatchObject({ kind: "unparsed", reason: "several-dates" });
  });

  it("leaves stages a month apart unread: no one event runs through the pause", () => {
    expect(parseDeadline("01.02.2021 – 12.02.2021 I етап; 14.03.2021 – 25.03.2021 II етап")).toMatchObject({ kind: "unparsed" });
  });
});

describe("a day and month with the year after a space, in a span", () => {
  it("gives each end its own year (`12.12 2021-24.12 2021`), never the year before to the first", () => {
    expect(parseDeadline("12.12 2021-24.12 2021")).toMatchObject({ kind: "range", start: "2021-12-12", end: "2021-12-24" });
  });

  it("still leaves a day before two years unread (`15.03 2021-2022`)", () => {
    expect(parseDeadline("15.03 2021-2022")).toMatchObject({ kind: "unparsed" });
  });
});

describe("a day and month with its weekday in slashes", () => {
  it("never reads the month's figure before `/неделя/` (Bulgarian Sunday) as a count per week", () => {
    const period = { start: "2022-09-01", end: "2023-08-31", label: "2022/2023" };
    expect(parseDeadline("11.12\n/неделя/ – 09:30", { period })).toMatchObject({ kind: "date", start: "2022-12-11" });
    expect(parseDeadline("11.12 /неделя/", { period }).kind).not.toBe("recurring");
  });

  it("still reads a count per week (`1/неделя`)", () => {
    expect(parseDeadline("1/неделя", { period: { start: "2022-09-01", end: "2023-08-31", label: "2022/2023" } })).toMatchObject({ kind: "recurring", every: "week" });
  });
});

describe("a stop typed after a whole date's year", () => {
  it("reads the date with what follows it as a note (`11.02.2026. środa`, `2 мая 2024. в 14:45 …`)", () => {
    expect(parseDeadline("11.02.2026. środa")).toMatchObject({ kind: "date", start: "2026-02-11" });
    expect(parseDeadline("2 мая 2024. в 14:45 коворкинг центр")).toMatchObject({ kind: "date", start: "2024-05-02" });
  });

  it("reads a span whose ends each keep such a stop, the year after a space too (`26.05 2026. – 02.06 2026г.`)", () => {
    expect(parseDeadline("26.05 2026. – 02.06 2026г.")).toMatchObject({ kind: "range", start: "2026-05-26", end: "2026-06-02" });
    expect(parseDeadline("01.02.2021. – 11.02.2021 классный тур; 15.02.2021 – 25.02.2021. школьный тур")).toMatchObject({ kind: "range", start: "2021-02-01", end: "2021-02-25" });
  });
});

describe("a day and month closed by a stop, its weekday after it", () => {
  const period = { start: "2010-09-01", end: "2011-08-31", label: "2010/2011" };

  it("reads the day with its weekday as a note, however many spaces pad it (`06.01.     четвъртък`)", () => {
    expect(parseDeadline("06.01.     четвъртък", { period })).toMatchObject({ kind: "date", start: "2011-01-06", note: "четвъртък" });
  });

  it("leaves it unread where the weekday is not that day's in the plan's year", () => {
    expect(parseDeadline("07.01. четвъртък", { period })).toMatchObject({ kind: "unparsed", reason: "ambiguous" });
  });
});

describe("days written as ordinals before their month", () => {
  const period = { start: "2023-09-01", end: "2024-08-31", label: "2023/2024" };

  it("reads a span whose days both take their ending (`с 12-го по 15-е сентября`, `3-ти – 21-ви май 2024 г.`)", () => {
    expect(parseDeadline("с 12-го по 15-е сентября", { period })).toMatchObject({ kind: "range", start: "2023-09-12", end: "2023-09-15" });
    expect(parseDeadline("з 12-го по 15-те вересня", { period })).toMatchObject({ kind: "range", start: "2023-09-12", end: "2023-09-15" });
    expect(parseDeadline("3-ти – 21-ви май 2024 г.")).toMatchObject({ kind: "range", start: "2024-05-03", end: "2024-05-21" });
  });

  it("leaves an ordinal that counts something else alone (`5-ти клас 15 септември` is no span)", () => {
    expect(parseDeadline("5-ти клас 15 септември", { period }).kind).not.toBe("range");
  });
});

describe("work all year round and every week, in the other words officials use", () => {
  const period = { start: "2023-09-01", end: "2024-08-31", label: "2023/2024" };

  it.each(["круглый год", "целый год", "весь учебный год", "цілий рік", "весь рік", "протягом усього року", "цяла година"])("reads `%s` as the plan's whole period", (text) => {
    expect(parseDeadline(text, { period })).toMatchObject({ kind: "continuous", start: "2023-09-01", end: "2024-08-31" });
  });

  it("reads `кожного тижня` as weekly", () => {
    expect(parseDeadline("кожного тижня", { period })).toMatchObject({ kind: "recurring", every: "week" });
  });
});

describe("a span of quarters with its word in the plural", () => {
  it.each([
    ["III-IV кварталы 2024 г.", "2024-07-01", "2024-12-31"],
    ["III-IV квартали 2024 р.", "2024-07-01", "2024-12-31"],
    ["III-IV kwartały 2024 r.", "2024-07-01", "2024-12-31"],
    ["I-II тримесечия 2024", "2024-01-01", "2024-06-30"],
  ])("reads `%s` as the quarters' span", (text, start, end) => {
    expect(parseDeadline(text)).toMatchObject({ kind: "range", start, end });
  });
});

describe("one weekday beside a span of days", () => {
  const period = { start: "2021-09-01", end: "2022-08-31", label: "2021/2022" };

  it("reads the span where the weekday is one of its ends' (`Mon 4 - 8 March 2024`)", () => {
    expect(parseDeadline("Mon 4 - 8 March 2024")).toMatchObject({ kind: "range", start: "2024-03-04", end: "2024-03-08" });
    expect(parseDeadline("4 - 8 March 2024 (Fri)")).toMatchObject({ kind: "range", start: "2024-03-04", end: "2024-03-08" });
  });

  it("leaves it unread where neither end falls on it (`1-2 вс октября`, Friday and Saturday in 2021)", () => {
    expect(parseDeadline("1-2 вс октября", { period })).toMatchObject({ kind: "unparsed", reason: "ambiguous" });
    expect(parseDeadline("4 - 8 March 2024 (Wed)")).toMatchObject({ kind: "unparsed", reason: "ambiguous" });
  });
});

describe("a web page's debris before a wording that opens the cell", () => {
  it("reads `Â w/c 18 December 2023` and `Â Between 28 April and 5 June 2025` as written without it", () => {
    expect(parseDeadline("Â w/c 18 December 2023")).toMatchObject({ kind: "range", start: "2023-12-18", end: "2023-12-24" });
    expect(parseDeadline("Â Between 28 April and 5 June 2025")).toMatchObject({ kind: "range", start: "2025-04-28", end: "2025-06-05" });
  });
});

describe("an hour whose raised minutes came down beside it, after the hour's word", () => {
  const period = { start: "2024-09-01", end: "2025-08-31", label: "2024/2025" };

  it("reads `4 września godz. 1700` as that day, the hour a note", () => {
    expect(parseDeadline("4 września godz. 1700", { period })).toMatchObject({ kind: "date", start: "2024-09-04", note: "godz. 1700" });
    expect(parseDeadline("4 września 2024 r. godz. 1700")).toMatchObject({ kind: "date", start: "2024-09-04" });
  });

  it("still reads a year after `год`, Russian for the year (`учебный год 2020/2021`)", () => {
    expect(parseDeadline("учебный год 2020/2021")).toMatchObject({ kind: "school-year", start: "2020-09-01", end: "2021-08-31" });
  });
});
