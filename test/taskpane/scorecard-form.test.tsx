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

describe("making the workbook portable from the pane", () => {
  it("offers it when the workbook holds PLAN formulas, and says what was replaced", async () => {
    const service = serviceDouble({ detect: { table: SCORECARD }, planFormulas: { plan: 7, portable: 0 }, madePortable: { replaced: 5, kept: 2 } });
    renderPane(service);
    await clickButton("Find plan table");
    expect(await screen.findByText("This workbook has 7 PLAN.* formulas. Where PlanCheck is not loaded they show #NAME?.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Restore PLAN.* formulas" })).toBeNull();
    await clickButton("Make this workbook portable");
    expect(service.calls.some((c) => c.method === "makePortable")).toBe(true);
    expect(screen.getByText(/^5 PLAN\.\* formulas replaced by standard formulas/)).toBeTruthy();
  });

  it("offers nothing for a workbook without PLAN formulas, and Restore once PlanCheck has replaced some", async () => {
    const none = serviceDouble({ detect: { table: SCORECARD } });
    const { unmount } = renderPane(none);
    await clickButton("Find plan table");
    expect(screen.queryByRole("button", { name: "Make this workbook portable" })).toBeNull();
    unmount();
    const replaced = serviceDouble({ detect: { table: SCORECARD }, planFormulas: { plan: 2, portable: 5 } });
    renderPane(replaced, "uk");
    await clickButton("Знайти таблицю плану");
    await click(await screen.findByRole("button", { name: "Відновити формули PLAN.*" }));
    expect(screen.getByText("Відновлено формул PLAN.*: 5.")).toBeTruthy();
  });
});
