import { gridFromRows, type CellValue, type SheetGrid } from "../../src/engine/grid";
import { checkInExcel } from "../../src/excel/check";
import { METADATA_NAMESPACE } from "../../src/workbook/record";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { createMemoryExcel, type MemoryExcel } from "../../src/memory-host";
import { PAYLOAD_LIMIT_BYTES } from "../../src/memory-host/bytes";
import { typeWithRegistryEntry, unknownBodies } from "./typed-workbook";

const BODIES = ["РУО", "МОН", "ДГ", "ОУ"];
/**
 * A local body no common list knows: only the registry sheet can make it known. An abbreviation,
 * not a word (`ЕКИП` is a team of people, a valid responsible entry with or without a registry).
 */
const LOCAL_BODY = "ЕПЛР";
const LOCAL_BODY_NAME = "Екип за подкрепа за личностно развитие";

/** A Bulgarian plan of `rows` tasks under one header, some without a deadline or a responsible. */
function plan(rows: number): SheetGrid {
  const values: CellValue[][] = [
    ["Годишен план за 2019 г.", null, null, null],
    ["№", "Дейност", "Срок", "Отговорник"],
  ];
  for (let i = 1; i <= rows; i++) {
    const responsible = i % 11 === 0 ? null : i % 13 === 0 ? LOCAL_BODY : BODIES[i % 4];
    values.push([`${i}.`, `Дейност ${i}`, i % 7 === 0 ? null : "м. май 2019 г.", responsible]);
  }
  return gridFromRows("План", values);
}

/** A check of the active sheet and the syncs it took, as the host logged them. */
async function checkSyncs(excel: MemoryExcel) {
  const from = excel.stats.log.length;
  const check = await excel.Excel.run((context) => checkInExcel(context, { lang: "bg" }));
  return { check, log: excel.stats.log.slice(from) };
}

/** Text-heavy rows: over 5 MB of cell text in all. */
function wordyPlan(rows: number): SheetGrid {
  const long = "Провеждане на обучения и консултации за учители и родители в детските градини и училищата. ".repeat(3);
  const values: CellValue[][] = [["№", "Дейност", "Срок", "Отговорник"]];
  for (let i = 1; i <= rows; i++) values.push([`${i}.`, `${long}${i}`, "м. май 2019 г.", "РУО"]);
  return gridFromRows("План", values);
}

async function syncsToRead(grid: SheetGrid) {
  const excel = createMemoryExcel({ sheets: [grid] });
  const snapshot = await excel.Excel.run((context) => readSnapshot(context));
  return { excel, snapshot };
}

