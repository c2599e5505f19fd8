import * as path from "path";
import type { Role } from "../../src/engine/roles";
import { parseMetadataXml } from "../../src/workbook/record";
import { createMemoryExcel, type MemoryExcel } from "../../src/memory-host";
import { createExcelService, PaneError, type CheckProgress, type PlanCheckService } from "../../src/taskpane/service";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { translator, type Lang } from "../../src/i18n";

/** The pane's service over the in-memory Excel host, on the seed workbooks: what the pane shows comes from here. */

const fixture = (name: string) => path.join(__dirname, "../fixtures", name);

async function open(name: string, lang: Lang = "en"): Promise<{ host: MemoryExcel; service: PlanCheckService }> {
  const workbook = await readWorkbook(fixture(name));
  const host = createMemoryExcel({ sheets: workbook.sheets });
  return { host, service: createExcelService(host.Excel, lang) };
}

async function typed(service: PlanCheckService, change: Record<string, Role> = {}) {
  const detected = await service.detect();
  if (!detected.table) throw new Error("no plan table detected");
  const roles = Object.fromEntries(detected.table.columns.map((c) => [c.letter, change[c.letter] ?? c.role]));
  await service.applyTypedTable(roles, detected.table.period, { allowUnmerge: true });
  return detected.table;
}

describe("detecting the plan table", () => {
  it("finds the Kyustendil plan under its title and glossary, with its roles and the period from the title", async () => {
    const { service } = await open("bg-kyustendil-2019.xlsx");
    const detected = await service.detect();
    expect(detected.table).toMatchObject({
      sheet: "План 2019",
      range: "A31:F168",
      headerRows: [31],
      period: { start: "2019-01-01", end: "2019-12-31", label: "2019" },
      typed: false,
    });
    expect(detected.table!.columns.map((c) => [c.letter, c.header, c.role])).toEqual([
      ["A", "№", "number"],
      ["B", "Дейност", "activity"],
      ["C", "Срок за изпълнение", "deadline"],
      ["D", "Отговорни институции", "responsible"],
      ["E", "Финансиране", "financing"],
      ["F", "Индикатори оценка на изпълнение", "indicator"],
    ]);
  });

  it("says why a sheet of paragraphs has no plan table", async () => {
    const { service } = await open("pl-power-context.xlsx");
    await expect(service.detect()).resolves.toEqual({ table: null, sheet: "Kontekst", reason: "no-header" });
  });

  it("tells an empty sheet apart", async () => {
    const host = createMemoryExcel({ sheets: [{ sheet: "Arkusz1", origin: { row: 0, col: 0 }, values: [], merges: [] }] });
    await expect(createExcelService(host.Excel, "pl").detect()).resolves.toEqual({ table: null, sheet: "Arkusz1", reason: "empty-sheet" });
  });
});

