import { detectPlanTables } from "../../../src/engine/plan-tables";
import { gridFromRows } from "../../../src/engine/grid";
import { accountForCells } from "../../../src/engine/normalize/conservation";
import { volodarsk } from "../detect/seed-grids";

const _ = null;

describe("header rows repeated inside the table", () => {
  it("drops the roadmap's repeated header and the empty row after it", () => {
    const grid = volodarsk();
    const [t] = detectPlanTables(grid);
    expect(t.repeatedHeaderRows).toEqual([9]);
    expect(t.rows.map((r) => r.row)).toEqual([8, 11, 12]);
    expect(t.rows.some((r) => Object.values(r.cells).includes("Наименование мероприятия"))).toBe(false);
    expect(accountForCells(grid, t)).toEqual([]);
  });

  it("drops both rows of a repeated two-row header", () => {
    const upper = ["Nr zadania", "Zadnie/działanie", "Terminy realizacji", "Jednostka odpowiedzialna", "MONITOROWANIE"];
    const lower = [_, _, _, _, "Wskaźnik", "Miernik"];
    const grid = gridFromRows("S", [
      upper,
      lower,
      ["1.", "Uchwała Zarządu Powiatu", "Styczeń/luty 2018", "Wydział OPS/FK", "Zatwierdzenie planu do realizacji.", 1],
      upper,
      lower,
      ["2.", "Zabezpieczenie środków finansowych", "Styczeń/luty 2018", "Wydział OPS/FK/Skarbnik Powiatu", "Zmiana w budżecie Powiatu", 1],
    ]);
    const [t] = detectPlanTables(grid);
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.repeatedHeaderRows).toEqual([4, 5]);
    expect(t.rows.map((r) => r.number)).toEqual(["1.", "2."]);
    expect(accountForCells(grid, t)).toEqual([]);
  });

  it("drops a repeated header re-typed with other words for the same roles", () => {
    const grid = gridFromRows("S", [
      ["№ п/п", "Наименование мероприятия", "Сроки", "Ответственный исполнитель"],
      [1, "Использование методики", "Сентябрь-декабрь 2020", "Управление образования, ИДК"],
      ["№", "Мероприятие", "Срок исполнения", "Ответственные"],
      [2, "Использование регламента", "Сентябрь –декабрь 2020", "Управление образования, ИДК"],
    ]);
    const [t] = detectPlanTables(grid);
    expect(t.repeatedHeaderRows).toEqual([3]);
    expect(t.rows).toHaveLength(2);
  });

  it("keeps a column-numbering row under the header as a header row, and drops it where it repeats", () => {
    const grid = gridFromRows("S", [
      ["№ з/п", "Найменування заходу", "Термін виконання", "Відповідальні виконавці"],
      [1, 2, 3, 4],
      [1, "Проведення моніторингу", "Вересень 2020", "Відділ освіти"],
      [1, 2, 3, 4],
      [2, "Аналіз результатів", "Грудень 2020", "Відділ освіти"],
    ]);
    const [t] = detectPlanTables(grid);
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.columns.map((c) => c.header)).toEqual(["№ з/п", "Найменування заходу", "Термін виконання", "Відповідальні виконавці"]);
    expect(t.repeatedHeaderRows).toEqual([4]);
    expect(t.rows.map((r) => [r.row, r.number])).toEqual([
      [3, "1"],
      [5, "2"],
    ]);
    expect(accountForCells(grid, t)).toEqual([]);
  });
});

describe("a header naming its period, repeated for each period", () => {
  it("keeps one table when the header names another term each time (`Autumn 2023 | Date`, then `Spring 2024 | Date`)", () => {
    const grid = gridFromRows("S", [
      ["Term Dates"],
      ["Autumn 2023", "Date"],
      ["Inset Days", "Monday 4 & Tuesday 5 September"],
      ["Term Begins", "Wednesday 6 September"],
      ["Half Term Begins", "Monday 23 October"],
      ["Spring 2024", "Date"],
      ["Inset Days", "Tuesday 2 & Wednesday 3 January"],
      ["Term Begins", "Thursday 4 January"],
    ]);
    const tables = detectPlanTables(grid);
    expect(tables).toHaveLength(1);
    expect(tables[0].repeatedHeaderRows).toEqual([6]);
    expect(tables[0].rows).toHaveLength(5);
    expect(accountForCells(grid, tables[0])).toEqual([]);
  });
});
