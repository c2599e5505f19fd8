import type { ReactElement } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { checkSheet } from "../../../src/engine/check";
import { gridFromRows } from "../../../src/engine/grid";
import { checkCharts } from "../../../src/taskpane/charts/check-charts";
import { LazyScorecardView, LazyTimeline } from "../../../src/taskpane/charts/LazyChart";
import { PaneTextProvider } from "../../../src/taskpane/components/pane-text";
import type { CheckResult } from "../../../src/taskpane/service";
import type { Lang } from "../../../src/i18n";
import { inWords, serviceDouble } from "../pane-service-double";
import { clickButton, renderPane } from "../render-pane";

jest.mock("@fluentui/react-charts", () => jest.requireActual("./chart-library-double"));

/** The Kyustendil plan's shape: goals as sections, numbered tasks, months of 2019 as deadlines. */
const PLAN = [
  ["ГОДИШЕН ПЛАН НА ДЕЙНОСТИТЕ ЗА ПОДКРЕПА ЗА ЛИЧНОСТНО РАЗВИТИЕ – 2019 ГОДИНА"],
  [],
  ["№", "Дейност", "Срок", "Отговорник", "Индикатор"],
  ["Цел 1. Подкрепа за личностно развитие"],
  ["1.", "Заседание на екипа", "м. септември 2019 г.", "РУО – Кюстендил", "Брой заседания"],
  ["2.", "Обучение на учители", "м. октомври 2019 г.", "РУО – Кюстендил", ""],
  ["2.", "Консултации", "постоянен", "ЦПЛР", "Брой консултации"],
  ["Цел 2. Приобщаващо образование"],
  ["1.", "Работа с родители", "при подаден сигнал", "Училища", ""],
  ["2.", "Летен лагер", "м. юли 2018 г.", "Община Кюстендил", "Брой деца"],
];

function checked(lang: Lang, today = "2020-01-10"): CheckResult {
  const checks = checkSheet(gridFromRows("План 2019", PLAN));
  const findings = checks.flatMap((c) => c.findings);
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return {
    sheet: "План 2019",
    summary: { tables: 1, rows: checks[0].table.rows.length, errors: count("error"), warnings: count("warning"), infos: count("info"), ready: count("error") === 0 },
    counts: {},
    findings: inWords(findings, lang),
    checkedAt: "2020-01-10T09:00:00.000Z",
    charts: checkCharts(checks, today),
  };
}

function inPane(node: ReactElement, lang: Lang = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <PaneTextProvider lang={lang}>{node}</PaneTextProvider>
    </FluentProvider>,
  );
}

const bars = (chart: HTMLElement) => [...chart.querySelectorAll("[data-bar]")].map((b) => `${b.getAttribute("data-bar")}=${b.getAttribute("data-value")}`);
const groupCodes = () => [...document.querySelectorAll("[data-code]")].map((g) => g.getAttribute("data-code"));

