import { merged, roles, tablesOf } from "./detect/read-tables";

// A school's exam timetable: a lead-in line, then one table per session, each under the session's
// heading merged across, and a note between them.
const rows = [
  ["Графици на изпитите, както следва"],
  ["Сесия януари", null],
  ["10.01.2025 г. – 17.01.2025 г.", "Подаване на заявления за явяване на изпити"],
  ["до 20.01.2025 г.", "Обявяване на графика на изпитите"],
  ["27 януари 2025 г.", "Изпит по математика"],
  ["Изпитите започват в 09:00 часа"],
  ["Сесия юни", null],
  ["02.06.2025 г. – 09.06.2025 г.", "Подаване на заявления за явяване на изпити"],
  ["до 12.06.2025 г.", "Обявяване на графика на изпитите"],
  ["16 юни 2025 г.", "Изпит по математика"],
];
const merges = merged("A2:B2", "A7:B7");

describe("a timetable of two sessions, a note line between them", () => {
  it("is read as two tables, each under its session's heading as a section; the note is in neither", () => {
    const tables = tablesOf(rows, merges);
    expect(tables).toHaveLength(2);
    expect(tables.map((t) => t.sections.map((s) => s.row))).toEqual([[2], [7]]);
    expect(tables.map((t) => t.rows.map((r) => r.row))).toEqual([[3, 4, 5], [8, 9, 10]]);
    expect(roles(tables[0])).toEqual(["A:deadline", "B:activity"]);
  });

  it("is read as two tables too when a blank row follows every row, as a Word paste with spacing has it", () => {
    const spaced = rows.flatMap((r) => [r, []]);
    const tables = tablesOf(spaced, merged("A3:B3", "A13:B13"));
    expect(tables).toHaveLength(2);
    expect(tables.map((t) => t.sections.map((s) => s.row))).toEqual([[3], [13]]);
    expect(tables.map((t) => t.rows.map((r) => r.row))).toEqual([[5, 7, 9], [15, 17, 19]]);
  });

  it("stays one table when the line under the rows is a heading of another kind", () => {
    const other = rows.map((r, i) => (i === 6 ? ["Поправителни изпити", null] : r));
    const tables = tablesOf(other, merges);
    expect(tables).toHaveLength(1);
  });
});
