import { detectPlanTables } from "../../../src/engine/plan-tables";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";

const HEADER = ["N п/п", "Наименование мероприятия", "Плановый срок исполнения", "Исполнители"];
const TASKS: CellValue[][] = [
  ["1.", "Ведение мониторинга сети организаций дошкольного образования", "2008 - 2010", "Управление образования"],
  ["2.", "Консультативно-методическое сопровождение", "2008 - 2010", "Управление образования"],
];

function read(under: CellValue[]) {
  const [t] = detectPlanTables(gridFromRows("Мероприятия", [HEADER, under, ...TASKS]));
  return t;
}

describe("a row of column numbers that numbers only some columns", () => {
  it("is part of the header, not a task", () => {
    const t = read(["1", "2", "", ""]);
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.rows.map((r) => r.sourceRows)).toEqual([[3], [4]]);
  });

  it("is part of the header when a column is left unnumbered between numbered ones", () => {
    const t = read(["1", "", "3", ""]);
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.rows).toHaveLength(2);
  });

  it("is not taken when its numbers run higher than the columns allow", () => {
    // A number with bare figures beside it (`1 | | 5 | 10`) is a row of the table, not column numbers.
    const t = read(["1", "", "5", "10"]);
    expect(t.headerRows).toEqual([1]);
  });

  it("is not taken when its numbers do not begin at 1", () => {
    const t = read(["2", "3", "", ""]);
    expect(t.headerRows).toEqual([1]);
  });
});