describe("findings at a glance", () => {
  it("shows the counts by kind and by section above the finding groups after a check", async () => {
    renderPane(serviceDouble({ check: async () => checked("en") }));
    await clickButton("Check plan");
    const byKind = await screen.findByRole("figure", { name: "By kind" });
    const bySection = screen.getByRole("figure", { name: "By section of the plan" });
    expect(bars(byKind)).toEqual(expect.arrayContaining(["Task without an indicator=2", "Number used twice=1"]));
    expect(bars(bySection)).toEqual(["Цел 1. Подкрепа за личностно развитие=2", "Цел 2. Приобщаващо образование=2"]);
    const glance = document.querySelector("[data-chart=glance]")!;
    const groups = document.querySelector("[data-code]")!;
    expect(glance.compareDocumentPosition(groups) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("shows only the findings of the bar clicked, until the user asks for all again", async () => {
    renderPane(serviceDouble({ check: async () => checked("en") }));
    await clickButton("Check plan");
    const byKind = await screen.findByRole("figure", { name: "By kind" });
    const all = groupCodes();
    expect(all.length).toBeGreaterThan(1);
    await act(async () => fireEvent.click(byKind.querySelector('[data-bar="Task without an indicator"]')!));
    expect(groupCodes()).toEqual(["gap.no-indicator"]);
    expect(screen.getByText("Showing only: Task without an indicator")).toBeTruthy();
    await clickButton("Show all findings");
    expect(groupCodes()).toEqual(all);
  });

  it("speaks the user's language", async () => {
    renderPane(serviceDouble({ check: async () => checked("bg") }), "bg");
    await clickButton("Провери плана");
    expect(await screen.findByText("Констатациите с един поглед")).toBeTruthy();
    expect(await screen.findByRole("figure", { name: "По раздел на плана" })).toBeTruthy();
  });
});

describe("the section filter in the pane", () => {
  it("offers the plan's sections that have findings beside the severity filter after a check", async () => {
    renderPane(serviceDouble({ check: async () => checked("en") }));
    await clickButton("Check plan");
    const picker = await screen.findByRole("combobox", { name: "Section" });
    const options = [...picker.querySelectorAll("option")].map((o) => o.textContent ?? "");
    expect(options[0]).toBe("All sections");
    expect(options.slice(1).some((o) => o.startsWith("Цел 1."))).toBe(true);
    expect(options.slice(1).some((o) => o.startsWith("Цел 2."))).toBe(true);
  });
});

describe("the timeline in the pane", () => {
  it("draws the tasks with deadlines in time, lists event-driven work apart and counts none it cannot place", async () => {
    inPane(<LazyTimeline charts={checked("en").charts!} />);
    const chart = await screen.findByRole("figure", { name: "Timeline" });
    const rows = [...chart.querySelectorAll("[data-row]")].map((r) => `${r.getAttribute("data-row")} ${r.getAttribute("data-start")} ${r.getAttribute("data-legend")}`);
    expect(rows).toEqual([
      "1. Заседание на екипа 2019-09-01 Nothing found",
      "2. Обучение на учители 2019-10-01 Has errors",
      "2. Консултации 2019-01-01 Has errors",
      "2. Летен лагер 2018-07-01 Outside the plan period",
    ]);
    expect(document.querySelector("[data-timeline=apart]")?.textContent).toBe("1. Работа с родители — при подаден сигнал");
    expect(document.querySelector("[data-timeline=unplaced]")).toBeNull();
  });

  it("colours by responsible body when asked, marking what is outside the period", async () => {
    inPane(<LazyTimeline charts={checked("en").charts!} />);
    await screen.findByRole("figure", { name: "Timeline" });
    await act(async () => fireEvent.click(screen.getByRole("radio", { name: "Responsible body" })));
    const legends = [...document.querySelectorAll("[data-row]")].map((r) => `${r.getAttribute("data-row")}: ${r.getAttribute("data-legend")}`);
    expect(legends).toEqual([
      "1. Заседание на екипа: РУО – Кюстендил",
      "2. Обучение на учители: РУО – Кюстендил",
      "2. Консултации: ЦПЛР",
      "⚠ 2. Летен лагер: Община Кюстендил",
    ]);
  });
});

describe("the timeline's labels in a narrow pane", () => {
  it("keeps a long task's whole name on its row, never cut, with its deadline and status in the row's tooltip", async () => {
    const long = "Провеждане на заседания на екипа за подкрепа за личностно развитие на детето и ученика с родителите";
    const rows = PLAN.map((r) => (r[1] === "Заседание на екипа" ? [r[0], long, ...r.slice(2)] : r));
    const checks = checkSheet(gridFromRows("План 2019", rows));
    inPane(<LazyTimeline charts={checkCharts(checks, "2020-01-10")} />);
    const chart = await screen.findByRole("figure", { name: "Timeline" });
    const row = chart.querySelector("[data-row]")!;
    expect(row.textContent).toBe(`1. ${long}`);
    expect(row.getAttribute("title")).toBe(`1. ${long} · м. септември 2019 г. · Nothing found`);
  });
});

describe("the timeline as a sheet", () => {
  it("is offered beside the timeline after a check, and the pane says where it was written", async () => {
    const service = serviceDouble({ check: async () => checked("en") });
    renderPane(service);
    await clickButton("Check plan");
    await screen.findByRole("figure", { name: "Timeline" });
    await clickButton("Write timeline sheet");
    expect(service.calls.map((c) => c.method)).toContain("writeTimeline");
    expect(await screen.findByText("The timeline is on sheet “PlanCheck timeline”.")).toBeTruthy();
  });

  it("is offered in the user's language", async () => {
    renderPane(serviceDouble({ check: async () => checked("uk") }), "uk");
    await clickButton("Перевірити план");
    expect(await screen.findByRole("button", { name: "Записати аркуш зі шкалою часу" })).toBeTruthy();
  });
});

describe("the scorecard view", () => {
  const CARD = [
    ["Перспектива", "Цел", "Индикатор", "Мерна единица", "Базова стойност", "Целева стойност", "Отчетена стойност"],
    ["Ученици", "По-висок успех", "Среден успех", "число", "4", "5", "5"],
    ["", "Обхват", "Обхванати деца", "%", "80", "100", "82"],
    ["Ресурси", "Квалификация", "Обучени учители", "брой", "0", "40", "40"],
  ];
  const card = () => checkCharts(checkSheet(gridFromRows("Карта", CARD)), "2024-06-01").scorecard!;

  it("shows the perspectives' scores coloured by their traffic lights, and drills down to objectives and indicators", async () => {
    inPane(<LazyScorecardView card={card()} />);
    const chart = await screen.findByTestId("bar-chart");
    expect(bars(chart)).toEqual(["Ученици=55", "Ресурси=100"]);
    expect([...chart.querySelectorAll("[data-bar]")].map((b) => b.getAttribute("data-colour"))).toEqual(["#C50F1F", "#107C10"]);
    await act(async () => fireEvent.click(chart.querySelector('[data-bar="Ученици"]')!));
    expect(screen.getByText("Objectives of “Ученици”")).toBeTruthy();
    expect(bars(screen.getByTestId("bar-chart"))).toEqual(["По-висок успех=100", "Обхват=10"]);
    await clickButton("Open “Обхват”");
    expect(bars(screen.getByTestId("bar-chart"))).toEqual(["Обхванати деца=10"]);
    await clickButton("Back");
    await clickButton("Back");
    expect(screen.getByText("Perspectives")).toBeTruthy();
  });
});

describe("the scorecard view of indicators reported by year", () => {
  const BY_YEAR = [
    ["Перспектива", "Цел", "Индикатор", "Мерна единица", "Целева стойност", "Отчет 2023", "Отчет 2024"],
    ["Ученици", "По-висок успех", "Среден успех", "число", "5", "4,2", "4,6"],
    ["", "", "Брой проекти", "брой", "8", "6", "4"],
  ];

  it.each<[Lang, string, string]>([
    ["en", "↑ improving since 2023", "↓ worsening since 2023"],
    ["uk", "↑ покращення з 2023", "↓ погіршення з 2023"],
  ])("shows each indicator's trend beside its score (%s)", async (lang, up, down) => {
    inPane(<LazyScorecardView card={checkCharts(checkSheet(gridFromRows("Карта", BY_YEAR)), "2024-06-01").scorecard!} />, lang);
    await screen.findByTestId("bar-chart");
    await act(async () => fireEvent.click(screen.getByTestId("bar-chart").querySelector('[data-bar="Ученици"]')!));
    await act(async () => fireEvent.click(screen.getByTestId("bar-chart").querySelector('[data-bar="По-висок успех"]')!));
    const trends = [...document.querySelectorAll("[data-trend]")].map((e) => [e.getAttribute("data-trend"), e.textContent?.replace(/^ · /, "")]);
    expect(trends).toEqual([
      ["improving", up],
      ["worsening", down],
    ]);
  });
});

describe("a scorecard with nothing measured yet", () => {
  const UNMEASURED = [
    ["Перспектива", "Цел", "Индикатор", "Мерна единица", "Базова стойност", "Целева стойност", "Отчетена стойност"],
    ["Ученици", "По-висок успех", "Среден успех", "число", "4", "5", ""],
    ["Ресурси", "Квалификация", "Обучени учители", "брой", "0", "40", "40"],
  ];

  it("draws only what is measured and says the rest is not measured, never 0 %", async () => {
    inPane(<LazyScorecardView card={checkCharts(checkSheet(gridFromRows("Карта", UNMEASURED)), "2024-06-01").scorecard!} />);
    const chart = await screen.findByTestId("bar-chart");
    expect(bars(chart)).toEqual(["Ресурси=100"]);
    expect(document.querySelector('li[data-status="grey"]')?.textContent).toBe("Ученици not measured");
  });
});
