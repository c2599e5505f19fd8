import { merged, tablesOf } from "./read-tables";

const _ = null;
const header = ["Zadanie", "Sposób realizacji", "Termin", "Odpowiedzialni"];
const tasks = [
  ["Diagnoza potrzeb uczniów klas czwartych", "ankieta, rozmowy", "wrzesień 2025", "pedagog szkolny"],
  ["Warsztaty z komunikacji dla rodziców", "warsztaty", "listopad 2025", "psycholog"],
  ["Podsumowanie działań zespołu", "sprawozdanie", "czerwiec 2026", "zespół wychowawczy"],
];

describe("a heading merged across right over the header", () => {
  it("that names itself a part of the plan is the table's first section, with no other after it", () => {
    const [t] = tablesOf([["Program wychowawczo-profilaktyczny 2025/2026"], ["Cel szczegółowy 1: Wzmacnianie więzi z rodziną"], header, ...tasks], merged("A1:D1", "A2:D2"));
    expect(t.headerRows).toEqual([3]);
    expect(t.sections).toEqual([{ row: 2, title: "Cel szczegółowy 1: Wzmacnianie więzi z rodziną" }]);
    expect(t.rows.map((r) => r.section)).toEqual(Array(3).fill("Cel szczegółowy 1: Wzmacnianie więzi z rodziną"));
  });

  it("that only names the plan stays its title", () => {
    const [t] = tablesOf([[_], ["Program wychowawczo-profilaktyczny 2025/2026"], header, ...tasks], merged("A2:D2"));
    expect(t.sections).toEqual([]);
    expect(t.rows.map((r) => r.section)).toEqual([_, _, _]);
  });
});
