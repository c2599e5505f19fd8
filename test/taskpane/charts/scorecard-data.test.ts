import { checkSheet } from "../../../src/engine/check";
import { gridFromRows } from "../../../src/engine/grid";
import { checkCharts } from "../../../src/taskpane/charts/check-charts";
import { scorecardLevel } from "../../../src/taskpane/charts/scorecard-data";

const CARD = [
  ["Балансирана карта за резултати 2024"],
  [],
  ["Перспектива", "Цел", "Индикатор", "Мерна единица", "Базова стойност", "Целева стойност", "Отчетена стойност", "Тегло"],
  ["Ученици", "По-висок успех", "Среден успех", "число", "4", "5", "5", "1"],
  ["", "", "Дял отпаднали", "%", "10", "0", "5", "1"],
  ["", "Обхват", "Обхванати деца", "%", "80", "100", "82", "1"],
  ["Ресурси", "Квалификация", "Обучени учители", "брой", "0", "40", "40", "1"],
];

const card = () => checkCharts(checkSheet(gridFromRows("Карта", CARD)), "2024-06-01").scorecard!;

describe("the scorecard view", () => {
  it("starts at the perspectives, each with its score in percent and its traffic light", () => {
    const level = scorecardLevel(card(), []);
    expect(level.kind).toBe("perspective");
    expect(level.bars.map((b) => [b.name, b.percent, b.status, b.drills])).toEqual([
      ["Ученици", 53.3, "red", true], // the mean of its three indicators (100, 50, 10), not of its objectives
      ["Ресурси", 100, "green", true],
    ]);
  });

  it("drills down to a perspective's objectives and an objective's indicators", () => {
    const objectives = scorecardLevel(card(), [0]);
    expect(objectives.kind).toBe("objective");
    expect(objectives.trail).toEqual(["Ученици"]);
    expect(objectives.bars.map((b) => [b.name, b.percent])).toEqual([
      ["По-висок успех", 75],
      ["Обхват", 10],
    ]);
    const indicators = scorecardLevel(card(), [0, 0]);
    expect(indicators.kind).toBe("indicator");
    expect(indicators.bars.map((b) => [b.name, b.percent, b.drills])).toEqual([
      ["Среден успех", 100, false],
      ["Дял отпаднали", 50, false],
    ]);
  });

  it("stops where a path no longer fits the tree", () => {
    expect(scorecardLevel(card(), [5, 0]).trail).toEqual([]);
  });

  it("is absent for a plan that is not a scorecard", () => {
    const plan = [["№", "Дейност", "Срок", "Отговорник"], ["1", "Заседание", "м. септември 2019 г.", "РУО"]];
    expect(checkCharts(checkSheet(gridFromRows("План", plan)), "2019-01-01").scorecard).toBeNull();
  });
});

describe("the scorecard view of indicators reported by year", () => {
  const BY_YEAR = [
    ["Балансирана карта за резултати 2024"],
    [],
    ["Перспектива", "Цел", "Индикатор", "Мерна единица", "Целева стойност", "Отчет 2023", "Отчет 2024", "Тегло"],
    ["Ученици", "По-висок успех", "Среден успех", "число", "5", "4,2", "4,6", "1"],
    ["", "", "Брой проекти", "брой", "8", "6", "4", "1"],
    ["", "", "Обучени учители", "брой", "40", "20", "20", "1"],
  ];

  it("says which way each indicator moved since the year before", () => {
    const scorecard = checkCharts(checkSheet(gridFromRows("Карта", BY_YEAR)), "2024-06-01").scorecard!;
    const indicators = scorecardLevel(scorecard, [0, 0]);
    expect(indicators.bars.map((b) => [b.name, b.trend && [b.trend.direction, b.trend.meaning, b.trend.from, b.trend.to]])).toEqual([
      ["Среден успех", ["up", "improving", "2023", "2024"]],
      ["Брой проекти", ["down", "worsening", "2023", "2024"]],
      ["Обучени учители", ["flat", "steady", "2023", "2024"]],
    ]);
    // Perspectives and objectives carry no trend of their own.
    expect(scorecardLevel(scorecard, []).bars.every((b) => b.trend === null)).toBe(true);
  });
});
