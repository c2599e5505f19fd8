import { act, fireEvent, screen } from "@testing-library/react";
import type { PaneTable } from "../../src/taskpane/service";
import { KYUSTENDIL_TABLE, serviceDouble } from "./pane-service-double";
import { choose, clickButton, renderPane } from "./render-pane";

// A role changed and a sheet written redraw the whole pane, its pictures included: seconds each in
// jsdom, and many more while the machine runs other suites beside it.
jest.setTimeout(90_000);

/** The Bulgarian balanced scorecard (sheet BSC) as detection reads it. */
const SCORECARD_TABLE: PaneTable = {
  sheet: "BSC",
  range: "A3:H8",
  headerRows: [3, 4],
  rowCount: 4,
  columns: [
    { index: 0, letter: "A", header: "СТРАТЕГИЧЕСКА ТЕМА / НАПРАВЛЕНИЕ", role: "perspective" },
    { index: 1, letter: "B", header: "СТРАТЕГИЧЕСКА КАРТА", role: "unknown" },
    { index: 2, letter: "C", header: "СТРАТЕГИЧЕСКИ ЦЕЛИ", role: "objective" },
    { index: 3, letter: "D", header: "BALANCED SCORECARD / ПОКАЗАТЕЛИ ЗА ЕФЕКТИВНОСТ", role: "indicator" },
    { index: 4, letter: "E", header: "ЗАДАЧИ", role: "target" },
    { index: 5, letter: "F", header: "ПЛАН / ИНИЦИАТИВИ", role: "initiative" },
    { index: 6, letter: "G", header: "БЮДЖЕТ", role: "budget" },
    { index: 7, letter: "H", header: "ИЗПЪЛНИТЕЛ", role: "responsible" },
  ],
  period: null,
  typed: false,
};

describe("scorecard section", () => {
  it("is offered for a balanced scorecard and writes the Scorecard sheet in one click", async () => {
    const service = serviceDouble({ detect: { table: SCORECARD_TABLE } });
    renderPane(service, "bg");
    expect(screen.queryByRole("heading", { name: "Система от показатели" })).toBeNull();
    await clickButton("Намери таблицата");
    expect(screen.getByRole("heading", { name: "Система от показатели" })).toBeTruthy();
    await choose(screen.getByRole("combobox", { name: "Роля на колона G: БЮДЖЕТ" }), "Тежест");
    await clickButton("Запиши лист с показатели");
    // The sheet is built with the roles the pane shows, the user's correction included.
    const call = service.calls.find((c) => c.method === "writeScorecard");
    expect(call?.args[0]).toMatchObject({ A: "perspective", C: "objective", D: "indicator", E: "target", G: "weight" });
    expect(screen.getByText("Системата от показатели е записана в листа „Scorecard“.")).toBeTruthy();
  });

  it("is not offered for an annual plan, until the user marks a scorecard column", async () => {
    renderPane(serviceDouble({ detect: { table: { ...KYUSTENDIL_TABLE, columns: [...KYUSTENDIL_TABLE.columns, { index: 6, letter: "G", header: "Цел", role: "target" }] } } }));
    await clickButton("Find plan table");
    expect(screen.queryByRole("heading", { name: "Scorecard" })).toBeNull();
    await choose(screen.getByRole("combobox", { name: "Role of column E: Финансиране" }), "Actual");
    expect(screen.getByRole("heading", { name: "Scorecard" })).toBeTruthy();
  });
});

describe("registry section", () => {
  it("lists executors and units with where each came from", async () => {
    const service = serviceDouble({
      registry: [
        { kind: "executor", name: "РУО", fullName: "Регионално управление на образованието", source: "glossary" },
        { kind: "executor", name: "детски градини", fullName: null, source: "common" },
        { kind: "unit", name: "брой", fullName: null, source: "vocabulary" },
      ],
    });
    renderPane(service, "bg");
    await clickButton("Покажи регистъра");

    const executors = screen.getByRole("table", { name: "Изпълнители" });
    const rows = [...executors.querySelectorAll("tbody tr")].map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent));
    expect(rows).toEqual([
      ["РУО — Регионално управление на образованието", "Речник на този план"],
      ["детски градини", "Общи институции"],
    ]);
    // One source for every unit: said once under the heading, not on each row.
    const units = screen.getByRole("table", { name: "Мерни единици" });
    expect(units.querySelector("tbody tr")?.textContent).toBe("брой");
    expect(screen.getByText("Източник: Речник на PlanCheck")).toBeTruthy();
    expect(screen.getByText("Все още няма.")).toBeTruthy(); // no levels yet
  });
});

describe("remove", () => {
  it("asks first, and a cancel removes nothing", async () => {
    const service = serviceDouble();
    renderPane(service);
    await clickButton("Remove PlanCheck from this workbook");
    const dialog = screen.getByRole("dialog");
    expect(dialog.textContent).toContain("Cell values stay exactly as they are.");
    await clickButton("Cancel");
    expect(service.calls.map((c) => c.method)).not.toContain("remove");
  });

  it("removes what PlanCheck added once the user confirms", async () => {
    const service = serviceDouble();
    renderPane(service);
    await clickButton("Remove PlanCheck from this workbook");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Remove" }));
    });
    expect(service.calls.map((c) => c.method)).toEqual(["remove"]);
    expect(screen.getByText("PlanCheck removed everything it added to this workbook.")).toBeTruthy();
  });
});
