import { timelineData, type Timeline } from "../../../src/engine/report/timeline";
import { MAX_SHEET_TASKS, monthCells, timelineSheet } from "../../../src/engine/report/timeline-sheet";
import { translator } from "../../../src/i18n";
import { timelineSource, VOLODARSK_PLAN } from "./volodarsk-plan";

function timeline(today: string, rows: string[][] = VOLODARSK_PLAN): Timeline {
  return timelineData(timelineSource(today, rows), "status");
}

const ru = translator("ru");
const layout = (t: Timeline) => timelineSheet(t, ru, { plan: "План", locale: "ru-RU" });

describe("the Timeline sheet's layout", () => {
  it("lists one row per placed task, as written, under a header with a column per month of the plan period", () => {
    const sheet = layout(timeline("2021-03-01"));
    const header = sheet.rows[sheet.headerRow];
    expect(header.slice(0, 4)).toEqual(["№", "Мероприятие", "Ответственные", "Срок, как записан"]);
    expect(header).toHaveLength(4 + 12);
    expect(header[4]).toMatch(/янв.*2020/);
    const tasks = sheet.rows.slice(sheet.headerRow + 1, sheet.headerRow + 1 + sheet.tasks).map((r) => r.slice(0, 4));
    expect(tasks).toEqual([
      ["1", "Совещание руководителей", "Отдел образования", "Сентябрь 2020"],
      ["2", "Мониторинг питания", "ИДК", "Сентябрь-декабрь 2020"],
      ["3", "Консультации для родителей", "ППМС-центр", "постоянно"],
      ["5", "Отчёт о работе", "Отдел образования", "не позднее 1 марта 2020"],
      ["6", "Летняя кампания", "Отдел образования", "июль 2019"],
    ]);
  });

  it("fills the months each task covers: a band lighter than a bar, a date outside the period marked at its edge", () => {
    const sheet = layout(timeline("2021-03-01"));
    const runs = (n: number) => sheet.fills.filter((f) => f.row === sheet.headerRow + 1 + n).map((f) => [f.col - sheet.firstMonth, f.count, f.fill]);
    expect(runs(0)).toEqual([[8, 1, "bar"]]);
    expect(runs(1)).toEqual([[8, 4, "bar"]]);
    expect(runs(2)).toEqual([[0, 12, "band"]]);
    expect(runs(3)).toEqual([[2, 1, "bar"]]);
    expect(runs(4)).toEqual([[0, 1, "outside"]]);
    expect(sheet.rows[sheet.headerRow + 5][sheet.firstMonth]).toBe("◀");
  });

  it("colours work overdue while the plan runs", () => {
    const sheet = layout(timeline("2020-10-15"));
    const first = sheet.fills.find((f) => f.row === sheet.headerRow + 1);
    expect(first?.fill).toBe("overdue");
  });

  it("has a legend of every fill above the tasks", () => {
    const sheet = layout(timeline("2021-03-01"));
    const legend = sheet.fills.filter((f) => f.row < sheet.headerRow);
    expect(legend.map((f) => f.fill)).toEqual(["bar", "band", "overdue", "outside"]);
    for (const f of legend) expect(sheet.rows[f.row][1]).not.toBe("");
  });

  it("lists event-driven work under its own heading and counts the deadlines it cannot place", () => {
    const sheet = layout(timeline("2021-03-01"));
    const heading = sheet.rows.findIndex((r) => r[0] === ru.t("charts.timeline.apart"));
    expect(heading).toBeGreaterThan(sheet.headerRow);
    expect(sheet.boldRows).toContain(heading);
    expect(sheet.rows[heading + 1].slice(0, 4)).toEqual(["4", "Проверка по жалобе", "Отдел образования", "при подаден сигнал"]);
    expect(sheet.rows[sheet.rows.length - 1][0]).toBe(ru.plural("charts.timeline.unplaced", 1));
  });

  it("says how many tasks it leaves out of a very long plan, and draws no more than its limit", () => {
    const long = [...VOLODARSK_PLAN.slice(0, 3), ...Array.from({ length: MAX_SHEET_TASKS + 3 }, (_, i) => [`${i + 1}`, `Мероприятие ${i + 1}`, "Сентябрь 2020", "ИДК"])];
    const sheet = layout(timeline("2021-03-01", long));
    expect(sheet.tasks).toBe(MAX_SHEET_TASKS);
    expect(sheet.rows.map((r) => r[1])).toContain(ru.t("timeline.sheet.cut", { shown: MAX_SHEET_TASKS, n: MAX_SHEET_TASKS + 3 }));
  });
});

describe("the month cells of a task", () => {
  const months = ["2020-01-01", "2020-02-01", "2020-03-01"];
  it("covers the months its days fall in", () => {
    expect(monthCells("2020-01-15", "2020-02-03", months)).toEqual({ from: 0, to: 1, before: false, after: false });
  });
  it("keeps work reaching past either end on the edge cells, marked", () => {
    expect(monthCells("2019-11-01", "2020-05-31", months)).toEqual({ from: 0, to: 2, before: true, after: true });
    expect(monthCells("2021-01-01", "2021-01-31", months)).toEqual({ from: 2, to: 2, before: false, after: true });
  });
});
