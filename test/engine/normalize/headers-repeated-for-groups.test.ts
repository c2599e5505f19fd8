import { checkSheet } from "../../../src/engine/check";
import { gridFromRows } from "../../../src/engine/grid";
import { tablesOf } from "../detect/read-tables";

// Exam sessions for one group of classes, then the same header written again for the next group.
const rows = [
  ["Изпитите за самостоятелна форма на обучение през учебната 2020/2021 г. се провеждат в три сесии:"],
  [],
  ["Изпитни сесии за учениците в IX, X, XI клас", "Период"],
  ["Редовна сесия", "15.10.2020 г. – 30.11.2020 г."],
  ["Първа поправителна сесия", "01.03.2021 г. – 31.03.2021 г."],
  ["Втора поправителна сесия", "01.06.2021 г. – 30.06.2021 г."],
  ["Изпитни сесии за учениците в XII клас", "Период"],
  ["Редовна сесия", "15.10.2020 г. – 30.11.2020 г."],
  ["Първа поправителна сесия", "01.03.2021 г. – 31.03.2021 г."],
  ["Втора поправителна сесия", "01.04.2021 г. – 30.04.2021 г."],
];

describe("a header written again for the next group, only the group changed", () => {
  it("is the same table's header repeated: the group's rows stay its tasks", () => {
    const [t] = tablesOf(rows);
    expect(t.headerRows).toEqual([3]);
    expect(t.repeatedHeaderRows).toEqual([7]);
    expect(t.rows.map((r) => r.row)).toEqual([4, 5, 6, 8, 9, 10]);
  });

  it("tells the group's rows apart from the same words under the first group: no duplicate row", () => {
    const [check] = checkSheet(gridFromRows("S", rows));
    expect(check.findings.filter((f) => f.code === "table.duplicate-row")).toEqual([]);
  });

  it("is a task row still when its first words differ from the header's", () => {
    const [t] = tablesOf([
      ["Дейност", "Срок"],
      ["Изготвяне на график за изпитите", "до 15.09.2020 г."],
      ["Провеждане на родителска среща", "Срок"],
      ["Изготвяне на отчет за изпитите", "до 30.06.2021 г."],
    ]);
    expect(t.repeatedHeaderRows).toEqual([]);
  });
});
