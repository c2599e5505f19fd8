import { screen } from "@testing-library/react";
import { PaneError } from "../../src/taskpane/service";
import { serviceDouble } from "./pane-service-double";
import { clickButton, renderPane } from "./render-pane";

describe("merged cells on the first “Make typed table”", () => {
  it("says what unmerging does and unmerges and types the table in one click from the message", async () => {
    const service = serviceDouble();
    const apply = service.applyTypedTable;
    let refused = false;
    // Excel's refusal the first time, as for any plan pasted from Word with merged goal rows.
    service.applyTypedTable = (roles, period, options) => {
      if (!refused && !options.allowUnmerge) {
        refused = true;
        return Promise.reject(new PaneError("excel.error.merged-cells", { sheet: "План 2019", range: "A31:F168", cells: "A32:F32, A82:F82" }));
      }
      return apply(roles, period, options);
    };
    renderPane(service);
    await clickButton("Find plan table");
    await clickButton("Make typed table");

    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("has merged cells (A32:F32, A82:F82)");
    expect(alert.textContent).toContain("Unmerging keeps each value in the top-left cell of its merged area");
    await clickButton("Unmerge them and make the typed table");

    expect(service.calls.filter((c) => c.method === "applyTypedTable").map((c) => c.args[2])).toEqual([{ allowUnmerge: true }]);
    expect(screen.getByText("A31:F168 on sheet “План 2019” is now a typed table.")).toBeTruthy();
    expect((screen.getByRole("checkbox", { name: "Unmerge cells inside the table where needed" }) as HTMLInputElement).checked).toBe(true);
  });

  it("names the header cells a two-row header's unmerge fills, and still offers it in one click", async () => {
    const service = serviceDouble();
    const apply = service.applyTypedTable;
    service.applyTypedTable = (roles, period, options) =>
      options.allowUnmerge
        ? apply(roles, period, options)
        : Promise.reject(new PaneError("excel.error.merged-header", { sheet: "Harmonogram", range: "A12:J31", cells: "A12:A13, B12:B13", row: 13, copies: "A13 (Nr zadania), B13 (Zadnie/działanie)" }));
    renderPane(service);
    await clickButton("Find plan table");
    await clickButton("Make typed table");

    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("The plan table A12:J31");
    expect(alert.textContent).toContain("fills the blank cells of row 13, the Excel table's header row, which must not be blank: A13 (Nr zadania), B13 (Zadnie/działanie).");
    // The general account (“the other cells stay empty”) would contradict it: not shown.
    expect(alert.textContent).not.toContain("stay empty");
    await clickButton("Unmerge them and make the typed table");
    expect(service.calls.filter((c) => c.method === "applyTypedTable").map((c) => c.args[2])).toEqual([{ allowUnmerge: true }]);
  });
});
