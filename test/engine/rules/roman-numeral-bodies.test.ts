import { responsibleRule } from "../../../src/engine/rules/responsible";
import { located } from "./helpers";
import { makeTable } from "./make-table";

function olympiads(...classes: string[]) {
  return makeTable({
    columns: ["number", "activity", { role: "responsible", header: "Класове" }],
    rows: classes.map((c, i) => [`${i + 1}.`, `Олимпиада ${i + 1}`, c]),
  });
}

describe("a Roman numeral in a responsible cell", () => {
  it("classes, months and groups written in Roman numerals are never reported as unknown bodies", () => {
    const table = olympiads("IV", "V, VI, VII", "IV – V, VI, VII- VIII", "ІХ", "ХІІ");
    expect(located(responsibleRule, table)).toEqual([]);
  });

  it("an abbreviation beside the numerals is still reported", () => {
    const table = olympiads("IV", "V, VI", "ПППП", "VII");
    expect(located(responsibleRule, table)).toEqual(["C4 responsible.unknown"]);
  });
});
