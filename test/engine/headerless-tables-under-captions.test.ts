import { type CellValue } from "../../src/engine/grid";
import { merged, roles, tablesOf } from "./detect/read-tables";

// A school's year calendar with no header, then two captioned tables each under a header of its own.
const calendar: CellValue[][] = [
  ["1", "Початок навчального року", "1 вересня 2025 р."],
  ["2", "Осінні канікули", "27 – 31 жовтня 2025 р."],
  ["3", "Зимові канікули", "24 грудня 2025 р. – 6 січня 2026 р."],
  ["4", "Закінчення навчального року", "30 травня 2026 р."],
  ["Батьківські збори"],
  ["№", "дата", "година", "Збори"],
  ["1", "09.09.2025", "17.00", "Організація навчального року"],
  ["2", "04.11.2025", "17.00", "Підсумки першої чверті"],
  ["3", "23.12.2025", "17.00", "Підсумки першого семестру"],
  ["Важливі дати"],
  ["№", "дата", ""],
  ["1", "15.12.2025", "Виставлення оцінок за семестр"],
  ["2", "19.01.2026", "Початок другого семестру"],
  ["3", "20.05.2026", "Виставлення річних оцінок"],
];

describe("a line alone over a row of labels, under a table with no header", () => {
  it("ends the table: the caption and header of the next one, each table read on its own", () => {
    const tables = tablesOf(calendar);
    expect(tables.map((t) => t.range)).toEqual(["A1:C4", "A6:D9", "A11:C14"]);
    expect(roles(tables[0])).toEqual(["A:number", "B:activity", "C:deadline"]);
    expect(tables[1].headerRows).toEqual([6]);
    expect(tables[2].headerRows).toEqual([11]);
  });

  it("does not split a list whose own header comes again under each month's heading", () => {
    const rows: CellValue[][] = [
      ["Lp.", "Data", "Wydarzenie"],
      ["1", "02.09.2025", "Zebranie rady pedagogicznej"],
      ["2", "15.09.2025", "Wybory do samorządu uczniowskiego"],
      ["Październik"],
      ["Lp.", "Data", "Wydarzenie"],
      ["3", "14.10.2025", "Dzień Edukacji Narodowej"],
      ["4", "31.10.2025", "Apel z okazji Święta Niepodległości"],
    ];
    const tables = tablesOf(rows);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((r) => r.row)).toEqual([2, 3, 6, 7]);
  });
});

describe("a table with no header whose date column also holds limits written as sentences", () => {
  // Blocks under headings merged across, stage | date | rule; five dates of ten, the others sentences.
  const rows: CellValue[][] = [
    ["Admissions to secondary school"],
    ["On time applications"],
    ["Offer day", "Monday 2 March 2026", ""],
    ["Appeal forms available from", "Monday 2 March 2026", ""],
    ["Appeal forms to be returned by", "Friday 27 March 2026", "20 school days from the offer"],
    ["Late appeals", "heard within 30 school days of lodging", ""],
    ["Late applications"],
    ["Second round of offers", "Friday 24 April 2026", ""],
    ["Appeal forms for the second round", "Monday 1 June 2026", "20 school days from the offer"],
    ["Appeals for the second round", "heard within 30 school days of lodging", ""],
    ["Late appeals for the second round", "heard within 40 school days of lodging", ""],
    ["Notification of the hearing", "Variable date", "At least 10 school days before the hearing"],
  ];

  it("is a table when five dates or more make half the column: the stages are its tasks, the column their deadlines", () => {
    const tables = tablesOf(rows, merged("A1:C1", "A2:C2", "A7:C7"));
    expect(tables).toHaveLength(1);
    expect(roles(tables[0])).toEqual(["A:activity", "B:deadline", "C:unknown"]);
    expect(tables[0].rows).toHaveLength(9);
  });

  it("is no table when fewer than five cells are dates", () => {
    const fewer = rows.map((r, i) => (i === 7 ? ["Second round of offers", "Variable date", ""] : r));
    expect(tablesOf(fewer, merged("A1:C1", "A2:C2", "A7:C7"))).toEqual([]);
  });
});
