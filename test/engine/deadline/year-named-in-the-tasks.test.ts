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