describe("sync count and payload on large sheets", () => {
  it("reads 100 and 50,000 rows in the same number of syncs, none over 5 MB", async () => {
    const small = await syncsToRead(plan(100));
    const large = await syncsToRead(plan(50_000));
    expect(small.excel.stats.syncs).toBe(2);
    expect(large.excel.stats.syncs).toBe(small.excel.stats.syncs);
    expect(large.excel.stats.maxPayload).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(large.snapshot.values).toEqual(plan(50_000).values);
  });

  it.each([100, 50_000])("checks and marks %i rows in three syncs, none over 5 MB, with and without a registry sheet", async (rows) => {
    const excel = createMemoryExcel({ sheets: [plan(rows)] });
    const bare = await checkSyncs(excel);
    await typeWithRegistryEntry(excel, LOCAL_BODY, LOCAL_BODY_NAME);
    const typed = await checkSyncs(excel);

    for (const { check, log } of [bare, typed]) {
      expect(check.report.summary.rows).toBe(rows);
      expect(check.marked).toBeGreaterThan(0);
      expect(log).toHaveLength(3);
      expect(log.filter((s) => s.failed || s.requestBytes + s.responseBytes >= PAYLOAD_LIMIT_BYTES)).toEqual([]);
      // Two syncs read; the last one writes the marks, with calculation suspended.
      expect(log.map((s) => s.writes > 0)).toEqual([false, false, true]);
      expect(log[2].calculationSuspended).toBe(true);
    }
    // The registry sheet, read within those three syncs, made the body it lists known.
    expect(unknownBodies(bare.check)).toContain(LOCAL_BODY);
    expect(unknownBodies(typed.check)).not.toContain(LOCAL_BODY);
  });

  it("keeps to three syncs when the pane corrects a role and draws each phase before the check goes on", async () => {
    const excel = createMemoryExcel({ sheets: [plan(100)] });
    await typeWithRegistryEntry(excel, LOCAL_BODY, LOCAL_BODY_NAME);
    const from = excel.stats.log.length;
    const phases: string[] = [];
    const check = await excel.Excel.run((context) =>
      checkInExcel(context, {
        lang: "bg",
        roles: { D: "notes" },
        onProgress: async (p) => {
          phases.push(p.phase);
          await new Promise((resolve) => setImmediate(resolve));
        },
      }),
    );
    expect(phases).toEqual(["read", "check", "mark", "mark"]);
    expect(check.checks[0].table.columns.find((c) => c.column === "D")?.role).toBe("notes");
    expect(excel.stats.log.slice(from)).toHaveLength(3);
  });

  it("checks a workbook holding two metadata parts in one sync more, still by the first record that reads", async () => {
    const excel = createMemoryExcel({ sheets: [plan(100)] });
    await typeWithRegistryEntry(excel, LOCAL_BODY, LOCAL_BODY_NAME);
    const one = await checkSyncs(excel);
    await excel.Excel.run(async (context) => {
      context.workbook.customXmlParts.add(`<plancheck xmlns="${METADATA_NAMESPACE}" version="1">not a record</plancheck>`);
      await context.sync();
    });
    const two = await checkSyncs(excel);
    expect(two.check.snapshot.metadataPartIds).toHaveLength(2);
    expect(two.check.snapshot.metadata).toEqual(one.check.snapshot.metadata);
    expect(two.check.report.findings).toEqual(one.check.report.findings);
    expect(unknownBodies(two.check)).not.toContain(LOCAL_BODY);
    expect(two.log).toHaveLength(4);
  });

  it("splits a sheet with more than 5 MB of text over more syncs, each under the limit", async () => {
    const grid = wordyPlan(20_000);
    const { excel, snapshot } = await syncsToRead(grid);
    expect(excel.stats.syncs).toBeGreaterThan(2);
    expect(excel.stats.log.every((s) => !s.failed)).toBe(true);
    expect(excel.stats.maxPayload).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(snapshot.values).toEqual(grid.values);
  });

  it("checks a sheet with more than 5 MB of text in three syncs plus one per further block, each under the limit", async () => {
    const grid = wordyPlan(20_000);
    const read = await syncsToRead(grid);
    const blocks = read.excel.stats.syncs - 1;
    expect(blocks).toBeGreaterThan(1);
    const excel = createMemoryExcel({ sheets: [grid] });
    const { check, log } = await checkSyncs(excel);
    expect(check.report.summary.rows).toBe(20_000);
    expect(log).toHaveLength(3 + (blocks - 1));
    expect(log.filter((s) => s.failed || s.requestBytes + s.responseBytes >= PAYLOAD_LIMIT_BYTES)).toEqual([]);
  });

  it("reads again in halves when Excel refuses a response as too big", async () => {
    const grid = plan(2_000);
    const excel = createMemoryExcel({ sheets: [grid] }, { limitBytes: 40_000 });
    const snapshot = await excel.Excel.run((context) => readSnapshot(context));
    expect(snapshot.values).toEqual(grid.values);
    expect(excel.stats.log.some((s) => s.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(excel.stats.log.filter((s) => !s.failed).every((s) => s.responseBytes <= 40_000)).toBe(true);
  });

  it("reads every merged area of a sheet with more than Excel returns at once", async () => {
    const values: CellValue[][] = Array.from({ length: 300 }, (_, r) => [`${r + 1}.`, null, "Дейност", null, "РУО", null]);
    const merges = values.flatMap((_, r) => [0, 2, 4].map((col) => ({ row: r, col, rowCount: 1, colCount: 2 })));
    const excel = createMemoryExcel({ sheets: [gridFromRows("План", values, merges)] });
    const snapshot = await excel.Excel.run((context) => readSnapshot(context));
    expect(snapshot.merges).toHaveLength(900);
    expect(snapshot.merges).toEqual(merges);
    expect(excel.stats.log.filter((s) => s.failed)).toHaveLength(1);
  });

  it("reads date cells as ISO dates, as the command line does", async () => {
    const excel = createMemoryExcel({ sheets: [plan(3)] });
    await excel.Excel.run(async (context) => {
      const cells = context.workbook.worksheets.getItem("План").getRange("C3:C4");
      cells.values = [[43617], [43617.5]];
      cells.numberFormat = [["dd.mm.yyyy"], ["yyyy-mm-dd hh:mm"]];
      await context.sync();
    });
    const grid = await excel.Excel.run((context) => readSnapshot(context));
    expect([grid.values[2][2], grid.values[3][2]]).toEqual(["2019-06-01", "2019-06-01T12:00"]);
  });
});
