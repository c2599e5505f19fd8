import { hasQuantity, parseUnits, unitFromWording } from "../../../src/engine/units";
import type { UnitKind } from "../../../src/engine/units";
import { BOCHNIA_MEASURES, KYUSTENDIL_INDICATORS, SCORECARD_ROWS, VOLODARSK_RESULTS } from "./seed-cells";

describe("unitFromWording reads what an indicator measures from its own words", () => {
  const cases: [string, string, UnitKind, string][] = [
    ["bg", "Брой обучени учители", "count", "Брой"],
    ["bg", "Брой наг ученици", "count", "Брой"],
    ["bg", "Процент обхванати ученици", "percent", "Процент"],
    ["bg", "Относителен дял на обхванатите", "percent", "Относителен дял"],
    ["bg", "Размер на инвестиции/капиталови", "currency", "Размер на инвестиции"],
    ["bg", "Степен на удовлетвореност на служителите", "level", "Степен"],
    ["bg", "Обхват на служителите със стратегически професии", "percent", "Обхват"],
    ["bg", "на Брой поощрени деца и ученици", "count", "Брой"],
    ["bg", "Изготвени маршрути. Брой деца и ученици.", "count", "Брой"],
    ["bg", "Обучение от 16 часа", "hours", "часа"],
    ["bg", "Обучени учители (брой)", "count", "брой"],
    ["bg", "▪ Брой споразумения за партньорство", "count", "Брой"],
    ["pl", "Liczba szkoleń", "count", "Liczba"],
    ["pl", "Ilość spotkań", "count", "Ilość"],
    ["pl", "Ilość  utworzonych sieci.", "count", "Ilość"],
    ["pl", "Odsetek uczniów objętych wsparciem", "percent", "Odsetek"],
    ["pl", "Wysokość środków na szkolenia", "currency", "Wysokość środków"],
    ["pl", "Zwiększenie liczby uczniów", "count", "liczby"],
    ["pl", "Szkolenia 5 dni", "days", "dni"],
    ["ru", "Количество участников", "count", "Количество"],
    ["ru", "Число обучающихся", "count", "Число"],
    ["ru", "Доля руководителей ОО, прошедших аттестацию", "percent", "Доля"],
    ["ru", "Удельный вес выпускников", "percent", "Удельный вес"],
    ["ru", "Объём финансирования программ", "currency", "Объём финансирования"],
    ["ru", "Уровень сформированности компетенций", "level", "Уровень"],
    ["uk", "Кількість учнів", "count", "Кількість"],
    ["uk", "Частка закладів освіти", "percent", "Частка"],
    ["uk", "Відсоток охоплених дітей", "percent", "Відсоток"],
    ["uk", "Обсяг коштів на навчання", "currency", "Обсяг коштів"],
    ["en", "Number of trained teachers", "count", "Number"],
    ["en", "Share of schools with a support team", "percent", "Share"],
    ["en", "% of pupils in after-school care", "percent", "%"],
    ["en", "Amount of funding for training", "currency", "Amount of funding"],
    ["en", "Level of parents' satisfaction", "level", "Level"],
  ];
  it.each(cases)("%s: %j", (_lang, wording, kind, text) => {
    expect(unitFromWording(wording)).toEqual({ kind, text });
  });

  it("names the currency when the wording does", () => {
    expect(unitFromWording("Средства в размер на 1 500 лв.")).toEqual({ kind: "currency", currency: "BGN", text: "лв." });
  });

  it.each([
    "Повишена информираност на родителите.",
    "Осигуряване на достъп до образование.",
    "Zatwierdzenie planu do realizacji.",
    "Decyzja Dyrektora szkoły w porozumieniu z Gł. Księgową.",
    "Zmiana w budżecie Powiatu na rok 2018",
    "Прилагане на изискванията на Наредба № 6",
    "Ожидаемый результат в том числе по всем ОО",
    "",
  ])("finds no unit in %j", (wording) => {
    expect(unitFromWording(wording)).toBeNull();
  });

  it("reads each scorecard indicator as the unit its unit cell gives it", () => {
    const row = SCORECARD_ROWS[2];
    expect(row.indicators.map((i) => unitFromWording(i)?.kind)).toEqual(parseUnits(row.units).map((u) => u.kind));
  });

  it("reads the first three indicators of the people row as %, money and a level, as its unit cell does", () => {
    const row = SCORECARD_ROWS[3];
    expect(row.indicators.map((i) => unitFromWording(i)?.kind)).toEqual(["percent", "currency", "level"]);
  });

  it("reads the Kyustendil indicators that count with `Брой` as counts and `Процент` as percents", () => {
    for (const [wording, measurable] of KYUSTENDIL_INDICATORS) {
      if (!measurable) continue;
      const expected = /Процент/.test(wording) ? "percent" : "count";
      expect([wording, unitFromWording(wording)?.kind]).toEqual([wording, expected]);
    }
  });

  it("reads every Bochnia `Liczba`/`Ilość` indicator as a count", () => {
    for (const { indicator } of BOCHNIA_MEASURES) {
      const counted = /^(Liczba|Ilość)/.test(indicator);
      expect([indicator, unitFromWording(indicator)?.kind ?? null]).toEqual([indicator, counted ? "count" : null]);
    }
  });
});

