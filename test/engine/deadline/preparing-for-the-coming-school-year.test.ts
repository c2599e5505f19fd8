import { parseDeadline, planPeriodOfTable, type TableForPeriod } from "../../../src/engine/deadline";

/** A plan preparing schools for the school year to come, annexed to a decree dated before it. */
function table(preamble: string[], deadlines: string[]): TableForPeriod {
  return {
    preamble: preamble.map((text) => ({ text })),
    columns: [{ role: "deadline", key: "C" }],
    rows: deadlines.map((C) => ({ cells: { C } })),
  };
}

const DECREE = "Приложение к Решению от 05.06.2008 г № 293";
const TITLE = "План подготовки образовательных учреждений к новому 2008-2009 учебному году";

describe("a plan preparing schools for the coming school year", () => {
  it("reads a deadline with no year in the run-up from the decree's date to the school year (`До 15 августа` is August 2008)", () => {
    const period = planPeriodOfTable(table([DECREE, "", TITLE], ["До 15 августа", "До 15 августа", "еженедельно"]));
    expect(period).toEqual({ start: "2008-06-05", end: "2008-08-31", label: "2008-2009" });
    expect(parseDeadline("До 15 августа", { period })).toMatchObject({ kind: "by", end: "2008-08-15" });
  });

  it("reads a ministry's plan the same way, one dated deadline being enough (`до 15 июня` under a decree of April 2011)", () => {
    const title = "План мероприятий по подготовке образовательных учреждений в свердловской области к 2011/2012 учебному году";
    const period = planPeriodOfTable(table(["Приложение к Постановлению от 25.04.2011 г № 453-ПП План", title], ["еженедельно", "до 15 июня"]));
    expect(parseDeadline("до 15 июня", { period })).toMatchObject({ kind: "by", end: "2011-06-15" });
  });

  it("reads Ukrainian and Polish titles of preparation too", () => {
    const uk = planPeriodOfTable(table(["Додаток до наказу від 12.05.2021 № 88", "План заходів з підготовки закладів освіти до нового 2021/2022 навчального року"], ["до 20 серпня"]));
    expect(parseDeadline("до 20 серпня", { period: uk })).toMatchObject({ end: "2021-08-20" });
    const pl = planPeriodOfTable(table(["Załącznik do zarządzenia z dnia 10.04.2024", "Harmonogram przygotowania szkół do roku szkolnego 2024/2025"], ["do 30 czerwca"]));
    expect(parseDeadline("do 30 czerwca", { period: pl })).toMatchObject({ end: "2024-06-30" });
  });

  it("leaves the year unread when a deadline falls after the school year opens: the plan is not only the run-up", () => {
    const period = planPeriodOfTable(table([DECREE, TITLE], ["До 15 августа", "До 15 октября"]));
    expect(period).toBeNull();
    expect(parseDeadline("До 15 августа", { period })).toMatchObject({ kind: "unparsed", reason: "year-missing" });
  });

  it("leaves it unread with no dated decree above the title, or a date of another year", () => {
    expect(planPeriodOfTable(table([TITLE], ["До 15 августа"]))).toBeNull();
    expect(planPeriodOfTable(table(["Приложение к Решению от 05.06.2006 г № 293", TITLE], ["До 15 августа"]))).toBeNull();
  });

  it("does not take a plan that only names a school year's preparation in passing without years in turn (`к 2008-2011 учебному году`)", () => {
    expect(planPeriodOfTable(table([DECREE, "План подготовки к 2008-2011 учебному году"], ["До 15 августа"]))).toBeNull();
  });
});
