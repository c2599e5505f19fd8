import { act, fireEvent, screen } from "@testing-library/react";
import { translator } from "../../src/i18n";
import { PaneError } from "../../src/taskpane/service";
import { KYUSTENDIL_TABLE, serviceDouble } from "./pane-service-double";
import { choose, clickButton, renderPane } from "./render-pane";

// Each scenario opens several Fluent UI dropdowns through portals in jsdom: on a busy two-core
// machine one scenario takes close to the suite's default 30 s, so this file gets more room.
jest.setTimeout(90_000);

describe("plan table section", () => {
  it("shows where the detected table is and the role of every column", async () => {
    renderPane(serviceDouble());
    await clickButton("Find plan table");

    expect(screen.getByText("План 2019")).toBeTruthy();
    expect(screen.getByText("A31:F168")).toBeTruthy();
    const roles = screen.getAllByRole("combobox");
    expect(roles).toHaveLength(6);
    expect(screen.getByRole("combobox", { name: "Role of column C: Срок за изпълнение" }).textContent).toContain("Deadline");
    expect(screen.getByRole("combobox", { name: "Role of column E: Финансиране" }).textContent).toContain("Other");
  });

  it("makes the typed table with the role the user corrected and the plan period", async () => {
    const service = serviceDouble();
    renderPane(service);
    await clickButton("Find plan table");

    await choose(screen.getByRole("combobox", { name: "Role of column E: Финансиране" }), "Financing");
    expect(screen.getByRole("combobox", { name: "Role of column E: Финансиране" }).textContent).toContain("Financing");
    await clickButton("Make typed table");

    const apply = service.calls.find((c) => c.method === "applyTypedTable");
    expect(apply?.args).toEqual([
      { A: "number", B: "activity", C: "deadline", D: "responsible", E: "financing", F: "indicator" },
      { start: "2019-01-01", end: "2019-12-31", label: "2019" },
      { allowUnmerge: false },
    ]);
    expect(screen.getByText("A31:F168 on sheet “План 2019” is now a typed table.")).toBeTruthy();
    // The table is read again after it was typed.
    expect(service.calls.filter((c) => c.method === "detect")).toHaveLength(2);
  });

  it("checks and reports with a corrected role at once, and says it is saved only by making the typed table", async () => {
    const service = serviceDouble();
    renderPane(service);
    await clickButton("Find plan table");
    const note = /The check reads the plan with the roles you changed/;
    expect(screen.queryByText(note)).toBeNull();

    await choose(screen.getByRole("combobox", { name: "Role of column E: Финансиране" }), "Financing");
    expect(screen.getByText(note)).toBeTruthy();
    await clickButton("Check plan");
    await clickButton("Write report sheet");
    // Only the correction goes with the check; the other roles stay those of the workbook.
    expect(service.calls.filter((c) => c.method === "check" || c.method === "writeReport")).toEqual([
      { method: "check", args: [{ E: "financing" }] },
      { method: "writeReport", args: [{ E: "financing" }] },
    ]);

    await clickButton("Make typed table");
    expect(screen.queryByText(note)).toBeNull();
  });

  it("passes the user's consent to unmerge cells", async () => {
    const service = serviceDouble();
    renderPane(service);
    await clickButton("Find plan table");
    await act(async () => {
      fireEvent.click(screen.getByRole("checkbox", { name: "Unmerge cells inside the table where needed" }));
    });
    await clickButton("Make typed table");
    expect(service.calls.find((c) => c.method === "applyTypedTable")?.args[2]).toEqual({ allowUnmerge: true });
  });

  it("refuses a plan period it cannot read and says what to write", async () => {
    const service = serviceDouble();
    renderPane(service);
    await clickButton("Find plan table");

    const period = screen.getByRole("textbox", { name: "Plan period" });
    await act(async () => {
      fireEvent.change(period, { target: { value: "next year" } });
    });
    expect(screen.getByText("“next year” is not a plan period; write 2019, 2020-2021 or 2018/2019.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Make typed table" }) as HTMLButtonElement).disabled).toBe(true);

    await act(async () => {
      fireEvent.change(period, { target: { value: "2019/2020" } });
    });
    await clickButton("Make typed table");
    expect(service.calls.find((c) => c.method === "applyTypedTable")?.args[1]).toEqual({
      start: "2019-09-01",
      end: "2020-08-31",
      label: "2019/2020",
    });
  });

  it("shows the plan period from the title as dates in the user's locale", async () => {
    renderPane(serviceDouble(), "bg");
    await clickButton("Намери таблицата");
    // Bulgarian medium dates: "1.01.2019 г." (Intl's form for bg-BG).
    const hint = screen.getByText(/^От заглавието:/);
    expect(hint.textContent).toBe(
      `От заглавието: ${new Intl.DateTimeFormat("bg-BG", { dateStyle: "medium", timeZone: "UTC" }).format(new Date("2019-01-01T00:00:00Z"))} – ${new Intl.DateTimeFormat("bg-BG", { dateStyle: "medium", timeZone: "UTC" }).format(new Date("2019-12-31T00:00:00Z"))}`,
    );
    expect(hint.textContent).toMatch(/2019 г\./);
  });

  it("says why there is no plan table on a sheet of notes", async () => {
    renderPane(serviceDouble({ detect: { table: null, sheet: "Kontekst", reason: "no-header" } }), "pl");
    await clickButton("Znajdź tabelę planu");
    expect(
      screen.getByText(
        "Na arkuszu „Kontekst” nie ma tabeli planu: brak wiersza nagłówka z kolumnami takimi jak numer, zadanie, termin czy odpowiedzialny.",
      ),
    ).toBeTruthy();
    expect(screen.queryByRole("combobox")).toBeNull();
  });

  it("explains a refusal from Excel in the user's language, with the cells it is about", async () => {
    const service = serviceDouble({
      fail: {
        applyTypedTable: new PaneError("excel.error.merged-cells", { sheet: "План 2019", range: "A31:F168", cells: "A32:F32, A82:F83" }),
      },
    });
    renderPane(service, "bg");
    await clickButton("Намери таблицата");
    await clickButton("Създай типизирана таблица");
    expect(screen.getByRole("alert").textContent).toContain(
      translator("bg").t("excel.error.merged-cells", { sheet: "План 2019", range: "A31:F168", cells: "A32:F32, A82:F83" }),
    );
    expect(screen.getByRole("alert").textContent).toContain("A32:F32, A82:F83");
    // Nothing else happened: the table was not re-read as if it had been typed.
    expect(service.calls.filter((c) => c.method === "detect")).toHaveLength(1);
  });

  it("shows an unexpected failure with its own words rather than hiding it", async () => {
    renderPane(serviceDouble({ fail: { detect: new Error("The request context of this object has ended") } }));
    await clickButton("Find plan table");
    expect(screen.getByRole("alert").textContent).toContain("PlanCheck could not finish: The request context of this object has ended");
    await clickButton("Dismiss");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows that a table is already typed", async () => {
    renderPane(serviceDouble({ detect: { table: { ...KYUSTENDIL_TABLE, typed: true } } }));
    await clickButton("Find plan table");
    expect(screen.getByText("Typed table: the roles and the plan period are saved in the workbook.")).toBeTruthy();
  });
});
