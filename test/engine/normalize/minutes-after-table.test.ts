import { detectPlanTables } from "../../../src/engine/plan-tables";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";
import { opensMinutes } from "../../../src/engine/normalize/table-end";

const HEADER = ["№ з/п", "Тема засідання", "Дата проведення", "Відповідальні"];
const TASKS: CellValue[][] = [
  ["1.", "Про стан готовності дошкільного закладу до навчального року", "Вересень 2018 р.", "Завідувач"],
  ["2.", "Як виховати успішну дитину у співпраці ДНЗ з батьками", "Січень 2019 р.", "Вихователь-методист"],
];
const MINUTES: CellValue[][] = [
  ["Дошкільний навчальний заклад"],
  ["№ 5 «Ромашка»"],
  ["ПРОТОКОЛ"],
  ["м.Костопіль"],
  ["17 вересня 2018 р. № 1"],
  ["Засідання ради дошкільного закладу"],
  ["Присутні: 30 чоловік"],
  ["11 представників ДНЗ"],
  ["19 батьків"],
];

describe("the minutes of a meeting written under the plan", () => {
  it("end the table: none of their lines becomes a task or a section", () => {
    const [t] = detectPlanTables(gridFromRows("Рада", [HEADER, ...TASKS, [], ...MINUTES]));
    expect(t.rows.map((r) => r.sourceRows)).toEqual([[2], [3]]);
    expect(t.sections).toEqual([]);
    expect(t.range).toBe("A1:D3");
  });

  it("do not end the table when a meeting's heading has the plan's tasks under it", () => {
    const [t] = detectPlanTables(
      gridFromRows("Рада", [HEADER, ...TASKS, [], ["Протокол № 3"], ["3.", "Про роботу з дітьми соціально-незахищених категорій", "Березень 2019 р.", "Практичний психолог"]]),
    );
    expect(t.rows).toHaveLength(3);
  });

  it.each([
    "ПРОТОКОЛ № 1",
    "Протокол засідання педагогічної ради",
    "Присутствовали: 25 человек",
    "Присъстваха: 12 членове",
    "Protokół nr 2/2019",
    "Obecni: 14 osób",
    "Слухали:",
    "Ухвалили:",
    "Постановили:",
    "Дневен ред:",
    "Minutes of the governors' meeting",
    "Present: 9 governors",
  ])("`%s` opens minutes", (text) => {
    expect(opensMinutes(text)).toBe(true);
  });

  it.each(["Протоколювання засідань", "Presentation of the annual report", "Obecność na zebraniach", "Підготовка протоколу засідання"])(
    "`%s` does not open minutes",
    (text) => {
      expect(opensMinutes(text)).toBe(false);
    },
  );
});
