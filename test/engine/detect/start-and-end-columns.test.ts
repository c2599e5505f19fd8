import { type CellValue } from "../../../src/engine/grid";
import { roles, tablesOf } from "./read-tables";

/** A network schedule: each measure's planned start and end, one deadline in two columns. */
describe("a deadline split into its start and its end", () => {
  it.each<[string, string[]]>([
    ["ru", ["№", "Мероприятие", "Ответственный", "Плановое начало", "Плановое окончание"]],
    ["uk", ["№", "Захід", "Відповідальний", "Плановий початок", "Планове закінчення"]],
  ])("%s: %j types both as deadlines", (_lang, header) => {
    const rows: CellValue[][] = [
      header,
      ["1", "Разработка проекта сетевого взаимодействия", "Департамент образования", "20.03.2008", "30.12.2008"],
      ["2", "Проведение семинара для руководителей школ", "Управление образования", "01.04.2008", "30.04.2008"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:number", "B:activity", "C:responsible", "D:deadline", "E:deadline"]);
  });
});
