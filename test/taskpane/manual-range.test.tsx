import { act, fireEvent, screen } from "@testing-library/react";
import type { PaneTable } from "../../src/taskpane/service";
import { serviceDouble } from "./pane-service-double";
import { choose, clickButton, renderPane } from "./render-pane";

// Each scenario finds no table, then redraws the pane over a selected range and opens Fluent UI
// dropdowns through portals in jsdom: close to the default 30 s on a busy two-core machine.
jest.setTimeout(90_000);

/** The table of the budget office's notes, read in the range the user selected (B3:D7). */
const SELECTED: PaneTable = {
  sheet: "Notes",
  range: "B3:D7",
  headerRows: [3],
  rowCount: 4,
  columns: [
    { index: 1, letter: "B", header: "Step", role: "activity" },
    { index: 2, letter: "C", header: "Owner", role: "unknown" },
    { index: 3, letter: "D", header: "Pencilled in", role: "deadline" },
  ],
  period: null,
  typed: false,
  selection: "B3:D7",
};

const notFound = { table: null, sheet: "Notes", reason: "no-header" } as const;

describe("selecting the plan table by hand", () => {
  it("says no table was found and reads the table in the cells the user selected", async () => {
    const service = serviceDouble({ detect: notFound, detectIn: () => ({ table: SELECTED }), selected: "B3:D7" });
    renderPane(service);
    await clickButton("Find plan table");
    expect(screen.getByText(/No plan table on sheet “Notes”/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Read the table in this range" }).hasAttribute("disabled")).toBe(true);

    await clickButton("Use the selected cells");
    expect((screen.getByRole("textbox", { name: /Table range/ }) as HTMLInputElement).value).toBe("B3:D7");
    await clickButton("Read the table in this range");

    expect(service.calls.filter((c) => c.method === "detect").map((c) => c.args)).toEqual([[], ["B3:D7"]]);
    expect(screen.getByText("Range selected by hand: B3:D7")).toBeTruthy();
    expect(screen.getAllByRole("combobox", { name: /Role of column/ })).toHaveLength(3);
  });

  it("makes the typed table with the roles set by hand", async () => {
    const service = serviceDouble({ detect: notFound, detectIn: () => ({ table: SELECTED }) });
    renderPane(service);
    await clickButton("Find plan table");
    await act(async () => {
      fireEvent.change(screen.getByRole("textbox", { name: /Table range/ }), { target: { value: "b3:d7" } });
    });
    await clickButton("Read the table in this range");
    await choose(screen.getByRole("combobox", { name: "Role of column C: Owner" }), "Responsible");
    await act(async () => {
      fireEvent.change(screen.getByRole("textbox", { name: /Plan period/ }), { target: { value: "2025" } });
    });
    await clickButton("Make typed table");

    expect(service.calls.find((c) => c.method === "detect" && c.args.length > 0)?.args).toEqual(["b3:d7"]);
    expect(service.calls.find((c) => c.method === "applyTypedTable")?.args).toEqual([
      { B: "activity", C: "responsible", D: "deadline" },
      { start: "2025-01-01", end: "2025-12-31", label: "2025" },
      { allowUnmerge: false },
    ]);
  });

  it("refuses a range it cannot read and says how to write one", async () => {
    const service = serviceDouble({ detect: notFound });
    renderPane(service);
    await clickButton("Find plan table");
    await act(async () => {
      fireEvent.change(screen.getByRole("textbox", { name: /Table range/ }), { target: { value: "B3 to D7" } });
    });
    expect(screen.getByText("“B3 to D7” is not a range of cells; write it as B4:G60.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Read the table in this range" }).hasAttribute("disabled")).toBe(true);
  });

  it("checks a range read without a header row but does not make it a typed table", async () => {
    const headerless: PaneTable = { ...SELECTED, range: "B4:D7", selection: "B4:D7", headerRows: [] };
    const service = serviceDouble({ detect: notFound, detectIn: () => ({ table: headerless }), selected: "B4:D7" });
    renderPane(service);
    await clickButton("Find plan table");
    await clickButton("Use the selected cells");
    await clickButton("Read the table in this range");
    expect(screen.getByText(/The first row of this range reads as data, not as a header/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Make typed table" }).hasAttribute("disabled")).toBe(true);
    expect(screen.getByRole("button", { name: "Check plan" }).hasAttribute("disabled")).toBe(false);
  });

  it("offers the selection by hand when the table found is not the right one", async () => {
    renderPane(serviceDouble());
    await clickButton("Find plan table");
    expect(screen.queryByRole("textbox", { name: /Table range/ })).toBeNull();
    await clickButton("Not the right table? Select it by hand");
    expect(screen.getByRole("textbox", { name: /Table range/ })).toBeTruthy();
  });
});
