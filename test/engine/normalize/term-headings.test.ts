import { detectPlanTables } from "../../../src/engine/plan-tables";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";
import { isNumberedPeriodHeading, namesPartOfYear } from "../../../src/engine/normalize/period-heading";
import type { PlanTable } from "../../../src/engine/plan";

function tables(rows: CellValue[][], merges: { row: number; col: number; rowCount: number; colCount: number }[] = []): PlanTable[] {
  return detectPlanTables(gridFromRows("Planner", rows, merges));
}

describe("a part of the school year named by its number or season", () => {
  it("reads terms, semesters, quarters and half-years in all five languages as period headings", () => {
    for (const t of ["TERM I", "Term 2", "Autumn Term", "Quarter 3", "Spring 1", "I семестр", "2-я четверть", "Второе полугодие", "ІІ чверть", "Друге півріччя", "Първи срок", "II срок", "II semestr", "I półrocze", "Semestr zimowy"]) {
      expect([t, isNumberedPeriodHeading(t)]).toEqual([t, true]);
    }
  });

  it("does not take a bare period word, a task naming a term or a deadline for a period heading", () => {
    for (const t of ["Term", "Term Dates", "Срок", "End of Term 1", "Quarter one ends", "Term 2 planning meeting", "Spring Concert", "I", "Первое заседание", "до 15 вересня", "1 семестр 2 четверть"]) {
      expect([t, isNumberedPeriodHeading(t)]).toEqual([t, false]);
    }
  });

  it("counts a month and a term with its year as parts of the year too", () => {
    expect(["ЖОВТЕНЬ", "Autumn Term 2024", "TERM II", "Plan pracy 2024"].map(namesPartOfYear)).toEqual([true, true, true, false]);
  });
});

describe("a header repeated under each term heading", () => {
  const planner: CellValue[][] = [
    ["School Calendar"],
    ["YEAR PLANNER 2025"],
    ["TERM I"],
    ["Date", "Activity", "Time"],
    ["3rd February", "Pupils report back", "8am – 5pm"],
    ["14th February", "Parents meeting", "2pm – 5pm"],
    ["3rd – 4th March", "Mid term examinations", "8am – 4pm"],
    ["25th April", "End of term I", ""],
    [],
    ["TERM II"],
    ["Date", "Activity", "Time"],
    ["26th May", "Pupils report back for term II", "8am – 4pm"],
    ["12th June", "Inter schools debate", ""],
    ["8th – 9th August", "End of term examinations", "8am – 4pm"],
  ];
  const across = [0, 1, 2, 9].map((row) => ({ row, col: 0, rowCount: 1, colCount: 3 }));

  it("keeps one table whose sections are the terms, each over its own dates", () => {
    const found = tables(planner, across);
    expect(found).toHaveLength(1);
    const [t] = found;
    expect(t.headerRows).toEqual([4]);
    expect(t.repeatedHeaderRows).toEqual([11]);
    expect(t.sections.map((s) => [s.row, s.title])).toEqual([
      [3, "TERM I"],
      [10, "TERM II"],
    ]);
    expect(t.rows.map((r) => [r.row, r.section])).toEqual([
      [5, "TERM I"],
      [6, "TERM I"],
      [7, "TERM I"],
      [8, "TERM I"],
      [12, "TERM II"],
      [13, "TERM II"],
      [14, "TERM II"],
    ]);
  });

  it("does so for a Russian plan by quarters, its headings not merged", () => {
    const found = tables([
      ["План мероприятий на 2024/2025 учебный год"],
      ["I четверть"],
      ["Дата", "Мероприятие", "Ответственный"],
      ["02.09.2024", "Торжественная линейка, посвящённая Дню знаний", "Заместитель директора"],
      ["15.10.2024", "Родительское собрание", "Классные руководители"],
      [],
      ["II четверть"],
      ["Дата", "Мероприятие", "Ответственный"],
      ["12.11.2024", "Неделя математики", "Руководитель МО"],
      ["20.12.2024", "Новогодний праздник", "Педагог-организатор"],
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].sections.map((s) => s.title)).toEqual(["I четверть", "II четверть"]);
    expect(found[0].rows.map((r) => r.section)).toEqual(["I четверть", "I четверть", "II четверть", "II четверть"]);
  });

  it("still ends the table at the header repeated under a title that names no part of the year", () => {
    const found = tables([
      ["Date", "Activity", "Time"],
      ["3rd February", "Pupils report back", "8am – 5pm"],
      ["14th February", "Parents meeting", "2pm – 5pm"],
      [],
      ["Sports club fixtures"],
      ["Date", "Activity", "Time"],
      ["26th May", "Football against the neighbouring school", "3pm – 5pm"],
      ["12th June", "Athletics trials", "3pm – 5pm"],
    ]);
    expect(found).toHaveLength(2);
  });
});

describe("a calendar without a header at the top of the sheet", () => {
  it("reads the dated list under the title and the meetings under their semester headings as two tables", () => {
    const found = tables([
      ["Kalendarz roku szkolnego 2025/2026"],
      [],
      ["1.09.2025", "Rozpoczęcie roku szkolnego"],
      ["31.10.2025", "Dodatkowy dzień wolny od zajęć dydaktyczno-wychowawczych"],
      ["10.11.2025", "Dodatkowy dzień wolny od zajęć dydaktyczno-wychowawczych"],
      ["22 - 31.12.2025", "Zimowa przerwa świąteczna"],
      ["02.01.2026", "Dodatkowy dzień wolny od zajęć dydaktyczno-wychowawczych"],
      ["26.06.2026", "Zakończenie roku szkolnego"],
      [],
      ["Terminy spotkań z rodzicami - 2025/2026"],
      ["I semestr", ""],
      ["17.11.2025", "Konsultacje - klasy 1-8"],
      ["26.01.2026", "Zebranie klasyfikacyjne - klasy 2-8"],
      ["II semestr", ""],
      ["16.03.2026", "Zebranie klasy 2-8"],
      ["15.06.2026", "Zebranie klasyfikacyjne - klasy 1-8"],
    ]);
    expect(found.map((t) => t.range)).toEqual(["A3:B8", "A11:B16"]);
    expect(found.map((t) => t.columns.map((c) => `${c.column}:${c.role}`))).toEqual([
      ["A:deadline", "B:activity"],
      ["A:deadline", "B:activity"],
    ]);
    expect(found[0].rows).toHaveLength(6);
    expect(found[1].sections.map((s) => [s.row, s.title])).toEqual([
      [11, "I semestr"],
      [14, "II semestr"],
    ]);
  });
});
