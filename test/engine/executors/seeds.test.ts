import { buildRegistry, commonBodies, registryFromGlossary, resolveBodies } from "../../../src/engine/executors";
import { BOCHNIA_RESPONSIBLE, KYUSTENDIL_GLOSSARY, KYUSTENDIL_RESPONSIBLE, SCORECARD_RESPONSIBLE, VOLODARSK_RESPONSIBLE } from "./seed-cells";

const kyustendil = buildRegistry(registryFromGlossary(KYUSTENDIL_GLOSSARY), commonBodies());
const common = buildRegistry(commonBodies());
const keys = (registry: typeof common, cell: string) => resolveBodies(registry, cell).map((b) => b.body);

describe("every body an official wrote correctly in the seed plans is known", () => {
  it.each(KYUSTENDIL_RESPONSIBLE)("Kyustendil: %j", (cell) => {
    const unknown = resolveBodies(kyustendil, cell).filter((b) => !b.known);
    expect(unknown).toEqual([]);
  });

  it.each(BOCHNIA_RESPONSIBLE)("Bochnia: %j", (cell) => {
    expect(resolveBodies(common, cell).filter((b) => !b.known)).toEqual([]);
  });

  it.each(VOLODARSK_RESPONSIBLE)("Volodarsk: %j", (cell) => {
    expect(keys(common, cell)).toEqual(["Управление образования", "ИДК"]);
  });

  it("scorecard: the executor cell names five bodies", () => {
    expect(keys(common, SCORECARD_RESPONSIBLE)).toEqual(["Община", "РУП", "ДСП", "училища", "НПО"]);
  });
});

describe("the seed cells resolve to the bodies a reviewer reads in them", () => {
  it.each([
    [
      "I ОУ, II ОУ, IV ОУ, V ОУ, VI ОУ, VII ОУ, ЕГ Община Кюстендил, ЦПЛР – ОДК, РУО - Кюстендил",
      ["ОУ", "ОУ", "ОУ", "ОУ", "ОУ", "ОУ", "ЕГ", "Община", "ЦПЛР – ОДК", "РУО"],
    ],
    [
      "II ОУ, V ОУ, VI ОУ, VII ОУ, НУ Кюстендил, ПМГ, ЕГ, СУ, ПГСС, Община Кюстендил, ЦПЛР – ОДК, РУО - Кюстендил",
      ["ОУ", "ОУ", "ОУ", "ОУ", "НУ", "ПМГ", "ЕГ", "СУ", "ПГСС", "Община", "ЦПЛР – ОДК", "РУО"],
    ],
    [
      "детски градини, училища, ДПС, отдел „Закрила на детето“, РУО -- Кюстендил Община Кюстендил, Районна прокуратура – Кюстендил, РЗИ -- Кюстендил, доставчици на социални услуги",
      [
        "детски градини", "училища", "ДПС", "отдел „Закрила на детето“", "РУО", "Община", "Районна прокуратура", "РЗИ",
        "доставчици на социални услуги",
      ],
    ],
    [
      "училища, детски\nградини, Община Кюстендил, Дирекция „Социални дейности“ РУО – Кюстендил, отдел „Закрила на детето“, Полиция",
      ["училища", "детски градини", "Община", "Дирекция „Социални дейности“", "РУО", "отдел „Закрила на детето“", "Полиция"],
    ],
    ["Всички общински\nучилища, ЦПЛР-ОДК, РУО – Кюстендил, Община Кюстендил", ["училища", "ЦПЛР – ОДК", "РУО", "Община"]],
    ["РЗИ, училища, здравен медиатор", ["РЗИ", "училища", "здравен медиатор"]],
    ["Училища Бюро по труда", ["училища", "Бюро по труда"]],
  ])("Kyustendil: %j", (cell, bodies) => {
    expect(keys(kyustendil, cell)).toEqual(bodies);
  });

  it.each([
    ["Wydział  OPS/FK/\nSkarbnik Powiatu/Zarząd Powiatu", ["Wydział OPS", "FK", "Skarbnik Powiatu", "Zarząd Powiatu"]],
    ["Szkoły objęte pilotażem i PPP.", ["Szkoły", "PPP"]],
    ["Dyrektor szkoły\nw porozumieniu\nz Gł. Księgową.", ["Dyrektor szkoły", "Gł. Księgowa"]],
    [
      "Zespół zadaniowy, dyrektorzy szkół objętych wspomaganiem we współpracy\norganem prowadzącym.",
      ["Zespół zadaniowy", "Dyrektor szkoły", "organ prowadzący"],
    ],
    ["Wydział OPS Zespoły zadaniowe, dyrektorzy szkół.", ["Wydział OPS", "Zespół zadaniowy", "Dyrektor szkoły"]],
    ["Dyrektor PPP", ["PPP"]],
    ["Zespół zadaniowy, dyrektorzy szkół objętych wspomaganiem we współpracy\nz jst.", ["Zespół zadaniowy", "Dyrektor szkoły", "jst"]],
  ])("Bochnia: %j", (cell, bodies) => {
    expect(keys(common, cell)).toEqual(bodies);
  });

  it("without the plan's glossary, the abbreviations only it defines are unknown", () => {
    const bodies = resolveBodies(buildRegistry(commonBodies("pl")), "училища, ПГСС, РЦПППО – Кюстендил");
    expect(bodies.map((b) => b.known)).toEqual([false, false, false]);
  });
});