describe("hasQuantity tells an indicator someone can measure from a vague one", () => {
  it.each(KYUSTENDIL_INDICATORS)("Kyustendil: %j -> %s", (wording, measurable) => {
    expect(hasQuantity(wording)).toBe(measurable);
  });

  it.each(SCORECARD_ROWS.flatMap((r) => r.indicators))("scorecard: %j measures something", (wording) => {
    expect(hasQuantity(wording)).toBe(true);
  });

  it.each([
    ["Zatwierdzenie planu do realizacji.", false],
    ["Zmiana                 w budżecie Powiatu na rok 2018", false],
    ["Decyzja Dyrektora szkoły\nw porozumieniu z Gł. Księgową.", false],
    ["Liczba szkoleń", true],
    ["Ilość spotkań", true],
  ] as [string, boolean][])("Bochnia: %j -> %s", (wording, measurable) => {
    expect(hasQuantity(wording)).toBe(measurable);
  });

  it.each(VOLODARSK_RESULTS)("Volodarsk: the result %j measures nothing", (wording) => {
    expect(hasQuantity(wording)).toBe(false);
  });

  it.each([
    ["Обхванати 50 деца", true],
    ["Средна стойност на успеха", true],
    ["Размер на групите", true],
    ["Average number of pupils per class", true],
    // Rochdale libraries 2007-10: what is counted opens the measure.
    ["Visits to the Mobile library, Mobile library issues", true],
    ["Посещаемость занятий", true],
    ["Frekwencja uczniów na zajęciach", true],
    ["Performance measures and monitoring arrangements: Visits to the Mobile library", true],
    // Rochdale again: an outcome in words, nothing to count.
    ["Performance measures and monitoring arrangements: Plan in place", false],
    ["Services in place", false],
    ["Self-issue in place in appropriate libraries", false],
    ["Създадени условия за кариерно ориентиране", false],
    ["Осигуряване на логопедична подкрепа по чл. 8", false],
  ] as [string, boolean][])("%j -> %s", (wording, measurable) => {
    expect(hasQuantity(wording)).toBe(measurable);
  });
});

describe("a unit in square brackets after the indicator", () => {
  it.each(["Długość dróg dla rowerów [km]", "Roczna praca eksploatacyjna ZTM [wzkm]", "Udział energii odnawialnej [%]"])(
    "makes %s measurable, whatever the unit",
    (text) => {
      expect(hasQuantity(text)).toBe(true);
    },
  );

  it("does not take a footnote mark or a label inside the wording for a unit", () => {
    expect(hasQuantity("Повишена информираност на родителите [*]")).toBe(false);
    expect(hasQuantity("Подобрена комуникация [виж приложение] с родителите")).toBe(false);
  });
});

describe("an index against a base of 100", () => {
  it.each(["Zdawalność matur (Polska =100)", "Индекс производства (2010 = 100)", "ВРП на душу населения (РФ=100)"])(
    "makes %s measurable: it is measured in points of the base",
    (text) => {
      expect(hasQuantity(text)).toBe(true);
    },
  );

  it("does not take a number equal to something else for an index", () => {
    expect(hasQuantity("Podniesienie jakości kształcenia (wariant A = wariant B)")).toBe(false);
  });
});

describe("a unit after a comma at the end of the indicator", () => {
  it.each<[string, UnitKind, string]>([
    ["Протяженность сетей, км", "measure", "км"],
    ["Площа спортзалу, м2", "measure", "м2"],
    ["Powierzchnia terenów zielonych, ha", "measure", "ha"],
    ["Wydatki na remonty, zł", "currency", "zł"],
    ["Площ на двора, кв.м", "measure", "кв.м"],
    ["Participation in clubs, %", "percent", "%"],
  ])("%j is measured in its unit", (text, kind, unit) => {
    expect(unitFromWording(text)).toMatchObject({ kind, text: unit });
  });

  it.each(["Заходи, проведені в школі", "Повишена информираност, родители", "Poprawa bezpieczeństwa, uczniowie klas I-III"])(
    "%j names no unit after its comma",
    (text) => {
      expect(unitFromWording(text)).toBeNull();
    },
  );
});

describe("units of volume, energy and work in brackets or after a comma", () => {
  it.each(["Zasięg (wzkm)", "Emisja CO2 (Mg)", "Zużycie energii (MWh)", "Energy use, kWh", "Потребление тепла (Гкал)", "Спожита вода, м3"])(
    "%j is measured in its unit",
    (text) => {
      expect(unitFromWording(text)).toMatchObject({ kind: "measure" });
    },
  );
});
