import { abbreviationsSpelledOut, definitionsIn, registryFromGlossary, registryFromRows } from "../../../src/engine/executors";
import { makeTable } from "../rules/make-table";
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

describe("definitionsIn reads the short names a plan defines in brackets where it first uses them", () => {
  it.each([
    [
      // Ministry of Energy and Coal Industry of Ukraine, Labour Protection Day measures.
      "Управління охорони праці, промислової безпеки та цивільного захисту (далі – Управління охорони праці) Члени Організаційного комітету",
      "Управління охорони праці",
      "Управління охорони праці, промислової безпеки та цивільного захисту",
    ],
    ["Информационно-методический центр (далее - ИМЦ)", "ИМЦ", "Информационно-методический центр"],
    ["Poradnia Psychologiczno-Pedagogiczna w Bochni (dalej: PPP)", "PPP", "Poradnia Psychologiczno-Pedagogiczna w Bochni"],
    ["Miejski Ośrodek Pomocy Społecznej (zwany dalej „Ośrodkiem”)", "Ośrodkiem", "Miejski Ośrodek Pomocy Społecznej"],
    ["Център за подкрепа (наричан по-нататък „Центъра“)", "Центъра", "Център за подкрепа"],
    ["The Kent and Medway Trust (hereinafter the Trust)", "Trust", "The Kent and Medway Trust"],
  ])("%j defines %j", (text, key, full) => {
    expect(definitionsIn([text])).toEqual([{ key, full, aliases: [], source: "workbook-glossary" }]);
  });

  it("takes nothing from brackets that define nothing", () => {
    expect(definitionsIn(["Директор (по согласованию)", "Рада (2 рази на рік)", "Szkoły (wszystkie)"])).toEqual([]);
  });

  it("adds the names defined in the lines above a table to the glossary read from them", () => {
    expect(registryFromGlossary(["Відділ освіти Броварської міської ради (далі – Відділ)"]).map((e) => e.key)).toEqual(["Відділ"]);
  });
});

describe("abbreviationsSpelledOut knows the initials of a body the plan itself names", () => {
  // PMG Gotse Delchev student parliament plan 2021/2022: the title and a responsible cell name
  // `Ученически парламент`; other responsible cells write `УП`.
  const parliament = () => {
    const table = makeTable({
      columns: ["deadline", "activity", "responsible"],
      rows: [
        ["01.11.2021", "Ден на народните будители", "УП\nУчилищен психолог"],
        ["12.12.2021-24.12.2021", "Коледен базар", "Ученически парламент, съвместно с училищен психолог"],
      ],
    });
    return { ...table, preamble: [{ row: 1, text: "УЧЕНИЧЕСКИ ПАРЛАМЕНТ" }] };
  };

  it("reads УП as the student parliament the plan names", () => {
    expect(abbreviationsSpelledOut(parliament()).map((e) => [e.key, e.full])).toEqual([["УП", "УЧЕНИЧЕСКИ ПАРЛАМЕНТ"]]);
  });

  it("takes a whole name only: the initials of the first words of a longer name are not it", () => {
    // Bila Tserkva library system: `ЦБ` (the central library) is not `Централізована бібліотечна система`.
    const table = makeTable({ columns: ["activity", "responsible"], rows: [["Патріотична година", "ЦБ"]] });
    const titled = { ...table, preamble: [{ row: 1, text: "План роботи Централізована бібліотечна система м. Біла Церква" }] };
    expect(abbreviationsSpelledOut(titled)).toEqual([]);
  });

  it("takes no two-letter abbreviation from a task's wording", () => {
    // Przasnysz: `Samorządu Uczniowskiego` stands in a task; `SU` in the responsible cell stays unexplained.
    const table = makeTable({
      columns: ["activity", "responsible"],
      rows: [["Wybory Małego Samorządu i Samorządu Uczniowskiego", "Opiekunowie SU"]],
    });
    expect(abbreviationsSpelledOut(table)).toEqual([]);
  });

  it("reads the initials of a body a list of bodies writes out starting in lower case, with the abbreviation's own words after", () => {
    // A district culture department's plan: one cell names `сельские Дома культуры, сельские клубы района`, another `СДК, СК района`.
    const table = makeTable({
      columns: ["activity", "responsible"],
      rows: [
        ["Концерт ко Дню солидарности", "районный Дворец культуры, сельские Дома культуры, сельские клубы района"],
        ["Торжественный концерт", "КИКМ, СДК, СК района"],
      ],
    });
    expect(abbreviationsSpelledOut(table).map((e) => [e.key, e.full])).toEqual([["СДК", "сельские Дома культуры"], ["СК", "сельские клубы"]]);
  });

  it("takes no initials from words in lower case in the middle of a sentence", () => {
    const table = makeTable({ columns: ["activity", "responsible"], rows: [["Концерт", "КИКМ, СК"], ["Выставка", "провести с клубами"]] });
    expect(abbreviationsSpelledOut(table)).toEqual([]);
  });

  it("does not take Roman numerals for abbreviations", () => {
    const table = makeTable({ columns: ["activity", "responsible"], rows: [["Олимпиада", "IV"], ["Олимпиада", "Изпитна Входяща"]] });
    expect(abbreviationsSpelledOut(table)).toEqual([]);
  });
});
