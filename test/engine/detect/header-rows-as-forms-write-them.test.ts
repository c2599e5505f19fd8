import { opensWithTaskNumber } from "../../../src/engine/detect/header-rows";
import { merged, roles, tablesOf } from "./read-tables";

/** Header rows as forms print them: each heading numbered, years with a mark after them. */

describe("a header whose headings a form numbers", () => {
  it("is the header over the tasks, each heading read without its number", () => {
    const rows = [
      ["School Travel Plan: actions"],
      ["1. Objective", "2. Action", "3.Lead", "4. Timescale", "5.Review"],
      ["Increase walking to school", "Walk to School week", "School Champion", "Nov 2025", "Dec 2025"],
      ["Reduce car use at the gate", "Park and stride leaflet", "Headteacher", "Jan 2026", "Feb 2026"],
    ];
    const [t] = tablesOf(rows);
    expect(t.headerRows).toEqual([2]);
    expect(roles(t)).toEqual(["A:objective", "B:activity", "C:responsible", "D:deadline", "E:monitoring"]);
    expect(t.rows).toHaveLength(2);
  });

  it("is the header when years over money go unnumbered beside its numbered headings", () => {
    const rows = [
      ["1. № з/п", "2. Назва заходу", "3. Відповідальні", 2024, 2025],
      ["1.", "Ремонт спортивної зали", "Відділ освіти", "120", "80"],
      ["2.", "Придбання інвентарю", "Директор ДЮСШ", "40", "45"],
    ];
    const [t] = tablesOf(rows);
    expect(t.headerRows).toEqual([1]);
    expect(roles(t).slice(0, 3)).toEqual(["A:number", "B:activity", "C:responsible"]);
  });

  it("reads the lower row of a two-row header numbered on from the upper one", () => {
    const rows = [
      ["1. Performance Objectives", "2. Performance Measure", "3. Baseline 2024", "4. FY 25", null, "5. FY 26", null],
      [null, null, null, "4. Target", "4. Actual", "5. Target", "5. Actual"],
      ["Increase mastery of standards", "Content Mastery score, elementary", "73.9", "77", null, "80", null],
      [null, "Content Mastery score, middle", "70.3", "73", null, "76", null],
    ];
    const [t] = tablesOf(rows, merged("A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1"));
    expect(t.headerRows).toEqual([1, 2]);
    expect(roles(t)).toEqual(["A:objective", "B:indicator", "C:baseline", "D:target", "E:actual", "F:target", "G:actual"]);
  });

  it("reads a numbered heading whose words open with a sign or a figure (`4. % Complete`)", () => {
    const rows = [
      ["1. ID", "2. Name", "3. % Complete", "4. Scheduled Finish", "5. Resource Names"],
      ["1", "Identify and revise programs", "100%", "Aug 11 '95", "Jackson, Lewis"],
      ["2", "Finalize list of programs", "100%", "Aug 18 '95", "Jackson"],
      ["3", "Generate a Program Inventory Report", "50%", "Aug 31 '95", "Lewis"],
    ];
    const [t] = tablesOf(rows);
    expect(t.headerRows).toEqual([1]);
    expect(roles(t)).toEqual(["A:number", "B:activity", "C:actual", "D:deadline", "E:responsible"]);
  });

  it("reads headings numbered with a bracket as those numbered with a full stop (`2) Termin`)", () => {
    const rows = [
      ["1) Zadanie", "2) Termin realizacji", "3) Osoba odpowiedzialna"],
      ["Apel z okazji Dnia Niepodległości", "10.11.2025", "wychowawcy klas"],
      ["Wigilia szkolna", "19.12.2025", "samorząd uczniowski"],
      ["Dzień Babci i Dziadka", "21.01.2026", "nauczyciele edukacji wczesnoszkolnej"],
    ];
    const [t] = tablesOf(rows);
    expect(t.headerRows).toEqual([1]);
    expect(roles(t)).toEqual(["A:activity", "B:deadline", "C:responsible"]);
  });

  it("leaves a task row numbered in its first cell a task, though it names what a header names", () => {
    const rows = [
      ["№", "Захід", "Термін", "Відповідальний"],
      ["1. Нарада", "Нарада при директорові", "вересень", "Директор"],
      ["2. Рада", "Засідання педагогічної ради", "жовтень", "Заступник директора"],
    ];
    const [t] = tablesOf(rows);
    expect(t.headerRows).toEqual([1]);
    expect(t.rows).toHaveLength(2);
  });

  it("takes no row for a header whose numbers do not run on one by one", () => {
    const rows = [
      ["1. Термін", "3. Захід", "7. Відповідальний"],
      ["1. вересень", "Нарада при директорові", "Директор"],
    ];
    expect(tablesOf(rows).flatMap((t) => t.headerRows)).not.toContain(1);
  });
});

describe("a row's first number is a task's unless the row's headings are numbered on from it", () => {
  const cells = (...texts: string[]) => ({ cols: texts.map((_, i) => i), texts, values: texts });
  it.each<[string[], boolean]>([
    [["1.", "Нарада при директорові", "вересень"], true],
    [["1. Нарада", "Нарада при директорові", "вересень"], true],
    [["1. Objective", "2. Action", "3. Lead"], false],
    [["1) Zadanie", "2) Termin"], false],
    [["1 клас", "2 клас", "3 клас"], true],
    [["Захід", "Термін"], false],
  ])("%j opens with a task number: %s", (texts, task) => expect(opensWithTaskNumber(cells(...texts))).toBe(task));
});

describe("a year heading with a mark after it", () => {
  it.each([["SY2022:", "SY2023:", "SY2024:"], ["FY 25*", "FY 26*", "FY 27*"], ["2024 р.¹", "2025 р.¹", "2026 р.¹"]])(
    "still heads its year's measures (%s …)",
    (...years) => {
      const rows = [
        [...years],
        ["Baseline", "Target", "Target"],
        ["61%", "65%", "70%"],
        ["48%", "52%", "55%"],
      ];
      const tables = tablesOf(rows);
      expect(tables.length).toBeGreaterThan(0);
      expect(tables[0].headerRows).toEqual([1, 2]);
      expect(roles(tables[0])).toEqual(["A:baseline", "B:target", "C:target"]);
    },
  );

  it("heads money beside the activities when marked", () => {
    const rows = [
      ["Наименование мероприятий", "Исполнитель", "2024 г.*", "2025 г.*"],
      ["Ремонт кровли", "Управление образования", "120", "80"],
      ["Закупка оборудования", "Управление образования", "40", "45"],
    ];
    const [t] = tablesOf(rows);
    expect(t.headerRows).toEqual([1]);
  });
});
