import { abbreviationsSpelledOut, buildRegistry, commonBodies, commonRegistry, resolveBody } from "../../../src/engine/executors";
import type { PlanTable } from "../../../src/engine/plan";
import { responsibleRule } from "../../../src/engine/rules/responsible";
import { context } from "./helpers";
import { makeTable } from "./make-table";

/**
 * The same people and bodies as other officials write them — in capitals, with a note on how a body
 * takes part, with an abbreviation the plan writes out in a task — are read as they are written
 * plainly (scripts/responsible-variants.js measures this on every corpus plan).
 */

/** A plan of tasks with these responsible cells, its title above. */
function plan(cells: string[], tasks: string[] = [], title = "План"): PlanTable {
  const table = makeTable({
    columns: ["number", "activity", "responsible"],
    rows: cells.map((c, i) => [`${i + 1}.`, tasks[i] ?? `Task ${i + 1}`, c]),
  });
  return { ...table, preamble: [{ row: 1, text: title }] };
}

/** The bodies judged unknown, against the common bodies and the names the plan writes out, as the check builds them. */
function unknownBodies(table: PlanTable): string[] {
  const registry = buildRegistry(abbreviationsSpelledOut(table), commonBodies());
  return responsibleRule.run(table, context({ registry })).map((f) => String(f.params.body));
}

describe("an abbreviation the plan writes out is the plan's own body", () => {
  it("knows an abbreviation whose body a task names in full", () => {
    const tasks = ["Конкурс рисунков в Центре внешкольной работы.", "Выставка"];
    expect(unknownBodies(plan(["Педагоги ЦВР", "ЦВР"], tasks))).toEqual([]);
    // Without the task that names it, the same abbreviation is asked about.
    expect(unknownBodies(plan(["Педагоги ЦВР", "ЦВР"]))).toEqual(["ЦВР"]);
  });

  it("reads a title in capitals past its joining words", () => {
    const title = "ПЛАН ЗА ДЕЙНОСТТА НА КОМИСИЯТА ПО БЕЗОПАСНОСТ НА ДВИЖЕНИЕТО";
    expect(unknownBodies(plan(["КБД", "Директор, КБД"], [], title))).toEqual([]);
  });

  it("takes no name from a task that reads as no body or post: a feast's initials stay unexplained", () => {
    // Dobrich kindergarten calendar: `Подаръците на Есента` is a feast, not `ПЕ`.
    expect(unknownBodies(plan(["ПЕ по групи"], ["Празник „Подаръците на Есента“, изложба"]))).toEqual(["ПЕ по групи"]);
  });

  it("takes no two-letter abbreviation from a task's wording", () => {
    // Przasnysz: `Samorządu Uczniowskiego` stands in a task; two letters are too few to be sure of `SU`.
    expect(unknownBodies(plan(["SU"], ["Wybory Małego Samorządu i Samorządu Uczniowskiego"]))).toEqual(["SU"]);
  });
});

describe("people, posts and bodies written in capitals are the same as written plainly", () => {
  it("takes a person or a post in capitals as people", () => {
    expect(unknownBodies(plan(["P. CZAJA", "ДОНАКАЙ Л.Т.", "ЗАМЕСТИТЕЛЬ ДИРЕКТОРА", "I. LINKIEWICZ GR. III", "GR. IV"]))).toEqual([]);
  });

  it("reads bodies joined by a conjunction, and a department's remit, in capitals as in words", () => {
    const cells = [
      "УЧИЛИЩА И ЧИТАЛИЩА НА ТЕРИТОРИЯТА НА ОБЩИНА НИКОЛАЕВО",
      "УПРАВЛЕНИЕ ЭКОНОМИКИ, ИНВЕСТИЦИЙ, РАЗВИТИЯ ПРЕДПРИНИМАТЕЛЬСТВА, ПОТРЕБИТЕЛЬСКОГО РЫНКА И УСЛУГ",
    ];
    expect(unknownBodies(plan(cells))).toEqual([]);
  });

  it("reads a name in a script without capitals as it is", () => {
    expect(unknownBodies(plan(["מנהלת הספרייה", "ВОСПИТАТЕЛИ, מנהלת"]))).toEqual([]);
  });

  it("knows a body in capitals, a place after it included", () => {
    expect(resolveBody(commonRegistry(), "ОБЩИНА ЧЕРВЕН БРЯГ").known).toBe(true);
    expect(resolveBody(commonRegistry(), "Община Червен бряг").known).toBe(true);
    // An abbreviation of four letters stays one: `РУПО` is not `РУП`.
    expect(resolveBody(commonRegistry(), "РУПО").known).toBe(false);
  });

  it("reads the words of a cell written all in capitals as words, its short abbreviations as abbreviations", () => {
    expect(unknownBodies(plan(["ВОСПИТАТЕЛИ 4 ОТРЯДА, СТАРШАЯ ВОЖАТАЯ, ФИЗРУК"]))).toEqual([]);
    expect(unknownBodies(plan(["КЛАСНИТЕ РЪКОВОДИТЕЛИ, ЦСДК"]))).toEqual(["ЦСДК"]);
  });
});

