import { parseDeadline, parsePeriodOption, planPeriodOfTable, readDeadlineColumn, withSummerOpening } from "../../../src/engine/deadline";

/** A school-year plan whose rows open with the summer before it (the Ternopil humanities plan, a school calendar). */
describe("a school-year plan that opens in the summer before its year", () => {
  const year = parsePeriodOption("2017/2018")!;

  it("opens the period on 1 August when the August rows come before the school year's", () => {
    const ternopil = ["серпень", "серпень", "серпень", "жовтень, листопад", "жовтень", "січень"];
    const period = withSummerOpening(year, ternopil);
    expect(period).toEqual({ start: "2017-08-01", end: "2018-08-31", label: year.label });
    expect(parseDeadline("серпень", { period })).toMatchObject({ kind: "month", start: "2017-08-01", end: "2017-08-31" });
    expect(parseDeadline("жовтень", { period })).toMatchObject({ kind: "month", start: "2017-10-01" });
    expect(parseDeadline("травень", { period })).toMatchObject({ kind: "month", start: "2018-05-01" });
  });

  it("reads a calendar's first days in August in the first year (`August 29 & 30`)", () => {
    const period = withSummerOpening(parsePeriodOption("2023/2024")!, ["August 29 & 30", "September 4", "October 9"]);
    expect(parseDeadline("August 29 & 30", { period })).toMatchObject({ kind: "range", start: "2023-08-29", end: "2023-08-30" });
  });

  it("leaves the period as it is when a summer month also comes after the school year has begun", () => {
    expect(withSummerOpening(year, ["серпень", "вересень", "серпень"])).toBe(year);
    expect(withSummerOpening(year, ["вересень", "липень"])).toBe(year);
  });

  it("leaves the period as it is with no summer row, no school-year row, or a period that is no school year", () => {
    expect(withSummerOpening(year, ["вересень", "жовтень"])).toBe(year);
    expect(withSummerOpening(year, ["серпень"])).toBe(year);
    const calendar = parsePeriodOption("2017")!;
    expect(withSummerOpening(calendar, ["серпень", "вересень"])).toBe(calendar);
    expect(withSummerOpening(null, ["серпень", "вересень"])).toBeNull();
  });

  it("reads a table's period from its title and its deadline cells in row order", () => {
    const table = {
      preamble: [{ text: "План роботи методичного об'єднання на 2017/2018 навчальний рік" }],
      columns: [{ role: "activity", key: "activity" }, { role: "deadline", key: "deadline" }],
      rows: [{ cells: { activity: "Нарада", deadline: "серпень" } }, { cells: { activity: "Олімпіада", deadline: "жовтень" } }],
    };
    expect(planPeriodOfTable(table)).toMatchObject({ start: "2017-08-01", end: "2018-08-31" });
    expect(planPeriodOfTable({ ...table, preamble: [] }, year)).toMatchObject({ start: "2017-08-01" });
    expect(planPeriodOfTable({ ...table, preamble: [] })).toBeNull();
  });

  it("does not open in the summer when work all year round comes first: the rows go by theme, and August is the year's last (Zabrze kindergarten)", () => {
    const zabrze = ["Cały rok", "Cały rok", "Cały rok", "VIII", "Cały rok", "Wg potrzeb", "Cały rok", "I/II", "Cały rok", "V"];
    const schoolYear = parsePeriodOption("2019/2020")!;
    expect(withSummerOpening(schoolYear, zabrze)).toBe(schoolYear);
    const column = readDeadlineColumn("TERMIN", zabrze);
    expect(column.summerLast).toBe(true);
    expect(parseDeadline("VIII", { period: schoolYear, column })).toMatchObject({ kind: "month", start: "2020-08-01", end: "2020-08-31" });
    expect(parseDeadline("Cały rok", { period: schoolYear, column })).toMatchObject({ kind: "continuous", start: "2019-09-01", end: "2020-08-31" });
  });

  it("still opens in the summer when the summer rows come first, whatever follows", () => {
    const ternopil = ["серпень", "постійно", "жовтень"];
    expect(withSummerOpening(year, ternopil)).toMatchObject({ start: "2017-08-01" });
    expect(readDeadlineColumn("Термін", ternopil).summerLast).toBe(false);
  });
});

/** Duties listed for the weeks before a school year, under a lead that says so (`zanim … rozpocznie się nowy rok szkolny`). */
describe("a plan of the summer before a school year, said above its table", () => {
  const table = (lead: string, terms: string[]) => ({
    preamble: [{ text: "60 SIERPNIOWYCH OBOWIĄZKÓW DYREKTORA SZKOŁY." }, { text: lead }],
    columns: [{ role: "deadline", key: "B" }],
    rows: terms.map((t) => ({ cells: { B: t } })),
  });

  it("reads August with no year as the August before the school year the lead names", () => {
    const lead = "Sprawdź, o czym powinieneś pamiętać zanim na dobre rozpocznie się nowy rok szkolny 2021/2022.";
    const period = planPeriodOfTable(table(lead, ["21 – 22\nsierpnia", "31 sierpnia"]));
    expect(period).toMatchObject({ start: "2021-08-01", end: "2022-08-31" });
    expect(parseDeadline("31 sierpnia", { period })).toMatchObject({ kind: "date", start: "2021-08-31" });
  });

  it("leaves August unplaced when the lead says nothing of the year beginning", () => {
    const period = planPeriodOfTable(table("Obowiązki dyrektora w roku szkolnym 2021/2022.", ["31 sierpnia"]));
    expect(period).toMatchObject({ start: "2021-09-01", end: "2022-08-31" });
    expect(parseDeadline("31 sierpnia", { period }).kind).toBe("unparsed");
  });

  it("keeps a summer row that follows the year's own rows its doubt, whatever the lead says", () => {
    const lead = "Przed rozpoczęciem roku szkolnego 2021/2022 dyrektor sprawdza:";
    expect(planPeriodOfTable(table(lead, ["wrzesień", "31 sierpnia"]))).toMatchObject({ start: "2021-09-01" });
  });
});
