import { tablesOf } from "./read-tables";
import type { CellValue } from "../../../src/engine/grid";

/** A calendar of events by month: the first month written in the date column right under the header, not merged. */
const calendar: CellValue[][] = [
  [null, "ДАТА", "СЪБИТИЕ", "МЯСТО", "ОРГАНИЗАТОР"],
  [null, "м. март"],
  ["1.", "03.03.2025г.", "Национален празник – поднасяне на венци.", "Площад „Свобода”", "Община"],
  ["2.", "22.03.2025г.", "Посрещане на пролетта с песни и танци.", "Читалищен салон", "НЧ „Просвета”"],
  [null, "м. април"],
  ["3.", "23.04.2025г.", "Ден на книгата – среща с автори.", "Библиотека", "НЧ „Просвета”"],
];

describe("the first month written in the date column right under the header", () => {
  it("is no second header row: the header's words do not go on in a month's name", () => {
    const [table] = tablesOf(calendar);
    expect(table.headerRows).toEqual([1]);
    expect(table.sections.map((s) => s.title)).toContain("м. март");
  });

  it("still takes words going on with a heading, in lower case under it, as the header's second line", () => {
    const broken = [["№", "Дата", "Назва заходу", "Відповідальний"], [null, "проведення", null, null], ...calendar.slice(2).filter((r) => r.length > 2)];
    const [table] = tablesOf(broken);
    expect(table.headerRows).toEqual([1, 2]);
  });
});
