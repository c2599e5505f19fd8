import { parseCellAddress, parseRangeAddress, type CellValue } from "../../src/engine/grid";
import { buildScorecard } from "../../src/engine/scorecard";
import { scorecardLayout, STATUS_FILLS, writeScorecardSheet } from "../../src/excel/write-scorecard";
import { rollup, rollupIf, score, status } from "../../src/functions/functions";
import { translator } from "../../src/i18n";
import type { WorkbookMetadata } from "../../src/workbook/record";
import { readMetadata } from "../../src/excel/metadata";
import { removePlanCheck } from "../../src/excel/remove";
import { createMemoryExcel, type MemoryExcel } from "../../src/memory-host";
import { cellKey } from "../../src/memory-host/state";
import { makeTable } from "../engine/rules/make-table";
import { isError, Sheet, type Scalar } from "../support/formula-evaluator";

/**
 * A weighted scorecard in the shape of the Bulgarian children-at-risk scorecard: perspectives ->
 * objectives -> indicators with baseline, target, actual and weight.
 */
const TABLE = makeTable({
  sheet: "BSC",
  headerRow: 4,
  columns: ["perspective", "objective", "indicator", "unit", "baseline", "target", "actual", "weight"],
  rows: [
    ["КАЧЕСТВО И РЕЗУЛТАТИ", "Подобрена ефективност на Механизма", "Относителен дял на обхванатите", "%", "70%", "90%", "85%", "2"],
    [null, null, "Брой върнати в училище деца", "Брой", "0", "40", "10", "1"],
    ["СТРУКТУРИ И ПРОЦЕСИ", "Идентифициране и оценка на риска", "Брой индивидуални оценки", "Брой", "", "120", "", "1"],
    ["ХОРА И КОМПЕТЕНТНОСТИ", "Подкрепа за развитието на професиите", "Степен на удовлетвореност на служителите", "", "Ниска", "Висока", "Висока", "1"],
  ],
});

type Value = string | number | boolean | null | { code: string };

