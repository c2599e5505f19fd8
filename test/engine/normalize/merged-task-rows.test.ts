import { merged, tablesOf } from "../detect/read-tables";

const _ = null;
const header = ["Дата проведения", "Наименование предмета", "Место проведения", "Класс", "Участников"];

describe("a task merged down over its rows in a table with no number column", () => {
  it("keeps the rows under its merged text and date as lines of that one task", () => {
    const rows = [
      header,
      ["16.11.2022", "Английский язык", "МБОУ СОШ №1", "7", "12"],
      [_, _, _, "8", "10"],
      [_, _, _, "9", "14"],
      ["17.11.2022", "История", "МБОУ гимназия №12", "7", "9"],
      [_, _, _, "8", "11"],
    ];
    const [t] = tablesOf(rows, merged("A2:A4", "B2:B4", "C2:C4", "A5:A6", "B5:B6", "C5:C6"));
    expect(t.rows.map((r) => r.sourceRows)).toEqual([
      [2, 3, 4],
      [5, 6],
    ]);
  });

  it("reads each row dated on its own under one merged text as a task of its own", () => {
    const rows = [
      ["Holiday", "Dates"],
      ["October half term", "Monday 16 October 2023"],
      [_, "Friday 20 October 2023"],
      ["Christmas", "Friday 22 December 2023"],
      [_, "Friday 5 January 2024"],
    ];
    const [t] = tablesOf(rows, merged("A2:A3", "A4:A5"));
    expect(t.rows).toHaveLength(4);
  });

  it("reads a row under a date merged down over it that names the first row's subject as that exam's second part", () => {
    const rows = [
      ["Дата", "Час", "Учебен предмет", "Клас"],
      ["21.10.2019г понеделник", "13:10", "Музика – ООП писмен", "V-VIІ"],
      [_, "15:10", "Музика – ООП практически", _],
      ["22.10.2019г. вторник", "13:10", "История и цивилизации – ООП", "V-VIІ"],
      ["25.10.2019г петък", "13:10", "Химия и опазване на околната среда – ООП писмен", "VIІ"],
      [_, "15:10", "Физика и астрономия – ООП писмен", _],
    ];
    const [t] = tablesOf(rows, merged("A2:A3", "D2:D3", "A5:A6", "D5:D6"));
    expect(t.rows.map((r) => r.sourceRows)).toEqual([[2, 3], [4], [5], [6]]);
  });
});
