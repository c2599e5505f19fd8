import { buildRegistry, commonBodies, registryFromGlossary } from "../../../src/engine/executors";
import { responsibleRule } from "../../../src/engine/rules/responsible";
import { context, located } from "./helpers";
import { makeTable } from "./make-table";
import { bochnia, kyustendil, scorecard, volodarsk } from "./seed-tables";

/** The Kyustendil plan's own list of abbreviations, as it stands above the table. */
const KYUSTENDIL_GLOSSARY = [
  "Използвани съкращения:",
  "ЕС – Европейски съюз",
  "МОН – Министерство на образованието и науката",
  "РУО – Регионално управление на образованието",
  "РЗИ – Регионална здравна инспекция",
  "РЦПППО - Регионален център за подкрепа на процеса на приобщаващото образование",
  "ЦПЛР – ОДК – Център за подкрепа за личностно развитие – Обединен детски комплекс",
  "МКБППМН – Местна комисия за борба с противообществените прояви на малолетни и непълнолетни",
  "ОБСНВ – Общински съвет по наркотични вещества",
  "ДПС – Детска педагогическа стая",
  "СОП – Специални образователни потребности",
  "НПО – Неправителствена организация",
  "ЦОП – Център за обществена подкрепа",
  "ЦСРИ – Център за социална рехабилитация и интеграция",
  "ОУ – основно училище",
  "ЕГ – Езикова гимназия",
  "ПМГ – Природоматематическа гимназия",
  "СУ – Спортно училище",
  "ПГСС – Професионална гимназия по селско стопанство",
];

const registry = buildRegistry(registryFromGlossary(KYUSTENDIL_GLOSSARY), commonBodies());

function responsible(...cells: string[]) {
  return makeTable({ columns: ["number", "activity", "responsible", "partners"], rows: cells.map((c, i) => [`${i + 1}.`, `Дейност ${i + 1}`, c]) });
}

describe("responsible.unknown", () => {
  it.each([["Kyustendil", kyustendil()], ["Bochnia", bochnia()], ["scorecard", scorecard()], ["Volodarsk", volodarsk()]])("knows every body the %s plan names", (_name, table) => {
    expect(located(responsibleRule, table, context({ registry }))).toEqual([]);
  });

  it("flags a misspelt abbreviation and suggests the body the glossary defines", () => {
    const [f, ...rest] = responsibleRule.run(responsible("училища, РЦППО – Кюстендил"), context({ registry }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: "responsible.unknown", severity: "warning", cell: "C2", role: "responsible", value: "училища, РЦППО – Кюстендил", params: { body: "РЦППО – Кюстендил" } });
    expect(f.fix).toEqual({ key: "fix.responsible.suggest", params: { suggestion: "РЦПППО" } });
  });

  it("asks for a glossary entry when no known body is close", () => {
    const [f] = responsibleRule.run(responsible("ПППП"), context({ registry }));
    expect(f.fix).toEqual({ key: "fix.responsible.glossary", params: {} });
  });

  it("checks partner cells too, reporting them as partners", () => {
    const table = makeTable({ columns: ["number", "activity", "responsible", "partners"], rows: [["1.", "Дейност", "училища", "РЦППО"]] });
    const [f] = responsibleRule.run(table, context({ registry }));
    expect(f).toMatchObject({ cell: "D2", role: "partners", params: { body: "РЦППО" } });
  });

  it("leaves an empty responsible cell to the gap rules", () => {
    expect(located(responsibleRule, responsible("", "-"), context({ registry }))).toEqual([]);
  });
});
