import { abbreviationsSpelledOut, buildRegistry, commonBodies, commonRegistry } from "../../../src/engine/executors";
import { responsibleRule } from "../../../src/engine/rules/responsible";
import { context } from "./helpers";
import { makeTable } from "./make-table";
import { lostText } from "../executors/no-text-lost";
import { splitBodies } from "../../../src/engine/executors";

const registry = commonRegistry();

/** The bodies judged unknown in a plan whose responsible cells are these. */
function unknownBodies(...cells: string[]): string[] {
  const table = makeTable({ columns: ["number", "activity", "responsible"], rows: cells.map((c, i) => [`${i + 1}.`, `Task ${i + 1}`, c]) });
  return responsibleRule.run(table, context({ registry })).map((f) => String(f.params.body));
}

describe("a list of classes after the people who teach them is one entry", () => {
  const cell = "Директор\nМузикален\nръководител\nУчителите IIА, IIБ, IIВ, III, IVА и IVБ\nвъзрастови групи";

  it("keeps the teachers with all their groups", () => {
    expect(splitBodies(cell, registry)).toEqual(["Директор", "Музикален ръководител", "Учителите IIА, IIБ, IIВ, III, IVА и IVБ възрастови групи"]);
    expect(lostText(cell, splitBodies(cell, registry))).toBe("");
  });

  it("judges none of the groups an unknown body", () => {
    expect(unknownBodies(cell, "класни ръководители 5-А, 7б и 8в", "Классные руководители 5-А, 5-Б, 6-В классов")).toEqual([]);
    expect(splitBodies("Классные руководители 5-А, 5-Б, 6-В классов", registry)).toEqual(["Классные руководители 5-А, 5-Б, 6-В классов"]);
  });

  it("still splits a body written after a class", () => {
    expect(splitBodies("Учителите IIА, ПИЦ", registry)).toEqual(["Учителите IIА", "ПИЦ"]);
  });
});

describe("posts in their short forms answer for a task", () => {
  it.each([["DOS"], ["HOD English"], ["Assistant DOS/DOS/H/M"], ["SENCO/ manager"], ["ЗДУВР"], ["ЗД по УВР, ПДО"], ["ПДУД, ЗАС"]])("%j is no unknown body", (cell) => {
    expect(unknownBodies(cell)).toEqual([]);
  });

  it("reads the debris a no-break space leaves (`Â `) as the line break it stood for", () => {
    expect(splitBodies("Â HODS Â Clubs", registry)).toEqual(["HODS", "Clubs"]);
    expect(unknownBodies("Â HODS Â Clubs", "Â Administration")).toEqual([]);
    // A list flattened by the page keeps its items apart, as its lines kept them.
    const flattened = "Â ГЭК Â министерство образования Нижегородской области Â РЦОИ";
    expect(splitBodies(flattened, registry)[0]).toBe("ГЭК");
  });

  it("takes an abbreviation's name spelled out past the debris", () => {
    const table = makeTable({ columns: ["number", "activity", "responsible"], rows: [["1.", "Wybory", "Â Samorząd Uczniowski Â dyrektor"], ["2.", "Apel", "Â SU"]] });
    expect(abbreviationsSpelledOut(table).map((e) => [e.key, e.full])).toEqual([["SU", "Samorząd Uczniowski"]]);
  });

  it("still flags an abbreviation no plan explains", () => {
    expect(unknownBodies("QXB")).toEqual(["QXB"]);
  });
});

describe("numbered sub-items in a responsible cell", () => {
  it("are cut at their numbers, which are no part of a name", () => {
    expect(splitBodies("1. PMC following the monitoring plan 2. PMC", registry)).toEqual(["PMC following the monitoring plan", "PMC"]);
    expect(splitBodies("1. PMC   2. Staff team and PMC 3. PMC/staff", registry)).toEqual(["PMC", "Staff team", "PMC", "PMC", "staff"]);
  });

  it("leave a number inside a name alone", () => {
    expect(splitBodies("СУ № 3, ОУ 2. клас", registry)[0]).toBe("СУ № 3");
    expect(splitBodies("Директор 2. РУО", registry)).toEqual(["Директор 2. РУО"]);
  });
});

describe("an abbreviation the plan spells out beside its name, anywhere on the sheet", () => {
  function unknownWith(issue: string, cell: string): string[] {
    const table = makeTable({ columns: ["objective", "activity", "responsible"], rows: [[issue, "Monitoring visits", cell], ["Policies", "Review policies", "1. Chair of PMC 2. PMC/staff"]] });
    const own = buildRegistry(abbreviationsSpelledOut(table), commonBodies());
    return responsibleRule.run(table, context({ registry: own })).map((f) => String(f.params.body));
  }

  it.each([["Management Committee PMC Engagement with Playbox"], ["Support for the Management Committee (PMC)"], ["PMC – Pre-school Management Committee"]])("%j explains PMC", (issue) => {
    expect(unknownWith(issue, "1. PMC following the monitoring plan 2. PMC")).toEqual([]);
  });

  it("is not taken from a name whose initials differ", () => {
    expect(unknownWith("Parent Forum PMC", "PMC")).toEqual(["PMC", "PMC"]);
  });
});

describe("a line in the genitive continues the people on the line above", () => {
  it.each([
    ["Члены оргкомитета,\nспециалисты\nМинистерства", ["Члены оргкомитета", "специалисты Министерства"]],
    ["працівники\nвідділу освіти", ["працівники відділу освіти"]],
  ])("%j", (cell, bodies) => {
    expect(splitBodies(cell, registry)).toEqual(bodies);
    expect(unknownBodies(cell)).toEqual([]);
  });

  it("keeps a body in the nominative on its own line", () => {
    expect(splitBodies("специалисты\nМинистерство образования", registry)).toEqual(["специалисты", "Министерство образования"]);
  });
});
