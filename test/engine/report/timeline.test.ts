import { checkSheet } from "../../../src/engine/check";
import { gridFromRows } from "../../../src/engine/grid";
import { monthsOf, OTHER_BODIES, timelineData, timelineTasks, type TimelineSource } from "../../../src/engine/report/timeline";
import { timelineSource, VOLODARSK_PLAN } from "./volodarsk-plan";

/** The district's plan with one task left without a term. */
const PLAN = [...VOLODARSK_PLAN, ["8", "Выставка", "", "ИДК"]];

const charts = (today: string, rows: string[][] = PLAN): TimelineSource => timelineSource(today, rows);

describe("the plan's timeline", () => {
  it("spans the plan period month by month", () => {
    const t = timelineData(charts("2021-03-01"), "status");
    expect(t.span).toEqual({ start: "2020-01-01", end: "2020-12-31" });
    expect(t.months).toHaveLength(12);
    expect(t.months[0]).toBe("2020-01-01");
    expect(t.months[11]).toBe("2020-12-01");
  });

  it("draws dated work as bars, continuous work as a band over the period and a 'by' deadline as its due day", () => {
    const t = timelineData(charts("2021-03-01"), "status");
    const shapes = t.placed.map((i) => [i.task.number, i.shape, i.start, i.end]);
    expect(shapes).toEqual([
      ["1", "bar", "2020-09-01", "2020-09-30"],
      ["2", "bar", "2020-09-01", "2020-12-31"],
      ["3", "band", "2020-01-01", "2020-12-31"],
      ["5", "due", "2020-03-01", "2020-03-01"],
      ["6", "bar", "2019-07-01", "2019-07-31"],
    ]);
  });

  it("keeps event-driven work apart and never places a deadline it cannot read or a blank one", () => {
    const t = timelineData(charts("2021-03-01"), "status");
    expect(t.apart.map((i) => i.task.number)).toEqual(["4"]);
    expect(t.unplaced).toBe(2);
  });

  it("marks a deadline outside the plan period, as the check found it", () => {
    const t = timelineData(charts("2021-03-01"), "status");
    expect(t.placed.find((i) => i.task.number === "6")?.status).toBe("outside");
  });

  it("still marks each task outside the period when most of the column is, and the check says so once", () => {
    const copied = [
      ["План работы отдела образования на 2020 год"],
      [],
      ["№", "Мероприятие", "Сроки", "Ответственные"],
      ["1", "Совещание руководителей", "Сентябрь 2019", "Отдел образования"],
      ["2", "Мониторинг питания", "Октябрь 2019", "ИДК"],
      ["3", "Отчёт о работе", "Ноябрь 2019", "Отдел образования"],
      ["4", "Семинар", "Декабрь 2019", "ИДК"],
      ["5", "Выставка", "Март 2020", "ИДК"],
    ];
    const checks = checkSheet(gridFromRows("План", copied));
    const codes = checks[0].findings.map((f) => f.code);
    expect(codes).toContain("deadline.period-mismatch");
    expect(codes).not.toContain("deadline.outside-period");
    const t = timelineData({ period: checks[0].period, today: "2021-03-01", tasks: timelineTasks(checks) }, "status");
    expect(t.placed.filter((i) => i.status === "outside").map((i) => i.task.number)).toEqual(["1", "2", "3", "4"]);
  });

  it("marks passed deadlines overdue only while the plan is running", () => {
    const running = timelineData(charts("2020-10-15"), "status");
    expect(running.placed.filter((i) => i.status === "overdue").map((i) => i.task.number)).toEqual(["1", "5"]);
    const over = timelineData(charts("2021-03-01"), "status");
    expect(over.placed.filter((i) => i.status === "overdue")).toEqual([]);
  });

  it("colours by the first responsible body, with a legend of the bodies by how many tasks they lead", () => {
    const t = timelineData(charts("2021-03-01"), "body");
    expect(t.legend[0]).toBe("Отдел образования");
    expect(t.placed.find((i) => i.task.number === "3")?.colour).toBe("ППМС-центр");
    expect(t.legend).not.toContain(OTHER_BODIES);
  });

  it("reads the responsible cell as written beside its first body", () => {
    const t = timelineData(charts("2021-03-01", [...PLAN.slice(0, 3), ["1", "Совещание", "Сентябрь 2020", "Отдел образования,\nшколы"]]), "body");
    expect(t.placed[0].task.responsible).toBe("Отдел образования, школы");
    expect(t.placed[0].task.lead).toBe("Отдел образования");
  });

  it("lists the statuses present in the legend, most telling first", () => {
    const t = timelineData(charts("2020-10-15"), "status");
    expect(t.legend[0]).toBe("outside");
    expect(t.legend).toContain("overdue");
  });
});

describe("months of a span", () => {
  it("counts across a school year's turn of the year", () => {
    expect(monthsOf("2018-09-01", "2019-06-30")).toEqual([
      "2018-09-01",
      "2018-10-01",
      "2018-11-01",
      "2018-12-01",
      "2019-01-01",
      "2019-02-01",
      "2019-03-01",
      "2019-04-01",
      "2019-05-01",
      "2019-06-01",
    ]);
  });
});