/** Evaluates the layout's cells the way Excel would, with PlanCheck's own PLAN functions. */
function evaluate(rows: (string | number)[][]) {
  const memo = new Map<string, Value>();
  const cell = (a1: string): Value => {
    const key = a1.replace(/\$/g, "");
    if (memo.has(key)) return memo.get(key)!;
    const p = parseCellAddress(key)!;
    const raw = rows[p.row]?.[p.col] ?? "";
    let v: Value;
    if (typeof raw === "string" && raw.startsWith("=")) v = formula(raw);
    else if (typeof raw === "string") v = raw === "" ? null : raw.replace(/^'/, "");
    else v = raw;
    memo.set(key, v);
    return v;
  };
  const range = (a1: string): Value[][] => {
    const r = parseRangeAddress(a1.replace(/\$/g, ""))!;
    const out: Value[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: Value[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(cell(`${String.fromCharCode(65 + col)}${row + 1}`));
      out.push(line);
    }
    return out;
  };
  const attempt = (f: () => Value): Value => {
    try {
      return f();
    } catch (err) {
      return { code: (err as { code: string }).code };
    }
  };
  const formula = (text: string): Value => {
    const m = /^=PLAN\.(\w+)\((.*)\)$/.exec(text);
    if (!m) throw new Error(`not a PLAN formula: ${text}`);
    const args = m[2].split(",");
    switch (m[1]) {
      case "SCORE":
        return attempt(() => score(cell(args[0]), cell(args[1]), cell(args[2])));
      case "STATUS":
        return attempt(() => status(cell(args[0])));
      case "ROLLUP":
        return attempt(() => rollup(range(args[0]), args[1] ? range(args[1]) : undefined));
      case "ROLLUPIF":
        return attempt(() => rollupIf(range(args[0]), range(args[1]), cell(args[2]), args[3] ? range(args[3]) : undefined));
    }
    throw new Error(`unknown function ${m[1]}`);
  };
  return { cell };
}

describe("the Scorecard sheet's layout in PLAN.* formulas", () => {
  const t = translator("en");
  const card = buildScorecard(TABLE);
  const layout = scorecardLayout(card, t, "plan");
  const rowOf = (label: string, col = 0) => layout.rows.findIndex((r) => r[col] === `'${label}`) + 1;

  it("lists every indicator with its plan values and its own PLAN.SCORE and PLAN.STATUS", () => {
    const r = rowOf("Брой върнати в училище деца", 2);
    expect(layout.rows[r - 1]).toEqual([
      "'КАЧЕСТВО И РЕЗУЛТАТИ",
      "'Подобрена ефективност на Механизма",
      "'Брой върнати в училище деца",
      0,
      40,
      10,
      1,
      `=PLAN.SCORE(F${r},E${r},D${r})`,
      `=PLAN.STATUS(H${r})`,
      // A plan without threshold columns or actuals by period leaves the columns for them empty.
      ...new Array(6).fill(""),
    ]);
    // Percentages and levels stay as the plan writes them; PLAN.SCORE reads them.
    expect(layout.rows[rowOf("Относителен дял на обхванатите", 2) - 1].slice(3, 6)).toEqual(["'70%", "'90%", "'85%"]);
    expect(layout.rows[rowOf("Степен на удовлетвореност на служителите", 2) - 1].slice(3, 6)).toEqual(["'Ниска", "'Висока", "'Висока"]);
  });

  it("computes, through its formulas, the same scores as the engine's scorecard at every level", () => {
    const { cell } = evaluate(layout.rows);
    for (const p of card.perspectives) {
      const pr = layout.rows.findIndex((r, i) => i > rowOf(t.t("scorecard.perspectives")) && r[0] === `'${p.name}`) + 1;
      expect([p.name, cell(`B${pr}`)]).toEqual([p.name, p.score === null ? { code: "#N/A" } : expect.closeTo(p.score, 10)]);
      expect(cell(`C${pr}`)).toBe(p.status);
      for (const o of p.objectives) {
        const or = layout.rows.findIndex((r, i) => i > rowOf(t.t("scorecard.objectives")) && r[1] === `'${o.name}`) + 1;
        expect([o.name, cell(`C${or}`)]).toEqual([o.name, o.score === null ? { code: "#N/A" } : expect.closeTo(o.score, 10)]);
        expect(cell(`D${or}`)).toBe(o.status);
      }
    }
    const overall = rowOf(t.t("scorecard.overall"));
    expect(cell(`B${overall}`)).toBeCloseTo(card.score!, 10);
    expect(cell(`C${overall}`)).toBe(card.status);
    // An indicator without its actual value is not measured yet: grey, not red.
    expect(cell(`I${rowOf("Брой индивидуални оценки", 2)}`)).toBe("grey");
  });

  it("colours every status cell, and only those", () => {
    const { cell } = evaluate(layout.rows);
    const statusCells = layout.statusRanges.flatMap((a) => {
      const r = parseRangeAddress(a)!;
      return Array.from({ length: r.bottom - r.top + 1 }, (_, i) => `${a[0]}${r.top + i + 1}`);
    });
    expect(statusCells.length).toBe(card.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.indicators)).length + 3 + 3 + 1);
    for (const a1 of statusCells) expect(["green", "amber", "red", "grey"]).toContain(cell(a1));
  });

  it("writes a plan's text that looks like a formula as text", () => {
    const hostile = makeTable({
      columns: ["perspective", "objective", "indicator", "target", "actual"],
      rows: [["=HYPERLINK(\"http://example.com\")", "+1", "@SUM(A1)", "10", "5"]],
    });
    for (const form of ["plan", "portable"] as const) {
      const rows = scorecardLayout(buildScorecard(hostile), t, form).rows;
      const row = rows.find((r) => r[2] === "'@SUM(A1)")!;
      expect(row.slice(0, 3)).toEqual(["'=HYPERLINK(\"http://example.com\")", "'+1", "'@SUM(A1)"]);
    }
  });

  it("says on the sheet that its formulas need the add-in", () => {
    expect(layout.rows[1][0]).toBe(`'${t.t("scorecard.note.plan")}`);
  });
});

