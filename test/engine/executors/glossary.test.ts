import { registryFromGlossary, registryFromRows } from "../../../src/engine/executors";
import { KYUSTENDIL_GLOSSARY } from "./seed-cells";

describe("registryFromGlossary reads the abbreviations a workbook defines above its table", () => {
  it("reads every abbreviation of the Kyustendil plan and nothing else", () => {
    expect(registryFromGlossary(KYUSTENDIL_GLOSSARY).map((e) => [e.key, e.full])).toEqual([
      ["ЕС", "Европейски съюз"],
      ["МОН", "Министерство на образованието и науката"],
      ["РУО", "Регионално управление на образованието"],
      ["РЗИ", "Регионална здравна инспекция"],
      ["РЦПППО", "Регионален център за подкрепа на процеса на приобщаващото образование"],
      ["ЦПЛР – ОДК", "Център за подкрепа за личностно развитие – Обединен детски комплекс"],
      ["МКБППМН", "Местна комисия за борба с противообществените прояви на малолетни и непълнолетни"],
      ["ОБСНВ", "Общински съвет по наркотични вещества"],
      ["ДПС", "Детска педагогическа стая"],
      ["СОП", "Специални образователни потребности"],
      ["НПО", "Неправителствена организация"],
      ["ЦОП", "Център за обществена подкрепа"],
      ["ЦСРИ", "Център за социална рехабилитация и интеграция"],
      ["ОУ", "основно училище"],
      ["ЕГ", "Езикова гимназия"],
      ["ПМГ", "Природоматематическа гимназия"],
      ["СУ", "Спортно училище"],
      ["ПГСС", "Професионална гимназия по селско стопанство"],
    ]);
  });

  it("marks its entries as the workbook's own", () => {
    expect(registryFromGlossary(["РУО – Регионално управление на образованието"])).toEqual([
      { key: "РУО", full: "Регионално управление на образованието", aliases: [], source: "workbook-glossary" },
    ]);
  });

  it.each([
    ["РУО – Регионално управление на образованието", "РУО"],
    ["РУО - Регионално управление на образованието", "РУО"],
    ["РУО — Регионално управление на образованието", "РУО"],
    ["РУО -- Регионално управление на образованието", "РУО"],
    ["РУО–Регионално управление на образованието", "РУО"],
    ["• PPP – Poradnia Psychologiczno-Pedagogiczna", "PPP"],
    ["ГБОУ ДПО НИРО – Нижегородский институт развития образования", "ГБОУ ДПО НИРО"],
    ["ОбУ – обединено училище", "ОбУ"],
  ])("recognises the separator in %j", (line, key) => {
    expect(registryFromGlossary([line]).map((e) => e.key)).toEqual([key]);
  });

  it("keeps a hyphenated word of the full name whole", () => {
    expect(registryFromGlossary(["PPP - Poradnia Psychologiczno-Pedagogiczna"])[0].full).toBe(
      "Poradnia Psychologiczno-Pedagogiczna",
    );
  });

  it("reads several definitions held in one cell", () => {
    expect(registryFromGlossary(["ЕГ – Езикова гимназия\nСУ – Спортно училище"]).map((e) => e.key)).toEqual(["ЕГ", "СУ"]);
  });

  it.each([
    "Използвани съкращения:",
    "Началник на РУО",
    "ГОДИШЕН ПЛАН НА ДЕЙНОСТИТЕ – 2019 ГОДИНА",
    "Общински съвет – Кюстендил",
    "РУО –",
    "",
  ])("ignores %j", (line) => {
    expect(registryFromGlossary([line])).toEqual([]);
  });
});

describe("registryFromRows reads a registry sheet", () => {
  it("takes key, full name and aliases from each row and skips rows without a key", () => {
    expect(
      registryFromRows([
        ["РУО", "Регионално управление на образованието", "РУО-Кюстендил"],
        ["", "забележка"],
        ["читалища", ""],
      ]),
    ).toEqual([
      { key: "РУО", full: "Регионално управление на образованието", aliases: ["РУО-Кюстендил"], source: "registry-sheet" },
      { key: "читалища", full: null, aliases: [], source: "registry-sheet" },
    ]);
  });
});
