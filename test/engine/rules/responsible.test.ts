import { buildRegistry, commonBodies, registryFromGlossary } from "../../../src/engine/executors";
import { responsibleRule } from "../../../src/engine/rules/responsible";
import { context, located } from "./helpers";
import { makeTable } from "./make-table";
import { bochnia, kyustendil, scorecard, volodarsk } from "./seed-tables";
// The lines above the Kyustendil table: title, intro and its own list of abbreviations.
import { KYUSTENDIL_GLOSSARY } from "../executors/seed-cells";

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

describe("people, positions and words that are not body names", () => {
  it.each([
    "директор", "заместник директора", "учители", "wychowawcy klas", "класні керівники", "K. Nowak", "Іваненко О.П.",
    "соц. педагог", "Кл. руководители", "Organizator", "установи", "організації", "ЗАСЕДАНИЕ НА НАСТОЯТЕЛСТВОТО",
  ])("takes %j as a valid responsible entry", (who) => {
    const table = makeTable({ columns: ["number", "activity", "responsible"], rows: [["1.", "Нарада", who]] });
    expect(responsibleRule.run(table, context())).toEqual([]);
  });

  it("still asks about a body nobody knows, without guessing for a three-letter name", () => {
    const table = makeTable({ columns: ["number", "activity", "responsible"], rows: [["1.", "Нарада", "НВР"], ["2.", "Конкурс", "Управление лесного хозяйства"]] });
    const findings = responsibleRule.run(table, context());
    expect(findings.map((f) => [f.params.body, f.fix?.key])).toEqual([
      ["НВР", "fix.responsible.glossary"],
      ["Управление лесного хозяйства", "fix.responsible.glossary"],
    ]);
  });

  it("reads an abbreviation written beside a telephone number as a body's name, not as text in capitals", () => {
    const table = makeTable({ columns: ["number", "activity", "responsible"], rows: [["1.", "Нарада", "+359 888 ПППП"]] });
    const findings = responsibleRule.run(table, context());
    expect(findings.map((f) => [f.code, f.cell])).toEqual([["responsible.unknown", "C2"]]);
  });
});

describe("a column of places headed as the responsible one", () => {
  it("asks once at the heading about the institutions among its venues, not cell by cell", () => {
    const table = responsible("Градски стадион", "СОУ – Гурково – физ. салон", "Зала „Лукойл – Нефтохимик“", "ПГЕЕ „К. Фотинов“", "Градски стадион");
    const findings = responsibleRule.run(table, context({ registry }));
    expect(findings.map((f) => f.code)).toEqual(["responsible.column-unknown"]);
    expect(findings[0].params).toMatchObject({ column: "C", count: 2, total: 5 });
  });

  it("reads settlements and street addresses as venues (`г.Минск`, `вул.Довженка, 14`)", () => {
    const table = responsible("г.Минск", "д.Ивесь", "ГДК", "Бібліотека-філія №14 (вул.Довженка, 14)");
    expect(responsibleRule.run(table, context({ registry })).map((f) => f.code)).toEqual(["responsible.column-unknown"]);
  });

  it("still flags an unknown body cell by cell where one venue stands among bodies and positions", () => {
    const table = responsible("директор", "Актова зала", "ПГЕЕ „К. Фотинов“", "учители", "заместник директора");
    expect(responsibleRule.run(table, context({ registry })).map((f) => [f.code, f.cell])).toEqual([["responsible.unknown", "C4"]]);
  });

  it("keeps bodies placed on a territory (`… на території громади`) as bodies", () => {
    const table = responsible("Підприємства на території громади", "ПГЕЕ „К. Фотинов“", "Установи на території ради", "директор");
    expect(responsibleRule.run(table, context({ registry })).map((f) => [f.code, f.cell])).toEqual([["responsible.unknown", "C3"]]);
  });

  it("keeps the bodies a plan places in a town (`Община с. Самуил`) as bodies", () => {
    const table = responsible("Община с. Самуил", "РУО – гр. Кюстендил", "ПГЕЕ „К. Фотинов“");
    expect(responsibleRule.run(table, context({ registry })).map((f) => f.code)).toEqual(["responsible.unknown"]);
  });
});
