import { type CellValue } from "../../../src/engine/grid";
import { roles, tablesOf } from "./read-tables";

/** Columns whose cells say what they are whatever the heading: ratings; and a source in an indicator table. */

describe("a column of red, amber and green ratings", () => {
  it.each<[string, string, string[]]>([
    ["en", "Status", ["red", "N/A", "amber", "green", "green"]],
    ["bg", "Статус", ["червено", "жълто", "зелено", "зелено", "-"]],
    ["pl", "Status", ["czerwony", "żółty", "zielony", "zielony", "zielony"]],
    ["ru", "Статус", ["красный", "жёлтый", "зелёный", "зеленый", "зеленый"]],
    ["uk", "Статус", ["червоний", "жовтий", "зелений", "зелений", "зелений"]],
  ])("%s: is the monitoring of each indicator, not its actual value", (_lang, heading, ratings) => {
    const rows: CellValue[][] = [["Performance Indicator Title", heading, "Value", "Target"], ...ratings.map((r, i) => [`Indicator ${i + 1} of attainment and attendance`, r, `${80 + i}%`, "90%"])];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:indicator", "B:monitoring", "C:actual", "D:target"]);
    expect(table.columns[1].source).toBe("content");
  });

  it("keeps a status column of words other than colours the actual", () => {
    const rows: CellValue[][] = [["Performance Indicator Title", "Status", "Target"], ["Attendance", "on track", "95%"], ["Exclusions", "behind", "0"], ["Attainment", "achieved", "80%"]];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:indicator", "B:actual", "C:target"]);
  });
});

describe("a heading naming only a source", () => {
  it.each<[string, string[]]>([
    ["pl", ["Lp.", "Wskaźnik", "Wartość bazowa", "Źródło"]],
    ["ru", ["№", "Показатель", "Базовое значение", "Источник"]],
    ["uk", ["№", "Показник", "Базове значення", "Джерело"]],
    ["bg", ["№", "Индикатор", "Базова стойност", "Източник"]],
    ["en", ["No", "Indicator", "Baseline", "Source"]],
  ])("%s: in an indicator table is the source of its data", (_lang, header) => {
    const rows: CellValue[][] = [header, ["1", "Share of graduates employed within a year", "61,2", "GUS BDL"], ["2", "Pupils per computer", "8,5", "SIO"]];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:number", "B:indicator", "C:baseline", "D:monitoring"]);
  });

  it("in a task table with money stays the source of funds", () => {
    const rows: CellValue[][] = [
      ["Lp.", "Zadanie", "Termin", "Koszt", "Źródło"],
      ["1", "Remont sali gimnastycznej", "2024", "120 000 zł", "budżet gminy"],
      ["2", "Zakup pomocy dydaktycznych", "2025", "15 000 zł", "środki własne"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)).toContain("E:financing");
  });
});
