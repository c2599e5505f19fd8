import { type CellValue } from "../../../src/engine/grid";
import { roles, tablesOf } from "./read-tables";

/** Numbers beside an indicator and its unit, under a heading that names no role: the indicator's target. */

describe("one column of numbers beside an indicator and its unit", () => {
  it.each<[string, string[]]>([
    ["pl", ["Lp.", "Wskaźnik", "Jednostka miary", "Wartość"]],
    ["ru", ["№", "Показатель", "Единица измерения", "Значение"]],
    ["uk", ["№", "Показник", "Одиниця виміру", "Значення"]],
    ["bg", ["№", "Индикатор", "Мерна единица", "Стойност"]],
    ["en", ["No", "Indicator", "Unit", ""]],
  ])("%s: is the target, typed by its cells", (_lang, header) => {
    const rows: CellValue[][] = [header, ["1", "Pupils taking part in olympiads", "%", "85"], ["2", "Teachers trained", "persons", "40"], ["3", "Schools with broadband", "%", "100%"]];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:number", "B:indicator", "C:unit", "D:target"]);
    expect(table.columns[3].source).toBe("content");
  });

  it("is left unknown when two columns hold numbers: which is the target the cells do not say", () => {
    const rows: CellValue[][] = [
      ["Lp.", "Wskaźnik", "Jednostka miary", "Wartość", "Wartość"],
      ["1", "Uczniowie biorący udział w olimpiadach", "%", "60", "85"],
      ["2", "Nauczyciele przeszkoleni", "osoby", "20", "40"],
      ["3", "Szkoły z szerokopasmowym internetem", "%", "70", "100"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:number", "B:indicator", "C:unit", "D:unknown", "E:unknown"]);
  });
});
