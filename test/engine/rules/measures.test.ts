import { gapNoMeasure } from "../../../src/engine/rules/gap-no-measure";
import { gapNoTarget } from "../../../src/engine/rules/gap-no-target";
import { tableMeasures } from "../../../src/engine/rules/measures";
import { unitsTargets } from "../../../src/engine/rules/units-targets";
import { context, located } from "./helpers";
import { addressOf, type PlanTable } from "../../../src/engine/plan";
import { makeTable } from "./make-table";
import { bochnia, kyustendil, scorecard } from "./seed-tables";

/** One indicator per row, with unit and target columns when given. */
function indicators(columns: ("indicator" | "unit" | "target")[], ...rows: string[][]) {
  return makeTable({ columns: ["number", "activity", ...columns], rows: rows.map((r, i) => [`${i + 1}.`, `Дейност ${i + 1}`, ...r]) });
}

describe("gap.no-measure", () => {
  it.each([
    ["Повишена информираност на родителите."],
    ["Осигуряване на достъп до образование."],
    ["Ефективна комуникация Съвместни дейности"],
    ["Заповед директора образователната институция"],
  ])("an indicator nobody can measure: %j", (indicator) => {
    const [f] = gapNoMeasure.run(indicators(["indicator"], [indicator]), context());
    expect(f).toMatchObject({ code: "gap.no-measure", severity: "error", cell: "C2", role: "indicator", value: indicator });
  });

  it.each([
    ["Брой оценени деца"],
    ["Процент обхванати ученици в ЦОУД."],
    ["на Брой поощрени деца и ученици"],
    ["Изготвени маршрути. Брой деца и ученици."],
    ["Liczba szkoleń"],
    ["Ilość wdrożonych planów wspomagania."],
    ["Количество проведенных семинаров"],
    ["Доля руководителей, прошедших обучение"],
  ])("an indicator whose wording measures: %j", (indicator) => {
    expect(located(gapNoMeasure, indicators(["indicator"], [indicator]))).toEqual([]);
  });

  it("is not a gap when a target gives the measure (`Zatwierdzenie planu do realizacji.` with Miernik 1)", () => {
    expect(located(gapNoMeasure, indicators(["indicator", "target"], ["Zatwierdzenie planu do realizacji.", "1"]))).toEqual([]);
  });

  it("is not a gap when the plan writes a value for the indicator (a base value, a value under a second indicator heading)", () => {
    // Podkarpackie voivodeship strategy 2030, indicators of human capital: base value and 2030 value.
    const table = makeTable({
      columns: ["number", "indicator", "baseline", "indicator"],
      rows: [
        ["10", "Kuracjusze leczeni stacjonarnie w sanatoriach", "45710 (2017 r.)", "51300"],
        ["11", "Kuracjusze leczeni stacjonarnie w sanatoriach", null, "51300"],
        ["12", "Powszechna dostępność opieki sanatoryjnej", "od 2020 r.", "2030"],
      ],
    });
    expect(located(gapNoMeasure, table)).toEqual(["B4 gap.no-measure"]);
  });

  it("reads an indicator merged down over its criteria rows as one indicator, measured when a row gives its condition", () => {
    // Khabarovsk krai, indicators of a regional centre's head: one indicator merged over a criterion a row.
    const mergedDown = (table: PlanTable) => {
      const [first, second] = table.rows;
      second.cells.indicator = first.cells.indicator;
      second.refs = { ...second.refs, indicator: addressOf(table, first, "indicator")! };
      return table;
    };
    const measured = mergedDown(
      makeTable({
        columns: ["number", "indicator", "indicator", "unknown"],
        rows: [
          ["1.", "Выполнение государственного задания", "Выполнение количественных показателей (5)", "100%"],
          [null, null, null, "менее 100%"],
        ],
      }),
    );
    expect(located(gapNoMeasure, measured)).toEqual([]);
    const vague = mergedDown(
      makeTable({
        columns: ["number", "indicator", "notes"],
        rows: [
          ["1.", "Повышение качества образования", "первое полугодие"],
          [null, null, "второе полугодие"],
        ],
      }),
    );
    expect(located(gapNoMeasure, vague)).toEqual(["B2 gap.no-measure"]);
  });

  it("is not a gap when the unit column names the unit", () => {
    expect(located(gapNoMeasure, indicators(["indicator", "unit"], ["Обхванати ученици", "брой"]))).toEqual([]);
  });

  it("flags the vague indicators of the Kyustendil plan, goal 5's `Повишена информираност на родителите.` among them", () => {
    const cells = gapNoMeasure.run(kyustendil(), context()).map((f) => f.cell);
    expect(cells).toEqual(expect.arrayContaining(["F113", "F114", "F115", "F116", "F120", "F121"]));
    // Counted indicators are never among them: `Брой оценени деца` (F34, F35), `Брой обхванати ученици` (5.1.-5.3.).
    expect(cells).not.toEqual(expect.arrayContaining(["F35"]));
    for (const cell of ["F35", "F36", "F39", "F40", "F41"]) expect(cells).not.toContain(cell);
  });
});

