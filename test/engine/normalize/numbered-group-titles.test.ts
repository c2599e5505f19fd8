import { tablesOf } from "../detect/read-tables";

const header = ["№", "Зміст роботи", "Термін", "Відповідальні"];

describe("a numbered group title written alone in the number column over the header repeated", () => {
  it("heads the tasks numbered under it, as the same title merged across the row does", () => {
    const title = "2. Індивідуальна робота з читачами";
    const rows = [
      ["План роботи шкільної бібліотеки на 2025/2026 н.р."],
      header,
      ["1.", "Оформлення картотеки читацьких формулярів", "вересень", "Бібліотекар"],
      [title],
      header,
      ["2.1", "Рекомендаційні бесіди з учнями", "постійно", "Бібліотекар"],
      ["2.2", "Бесіди про прочитану книгу", "постійно", "Бібліотекар"],
    ];
    const tables = tablesOf(rows);
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t.sections.map((s) => s.row)).toEqual([4]);
    expect(t.repeatedHeaderRows).toEqual([5]);
    expect(t.rows.map((r) => r.number)).toEqual(["1.", "2.1", "2.2"]);
    expect(t.rows.map((r) => r.section)).toEqual([null, title, title]);
  });

  it("stays a parent task straight over its parts, with no header between", () => {
    const rows = [header, ["1. Робота з читачами"], ["1.1", "Оформлення картотеки", "вересень", "Бібліотекар"]];
    const [t] = tablesOf(rows);
    expect(t.sections).toEqual([]);
    expect(t.rows.map((r) => r.number)).toEqual(["1.", "1.1"]);
  });

  it("stays a task where the rows under it are not numbered as its parts", () => {
    const rows = [
      header,
      ["1.", "Нарада при директорові", "вересень", "Директор"],
      ["2. Провести конкурс читців"],
      ["3.", "Тиждень дитячої книги", "березень", "Бібліотекар"],
    ];
    const [t] = tablesOf(rows);
    expect(t.sections).toEqual([]);
    expect(t.rows.map((r) => r.number)).toEqual(["1.", "2.", "3."]);
  });
});