describe("a note on how a body takes part does not change which body it is", () => {
  it("knows a body followed by (за згодою), (по согласованию), (по съгласуване)", () => {
    const registry = commonRegistry();
    expect(resolveBody(registry, "Управление образования (по согласованию)").known).toBe(true);
    expect(resolveBody(registry, "Управління освіти (за згодою)").known).toBe(true);
    const parliament = plan(["УП (по съгласуване)\nУчилищен психолог"], [], "УЧЕНИЧЕСКИ ПАРЛАМЕНТ");
    expect(unknownBodies(parliament)).toEqual([]);
  });

  it("takes a kind of bodies with its note as that kind, no unknown body", () => {
    expect(unknownBodies(plan(["Структурні підрозділи (за згодою)", "Партньорски организации (по съгласуване)"]))).toEqual([]);
  });

  it("still asks about an unknown body with its note, as written", () => {
    expect(unknownBodies(plan(["ПУМОНСО (по согласованию)"]))).toEqual(["ПУМОНСО (по согласованию)"]);
  });
});

describe("a trailing full stop changes nothing of a body's name", () => {
  it("keeps a department's complements together when the last one closes the cell with a stop", () => {
    const cell = "Управление экономики, инвестиций, развития предпринимательства, потребительского рынка и услуг.";
    expect(unknownBodies(plan([cell]))).toEqual(unknownBodies(plan([cell.slice(0, -1)])));
    expect(unknownBodies(plan([cell]))).not.toContain("Управление экономики");
  });
});

describe("people and posts written in capitals", () => {
  it("knows the people of a list written in capitals, a short surname or given name among them", () => {
    expect(unknownBodies(plan(["MAJ EDYTA\nMATYSEK DOROTA", "EWA JANCZY\nTOMASZ GABRIELSKI"]))).toEqual([]);
  });

  it("still flags an unknown abbreviation in capitals beside people in capitals", () => {
    expect(unknownBodies(plan(["ВКПРО\nМАТИСЕК ДОРОТА"]))).toEqual(["ВКПРО"]);
    expect(unknownBodies(plan(["PPW KRAKÓW\nMATYSEK DOROTA"]))).toEqual(["PPW KRAKÓW"]);
  });

  it("knows a post cut short in capitals (КЛ. РУК.)", () => {
    expect(unknownBodies(plan(["КЛ. РУК."]))).toEqual([]);
  });

  it("reads a given name alone in capitals as the name, no abbreviation (`MARGARET` as `Margaret`)", () => {
    expect(unknownBodies(plan(["MARGARET", "Margaret"]))).toEqual([]);
  });

  it("reads a post broken over lines in capitals as written plainly, no body of its last lines", () => {
    const plain = ["председатель\nпопечительс-\nкого совета", "общее собрание попечительс-\nкого совета"];
    expect(unknownBodies(plan(plain.map((c) => c.toUpperCase())))).toEqual(unknownBodies(plan(plain)));
    expect(unknownBodies(plan(["УПРАВЛІННЯ ОХОРОНИ ПРАЦІ, ОБ’ЄДНАННЯ ПІДПРИЄМСТВ"]))).toEqual([]);
  });

  it("reads every cell of a column written all in capitals as words when one of them plainly is", () => {
    const plain = ["Консул", "пресс-центр", "центр «Порядок»", "центр «Здоровье»"];
    expect(unknownBodies(plan(plain.map((c) => c.toUpperCase())))).toEqual(unknownBodies(plan(plain)));
    // A column of abbreviations alone keeps them abbreviations.
    expect(unknownBodies(plan(["КОНСУЛ", "ЦСДК"]))).toEqual(["КОНСУЛ", "ЦСДК"]);
  });

  it("still flags an unknown abbreviation in a cell in capitals", () => {
    expect(unknownBodies(plan(["ПРЕДСЕДАТЕЛЬ ПОПЕЧИТЕЛЬСКОГО СОВЕТА, ЦСДК"]))).toEqual(["ЦСДК"]);
  });
});

describe("lists joined otherwise name the same people and bodies", () => {
  it("reads two names around a conjunction as two, as it reads them after a comma", () => {
    expect(unknownBodies(plan(["Superintendent and CFO", "Superintendent, CFO", "SENDco and SLT"]))).toEqual([]);
  });

  it("reads a list a web page flattened with its debris (`Â `) as the list it was", () => {
    expect(unknownBodies(plan(["Â Samorząd Uczniowski Â dyrektor", "Â SU Â dyrektor"]))).toEqual([]);
  });
});
