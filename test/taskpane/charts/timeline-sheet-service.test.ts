import * as path from "path";
import { createMemoryExcel, type MemoryExcel } from "../../../src/memory-host";
import { createExcelService, type PlanCheckService } from "../../../src/taskpane/service";
import { readWorkbook } from "../../../src/xlsx/read-workbook";
import { translator } from "../../../src/i18n";

const fixture = (name: string) => path.join(__dirname, "../../fixtures", name);

async function open(name: string): Promise<{ host: MemoryExcel; service: PlanCheckService; sheets: string[] }> {
  const workbook = await readWorkbook(fixture(name));
  const host = createMemoryExcel({ sheets: workbook.sheets });
  return { host, service: createExcelService(host.Excel, "ru"), sheets: workbook.sheets.map((s) => s.sheet) };
}

const names = (host: MemoryExcel) => host.workbookState.model.sheets.map((s) => s.name);

describe("the pane's Timeline sheet over the workbook", () => {
  it("writes the same tasks the pane's timeline shows, in the user's language, and rewrites it when asked again", async () => {
    const { host, service, sheets } = await open("ru-volodarsk-2020.xlsx");
    await service.detect();
    const result = await service.check();
    const written = await service.writeTimeline();
    expect(written).toEqual({ sheet: translator("ru").t("timeline.sheet-name") });

    const values = host.workbookState.values(written.sheet);
    const header = values.findIndex((r) => r[0] === "№" && r[1] === "Мероприятие");
    expect(header).toBeGreaterThan(0);
    // Every task the pane placed in time has its row, in plan order.
    const { timelineData } = await import("../../../src/taskpane/charts/timeline-data");
    const placed = timelineData(result.charts!, "status").placed;
    expect(placed.length).toBeGreaterThan(0);
    const listed = values.slice(header + 1, header + 1 + placed.length).map((r) => String(r[0] ?? ""));
    expect(listed).toEqual(placed.map((i) => i.task.number ?? ""));

    expect(await service.writeTimeline()).toEqual(written);
    expect(names(host)).toEqual([...sheets, written.sheet]);
    await service.remove();
    expect(names(host)).toEqual(sheets);
  });
});
