import { parseDeadline, planPeriodOfTable } from "../../../src/engine/deadline";

/** A plan copied from a web page with no title over it, whose first task says the year the plan is for. */
describe("the year a plan's tasks name", () => {
  const table = (tasks: string[], terms: string[]) => ({
    preamble: [],
    columns: [
      { role: "activity", key: "B" },
      { role: "deadline", key: "C" },
    ],
    rows: tasks.map((t, i) => ({ cells: { B: t, C: terms[i] } })),
  });

  it("dates year-less months in the one year the tasks name with its year word (`в 2024 году`)", () => {
    const period = planPeriodOfTable(
      table(["Разработка плана мероприятий по проведению в 2024 году Года качества", "Популяризация профессии", "Занятия «Защитники Родины»"], ["Январь", "В течение года", "Февраль"]),
    );
    expect(period).toEqual({ start: "2024-01-01", end: "2024-12-31", label: "2024" });
    expect(parseDeadline("Февраль", { period })).toMatchObject({ kind: "month", start: "2024-02-01" });
  });

  it("takes no year when the tasks name two", () => {
    expect(planPeriodOfTable(table(["Итоги работы в 2023 году", "План на 2024 год"], ["Январь", "Февраль"]))).toBeNull();
  });

  it("takes no year from a date or a document's number in a task", () => {
    expect(planPeriodOfTable(table(["Исполнение приказа от 12.01.2024 № 5", "Отчёт"], ["Январь", "Февраль"]))).toBeNull();
    expect(planPeriodOfTable(table(["Изучение закона № 15/2024", "Отчёт"], ["Январь", "Февраль"]))).toBeNull();
  });

  it("takes no year whose months would turn back, as a school year's do (`Сентябрь`, then `Май`)", () => {
    expect(planPeriodOfTable(table(["Мероприятия в 2024 году", "Выпускной"], ["Сентябрь", "Май"]))).toBeNull();
  });

  it("leaves deadlines that write their own year to themselves", () => {
    expect(planPeriodOfTable(table(["Мероприятия в 2024 году", "Отчёт"], ["Январь 2025", "Февраль"]))).toBeNull();
  });
});

/** A calendar pasted with no title whose first date alone writes the year, the rows after it running on in turn. */
describe("the year the deadline column's first date writes", () => {
  const table = (terms: string[]) => ({
    preamble: [],
    columns: [{ role: "deadline", key: "B" }],
    rows: terms.map((t) => ({ cells: { B: t } })),
  });

  it("dates the days after it in that year (`04 April-2022`, `18 April`, `01 May to 17 June`)", () => {
    const period = planPeriodOfTable(table(["04 April-2022", "18 April", "02 May", "01 May to 17 June", "06,07,08, Oct."]));
    expect(period).toEqual({ start: "2022-01-01", end: "2022-12-31", label: "2022" });
    expect(parseDeadline("06,07,08, Oct.", { period })).toMatchObject({ start: "2022-10-06", end: "2022-10-08" });
  });

  it("takes no year when the days turn back over a year's end (`20.12.2019`, `25 December`, `7 January`)", () => {
    expect(planPeriodOfTable(table(["20.12.2019", "25 December", "7 January"]))).toBeNull();
  });

  it("takes no year when another cell writes a second one", () => {
    expect(planPeriodOfTable(table(["20.12.2019", "25 December", "10.01.2020", "15 January"]))).toBeNull();
  });

  it("takes no year from a first cell that has none (`18 April`, then `04 May 2022`)", () => {
    expect(planPeriodOfTable(table(["18 April", "04 May 2022", "20 May"]))).toBeNull();
  });
});

/** A table of a school's terms, each named with its year, whose dates write none. */
describe("the school year a table of terms names", () => {
  const terms = (names: string[], dates: string[]) => ({
    preamble: [],
    columns: [
      { role: "unknown", key: "A" },
      { role: "deadline", key: "B" },
    ],
    rows: names.map((n, i) => ({ cells: { A: n, B: dates[i] } })),
  });

  it("dates the terms' days in the school year their names make (Autumn 2024, Spring 2025, Summer 2025)", () => {
    const period = planPeriodOfTable(terms(["Autumn 2024", "Spring 2025", "Summer 2025"], ["2nd Sept – 20th Dec", "6th Jan – 4th April", "22nd April – 22nd July"]));
    expect(period).toMatchObject({ start: "2024-09-01", end: "2025-08-31" });
    expect(parseDeadline("2nd Sept – 20th Dec", { period })).toMatchObject({ kind: "range", start: "2024-09-02", end: "2024-12-20" });
    expect(parseDeadline("6th Jan – 4th April", { period })).toMatchObject({ kind: "range", start: "2025-01-06", end: "2025-04-04" });
  });

  it("takes no school year from terms of two school years, from one term alone, or where a row writes another year", () => {
    expect(planPeriodOfTable(terms(["Autumn 2024", "Autumn 2025"], ["2nd Sept", "1st Sept"]))).toBeNull();
    expect(planPeriodOfTable(terms(["Autumn 2024", "Reading week"], ["2nd Sept – 20th Dec", "3rd Feb"]))).toBeNull();
    expect(planPeriodOfTable(terms(["Autumn 2024", "Spring 2025", "Budget 2026"], ["2nd Sept", "6th Jan", "1st March"]))).toBeNull();
  });
});
