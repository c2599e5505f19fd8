import { checkSheet } from "../../src/engine/check";
import { gridFromRows, type CellValue } from "../../src/engine/grid";
import { timelineData, timelineTasks, type Timeline } from "../../src/engine/report/timeline";
import { TIMELINE_FILLS } from "../../src/engine/report/timeline-sheet";
import { readMetadata } from "../../src/excel/metadata";
import { removePlanCheck } from "../../src/excel/remove";
import { writeTimelineSheet } from "../../src/excel/write-timeline";
import { createMemoryExcel, type MemoryExcel } from "../../src/memory-host";
import type { WorkbookMetadata } from "../../src/workbook/record";

/** A Polish school's harmonogram for the school year 2018/2019. */
const PLAN: CellValue[][] = [
  ["Harmonogram działań na rok szkolny 2018/2019"],
  [],
  ["Lp.", "Zadanie", "Termin", "Odpowiedzialny"],
  ["1", "=Rada pedagogiczna", "wrzesień 2018", "Dyrektor"],
  ["2", "Diagnoza potrzeb uczniów", "październik-listopad 2018", "Pedagog szkolny"],
  ["3", "Konsultacje dla rodziców", "na bieżąco", "Wychowawcy"],
  ["4", "Spotkanie z policją", "w razie potrzeby", "Pedagog szkolny"],
];

function timeline(): Timeline {
  const checks = checkSheet(gridFromRows("Harmonogram", PLAN));
  return timelineData({ period: checks[0].period, today: "2019-09-01", tasks: timelineTasks(checks) }, "status");
}

function workbook(...more: { sheet: string; values: CellValue[][] }[]): MemoryExcel {
  return createMemoryExcel({ sheets: [gridFromRows("Harmonogram", PLAN), ...more.map((m) => gridFromRows(m.sheet, m.values))] });
}

const write = (host: MemoryExcel) => host.Excel.run((c) => writeTimelineSheet(c, timeline(), { lang: "pl", plan: "Harmonogram" }));
const names = (host: MemoryExcel) => host.workbookState.model.sheets.map((s) => s.name);
const record = async (host: MemoryExcel): Promise<WorkbookMetadata> => (await host.Excel.run((c) => readMetadata(c))).metadata;

