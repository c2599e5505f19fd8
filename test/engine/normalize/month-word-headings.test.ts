import { checkSheet } from "../../../src/engine/check";
import { gridFromRows } from "../../../src/engine/grid";
import { isMonthHeading, monthOf } from "../../../src/engine/normalize/sections";
import { merged, tablesOf } from "../detect/read-tables";

describe("a month heading written after the word for month (`м. октомври 2017`)", () => {
  it("names its month, with its year however it is marked", () => {
    expect(isMonthHeading("м. октомври `2017")).toBe(true);
    expect(monthOf("м. октомври `2017")).toBe(10);
    expect(monthOf("мес. май 2024 г.")).toBe(5);
    expect(monthOf("miesiąc maj")).toBe(5);
  });

  it("is no month heading when the word for month stands alone or before something else", () => {
    expect(isMonthHeading("м.")).toBe(false);
    expect(isMonthHeading("м. Кардам")).toBe(false);
    expect(monthOf("месец на книгата")).toBe(0);
  });

  // A continuation page of a municipal calendar: no header, the year only in the month's row.
  const rows = [
    ["Програма за развитие на читалищната дейност в Община Генерал Тошево"],
    [],
    ["м. октомври `2017"],
    ["01\nоктомври", "Фестивал на плодородието „Кардамска есен”", "НЧ „Пробуда - 1941” с. Кардам", "800"],
    ["07\nоктомври", "Участие в Национален преглед – фестивал „Листопад на спомените”", "НЧ с. Малина", null],
    ["19\nоктомври", "Ден на благотворителността. Организиране на тържества и акции", "всички народни читалища", null],
  ];

  it("heads the list under it, whose dates take their year from it", () => {
    const [t] = tablesOf(rows, merged("A3:D3"));
    expect(t.sections.map((s) => s.row)).toEqual([3]);
    const [check] = checkSheet(gridFromRows("S", rows, merged("A3:D3")));
    expect(check.meanings.row(1).deadline).toMatchObject({ kind: "date", start: "2017-10-07", end: "2017-10-07" });
    expect(check.findings.filter((f) => f.code === "deadline.column-unread")).toEqual([]);
  });
});
