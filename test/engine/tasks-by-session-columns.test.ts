import { roles, tablesOf } from "./detect/read-tables";

describe("a table of tasks with one deadline column per exam session, the corner naming the tasks", () => {
  const rows = [
    ["График на дейностите за организацията на изпитите за учебната 2020/2021 г."],
    [],
    ["ДЕЙНОСТ", "РЕДОВНА СЕСИЯ ОКТОМВРИ\nНОЕМВРИ", "ПЪРВА ПОПРАВИТЕЛНА СЕСИЯ\nМАРТ", "ВТОРА ПОПРАВИТЕЛНА СЕСИЯ\nАПРИЛ"],
    ["Подаване на заявления за явяване на изпити", "До 01.10.2020 г.", "До 15.02.2021 г.", "До 22.03.2021 г."],
  ];

  it("reads the session labels as its header and every session column as deadlines", () => {
    const [t] = tablesOf(rows);
    expect(t.headerRows).toEqual([3]);
    expect(roles(t)).toEqual(["A:activity", "B:deadline", "C:deadline", "D:deadline"]);
    expect(t.rows.map((r) => r.row)).toEqual([4]);
  });
});
