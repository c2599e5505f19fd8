import { parseTarget, targetProblems, unitFromWording } from "../../../src/engine/units";
import type { Target, Unit } from "../../../src/engine/units";
import { BOCHNIA_MEASURES } from "./seed-cells";

const count: Unit = { kind: "count", text: "Брой" };
const percent: Unit = { kind: "percent", text: "%" };
const leva: Unit = { kind: "currency", text: "лв.", currency: "BGN" };

/** The parsed target without its echo of the cell text. */
const read = (text: string, unit?: Unit | null): Omit<Target, "text"> => {
  const { text: _echo, ...rest } = parseTarget(text, unit);
  return rest;
};

describe("parseTarget reads the target cells of the seed plans", () => {
  it.each([
    ["1", { kind: "number", value: 1 }],
    ["3", { kind: "number", value: 3 }],
    ["2", { kind: "number", value: 2 }],
    ["8 planów\nI harmonogramów", { kind: "number", value: 8, noun: "planów I harmonogramów" }],
    ["8 diagnoz i planów wspomagania", { kind: "number", value: 8, noun: "diagnoz i planów wspomagania" }],
    ["8", { kind: "number", value: 8 }],
    ["4", { kind: "number", value: 4 }],
    ["10", { kind: "number", value: 10 }],
    [
      "10 planów\ni harmonogramów (w tym 2 szkoły biorące udział w pilotażu)",
      { kind: "number", value: 10, noun: "planów i harmonogramów (w tym 2 szkoły biorące udział w pilotażu)" },
    ],
    ["10\ndiagnoz                     i planów wspomagania", { kind: "number", value: 10, noun: "diagnoz i planów wspomagania" }],
    ["6", { kind: "number", value: 6 }],
    ["Висока", { kind: "level", value: 3, level: 3 }],
  ] as [string, Omit<Target, "text">][])("Miernik and scorecard cell %j", (cell, expected) => {
    expect(read(cell)).toEqual(expected);
  });

  it("keeps the cell as written", () => {
    expect(parseTarget(" 8 planów\nI harmonogramów ").text).toBe("8 planów\nI harmonogramów");
  });

  it("reads every Bochnia measure against its indicator's wording without a contradiction", () => {
    for (const { indicator, measure } of BOCHNIA_MEASURES) {
      const unit = unitFromWording(indicator);
      const target = parseTarget(measure, unit);
      expect([measure, target.kind, targetProblems(target, unit)]).toEqual([measure, "number", []]);
    }
  });
});

describe("parseTarget reads numbers, percents, money and levels in every language", () => {
  it.each([
    ["bg", "85%", { kind: "percent", value: 85 }],
    ["bg", "85 %", { kind: "percent", value: 85 }],
    ["bg", "85 процента", { kind: "percent", value: 85 }],
    ["bg", "не по-малко от 85%", { kind: "percent", value: 85 }],
    ["bg", "1 500 лв.", { kind: "money", value: 1500, currency: "BGN" }],
    ["bg", "1 500,50 лв.", { kind: "money", value: 1500.5, currency: "BGN" }],
    ["bg", "10 хил. лв.", { kind: "money", value: 10000, currency: "BGN" }],
    ["bg", "12 участници", { kind: "number", value: 12, noun: "участници" }],
    ["bg", "5–10 участници", { kind: "number", value: 5, noun: "участници" }],
    ["bg", "Средна", { kind: "level", value: 2, level: 2 }],
    ["bg", "ниска", { kind: "level", value: 1, level: 1 }],
    ["pl", "1500,50 zł", { kind: "money", value: 1500.5, currency: "PLN" }],
    ["pl", "1.500,50 zł", { kind: "money", value: 1500.5, currency: "PLN" }],
    ["pl", "co najmniej 10 szkół", { kind: "number", value: 10, noun: "szkół" }],
    ["pl", "90 proc.", { kind: "percent", value: 90 }],
    ["pl", "wysoki poziom", { kind: "level", value: 3, level: 3 }],
    ["ru", "10 тыс. руб.", { kind: "money", value: 10000, currency: "RUB" }],
    ["ru", "не менее 80%", { kind: "percent", value: 80 }],
    ["ru", "высокий", { kind: "level", value: 3, level: 3 }],
    ["ru", "25 человек", { kind: "number", value: 25, noun: "человек" }],
    ["uk", "1 500 грн", { kind: "money", value: 1500, currency: "UAH" }],
    ["uk", "85 відсотків", { kind: "percent", value: 85 }],
    ["uk", "середній", { kind: "level", value: 2, level: 2 }],
    ["en", "EUR 1,500.50", { kind: "money", value: 1500.5, currency: "EUR" }],
    ["en", "€1 500", { kind: "money", value: 1500, currency: "EUR" }],
    ["en", "at least 10 schools", { kind: "number", value: 10, noun: "schools" }],
    ["en", "≥ 90 %", { kind: "percent", value: 90 }],
    ["en", "-3", { kind: "number", value: -3 }],
    ["en", "2,5", { kind: "number", value: 2.5 }],
  ] as [string, string, Omit<Target, "text">][])("%s: %j", (_lang, cell, expected) => {
    expect(read(cell)).toEqual(expected);
  });

  it.each(["Podjęcie uchwały", "Nie dotyczy", "w 8 szkołach", "01.06.2019", "Publikacja uchwały (Bip)", ""])(
    "reads %j as text",
    (cell) => {
      expect(read(cell)).toEqual({ kind: "text", value: null });
    },
  );

  it("takes a bare number's kind from the unit", () => {
    expect(read("85", percent)).toEqual({ kind: "percent", value: 85 });
    expect(read("1500", leva)).toEqual({ kind: "money", value: 1500, currency: "BGN" });
    expect(read("85", count)).toEqual({ kind: "number", value: 85 });
  });

  it("lets the cell's own unit word win over the column's unit", () => {
    expect(read("85%", count)).toEqual({ kind: "percent", value: 85 });
  });
});
