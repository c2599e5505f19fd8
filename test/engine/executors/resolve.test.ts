import {
  buildRegistry, commonBodies, commonRegistry, registryFromGlossary, resolveBodies, resolveBody,
} from "../../../src/engine/executors";
import type { RegistryEntry } from "../../../src/engine/executors";
import { KYUSTENDIL_GLOSSARY } from "./seed-cells";

const kyustendil = buildRegistry(registryFromGlossary(KYUSTENDIL_GLOSSARY), commonBodies());
const bodyOf = (text: string) => resolveBody(kyustendil, text).body;

describe("resolveBody treats a body with a place after it as the same body", () => {
  it.each([
    ["РУО – Кюстендил", "РУО"],
    ["РУО-Кюстендил", "РУО"],
    ["РУО Кюстендил", "РУО"],
    ["РУО -- Кюстендил", "РУО"],
    ["РЦПППО -- Кюстендил", "РЦПППО"],
    ["РЦПППО Кюстендил", "РЦПППО"],
    ["Районна прокуратура – Кюстендил", "Районна прокуратура"],
    ["Регионална библиотека - Кюстендил", "Регионална библиотека"],
    ["Община Кюстендил", "Община"],
    ["НУ Кюстендил", "НУ"],
    ["РУО гр. Кюстендил", "РУО"],
    ["Zarząd Powiatu Bocheńskiego", "Zarząd Powiatu"],
    // A place closed by a territory: the Astrakhan region's education programme.
    ["Министерство образования и науки Астраханской области", "Министерство образования и науки"],
    ["Міністерство освіти і науки України", "МОН України"],
    // A region's ministry named by the fields it covers, the region after it.
    ["Министерство общего и профессионального образования Свердловской области", "Министерство образования и науки"],
    ["Министерство образования и молодежной политики Свердловской области", "Министерство образования и науки"],
    ["Министерство образования, науки и молодежной политики Нижегородской области", "Министерство образования и науки"],
    ["Комитет общего и профессионального образования Ленинградской области", "Управление образования"],
    ["органы местного самоуправления муниципальных образований в Свердловской области", "ОМСУ"],
    ["ОРГАНЫ МЕСТНОГО САМОУПРАВЛЕНИЯ МУНИЦИПАЛЬНЫХ ОБРАЗОВАНИЙ В СВЕРДЛОВСКОЙ ОБЛАСТИ", "ОМСУ"],
  ])("%j -> %j", (text, key) => {
    expect(resolveBody(kyustendil, text)).toEqual({ text, body: key, known: true, suggestion: null });
  });

  it("does not take a known body for a place (`Общини РУП` is two bodies, not Община in РУП)", () => {
    expect(resolveBody(kyustendil, "Общини РУП").known).toBe(false);
  });
});

