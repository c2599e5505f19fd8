import JSZip from "jszip";
import type { CellValue } from "../../src/engine/grid";
import { gridFromRows } from "../../src/engine/grid";
import { METADATA_NAMESPACE, parseMetadataXml } from "../../src/workbook/record";
import { createMemoryExcel } from "../../src/memory-host";
import { createExcelService, rangeOnly } from "../../src/taskpane/service";
import { writeRecordPart } from "../../src/xlsx/record-part";
import { runCli } from "../cli/run-cli";
import { tempFile, workbookBytes } from "../xlsx/record-workbooks";

/**
 * A plan PlanCheck does not find on its own: the user selects its range in the sheet, reads the
 * table there, sets a column's role by hand and makes it typed. The range and roles are recorded
 * in the workbook, so the next pane and the command line read the table in the same place.
 */

/** Notes kept above a small table whose headers name no role PlanCheck knows, and with no deadlines to go by. */
const NOTES: CellValue[][] = [
  ["Budget office notes", null, null, null],
  [null, null, null, null],
  [null, "Step", "Owner", "Cost"],
  [null, "Collect school returns", "Finance team", 1200],
  [null, "Draft the budget", "Budget office", 800],
  [null, "Council approval", "Council", 0],
  [null, "Publish the budget", "Press office", 350],
];

const period = { start: "2025-01-01", end: "2025-12-31", label: "2025" };

async function typedByHand() {
  const host = createMemoryExcel({ sheets: [gridFromRows("Notes", NOTES)] });
  const service = createExcelService(host.Excel, "en");
  const before = await service.detect();
  // The user selects the table's cells in the sheet, then asks the pane to use them.
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Notes").getRange("B3:D7").select();
    await context.sync();
  });
  const selected = await service.selectedRange();
  const detected = await service.detect(selected);
  if (!detected.table) throw new Error("no table in the selected range");
  const roles = Object.fromEntries(detected.table.columns.map((c) => [c.letter, c.role]));
  // Column C is who does the step, D what it costs: the user says so.
  await service.applyTypedTable({ ...roles, C: "responsible", D: "financing" }, period, { allowUnmerge: false });
  const xml = host.workbookState.model.customXmlParts.find((p) => p.namespaceUri === METADATA_NAMESPACE)!.xml;
  return { host, service, before, selected, detected, xml };
}

describe("a plan table selected by hand", () => {
  it("is not found on its own, and is read in the range the user selected", async () => {
    const { before, selected, detected } = await typedByHand();
    expect(before).toEqual({ table: null, sheet: "Notes", reason: "no-header" });
    expect(selected).toBe("B3:D7");
    expect(detected.table).toMatchObject({ sheet: "Notes", range: "B3:D7", headerRows: [3], rowCount: 4, selection: "B3:D7" });
    expect(detected.table?.columns.map((c) => [c.letter, c.header])).toEqual([
      ["B", "Step"],
      ["C", "Owner"],
      ["D", "Cost"],
    ]);
  });

  it("keeps its range and roles in the workbook's record when it is made typed", async () => {
    const { xml } = await typedByHand();
    const table = parseMetadataXml(xml)!.tables[0];
    expect(table).toMatchObject({ sheet: "Notes", selection: "B3:D7", period });
    expect(table.roles.C).toBe("responsible");
  });

  it("is found again by a pane opened later, from the record", async () => {
    const { host } = await typedByHand();
    const later = await createExcelService(host.Excel, "en").detect();
    expect(later.table).toMatchObject({ range: "B3:D7", selection: "B3:D7", typed: true });
    const checked = await createExcelService(host.Excel, "en").check();
    expect(checked.summary.rows).toBe(4);
  });

  it("is read in the same range, with the same roles, by the command line", async () => {
    const { host, xml } = await typedByHand();
    const sheets = host.workbookState.model.sheets.map((s) => [s.name, host.workbookState.values(s.name)] as [string, CellValue[][]]);
    const zip = await JSZip.loadAsync(await workbookBytes(sheets));
    await writeRecordPart(zip, xml, { metadata: null, json: null, parts: [] });
    const file = await tempFile("selected-by-hand.xlsx", await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const r = await runCli(["check", file, "--json"]);
    const tables = JSON.parse(r.stdout).files[0].tables;
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ sheet: "Notes", range: "B3:D7", headerRows: [3] });
    expect(tables[0].columns.map((c: { column: string; role: string }) => [c.column, c.role])).toEqual([
      ["B", "activity"],
      ["C", "responsible"],
      ["D", "financing"],
    ]);
  });

  it("takes the selection's address without its sheet or anchors", () => {
    expect(rangeOnly("'План 2019'!$B$4:$G$60")).toBe("B4:G60");
    expect(rangeOnly("Notes!b3:d7")).toBe("B3:D7");
  });
});