describe("making the typed table", () => {
  it("refuses to unmerge the goal rows without the user's consent, naming the sheet", async () => {
    const { host, service } = await open("bg-kyustendil-2019.xlsx", "bg");
    const detected = await service.detect();
    const roles = Object.fromEntries(detected.table!.columns.map((c) => [c.letter, c.role]));
    const refusal = await service.applyTypedTable(roles, null, { allowUnmerge: false }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(PaneError);
    expect((refusal as PaneError).key).toBe("excel.error.merged-cells");
    expect((refusal as PaneError).params).toMatchObject({ sheet: "План 2019" });
    expect(host.workbookState.model.tables).toHaveLength(0);
  });

  it("keeps the role the user corrected: the next detection reads the table typed that way", async () => {
    const { service } = await open("bg-kyustendil-2019.xlsx");
    await typed(service, { E: "notes" });
    const again = await service.detect();
    expect(again.table?.typed).toBe(true);
    expect(again.table?.columns.find((c) => c.letter === "E")?.role).toBe("notes");
  });
});

describe("checking before submission", () => {
  it("reports the Kyustendil plan's flaws in the user's language, with progress, and marks their cells", async () => {
    const { host, service } = await open("bg-kyustendil-2019.xlsx", "bg");
    await typed(service);
    const progress: CheckProgress[] = [];
    const result = await service.check((p) => progress.push(p));

    expect(result.sheet).toBe("План 2019");
    expect(result.summary.ready).toBe(false);
    expect(result.summary.errors + result.summary.warnings + result.summary.infos).toBe(result.findings.length);
    expect(Object.values(result.counts).reduce((a, b) => a + b, 0)).toBe(result.findings.length);
    // The second `2.` under goal 1 and the skipped numbers.
    const duplicate = result.findings.find((f) => f.code === "numbering.duplicate");
    expect(duplicate).toMatchObject({ cell: "A35", title: translator("bg").t("code.numbering.duplicate") });
    expect(duplicate!.message).toMatch(/^[^A-Za-z]*2[^A-Za-z]*$/); // Bulgarian words around the number
    expect(result.counts["numbering.gap"]).toBe(2);
    expect(progress.map((p) => p.phase)).toEqual(["read", "check", "mark", "mark"]);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    // The cell of an error is marked in the sheet.
    expect(host.workbookState.fill("План 2019", 34, 0)).not.toBeNull();
  });

  it("checks and reports with the roles the user corrected but has not applied, leaving the workbook's as they are", async () => {
    const { host, service } = await open("bg-kyustendil-2019.xlsx");
    await typed(service);
    // The typed table's record: the report adds a sheet to the record, never a role.
    const record = () => host.workbookState.model.customXmlParts.map((p) => parseMetadataXml(p.xml)?.tables);
    const stored = record();
    const noIndicator = (r: { counts: Record<string, number> }) => r.counts["gap.no-indicator"] ?? 0;

    const before = await service.check();
    expect(noIndicator(before)).toBeGreaterThan(0);
    // Column F said to hold notes: its empty cells are no missing indicators in this check or its report.
    const corrected = await service.check(undefined, { F: "notes" });
    expect(noIndicator(corrected)).toBe(0);
    const written = await service.writeReport({ F: "notes" });
    expect(host.workbookState.values(written.sheet).flat()).not.toContain("gap.no-indicator");
    expect(host.workbookState.values(written.sheet).flat()).toContain("numbering.duplicate");

    const again = await service.check();
    expect(again.counts).toEqual(before.counts);
    expect(record()).toEqual(stored);
    expect(stored[0]?.[0].roles.F).toBe("indicator");
  });

  it("selects a finding's cell on the plan's sheet", async () => {
    const { host, service } = await open("bg-kyustendil-2019.xlsx");
    const result = await service.check();
    const duplicate = result.findings.find((f) => f.code === "numbering.duplicate")!;
    await service.selectFinding(duplicate);
    expect(host.workbookState.selection()).toEqual({ sheet: "План 2019", address: "A35" });
  });

  it("writes the report sheet in the user's language and keeps checking the plan, not the report", async () => {
    const { host, service } = await open("pl-bochnia-2018.xlsx", "pl");
    await service.detect();
    const first = await service.check();
    const written = await service.writeReport();
    expect(written).toEqual({ sheet: "Raport PlanCheck" });
    host.workbookState.model.activeSheetId = host.workbookState.sheet("Raport PlanCheck").id;
    const again = await service.check();
    expect(again.sheet).toBe("Harmonogram");
    expect(again.summary).toEqual(first.summary);
  });

  it("clears the marks it made and nothing else", async () => {
    const { host, service } = await open("bg-kyustendil-2019.xlsx");
    await service.detect();
    await service.check();
    expect(host.workbookState.fill("План 2019", 34, 0)).not.toBeNull();
    await service.clearMarks();
    expect(host.workbookState.fill("План 2019", 34, 0)).toBeNull();
    expect(host.workbookState.value("План 2019", 34, 0)).toBe("2.");
  });
});

describe("the registry", () => {
  it("lists the plan's glossary abbreviations as coming from the plan, and the registry sheet's once typed", async () => {
    const { service } = await open("bg-kyustendil-2019.xlsx");
    await service.detect();
    const before = await service.registry();
    expect(before.find((i) => i.name === "РУО")).toEqual({
      kind: "executor",
      name: "РУО",
      fullName: "Регионално управление на образованието",
      source: "glossary",
    });
    await typed(service);
    const after = await service.registry();
    expect(after.find((i) => i.name === "РУО")?.source).toBe("registry-sheet");
  });

  it("reads the registry sheet in the same two syncs as the plan", async () => {
    const { host, service } = await open("bg-kyustendil-2019.xlsx");
    await typed(service);
    const registrySheet = host.workbookState.model.sheets[1].name;
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem(registrySheet).getRange("A40:B40").values = [["ЕКИП", "Екип за приобщаващо образование"]];
      await context.sync();
    });
    const from = host.stats.syncs;
    const items = await service.registry();
    expect(host.stats.syncs - from).toBe(2);
    expect(items.find((i) => i.name === "ЕКИП")).toEqual({
      kind: "executor",
      name: "ЕКИП",
      fullName: "Екип за приобщаващо образование",
      source: "registry-sheet",
    });
  });
});