describe("the Bochnia harmonogram's Miernik column", () => {
  const table = bochnia();
  const measures = tableMeasures(table);

  it("reads `8 planów i harmonogramów` as the target 8", () => {
    const i = table.rows.findIndex((r) => r.number === "6.");
    expect(measures.rows[i]?.target).toMatchObject({ kind: "number", value: 8 });
  });

  it.each([
    ["1.", 1],
    ["4.", 3],
    ["7.", 8],
    ["14.", 10],
    ["15.", 10],
    ["18.", 6],
  ])("reads task %s's measure as the target %d", (number, value) => {
    const i = table.rows.findIndex((r) => r.number === number);
    expect(measures.rows[i]?.target?.value).toBe(value);
  });

  it("finds no invalid target and no missing one", () => {
    expect(located(unitsTargets, table)).toEqual([]);
    expect(located(gapNoTarget, table)).toEqual([]);
  });
});

describe("gap.no-target", () => {
  it("warns when a measurable indicator has no target, at the target cell", () => {
    const table = indicators(["indicator", "target"], ["Liczba szkoleń", "1"], ["Liczba zespołów zadaniowych", ""]);
    const [f, ...rest] = gapNoTarget.run(table, context());
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: "gap.no-target", severity: "warning", cell: "D3", role: "target", value: "" });
  });

  it("leaves a vague indicator without a target to gap.no-measure", () => {
    const table = indicators(["indicator", "target"], ["Liczba szkoleń", "1"], ["Zatwierdzenie planu do realizacji.", ""]);
    expect(located(gapNoTarget, table)).toEqual([]);
    expect(located(gapNoMeasure, table)).toEqual(["C3 gap.no-measure"]);
  });

  it("is not asked of a table without a target column (the Kyustendil plan)", () => {
    expect(located(gapNoTarget, kyustendil())).toEqual([]);
  });
});

describe("target.invalid and unit.unknown", () => {
  it.each([
    ["Процент обхванати ученици", "120%", "percent-over-100", "error"],
    ["Брой обучени учители", "-5", "negative-count", "error"],
    ["Брой обучени учители", "2,5", "fraction-count", "warning"],
    ["Брой обучени учители", "много", "not-a-number", "warning"],
  ])("%j with target %j is invalid (%s)", (indicator, target, variant, severity) => {
    const [f] = unitsTargets.run(indicators(["indicator", "target"], [indicator, target]), context());
    expect(f).toMatchObject({ code: "target.invalid", severity, cell: "D2", role: "target", value: target, params: { variant } });
    expect(f.fix?.key).toBe(`fix.target.${variant}`);
  });

  it("takes a fraction as a proper value of a rate, counted per so many in the wording or the unit column", () => {
    // Podkarpackie strategy 2030: infant deaths per 1000 live births, target 3,2.
    expect(located(unitsTargets, indicators(["indicator", "target"], ["Zgony niemowląt na 1000 urodzeń żywych", "3,2"]))).toEqual([]);
    expect(located(unitsTargets, indicators(["indicator", "unit", "target"], ["Liczba lekarzy na 10 tys. ludności", "liczba", "47,5"]))).toEqual([]);
    expect(located(unitsTargets, indicators(["indicator", "unit", "target"], ["Смертность", "‰", "12,4"]))).toEqual([]);
  });

  it("accepts a level where the unit is a level (`Степен на удовлетвореност` → `Висока`)", () => {
    expect(located(unitsTargets, indicators(["indicator", "target"], ["Степен на удовлетвореност на служителите", "Висока"]))).toEqual([]);
  });

  it("flags a unit cell that names no unit, at the unit cell", () => {
    const [f] = unitsTargets.run(indicators(["indicator", "unit", "target"], ["Обхванати ученици", "ученици", "50"]), context());
    expect(f).toMatchObject({ code: "unit.unknown", severity: "warning", cell: "D2", value: "ученици" });
  });

  it("takes the unit from the unit column for the target (`%` column, target 85)", () => {
    expect(located(unitsTargets, indicators(["indicator", "unit", "target"], ["Обхванати ученици", "%", "85"]))).toEqual([]);
    expect(located(unitsTargets, indicators(["indicator", "unit", "target"], ["Обхванати ученици", "%", "185"]))).toEqual(["E2 target.invalid"]);
  });

  it("flags the scorecard's target cells, which list unit words instead of values", () => {
    const findings = unitsTargets.run(scorecard(), context());
    expect(findings.map((f) => [f.cell, f.params.variant])).toEqual([
      ["E5", "not-a-number"],
      ["E6", "not-a-number"],
      ["E7", "not-a-number"],
      ["E8", "not-a-number"],
    ]);
  });
});
