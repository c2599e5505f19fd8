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

  // A wide form numbers more columns than one word of bits holds: every number is still read once.
  const wide = (numbers: number[]) => {
    const headings = ["№", "Мероприятие", "Срок", "Ответственный", ...numbers.slice(4).map((n) => `Показатель ${n}`)];
    return tablesOf([
      ["План мероприятий"],
      headings,
      numbers.map(String),
      ["1.", "Совещание директоров школ", "сентябрь 2024", "Иванова И.И.", ...numbers.slice(4).map(() => "10")],
      ["2.", "Педагогический совет", "октябрь 2024", "Петрова П.П.", ...numbers.slice(4).map(() => "12")],
    ]);
  };
  const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

  it("is part of the header of a form of 40 columns whose numbers past 31 were moved (… 32 | 34 | 33 …)", () => {
    const numbers = upTo(40);
    [numbers[32], numbers[33]] = [numbers[33], numbers[32]];
    expect(wide(numbers)[0].headerRows).toEqual([2, 3]);
  });

  it("is no part of the header when a number past 31 is said twice (… 32 | 33 | 33 …)", () => {
    const numbers = upTo(40);
    numbers[33] = 33;
    expect(wide(numbers)[0].headerRows).not.toContain(3);
  });
});
