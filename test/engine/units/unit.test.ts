import { parseUnit, parseUnits } from "../../../src/engine/units";
import type { Unit } from "../../../src/engine/units";
import { SCORECARD_ROWS } from "./seed-cells";

type Expected = Pick<Unit, "kind" | "currency">;
const kinds = (units: Unit[]): Expected[] => units.map((u) => (u.currency ? { kind: u.kind, currency: u.currency } : { kind: u.kind }));

describe("parseUnit reads a unit cell in every language", () => {
  const cases: [string, string, Expected][] = [
    ["bg", "Брой", { kind: "count" }],
    ["bg", "брой", { kind: "count" }],
    ["bg", "бр.", { kind: "count" }],
    ["bg", "%", { kind: "percent" }],
    ["bg", "Процент", { kind: "percent" }],
    ["bg", "Относителен дял", { kind: "percent" }],
    ["bg", "Лева", { kind: "currency", currency: "BGN" }],
    ["bg", "лв.", { kind: "currency", currency: "BGN" }],
    ["bg", "хил. лв.", { kind: "currency", currency: "BGN" }],
    ["bg", "евро", { kind: "currency", currency: "EUR" }],
    ["bg", "часа", { kind: "hours" }],
    ["bg", "дни", { kind: "days" }],
    ["bg", "Висока", { kind: "level" }],
    ["pl", "Liczba", { kind: "count" }],
    ["pl", "ilość", { kind: "count" }],
    ["pl", "ILOŚĆ", { kind: "count" }],
    ["pl", "szt.", { kind: "count" }],
    ["pl", "osób", { kind: "count" }],
    ["pl", "odsetek", { kind: "percent" }],
    ["pl", "zł", { kind: "currency", currency: "PLN" }],
    ["pl", "PLN", { kind: "currency", currency: "PLN" }],
    ["pl", "tys. zł", { kind: "currency", currency: "PLN" }],
    ["pl", "godz.", { kind: "hours" }],
    ["pl", "dni", { kind: "days" }],
    ["pl", "wysoka", { kind: "level" }],
    ["ru", "Количество", { kind: "count" }],
    ["ru", "Число", { kind: "count" }],
    ["ru", "шт.", { kind: "count" }],
    ["ru", "чел.", { kind: "count" }],
    ["ru", "доля", { kind: "percent" }],
    ["ru", "руб.", { kind: "currency", currency: "RUB" }],
    ["ru", "тыс. руб.", { kind: "currency", currency: "RUB" }],
    ["ru", "часов", { kind: "hours" }],
    ["ru", "дней", { kind: "days" }],
    ["ru", "высокий", { kind: "level" }],
    ["uk", "Кількість", { kind: "count" }],
    ["uk", "осіб", { kind: "count" }],
    ["uk", "відсоток", { kind: "percent" }],
    ["uk", "частка", { kind: "percent" }],
    ["uk", "грн", { kind: "currency", currency: "UAH" }],
    ["uk", "годин", { kind: "hours" }],
    ["uk", "днів", { kind: "days" }],
    ["uk", "висока", { kind: "level" }],
    ["en", "number", { kind: "count" }],
    ["en", "percentage", { kind: "percent" }],
    ["en", "EUR", { kind: "currency", currency: "EUR" }],
    ["en", "€", { kind: "currency", currency: "EUR" }],
    ["en", "USD", { kind: "currency", currency: "USD" }],
    ["en", "hours", { kind: "hours" }],
    ["en", "days", { kind: "days" }],
    ["en", "High", { kind: "level" }],
  ];
  it.each(cases)("%s: %j", (_lang, cell, expected) => {
    const unit = parseUnit(cell);
    expect(unit).not.toBeNull();
    expect(kinds([unit!])).toEqual([expected]);
  });

  it("keeps the words as written as the unit's text", () => {
    expect(parseUnit("  лв. ")).toEqual({ kind: "currency", currency: "BGN", text: "лв." });
    expect(parseUnit("брой деца")).toEqual({ kind: "count", text: "брой деца" });
  });

  it.each(["", "деца", "Nie dotyczy", "Бюджет на общината"])("names no unit in %j", (cell) => {
    expect(parseUnit(cell)).toBeNull();
  });

  it("names no single unit in a cell mixing units, and one unit in a cell repeating it", () => {
    expect(parseUnit("Брой % % Висока")).toBeNull();
    expect(parseUnit("Брой\nброй")).toEqual({ kind: "count", text: "Брой" });
  });
});

describe("parseUnits reads a cell naming one unit per indicator", () => {
  it.each([
    ["Брой % % Висока", [{ kind: "count" }, { kind: "percent" }, { kind: "percent" }, { kind: "level" }]],
    ["Брой брой", [{ kind: "count" }, { kind: "count" }]],
    ["Брой Лева Брой", [{ kind: "count" }, { kind: "currency", currency: "BGN" }, { kind: "count" }]],
    ["% Лева % Висока", [{ kind: "percent" }, { kind: "currency", currency: "BGN" }, { kind: "percent" }, { kind: "level" }]],
    ["Брой\n%\n%\nВисока", [{ kind: "count" }, { kind: "percent" }, { kind: "percent" }, { kind: "level" }]],
    ["▪ Брой ▪ Лева", [{ kind: "count" }, { kind: "currency", currency: "BGN" }]],
    ["Брой/%", [{ kind: "count" }, { kind: "percent" }]],
    ["Liczba\nzł", [{ kind: "count" }, { kind: "currency", currency: "PLN" }]],
  ] as [string, Expected[]][])("%j", (cell, expected) => {
    expect(kinds(parseUnits(cell))).toEqual(expected);
  });

  it("takes a level word inside what a unit counts as part of it, and on its own line as a unit", () => {
    expect(kinds(parseUnits("Брой деца с високи резултати"))).toEqual([{ kind: "count" }]);
    expect(kinds(parseUnits("Брой деца\nВисока"))).toEqual([{ kind: "count" }, { kind: "level" }]);
  });

  it("gives each unit the words written with it", () => {
    expect(parseUnits("брой деца\n% обхванати").map((u) => u.text)).toEqual(["брой деца", "% обхванати"]);
  });

  it.each(SCORECARD_ROWS.map((r) => [r.units]))("reads every unit of the scorecard cell %j", (cell) => {
    expect(parseUnits(cell)).toHaveLength(cell.split(" ").length);
  });
});