describe("the portable Scorecard sheet", () => {
  const t = translator("en");
  const card = buildScorecard(TABLE);
  const layout = scorecardLayout(card, t);
  const sheet = new Sheet(layout.rows);
  const rowOf = (label: string, col = 0, after = 0) => layout.rows.findIndex((r, i) => i >= after && r[col] === `'${label}`) + 1;
  const shown = (v: Scalar) => (isError(v) ? v.error : v);

  it("holds no PLAN.* formula, only standard functions", () => {
    const formulas = layout.rows.flat().filter((c): c is string => typeof c === "string" && c.startsWith("="));
    expect(formulas.length).toBeGreaterThan(20);
    for (const f of formulas) expect(f).not.toMatch(/PLAN\./);
    const functions = new Set(formulas.flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])));
    const standard = ["AGGREGATE", "AND", "COUNT", "COUNTIF", "IF", "ISERROR", "ISNA", "ISNUMBER", "MAX", "MIN", "N", "NA", "NOT", "OR", "ROWS", "SUM", "TRIM"];
    for (const f of functions) expect(standard).toContain(f);
    expect(layout.rows[1][0]).toBe(`'${t.t("scorecard.note.portable")}`);
  });

  it("writes values as the numbers the engine reads, shown as the plan writes them", () => {
    const pct = rowOf("Относителен дял на обхванатите", 2);
    expect(layout.rows[pct - 1].slice(3, 7)).toEqual([0.7, 0.9, 0.85, 2]);
    expect(layout.numberFormats).toContainEqual({ cell: `E${pct}`, format: "0%" });
    const level = rowOf("Степен на удовлетвореност на служителите", 2);
    expect(layout.rows[level - 1].slice(3, 6)).toEqual([1, 3, 3]);
    expect(layout.numberFormats).toContainEqual({ cell: `E${level}`, format: '[=3]"Висока";General' });
  });

  it("computes, through its formulas, the engine's score and status at every level, to the last digit", () => {
    const perspectives = rowOf(t.t("scorecard.perspectives"));
    const objectives = rowOf(t.t("scorecard.objectives"));
    const asCell = (s: number | null) => (s === null ? "#N/A" : s);
    for (const p of card.perspectives) {
      const pr = rowOf(p.name, 0, perspectives);
      expect([p.name, shown(sheet.value(`B${pr}`)), sheet.value(`C${pr}`)]).toEqual([p.name, asCell(p.score), p.status]);
      for (const o of p.objectives) {
        const or = rowOf(o.name, 1, objectives);
        expect([o.name, shown(sheet.value(`C${or}`)), sheet.value(`D${or}`)]).toEqual([o.name, asCell(o.score), o.status]);
        for (const ind of o.indicators) {
          const ir = rowOf(ind.name, 2);
          expect([ind.name, shown(sheet.value(`H${ir}`)), sheet.value(`I${ir}`)]).toEqual([ind.name, asCell(ind.score), ind.status]);
        }
      }
    }
    const overall = rowOf(t.t("scorecard.overall"));
    expect([shown(sheet.value(`B${overall}`)), sheet.value(`C${overall}`)]).toEqual([card.score, card.status]);
  });

  it("caches with every formula the value it computes", () => {
    let formulas = 0;
    layout.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (typeof c !== "string" || !c.startsWith("=")) return expect(layout.cached[r][col]).toBeNull();
        formulas++;
        const a1 = `${String.fromCharCode(65 + col)}${r + 1}`;
        expect([a1, layout.cached[r][col]]).toEqual([a1, shown(sheet.value(a1))]);
      }),
    );
    expect(formulas).toBeGreaterThan(20);
  });
});

/** A workbook with a plan sheet `BSC` (and any further sheets), as the user has it. */
function workbook(...more: { sheet: string; values: CellValue[][] }[]) {
  const grid = (sheet: string, values: CellValue[][]) => ({ sheet, origin: { row: 0, col: 0 }, values, merges: [] });
  return createMemoryExcel({ sheets: [grid("BSC", [["x"]]), ...more.map((m) => grid(m.sheet, m.values))] });
}

async function record(host: MemoryExcel): Promise<WorkbookMetadata> {
  return (await host.Excel.run((c) => readMetadata(c))).metadata;
}

const names = (host: MemoryExcel) => host.workbookState.model.sheets.map((s) => s.name);