describe("resolveBody is tolerant of how officials write a body", () => {
  it.each([
    ["училище", "училища"],
    ["Училища", "училища"],
    ["училищата", "училища"],
    ["детска градина", "детски градини"],
    // Gurkovo's sports programme: `Спортни празници в ЦДГ`, the municipality's kindergartens open all day.
    ["ЦДГ", "детски градини"],
    ["детските градини", "детски градини"],
    ["Общини", "Община"],
    ["ЦПЛР-ОДК", "ЦПЛР – ОДК"],
    ["ЦПЛР - ОДК", "ЦПЛР – ОДК"],
    ["отдел Закрила на детето", "отдел „Закрила на детето“"],
    ["Полицията", "Полиция"],
    ["здравни медиатори", "здравен медиатор"],
    ["Регионално управление на образованието", "РУО"],
    ["Регионалното управление на образованието – Кюстендил", "РУО"],
    ["szkoła", "Szkoły"],
    ["szkół", "Szkoły"],
    ["Szkoły objęte pilotażem", "Szkoły"],
    ["dyrektorzy szkół objętych wspomaganiem", "Dyrektor szkoły"],
    ["Gł. Księgową", "Gł. Księgowa"],
    ["organem prowadzącym", "organ prowadzący"],
    ["Zespoły zadaniowe", "Zespół zadaniowy"],
    ["Wydziału OPS", "Wydział OPS"],
    ["управления образования", "Управление образования"],
    ["руководители ОО", "ОО"],
    ["відділу освіти", "відділ освіти"],
  ])("%j -> %j", (text, key) => {
    expect(bodyOf(text)).toBe(key);
  });

  it.each([
    ["Всички общински училища", "училища"],
    ["всички детски градини", "детски градини"],
    ["I ОУ", "ОУ"],
    ["VII ОУ", "ОУ"],
    ["ОУ „Христо Ботев“", "ОУ"],
    ["СУ № 3", "СУ"],
    ["Dyrektor PPP", "PPP"],
    ["директор на училище", "училища"],
    ["доставчици на социални услуги в Община Кюстендил", "доставчици на социални услуги"],
    ["wszystkie szkoły", "Szkoły"],
  ])("reads past qualifiers, numbers, names, heads and descriptions: %j -> %j", (text, key) => {
    expect(bodyOf(text)).toBe(key);
  });

  it("gives the workbook's meaning of an abbreviation precedence over the common one", () => {
    const su = kyustendil.entries.find((e) => e.key === "СУ")!;
    expect(su.full).toBe("Спортно училище");
    expect(su.source).toBe("workbook-glossary");
    expect(commonRegistry().entries.find((e) => e.key === "СУ")!.full).toBe("средно училище");
  });
});

describe("resolveBody reports an unknown body with the nearest known one", () => {
  it.each([
    ["РУПО", "РУО"],
    ["РУПО – Кюстендил", "РУО"],
    ["РЗИИ", "РЗИ"],
    ["МКБПМН", "МКБППМН"],
    ["училишта", "училища"],
    ["Районна прокуратурa", "Районна прокуратура"],
  ])("%j -> suggestion %j", (text, suggestion) => {
    expect(resolveBody(kyustendil, text)).toEqual({ text, body: null, known: false, suggestion });
  });

  it.each(["Фондация „Деца на България“", "читалище „Братство“ и кметства", "ЕКИП", "Z"])(
    "suggests nothing for %j, which is far from every known body",
    (text) => {
      expect(resolveBody(kyustendil, text)).toEqual({ text, body: null, known: false, suggestion: null });
    },
  );

  it("prefers the body of the earlier source when two are equally near", () => {
    // РУП and РУО are both one edit from РУПО: the registry's order decides.
    const rup: RegistryEntry = { key: "РУП", full: "Районно управление на полицията", aliases: [], source: "common" };
    const ruo = registryFromGlossary(["РУО – Регионално управление на образованието"]);
    expect(resolveBody(buildRegistry([rup], ruo), "РУПО").suggestion).toBe("РУП");
    expect(resolveBody(buildRegistry(ruo, [rup]), "РУПО").suggestion).toBe("РУО");
  });
});

describe("buildRegistry", () => {
  const entry = (key: string, full: string | null, aliases: string[], source: RegistryEntry["source"]): RegistryEntry => ({
    key, full, aliases, source,
  });

  it("makes one body of entries with the same key, pooling aliases and filling a missing full name", () => {
    const registry = buildRegistry(
      [entry("ДПС", null, ["ДПС при РУП"], "registry-sheet")],
      [entry("ДПС", "Детска педагогическа стая", ["детски педагогически стаи"], "common")],
    );
    expect(registry.entries).toEqual([
      entry("ДПС", "Детска педагогическа стая", ["ДПС при РУП", "детски педагогически стаи"], "registry-sheet"),
    ]);
    expect(resolveBody(registry, "Детска педагогическа стая").body).toBe("ДПС");
  });

  it("never lets an alias hide another body's own name", () => {
    const registry = buildRegistry([entry("A", null, ["РУО"], "common"), entry("РУО", null, [], "common")]);
    expect(resolveBody(registry, "РУО").body).toBe("РУО");
  });

  it("keeps the entries it was given unchanged", () => {
    const given = [entry("РУО", null, [], "common")];
    buildRegistry(given, [entry("РУО", "Регионално управление на образованието", ["x"], "common")]);
    expect(given).toEqual([entry("РУО", null, [], "common")]);
  });
});

