import { checkSheet } from "../../src/engine/check";
import { gridFromRows } from "../../src/engine/grid";

/** The period a table is checked in, where two tables share a sheet. */
describe("a second table on a sheet", () => {
  const rows = [
    ["Календарный план воспитательной работы на 2023-2024 учебный год"],
    [],
    ["№", "Дела, события, мероприятия", "Сроки", "Ответственные"],
    ["1", "Линейка, посвящённая Дню знаний", "01.09", "Заместитель директора"],
    ["2", "Неделя безопасности", "08.09", "Классные руководители"],
    [],
    ["План работы с родителями"],
    [],
    ["№ п/п", "Мероприятие", "Дата проведения", "Исполнитель"],
    ["1", "Родительское собрание «Урок мира»", "04.10", "Классные руководители"],
    ["2", "Подготовка к Новому году с родителями", "20.12", "Классные руководители"],
  ];

  it("is checked in the period of the plan above it when it names none of its own", () => {
    const checks = checkSheet(gridFromRows("КПВР", rows));
    expect(checks.length).toBe(2);
    expect(checks[1].period).toMatchObject({ start: "2023-09-01", end: "2024-08-31" });
    expect(checks[1].findings.filter((f) => f.code === "deadline.unparsed")).toEqual([]);
  });
});
