import { type CellValue } from "../../../src/engine/grid";
import { merged, roles, tablesOf } from "./read-tables";

describe("a header told by its merged cells, its words too long for labels", () => {
  // Stages merged down beside a long heading merged across the two sessions' columns.
  const rows: CellValue[][] = [
    ["Терміни вступу"],
    ["Етапи вступної кампанії", "Денна форма здобуття освіти для вступників на основі базової середньої освіти", null],
    [null, "Перша сесія (основна)", "Друга сесія (додаткова)"],
    ["Початок прийому заяв", "30 червня 2025 року", "01 серпня 2025 року"],
    ["Закінчення прийому заяв", "13 липня 2025 року", "27 серпня 2025 року"],
    ["Оприлюднення списків рекомендованих", "20 липня 2025 року", "30 серпня 2025 року"],
  ];

  it("reads both rows as the header: the sessions are deadline columns, not tasks", () => {
    const [table] = tablesOf(rows, merged("A2:A3", "B2:C2"));
    expect(table.headerRows).toEqual([2, 3]);
    expect(table.rows.map((r) => r.row)).toEqual([4, 5, 6]);
    expect(roles(table)).toEqual(["A:activity", "B:deadline", "C:deadline"]);
  });
});

describe("an area merged down beside its numbered first heading merged across, no header over them", () => {
  it("is no header: a numbered heading opens a section", () => {
    const rows: CellValue[][] = [
      ["Освітнє середовище", "1.1. Забезпечення комфортних і безпечних умов навчання", null, null],
      [null, "Інструктаж з безпеки", "вересень", "Директор"],
      [null, "Перевірка укриття", "02.09", "Завгосп"],
      [null, "Огляд шкільних приміщень", "05.09", "Комісія"],
    ];
    const tables = tablesOf(rows, merged("A1:A4", "B1:D1"));
    expect(tables.every((t) => !t.headerRows.includes(1))).toBe(true);
  });
});

describe("a remark in brackets merged across under the header", () => {
  const rows: CellValue[][] = [
    ["№", "Показник", "Значення показника", "Одиниця виміру"],
    ["(найбільша кількість балів - 30)", null, null, null],
    ["1.", "Виконання плану", "100% - 20, менше - 0", "бал"],
    ["2.", "Участь у конкурсах", "участь - 10, неучасть - 0", "бал"],
  ];

  it("is a row of the header, no section over the rows", () => {
    const [table] = tablesOf(rows, merged("A2:D2"));
    expect(table.headerRows).toEqual([1, 2]);
    expect(table.sections).toEqual([]);
  });

  it("stays a section where it is not in brackets", () => {
    const unbracketed = rows.map((r, i) => (i === 1 ? ["Розділ 1. Результати", null, null, null] : r));
    const [table] = tablesOf(unbracketed, merged("A2:D2"));
    expect(table.headerRows).toEqual([1]);
  });
});
