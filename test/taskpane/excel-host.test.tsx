import { screen } from "@testing-library/react";
import { translator } from "../../src/i18n";
import { renderPane } from "./render-pane";

/** The pane inside Excel itself, where it makes its own service from the `Excel` global. */

type Globals = { Office?: unknown; Excel?: unknown };

afterEach(() => {
  delete (globalThis as Globals).Office;
  delete (globalThis as Globals).Excel;
});

describe("the pane in Excel", () => {
  it("says at once that an Excel without ExcelApi 1.13 cannot run PlanCheck, in the user's language", () => {
    (globalThis as Globals).Office = { context: { requirements: { isSetSupported: () => false } } };
    renderPane(undefined, "uk");
    expect(screen.getByRole("alert").textContent).toBe(translator("uk").t("excel.error.api-missing", { version: "1.13" }));
    expect(screen.queryByRole("button", { name: translator("uk").t("pane.check.run") })).toBeNull();
  });

  it("offers the whole pane where Excel has what PlanCheck needs", () => {
    (globalThis as Globals).Office = { context: { requirements: { isSetSupported: (name: string) => name === "ExcelApi" } } };
    (globalThis as Globals).Excel = { run: () => Promise.reject(new Error("not called while the pane only renders")) };
    renderPane(undefined, "uk");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("button", { name: translator("uk").t("pane.check.run") })).toBeTruthy();
  });
});
