import { headerRoleMissing } from "../../../src/engine/rules/header-role-missing";
import { context } from "./helpers";
import { makeTable } from "./make-table";

describe("header.role-missing in a plan of tasks that names their direction", () => {
  it("judges tasks with deadlines by the task columns, not as a scorecard, though a column names their direction", () => {
    const table = makeTable({
      columns: ["number", "perspective", "activity", "deadline", "responsible", "result"],
      rows: [["1", "Розвиток мережі закладів позашкільної освіти", "Проведення обласних змагань", "2024-2028", "Управління освіти", "Збільшено кількість учасників"]],
    });
    expect(headerRoleMissing.run(table, context())).toEqual([]);
  });

  it("still asks such a plan for who answers for its tasks", () => {
    const table = makeTable({
      columns: ["perspective", "activity", "deadline", "indicator"],
      rows: [["Освітнє середовище", "Рейд безпеки дорожнього руху", "до 08.09.25", "Кількість учнів"]],
    });
    expect(headerRoleMissing.run(table, context()).map((f) => [f.role, f.severity])).toEqual([["responsible", "error"]]);
  });
});

describe("header.role-missing in a plan of tasks listed by month", () => {
  it("asks for no deadline column when month headings give every task its month", () => {
    const table = makeTable({
      columns: ["number", "activity", "responsible"],
      rows: ["WRZESIEŃ", ["1", "Wybory do samorządu uczniowskiego", "Opiekun SU"], ["2", "Dzień Chłopaka", "Zarząd SU"], "PAŹDZIERNIK", ["1", "Dzień Edukacji Narodowej", "Zarząd SU"]],
    });
    expect(headerRoleMissing.run(table, context()).map((f) => f.role)).toEqual(["indicator"]);
  });

  it("still asks for it when the headings are not months", () => {
    const table = makeTable({
      columns: ["number", "activity", "responsible"],
      rows: ["Działania wychowawcze", ["1", "Wybory do samorządu uczniowskiego", "Opiekun SU"], ["2", "Dzień Chłopaka", "Zarząd SU"]],
    });
    expect(headerRoleMissing.run(table, context()).map((f) => f.role)).toEqual(["deadline", "indicator"]);
  });
});

describe("header.role-missing where the task column is headed by the acting body", () => {
  const rows = [
    ["1.", "Dyrektor przedszkola/szkoły/placówki przekazuje arkusz:\n• do związków zawodowych", "do 21 kwietnia"],
    ["2.", "Organ prowadzący:\n• zatwierdza arkusz organizacji", "do 29 maja"],
  ];

  it.each([["Organ"], ["Орган"], ["Body"]])("finds who answers for each task in a column headed %j", (header) => {
    const table = makeTable({ columns: ["number", { role: "activity", header }, "deadline"], rows });
    expect(headerRoleMissing.run(table, context()).map((f) => f.role)).toEqual(["indicator"]);
  });

  it("still asks for a responsible column when the heading names one body, not the column's", () => {
    const table = makeTable({ columns: ["number", { role: "activity", header: "Organ prowadzący" }, "deadline"], rows });
    expect(headerRoleMissing.run(table, context()).map((f) => f.role)).toEqual(["responsible", "indicator"]);
  });
});
