import { cellAddress } from "../../../src/engine/plan";
import { merged, tablesOf } from "../detect/read-tables";

const _ = null;

/** A year planner copied from a web page: each month written once, on the first of its activities. */
const planner = [
  ["PLAN ROKU SZKOLNEGO 2025/2026"],
  ["Semestr I"],
  ["WRZESIEŃ", "Uroczyste rozpoczęcie roku szkolnego"],
  [_, "Wybory do samorządu uczniowskiego"],
  [_, "zebrania z rodzicami w klasach I–VIII"],
  [_, "Sprzątanie świata"],
  ["PAŹDZIERNIK", "Dzień Edukacji Narodowej – akademia,"],
  [_, "występy uczniów klas młodszych"],
  [_, "Ślubowanie klas pierwszych"],
  ["LISTOPAD", "Narodowe Święto Niepodległości"],
  [_, "Dzień Pluszowego Misia"],
];

describe("a month written once for a group of rows", () => {
  it("each row under the month is a task of that month, its deadline the month's cell", () => {
    const [t] = tablesOf(planner, merged("A1:B1", "A2:B2"));
    expect(t.columns.map((c) => `${c.column}:${c.role}`)).toEqual(["A:deadline", "B:activity"]);
    expect(t.rows.map((r) => r.row)).toEqual([3, 4, 5, 6, 7, 9, 10, 11]);
    const deadline = t.columns[0];
    expect(t.rows.map((r) => r.cells[deadline.key])).toEqual(["WRZESIEŃ", "WRZESIEŃ", "WRZESIEŃ", "WRZESIEŃ", "PAŹDZIERNIK", "PAŹDZIERNIK", "LISTOPAD", "LISTOPAD"]);
    // The month is read where it is written, as a cell merged down over the group would be.
    expect(t.rows.map((r) => cellAddress(r, deadline))).toEqual(["A3", "A3", "A3", "A3", "A7", "A7", "A10", "A10"]);
  });

  it("a line going on after a comma stays with the activity it finishes", () => {
    const [t] = tablesOf(planner, merged("A1:B1", "A2:B2"));
    const row7 = t.rows.find((r) => r.row === 7)!;
    expect(row7.sourceRows).toEqual([7, 8]);
  });

  it("a calendar of days keeps a dateless line with the entry above it", () => {
    const [t] = tablesOf([
      ["Data", "Wydarzenie"],
      ["01.09.2025", "Uroczyste rozpoczęcie roku szkolnego"],
      [_, "Msza święta w kościele parafialnym"],
      ["14.10.2025", "Dzień Edukacji Narodowej"],
      ["11.11.2025", "Narodowe Święto Niepodległości"],
      [_, "Apel w sali gimnastycznej"],
    ]);
    expect(t.rows.map((r) => r.sourceRows)).toEqual([[2, 3], [4], [5, 6]]);
  });

  it("a numbered plan with its month column written once per group dates every task of the group", () => {
    const [t] = tablesOf([
      ["№", "Місяць", "Зміст роботи", "Відповідальні"],
      ["1.", "Вересень", "Свято Першого дзвоника", "заступник директора"],
      ["2.", _, "Оформлення класних куточків", "класні керівники"],
      ["3.", "Жовтень", "День вчителя", "педагог-організатор"],
      ["4.", _, "Осінній бал", "учнівське самоврядування"],
      ["5.", _, "Екскурсії під час канікул", "класні керівники"],
    ]);
    const month = t.columns.find((c) => c.role === "deadline")!;
    expect(month.column).toBe("B");
    expect(t.rows.map((r) => r.cells[month.key])).toEqual(["Вересень", "Вересень", "Жовтень", "Жовтень", "Жовтень"]);
  });

  it("months written out of the year's order, or a month over no row of its own, leave the empty cells empty", () => {
    const outOfOrder = tablesOf([
      ["№", "Місяць", "Зміст роботи", "Відповідальні"],
      ["1.", "Жовтень", "День вчителя", "педагог-організатор"],
      ["2.", _, "Осінній бал", "учнівське самоврядування"],
      ["3.", "Вересень", "Свято Першого дзвоника", "заступник директора"],
      ["4.", _, "Оформлення класних куточків", "класні керівники"],
      ["5.", "Травень", "Останній дзвоник", "заступник директора"],
      ["6.", "Квітень", "День довкілля", "вчителі біології"],
    ])[0];
    const beforeFirst = tablesOf([
      ["№", "Місяць", "Зміст роботи", "Відповідальні"],
      ["1.", _, "Оформлення класних куточків", "класні керівники"],
      ["2.", "Вересень", "Свято Першого дзвоника", "заступник директора"],
      ["3.", _, "Осінній бал", "учнівське самоврядування"],
      ["4.", "Жовтень", "День вчителя", "педагог-організатор"],
      ["5.", _, "Екскурсії під час канікул", "класні керівники"],
    ])[0];
    for (const t of [outOfOrder, beforeFirst]) {
      const month = t.columns.find((c) => c.role === "deadline")!;
      expect(t.rows.filter((r) => r.cells[month.key] === undefined).length).toBeGreaterThan(0);
    }
  });
});
