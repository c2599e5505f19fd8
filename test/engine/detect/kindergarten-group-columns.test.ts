import { roles, tablesOf } from "./read-tables";

/** A kindergarten's schedule names the children's group and the area of learning each topic is for: neither is a role. */
describe("a kindergarten schedule by group and area of learning", () => {
  it("takes `Група` for no responsible column and `Образователно направление` for no perspective", () => {
    const tables = tablesOf([
      ["ГРУПА", "ОБРАЗОВАТЕЛНО\nНАПРАВЛЕНИЕ", "ТЕМА", "ПЕРИОД НА\nПРОВЕЖДАНЕ"],
      ["ПЪРВА", "ОС", "1.Любими играчки", "М. октомври"],
      ["", "ОС", "2.Най-обичам да играя", "М. декември"],
      ["", "КТ", "3.Моите играчки", "М. декември"],
      ["ВТОРА", "ОС", "1.Моят път до детската градина", "М. октомври"],
      ["", "КТ", "2.Пресичам правилно", "М. ноември"],
    ]);
    expect(tables).toHaveLength(1);
    expect(roles(tables[0])).toEqual(["A:unknown", "B:unknown", "C:activity", "D:deadline"]);
  });
});
