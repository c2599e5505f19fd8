import { merged, roles, tablesOf } from "./detect/read-tables";

// A college's admission timetable: the stages' heading merged down over three header rows, the
// form of study and the entrants' schooling merged across two stream columns, then the streams.
const rows = [
  ["Етапи вступу до коледжу"],
  [],
  ["Етапи вступу", "Денна форма", null],
  [null, "вступники на основі", null],
  [null, "базової освіти\n(9 клас)", "повної освіти\n(11 клас)"],
  ["Початок прийому документів", "02 травня", null],
  ["Закінчення прийому документів", "28 липня", null],
  ["Вступні співбесіди", "30 липня –01 серпня", "03-05 серпня"],
  ["Зарахування вступників", "04 –05 серпня", "06-08 серпня"],
];

describe("a header three rows deep, its first heading merged down over all three", () => {
  it("is read as the header, all three rows; the stages under it are the tasks", () => {
    const tables = tablesOf(rows, merged("A3:A5", "B3:C3", "B4:C4", "B6:C6", "B7:C7"));
    expect(tables).toHaveLength(1);
    expect(tables[0].headerRows).toEqual([3, 4, 5]);
    expect(tables[0].rows.map((r) => r.row)).toEqual([6, 7, 8, 9]);
    expect(roles(tables[0])).toEqual(["A:activity", "B:deadline", "C:deadline"]);
  });
});