describe("commonBodies", () => {
  it.each([
    ["bg", ["училища", "детски градини", "Община", "РУО", "МОН", "ДПС", "ДСП", "РУП", "НПО", "МКБППМН", "РЗИ", "Бюро по труда", "МВР", "Полиция"]],
    ["pl", ["Wydział OPS", "FK", "Skarbnik Powiatu", "Zarząd Powiatu", "PPP", "Dyrektor szkoły", "Szkoły", "Zespół zadaniowy", "ORE", "KFS", "jst", "Gł. Księgowa"]],
    ["ru", ["Управление образования", "ИДК", "ОО", "ГБОУ ДПО НИРО"]],
    ["uk", ["відділ освіти", "заклади освіти", "ЦПРПП"]],
  ] as const)("%s names the bodies its plans rely on", (country, keys) => {
    const names = commonBodies(country).map((e) => e.key);
    for (const key of keys) expect(names).toContain(key);
  });

  it("gives every common body a distinct key", () => {
    const all = commonBodies();
    expect(buildRegistry(all).entries).toHaveLength(all.length);
  });
});

describe("resolveBodies knows the common bodies officials name without explaining them", () => {
  const common = commonRegistry();
  const known = (cell: string) => resolveBodies(common, cell).map((b) => [b.text, b.known]);

  it("knows a US school district's board, offices and officers", () => {
    expect(known("Board of Education")).toEqual([["Board of Education", true]]);
    expect(known("CFO, Superintendent")[0]).toEqual(["CFO", true]);
    expect(known("Business Office")).toEqual([["Business Office", true]]);
    expect(known("Ed Services")).toEqual([["Ed Services", true]]);
  });

  it("knows a Bulgarian community cultural centre written НЧ with its name or its village", () => {
    expect(known("НЧ с. Кардам")).toEqual([["НЧ с. Кардам", true]]);
    expect(known("НЧ „Пробуда - 1941” с. Кардам")).toEqual([["НЧ „Пробуда - 1941” с. Кардам", true]]);
  });

  it("knows a Russian district's culture office, with its legal form in front, and its houses of culture", () => {
    expect(known("МКУ Отдел культуры, СДК")).toEqual([["МКУ Отдел культуры", true], ["СДК", true]]);
  });
});

describe("resolveBodies splits and resolves a cell against one registry", () => {
  it("resolves each body of a cell", () => {
    expect(resolveBodies(kyustendil, "детски градини, РУПО – Кюстендил")).toEqual([
      { text: "детски градини", body: "детски градини", known: true, suggestion: null },
      { text: "РУПО – Кюстендил", body: null, known: false, suggestion: "РУО" },
    ]);
  });
});

describe("the education authorities and schools of every country are known as officials write them", () => {
  it.each([
    ["Министерство просвещения Российской Федерации"],
    ["Департамент образования и науки Брянской области"],
    ["Районный отдел образования"],
    ["МБОУ СОШ № 5"],
    ["Управління освіти і науки Сумської міської ради"],
    ["Wydział Edukacji Starostwa Powiatowego"],
    ["Ministerstwo Edukacji i Nauki"],
    ["Община Благоевград, Дирекция „Образование“"],
    ["Директор, ЗДУД, класни ръководители"],
    ["Department for Education"],
    ["Board of Trustees"],
    // A school's own councils and services.
    ["Методический совет, руководители ШМО"],
    ["Совет профилактики"],
    ["Методична рада"],
    ["SLT, PTA"],
  ])("%j", (cell) => {
    expect(resolveBodies(commonRegistry(), cell).filter((b) => !b.known && b.text !== "Директор" && b.text !== "класни ръководители")).toEqual([]);
  });
});
