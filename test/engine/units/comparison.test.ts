import { parseTarget, parseUnit, targetProblems } from "../../../src/engine/units";
import { comparesToBase } from "../../../src/engine/units/comparison";

const percent = parseUnit("%");

describe("a percent of a base may pass 100", () => {
  it.each([
    ["Темп роста среднемесячной заработной платы к предыдущему году"],
    ["Індекс фізичного обсягу інвестицій"],
    ["Dynamika liczby uczniów w stosunku do 2019 r."],
    ["Growth in library visits compared with 2022"],
    ["Ръст на записаните ученици спрямо предходната година"],
    // A share named first, its base only after it: last year's value is what 100 is.
    ["Доля инвалидов, принятых на обучение (по отношению к значению показателя предыдущего года)"],
    ["Частка випускників, працевлаштованих (по відношенню до попереднього року)"],
    ["Odsetek absolwentów zatrudnionych (wartość poprzedniego roku = 100)"],
  ])("%j: 105 is no target over 100", (indicator) => {
    expect(comparesToBase(indicator)).toBe(true);
    expect(targetProblems(parseTarget("105", percent), percent, indicator)).toEqual([]);
  });

  it("reads the base in the unit cell too (`% к предыдущему году`)", () => {
    const unit = parseUnit("% к предыдущему году");
    expect(targetProblems(parseTarget("104,5", unit), unit, "Объем платных услуг")).toEqual([]);
  });

  it.each([["Доля детей, охваченных дополнительным образованием"], ["Доля выпускников по отношению к общему числу выпускников"], ["Odsetek dzieci objętych wychowaniem przedszkolnym"], ["Registration of pupils"]])(
    "%j: a share of a whole over 100 is still impossible",
    (indicator) => {
      expect(comparesToBase(indicator)).toBe(false);
      expect(targetProblems(parseTarget("120", percent), percent, indicator)).toEqual([{ code: "target.percent-over-100", params: { value: 120 } }]);
    },
  );
});
