import type { SheetGrid } from "../../../src/engine/grid";
import { detectPlanTables } from "../../../src/engine/plan-tables";
import { actualPeriods, periodLabel } from "../../../src/engine/scorecard/period-columns";
import { buildScorecard } from "../../../src/engine/scorecard/tree";

function table(rows: (string | null)[][]) {
  const grid: SheetGrid = { sheet: "BSC", origin: { row: 0, col: 0 }, values: rows, merges: [] };
  const tables = detectPlanTables(grid);
  expect(tables).toHaveLength(1);
  return tables[0];
}

const HEAD = ["Перспектива", "Цел", "Показател", "Мерна единица", "Базова стойност"];
const ROW = ["Учене", "Четене", "Ученици, четящи на ниво", "%", "60%"];

describe("a column heading that names a period", () => {
  it.each([
    ["факт 2023", "2023", true],
    ["Постигната стойност 2024", "2024", true],
    ["Отчет 2024 г.", "2024 г.", true],
    ["стан на 01.01.2025", "01.01.2025", true],
    ["Wykonanie 2024", "2024", true],
    ["Wartość osiągnięta 2024", "2024", true],
    ["Фактичне значення станом на 01.01.2025", "01.01.2025", true],
    ["Actual Q3 2024", "Q3 2024", true],
    ["2025", "2025", false],
    ["I кв.", "I кв.", false],
    ["2023/2024", "2023/2024", false],
  ])("%s is the period %s", (heading, label, saysActual) => {
    expect(periodLabel(heading)).toEqual({ label, saysActual });
  });

  it.each([["Прогноза 2025"], ["Целева стойност"], ["Бюджет"], ["Срок"]])("%s names no period of actuals", (heading) => {
    expect(periodLabel(heading)).toBeNull();
  });
});

describe("actuals by period in a scorecard table", () => {
  it("are the columns whose headings say actual, left to right, and the actual is the last one filled", () => {
    const t = table([
      [...HEAD, "Целева стойност", "факт 2023", "факт 2024", "факт 2025"],
      [...ROW, "90%", "65%", "72%", null],
    ]);
    expect(actualPeriods(t).columns.map((c) => [c.column, c.label])).toEqual([
      ["G", "2023"],
      ["H", "2024"],
      ["I", "2025"],
    ]);
    const ind = buildScorecard(t).perspectives[0].objectives[0].indicators[0];
    expect([ind.actual, ind.refs.actual, ind.series!.actualFrom, ind.series!.trend?.meaning]).toEqual(["72%", "H2", "2024", "improving"]);
  });

  it("are bare year columns beside a single target column of their own", () => {
    const t = table([
      [...HEAD, "Целева стойност", "2023", "2024"],
      [...ROW, "90%", "65%", "61%"],
    ]);
    const ind = buildScorecard(t).perspectives[0].objectives[0].indicators[0];
    expect([ind.actual, ind.series!.trend]).toEqual(["61%", { from: "2023", to: "2024", change: 0.61 - 0.65, direction: "down", meaning: "worsening" }]);
  });

  it("are none in a roadmap whose year columns are targets by year, and the scorecard says why", () => {
    const roadmap = table([
      ["Перспектива", "Цел", "Показател", "Мерна единица", "2024", "2025", "2026"],
      ["Учене", "Четене", "Ученици, четящи на ниво", "%", "70%", "80%", "90%"],
    ]);
    expect(actualPeriods(roadmap)).toEqual({ columns: [], unread: "no-separate-target" });
    const card = buildScorecard(roadmap);
    expect(card.series.unread).toBe("no-separate-target");
    expect(card.perspectives[0].objectives[0].indicators[0]).toMatchObject({ actual: null, series: null });
  });

  it("are none when bare years come before the target column, or stop short of the target's year: a roadmap's milestones", () => {
    const before = table([
      [...HEAD, "2023", "2024", "2025", "Целева стойност 2027"],
      [...ROW, "65%", "70%", "75%", "90%"],
    ]);
    expect(actualPeriods(before).unread).toBe("no-separate-target");
    const short = table([
      [...HEAD, "Целева стойност 2027", "2023", "2024", "2025"],
      [...ROW, "90%", "65%", "70%", "75%"],
    ]);
    expect(actualPeriods(short).unread).toBe("no-separate-target");
    const report = table([
      [...HEAD, "Целева стойност 2024", "2022", "2023", "2024"],
      [...ROW, "90%", "65%", "70%", null],
    ]);
    expect(actualPeriods(report).columns.map((c) => c.label)).toEqual(["2022", "2023", "2024"]);
  });

  it("are none when the years run backwards, or an actual column names no period", () => {
    expect(actualPeriods(table([[...HEAD, "Целева стойност", "факт 2024", "факт 2023"], [...ROW, "90%", "65%", "61%"]])).unread).toBe("order");
    expect(actualPeriods(table([[...HEAD, "Целева стойност", "факт 2023", "факт 2024", "Постигната стойност"], [...ROW, "90%", "65%", "61%", "70%"]])).unread).toBe(
      "mixed",
    );
  });

  it("leave a table with one actual column as it was", () => {
    const t = table([[...HEAD, "Целева стойност", "Постигната стойност 2024"], [...ROW, "90%", "72%"]]);
    expect(actualPeriods(t)).toEqual({ columns: [], unread: null });
    expect(buildScorecard(t).perspectives[0].objectives[0].indicators[0]).toMatchObject({ actual: "72%", series: null });
  });
});
