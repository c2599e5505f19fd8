import { screen } from "@testing-library/react";
import type { PaneTable } from "../../src/taskpane/service";
import { serviceDouble } from "./pane-service-double";
import { click, clickButton, renderPane } from "./render-pane";

/** A scorecard as detection reads it: perspective, objective, indicator, target and actual. */
const SCORECARD: PaneTable = {
  sheet: "BSC 2024",
  range: "A1:F10",
  headerRows: [1],
  rowCount: 9,
  columns: [
    { index: 0, letter: "A", header: "Перспектива", role: "perspective" },
    { index: 1, letter: "B", header: "Цел", role: "objective" },
    { index: 2, letter: "C", header: "Показател", role: "indicator" },
    { index: 3, letter: "D", header: "Базова стойност", role: "baseline" },
    { index: 4, letter: "E", header: "Целева стойност", role: "target" },
    { index: 5, letter: "F", header: "Постигната", role: "actual" },
  ],
  period: null,
  typed: false,
};

describe("choosing the Scorecard sheet's formulas", () => {
  it("writes portable formulas unless the user asks otherwise", async () => {
    const service = serviceDouble({ detect: { table: SCORECARD } });
    renderPane(service);
    await clickButton("Find plan table");
    expect(screen.queryByRole("note")).toBeNull();
    await clickButton("Write scorecard sheet");
    expect(service.calls.find((c) => c.method === "writeScorecard")?.args).toHaveLength(1);
  });

  it("writes PLAN.* formulas when chosen, saying first that they need the add-in", async () => {
    const service = serviceDouble({ detect: { table: SCORECARD } });
    renderPane(service, "bg");
    await clickButton("Намери таблицата");
    await click(screen.getByRole("switch", { name: "Запиши формули PLAN.* вместо това" }));
    expect(screen.getByRole("note").textContent).toContain("#NAME?");
    await clickButton("Запиши лист с показатели");
    expect(service.calls.find((c) => c.method === "writeScorecard")?.args[1]).toBe("plan");
  });
});