describe("writing the Scorecard sheet", () => {
  it("adds a sheet in the user's language with traffic-light formats, and records it as PlanCheck's", async () => {
    const host = workbook();
    const written = await host.Excel.run((c) => writeScorecardSheet(c, TABLE, { lang: "pl" }));
    expect(written).toEqual({ sheet: "Karta wyników", indicators: 4, replaced: null });

    const sheet = host.workbookState.sheet("Karta wyników");
    expect([...sheet.formulas.values()].filter((f) => f.includes("PLAN."))).toHaveLength(0);
    expect([...sheet.formulas.values()].filter((f) => f.startsWith('=IF(ISERROR(F'))).toHaveLength(4);
    const fills = sheet.conditionalFormats.map((f) => [f.formula, f.fill]);
    for (const [s, fill] of Object.entries(STATUS_FILLS)) expect(fills).toContainEqual([expect.stringContaining(`="${s}"`), fill]);
    expect(host.workbookState.values("BSC")).toEqual([["x"]]);
    expect((await record(host)).sheets).toEqual([
      { kind: "scorecard", name: "Karta wyników", id: sheet.id, plan: { sheet: "BSC", sheetId: host.workbookState.sheet("BSC").id } },
    ]);
  });

  it("replaces PlanCheck's own scorecard of the plan when written again, and nothing else", async () => {
    const host = workbook();
    await host.Excel.run((c) => writeScorecardSheet(c, TABLE, { lang: "pl" }));
    const first = host.workbookState.sheet("Karta wyników");
    const formats = first.conditionalFormats.length;
    const again = await host.Excel.run((c) => writeScorecardSheet(c, TABLE, { lang: "pl" }));

    expect(again).toMatchObject({ sheet: "Karta wyników", replaced: "Karta wyników" });
    expect(names(host)).toEqual(["BSC", "Karta wyników"]);
    const second = host.workbookState.sheet("Karta wyników");
    expect(second.id).not.toBe(first.id);
    expect(second.conditionalFormats).toHaveLength(formats);
    expect(host.workbookState.model.customXmlParts).toHaveLength(1);
    expect((await record(host)).sheets).toEqual([expect.objectContaining({ kind: "scorecard", name: "Karta wyników", id: second.id })]);
  });

  it("never replaces a user's sheet of the same name, nor a scorecard the user renamed to keep", async () => {
    const mine: CellValue[][] = [["Moja karta", 2019]];
    const host = workbook({ sheet: "Karta wyników", values: mine });
    const write = () => host.Excel.run((c) => writeScorecardSheet(c, TABLE, { lang: "pl" }));

    expect((await write()).sheet).toBe("Karta wyników (2)");
    expect(await write()).toMatchObject({ sheet: "Karta wyników (2)", replaced: "Karta wyników (2)" });
    expect(names(host)).toEqual(["BSC", "Karta wyników", "Karta wyników (2)"]);

    await host.Excel.run(async (c) => {
      c.workbook.worksheets.getItem("Karta wyników (2)").name = "Karta na marzec";
      await c.sync();
    });
    const kept = host.workbookState.values("Karta na marzec");
    expect(await write()).toMatchObject({ sheet: "Karta wyników (2)", replaced: null });
    expect(names(host)).toEqual(["BSC", "Karta wyników", "Karta na marzec", "Karta wyników (2)"]);
    expect(host.workbookState.values("Karta wyników")).toEqual(mine);
    expect(host.workbookState.values("Karta na marzec")).toEqual(kept);
  });

  it("keeps one scorecard per plan: writing one plan's again leaves the other plan's", async () => {
    const host = workbook({ sheet: "BSC 2020", values: [["y"]] });
    const of2020 = { ...TABLE, sheet: "BSC 2020" };
    await host.Excel.run((c) => writeScorecardSheet(c, TABLE, { lang: "en" }));
    await host.Excel.run((c) => writeScorecardSheet(c, of2020, { lang: "en" }));
    const other = host.workbookState.sheet("Scorecard (2)").id;
    await host.Excel.run((c) => writeScorecardSheet(c, TABLE, { lang: "en" }));

    expect(names(host)).toEqual(["BSC", "BSC 2020", "Scorecard (2)", "Scorecard"]);
    expect(host.workbookState.sheet("Scorecard (2)").id).toBe(other);
    expect((await record(host)).sheets.map((s) => [s.name, s.plan?.sheet])).toEqual([
      ["Scorecard (2)", "BSC 2020"],
      ["Scorecard", "BSC"],
    ]);
  });

  it("is deleted by Remove PlanCheck, with the user's sheets of the same name left as they are", async () => {
    const mine: CellValue[][] = [["Moja karta", 2019]];
    const host = workbook({ sheet: "Karta wyników", values: mine });
    await host.Excel.run((c) => writeScorecardSheet(c, TABLE, { lang: "pl" }));
    await host.Excel.run((c) => writeScorecardSheet(c, TABLE, { lang: "pl" }));

    const removed = await host.Excel.run((c) => removePlanCheck(c, { lang: "pl" }));
    expect(removed.sheets).toEqual(["Karta wyników (2)"]);
    expect(names(host)).toEqual(["BSC", "Karta wyników"]);
    expect(host.workbookState.values("Karta wyników")).toEqual(mine);
    expect(host.workbookState.model.customXmlParts).toHaveLength(0);
  });

  it("says what was written when Excel stops part-way, and Remove PlanCheck finds the half-made sheet", async () => {
    const host = workbook();
    host.failNext({ errorLocation: "ConditionalFormatCollection.add", code: "GeneralException" });
    const err = await host.Excel.run((c) => writeScorecardSheet(c, TABLE, { lang: "en" })).catch((e: unknown) => e);
    expect(err).toMatchObject({ key: "excel.error.partly-written", params: { done: "PlanCheck's record in the workbook", pending: "scorecard sheet" } });
    expect(names(host)).toEqual(["BSC", "Scorecard"]);

    await host.Excel.run((c) => removePlanCheck(c, { lang: "en" }));
    expect(names(host)).toEqual(["BSC"]);
    expect(host.workbookState.model.customXmlParts).toHaveLength(0);
  });
});

