import { roles, tablesOf } from "./detect/read-tables";

// A school's calendar: a numbered list with no header, a blank row, then the parents' meetings under their header.
const rows = [
  ["Kalendarz organizacji roku szkolnego 2024/2025"],
  ["Podstawa prawna: rozporządzenie w sprawie organizacji roku szkolnego"],
  [],
  ["1.", "Rozpoczęcie rocznych zajęć dydaktyczno - wychowawczych", "2 września 2024 r."],
  ["2.", "Zimowa przerwa świąteczna", "23 - 31 grudnia 2024 r."],
  ["3.", "Ferie zimowe", "20 stycznia - 2 lutego 2025 r."],
  ["4.", "Wiosenna przerwa świąteczna", "17 - 22 kwietnia 2025 r."],
  ["5.", "Zakończenie zajęć dydaktyczno - wychowawczych", "27 czerwca 2025 r."],
  [],
  ["L.p.", "Data", "ZEBRANIE\nZ RODZICAMI / WYWIADÓWKA", "Godzina"],
  ["1.", "13.09.2024 r.", "Zebranie organizacyjne", "16:30"],
  ["2.", "15.11.2024 r.", "Dzień otwarty", "15:00-17:00"],
  ["3.", "17.01.2025 r.", "Wywiadówka", "17:00"],
];

describe("a list with no header, then after a blank row a table under its header", () => {
  it("is read as two tables: the list, and the table its header heads", () => {
    const tables = tablesOf(rows);
    expect(tables.map((t) => [t.rows[0].row, t.rows[t.rows.length - 1].row])).toEqual([[4, 8], [11, 13]]);
    expect(tables[0].headerRows).toEqual([]);
    expect(roles(tables[0]).slice(0, 3)).toEqual(["A:number", "B:activity", "C:deadline"]);
    expect(tables[1].headerRows).toEqual([10]);
    expect(roles(tables[1]).slice(0, 3)).toEqual(["A:number", "B:deadline", "C:activity"]);
  });

  it("stays one list when the row after the blank row holds data, not labels", () => {
    const tables = tablesOf([...rows.slice(0, 9), ["6.", "Ferie letnie", "28 czerwca - 31 sierpnia 2025 r."], ["7.", "Rada klasyfikacyjna", "19 czerwca 2025 r."]]);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((r) => r.row)).toEqual([4, 5, 6, 7, 8, 10, 11]);
  });
});
