import { tablesOf } from "./read-tables";

describe("a form's column-number row after its columns were moved", () => {
  it("is still part of the header when the deadline column was put last (1 | 2 | 4 | 3)", () => {
    const [t] = tablesOf([
      ["План мероприятий"],
      ["№", "Мероприятие", "Ответственный", "Срок"],
      ["1", "2", "4", "3"],
      ["1.", "Совещание директоров школ", "Иванова И.И.", "сентябрь 2024"],
      ["2.", "Педагогический совет", "Петрова П.П.", "октябрь 2024"],
    ]);
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.rows.map((r) => r.row)).toEqual([4, 5]);
  });

  it("is a task row when a number is missing or said twice (1 | 2 | 2)", () => {
    const [t] = tablesOf([
      ["№", "Мероприятие", "Срок"],
      ["1", "2", "2"],
      ["1.", "Совещание директоров школ", "сентябрь 2024"],
    ]);
    expect(t.headerRows).toEqual([1]);
  });
});
