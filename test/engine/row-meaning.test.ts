import fc from "fast-check";
import { checkSheet } from "../../src/engine/check";
import { commonRegistry } from "../../src/engine/executors";
import { parsePeriodOption } from "../../src/engine/deadline";
import { gridFromRows } from "../../src/engine/grid";
import { rowMeanings, tableUnits } from "../../src/engine/row-meaning";
import { parseUnit, unitFromWording } from "../../src/engine/units";
import { makeTable } from "./rules/make-table";

const registry = commonRegistry();

describe("a checked row's meaning", () => {
  const table = makeTable({
    columns: ["number", "activity", "deadline", "responsible", "indicator", "unit", "target"],
    rows: [
      "СЕНТЯБРЬ",
      ["1.", "Педагогический совет", "15", "директор, РУО", "Доля педагогов", "%", "120"],
      ["2.", "Родительское собрание", "постоянно", "", "Количество собраний", "", "4"],
      ["3.", "Отчёт", "—", "-", "Проведён отчёт", "-", ""],
    ],
  });
  const period = parsePeriodOption("2020");
  const meanings = rowMeanings(table, { period, registry });

  it("reads a deadline with its section's month and the plan's year", () => {
    expect(meanings.deadline(0)).toMatchObject({ kind: "date", start: "2020-09-15", end: "2020-09-15" });
    expect(meanings.deadline(1)).toMatchObject({ kind: "continuous" });
  });

  it("names each body of a responsible cell, known or not", () => {
    expect(meanings.bodies(0, "responsible")?.map((b) => b.text)).toEqual(["директор", "РУО"]);
    expect(meanings.bodies(1, "responsible")).toBeNull();
  });

  it("takes the unit from the unit cell, else from the indicator's wording, and reads the target against it", () => {
    expect(meanings.unit(0)).toMatchObject({ kind: "percent" });
    expect(meanings.target(0)).toMatchObject({ kind: "percent", value: 120 });
    expect(meanings.unit(1)).toMatchObject({ kind: "count" });
    expect(meanings.target(1)).toMatchObject({ kind: "number", value: 4 });
  });

  it("gives a filler unit cell no unit, as the rules, which skip filler, see it", () => {
    expect(meanings.unitCell(2)).toBeNull();
    expect(meanings.unit(2)).toBe(tableUnits(table).unit(2));
  });

  it("is one reading: asked again, or through the check's result, the same objects come back", () => {
    expect(rowMeanings(table, { period, registry })).toBe(meanings);
    expect(meanings.deadline(0)).toBe(meanings.deadline(0));
    expect(meanings.row(0).deadline).toBe(meanings.deadline(0));
    // Another period is another reading of the same cells.
    expect(rowMeanings(table, { period: null, registry })).not.toBe(meanings);
  });

  it("is what the check hands its host, with the period and registry the rules used", () => {
    const grid = gridFromRows("План", [
      ["План на 2019 година"],
      ["№", "Дейност", "Срок", "Отговорни"],
      ["1.", "Среща с родители", "м. септември", "училища"],
    ]);
    const [check] = checkSheet(grid);
    expect(check.meanings.period).toBe(check.period);
    expect(check.meanings.registry).toBe(check.registry);
    expect(check.meanings.row(0).deadline).toMatchObject({ start: "2019-09-01", end: "2019-09-30" });
  });
});

/** What a cell holds when it is not filled in yet: the rules count it as empty. */
const FILLER = [" ", "\n", "-", "‐", "‑", "‒", "–", "—", "―", "_", ".", ",", ";", ":", "…", "?", "!", "*", "x", "X", "х", "Х", "×", "/", "\\"];

describe("filler", () => {
  it("names no unit, neither in a unit cell nor as an indicator's wording", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FILLER), { maxLength: 6 }), (parts) => {
        const text = parts.join("");
        return parseUnit(text) === null && unitFromWording(text) === null;
      }),
    );
  });
});
