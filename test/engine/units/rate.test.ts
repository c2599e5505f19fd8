import { parseTarget, parseUnit, targetProblems, unitFromWording } from "../../../src/engine/units";
import { rateBase } from "../../../src/engine/units/rate";

describe("rateBase finds what a rate is counted per", () => {
  it.each([
    ["Zgony niemowląt na 1000 urodzeń żywych", "na 1000"],
    ["Liczba lekarzy na 10 tys. ludności", "na 10 tys."],
    ["Смертность на 100 тыс. населения", "на 100 тыс."],
    ["Кількість правопорушень на 100 тис. осіб", "на 100 тис."],
    ["Pupils excluded per 100,000 population", "per 100,000"],
    ["na 100 000 mieszkańców", "na 100 000"],
    ["‰", "‰"],
  ])("%j", (text, base) => {
    expect(rateBase(text)?.text).toBe(base);
  });

  it.each([["Кількість заходів на 2025 рік"], ["Брой участници на 2 заседания"], ["per cent"], ["Liczba szkoleń"]])(
    "%j names no rate",
    (text) => {
      expect(rateBase(text)).toBeNull();
    },
  );
});

describe("a rate's target may have a fraction", () => {
  // Podkarpackie regional strategy 2030: infant deaths per 1000 live births, 4,2 then 3,2.
  it("takes a fractional target per 1000 as a proper value", () => {
    const unit = unitFromWording("Zgony niemowląt na 1000 urodzeń żywych");
    expect(unit).toMatchObject({ kind: "count", per: "na 1000" });
    expect(targetProblems(parseTarget("3,2", unit), unit)).toEqual([]);
  });

  it("takes a count per so many as a rate", () => {
    const unit = unitFromWording("Liczba lekarzy na 10 tys. ludności");
    expect(unit).toMatchObject({ kind: "count", per: "na 10 tys." });
    expect(targetProblems(parseTarget("47,5", unit), unit)).toEqual([]);
  });

  it("reads a promille or a base per so many in the unit cell as a rate", () => {
    expect(parseUnit("‰")).toMatchObject({ kind: "count", per: "‰" });
    expect(parseUnit("осіб на 100 тис. населення")).toMatchObject({ per: "на 100 тис." });
    expect(targetProblems(parseTarget("12,4", parseUnit("‰")), parseUnit("‰"))).toEqual([]);
  });

  it("still takes a fraction of whole things as a slip", () => {
    const unit = unitFromWording("Liczba szkoleń dla nauczycieli");
    expect(targetProblems(parseTarget("2,5", unit), unit)).toEqual([{ code: "target.fraction-count", params: { value: 2.5 } }]);
  });
});