describe("writing the Timeline sheet in the add-in", () => {
  it("adds a sheet in the user's language with a row per task and its months filled, and records it as PlanCheck's", async () => {
    const host = workbook();
    expect(await write(host)).toEqual({ sheet: "Oś czasu PlanCheck", tasks: 3, replaced: null });
    const values = host.workbookState.values("Oś czasu PlanCheck");
    const header = values.findIndex((r) => r[0] === "Lp.");
    expect(values[header].slice(0, 4)).toEqual(["Lp.", "Zadanie", "Odpowiedzialny", "Termin w brzmieniu planu"]);
    // September 2018 is the first month of the school year.
    expect(values[header + 1].slice(0, 4)).toEqual(["1", "=Rada pedagogiczna", "Dyrektor", "wrzesień 2018"]);
    const fill = (row: number, col: number) => host.workbookState.fill("Oś czasu PlanCheck", row, col);
    expect(fill(header + 1, 4)).toBe(TIMELINE_FILLS.bar);
    expect(fill(header + 1, 5)).toBeNull();
    expect([fill(header + 2, 5), fill(header + 2, 6), fill(header + 2, 7)]).toEqual([TIMELINE_FILLS.bar, TIMELINE_FILLS.bar, null]);
    expect(fill(header + 3, 4)).toBe(TIMELINE_FILLS.band);
    expect(values.some((r) => r[0] === "Spotkanie z policją" || r[1] === "Spotkanie z policją")).toBe(true);
    // The plan's text that looks like a formula stays text.
    expect(host.workbookState.sheet("Oś czasu PlanCheck").formulas.size).toBe(0);
    expect(host.workbookState.values("Harmonogram")).toEqual(workbook().workbookState.values("Harmonogram"));
    expect((await record(host)).sheets).toEqual([
      {
        kind: "timeline",
        name: "Oś czasu PlanCheck",
        id: host.workbookState.sheet("Oś czasu PlanCheck").id,
        plan: { sheet: "Harmonogram", sheetId: host.workbookState.sheet("Harmonogram").id },
      },
    ]);
  });

  it("rewrites PlanCheck's own timeline when written twice, never duplicating it", async () => {
    const host = workbook();
    await write(host);
    const first = host.workbookState.sheet("Oś czasu PlanCheck").id;
    expect(await write(host)).toMatchObject({ sheet: "Oś czasu PlanCheck", replaced: "Oś czasu PlanCheck" });
    expect(names(host)).toEqual(["Harmonogram", "Oś czasu PlanCheck"]);
    expect(host.workbookState.sheet("Oś czasu PlanCheck").id).not.toBe(first);
    expect(host.workbookState.model.customXmlParts).toHaveLength(1);
    expect((await record(host)).sheets).toHaveLength(1);
  });

  it("never touches a user's sheet of the same name: it takes a free name", async () => {
    const mine: CellValue[][] = [["Moja oś czasu", 2019]];
    const host = workbook({ sheet: "Oś czasu PlanCheck", values: mine });
    expect((await write(host)).sheet).toBe("Oś czasu PlanCheck (2)");
    expect((await write(host)).sheet).toBe("Oś czasu PlanCheck (2)");
    expect(names(host)).toEqual(["Harmonogram", "Oś czasu PlanCheck", "Oś czasu PlanCheck (2)"]);
    expect(host.workbookState.values("Oś czasu PlanCheck")).toEqual(mine);
  });

  it("is deleted by Remove PlanCheck, the user's sheets left as they are", async () => {
    const mine: CellValue[][] = [["Moja oś czasu", 2019]];
    const host = workbook({ sheet: "Oś czasu PlanCheck", values: mine });
    await write(host);
    const removed = await host.Excel.run((c) => removePlanCheck(c, { lang: "pl" }));
    expect(removed.sheets).toEqual(["Oś czasu PlanCheck (2)"]);
    expect(names(host)).toEqual(["Harmonogram", "Oś czasu PlanCheck"]);
    expect(host.workbookState.values("Oś czasu PlanCheck")).toEqual(mine);
    expect(host.workbookState.model.customXmlParts).toHaveLength(0);
  });

  it("says what was written when Excel stops part-way, and Remove PlanCheck finds the half-made sheet", async () => {
    const host = workbook();
    host.failNext({ errorLocation: "RangeFill.color", code: "GeneralException" });
    const err = await write(host).catch((e: unknown) => e);
    expect(err).toMatchObject({ key: "excel.error.partly-written", params: { pending: "arkusz z osią czasu" } });
    expect(names(host)).toEqual(["Harmonogram", "Oś czasu PlanCheck"]);
    await host.Excel.run((c) => removePlanCheck(c, { lang: "pl" }));
    expect(names(host)).toEqual(["Harmonogram"]);
    expect(host.workbookState.model.customXmlParts).toHaveLength(0);
  });
});

describe("the Timeline sheet of a long plan", () => {
  it("goes out in requests Excel on the web accepts, every drawn task with its fill", async () => {
    const rows: CellValue[][] = [...PLAN.slice(0, 3), ...Array.from({ length: 6000 }, (_, i) => [`${i + 1}`, `Zadanie numer ${i + 1} w harmonogramie szkoły`, "październik 2018", "Pedagog szkolny"])];
    const checks = checkSheet(gridFromRows("Harmonogram", rows));
    const t = timelineData({ period: checks[0].period, today: "2019-09-01", tasks: timelineTasks(checks) }, "status");
    // The host refuses a request over Excel on the web's 5 MB, as Excel does.
    const host = createMemoryExcel({ sheets: [gridFromRows("Harmonogram", rows)] });
    const written = await host.Excel.run((c) => writeTimelineSheet(c, t, { lang: "pl", plan: "Harmonogram" }));
    expect(written.tasks).toBe(5000);
    expect(host.stats.syncs).toBeGreaterThan(2);
    const values = host.workbookState.values(written.sheet);
    const header = values.findIndex((r) => r[0] === "Lp.");
    expect(host.workbookState.fill(written.sheet, header + 5000, 5)).toBe(TIMELINE_FILLS.bar);
  });
});