describe("removing PlanCheck", () => {
  it("leaves every value of the plan as it was after type, check, report", async () => {
    const workbook = await readWorkbook(fixture("bg-kyustendil-2019.xlsx"));
    const { host, service } = await open("bg-kyustendil-2019.xlsx");
    await typed(service);
    await service.check();
    await service.writeReport();
    await service.remove();
    expect(host.workbookState.model.sheets.map((s) => s.name)).toEqual(["План 2019"]);
    const values = host.workbookState.values("План 2019");
    workbook.sheets[0].values.forEach((row, r) => row.forEach((v, c) => expect([r, c, values[r]?.[c] ?? null]).toEqual([r, c, v])));
  });
});

describe("the scorecard sheet", () => {
  it("is written for the Bulgarian scorecard in Bulgarian, as portable formulas over the plan's indicators", async () => {
    const { host, service } = await open("bg-scorecard.xlsx", "bg");
    await service.detect();
    const written = await service.writeScorecard();
    expect(written).toEqual({ sheet: translator("bg").t("scorecard.sheet-name") });
    const sheet = host.workbookState.sheet(written.sheet);
    const formulas = [...sheet.formulas.values()];
    expect(formulas.filter((f) => f.startsWith("=IF(ISERROR(F"))).toHaveLength(8); // one score per indicator
    expect(formulas.filter((f) => f.includes("PLAN."))).toHaveLength(0);
    expect(host.workbookState.values(written.sheet)[3].slice(0, 3)).toEqual(["Перспектива", "Цел", "Индикатор"]);
    // The plan's own sheet is untouched.
    expect(host.workbookState.values("BSC")).toEqual((await readWorkbook(fixture("bg-scorecard.xlsx"))).sheets[0].values);
  });

  it("replaces PlanCheck's earlier scorecard when written again, in the snapshot's syncs and two more, and goes with Remove", async () => {
    const { host, service } = await open("bg-scorecard.xlsx", "bg");
    await service.detect();
    const first = await service.writeScorecard();
    const from = host.stats.syncs;
    const second = await service.writeScorecard();
    expect(host.stats.syncs - from).toBe(4);
    expect(second).toEqual(first);
    expect(host.workbookState.model.sheets.map((s) => s.name)).toEqual(["BSC", first.sheet]);

    await service.remove();
    expect(host.workbookState.model.sheets.map((s) => s.name)).toEqual(["BSC"]);
    expect(host.workbookState.model.customXmlParts).toHaveLength(0);
  });

  it("is refused with the sheet named when the sheet has no plan table", async () => {
    const { service } = await open("pl-power-context.xlsx", "pl");
    const refusal = await service.writeScorecard().catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(PaneError);
    expect(refusal).toMatchObject({ key: "excel.error.no-table", params: { sheet: "Kontekst" } });
  });
});