describe("the add-in's Scorecard sheet of a plan with threshold columns and actuals by year", () => {
  const MEASURED = makeTable({
    sheet: "BSC",
    headerRow: 4,
    columns: [
      "perspective",
      "objective",
      "indicator",
      "unit",
      "baseline",
      "target",
      { role: "actual", header: "Отчет 2023" },
      { role: "actual", header: "Отчет 2024" },
      { role: "green", header: "Зелено при" },
      { role: "red", header: "Червено под" },
    ],
    rows: [
      ["КАЧЕСТВО И РЕЗУЛТАТИ", "Подобрена ефективност", "Относителен дял на обхванатите", "%", "92,4%", "97%", "94,0%", "95,1%", "96%", "93%"],
      [null, null, "Брой върнати в училище деца", "брой", "0", "40", "12", "", "35", "20"],
    ],
  });

  it("writes each indicator's lines, its status against them, and the trend, in both forms", async () => {
    const host = workbook();
    await host.Excel.run((c) => writeScorecardSheet(c, MEASURED, { lang: "bg" }));
    const sheet = host.workbookState.sheet("Показатели");
    const values = host.workbookState.values("Показатели");
    const r = values.findIndex((row) => row[2] === "Относителен дял на обхванатите");
    expect(values[r].slice(11, 13)).toEqual([0.96, 0.93]);
    expect(sheet.formulas.get(cellKey(r, 8))).toContain(`L${r + 1}`);
    expect(sheet.formulas.get(cellKey(r, 14))).toContain(`N${r + 1}`);
    expect(values[r][13]).toBe(0.94);
    const card = buildScorecard(MEASURED);
    const ind = card.perspectives[0].objectives[0].indicators;
    expect(ind.map((i) => [i.status, i.statusFrom, i.series?.actualFrom, i.series?.trend?.meaning ?? null])).toEqual([
      ["amber", "thresholds", "2024", "improving"],
      ["red", "thresholds", "2023", null],
    ]);
    const plan = scorecardLayout(card, translator("bg"), "plan");
    const p = plan.rows.findIndex((row) => row[2] === "'Относителен дял на обхванатите");
    expect(plan.rows[p].slice(7, 15)).toEqual([`=PLAN.SCORE(F${p + 1},E${p + 1},D${p + 1})`, `=PLAN.UNITSTATUS(F${p + 1},L${p + 1},M${p + 1})`, "", "", 0.96, 0.93, "'94,0%", "'improving"]);
    expect(plan.cached[p][8]).toBe("amber");
  });
});
