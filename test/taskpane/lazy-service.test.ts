import * as path from "path";
import { createMemoryExcel } from "../../src/memory-host";
import { lazyExcelService } from "../../src/taskpane/lazy-service";
import { PaneError } from "../../src/taskpane/pane-error";
import { readWorkbook } from "../../src/xlsx/read-workbook";

/** The pane's service in Excel loads on the first action and then behaves as the service itself. */

const fixture = (name: string) => path.join(__dirname, "../fixtures", name);

describe("the service the pane makes in Excel", () => {
  it("finds the plan table on the first action, and the check works on the plan it found", async () => {
    const workbook = await readWorkbook(fixture("bg-kyustendil-2019.xlsx"));
    const host = createMemoryExcel({ sheets: workbook.sheets });
    const service = lazyExcelService(host.Excel, "bg");
    const detected = await service.detect();
    expect(detected.table).toMatchObject({ sheet: "План 2019", range: "A31:F168" });
    const checked = await service.check();
    expect(checked.sheet).toBe("План 2019");
    expect(checked.findings.length).toBeGreaterThan(0);
  });

  it("passes on the service's own explanations, so the pane shows them in the user's language", async () => {
    const host = createMemoryExcel({ sheets: [{ sheet: "Arkusz1", origin: { row: 0, col: 0 }, values: [], merges: [] }] });
    const failure = lazyExcelService(host.Excel, "pl").detect("not a range");
    await expect(failure).rejects.toBeInstanceOf(PaneError);
    await expect(failure).rejects.toMatchObject({ key: "pane.table.manual.invalid" });
  });
});
