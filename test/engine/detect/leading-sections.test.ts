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

  it("under a part of the plan numbered as parts are is that part's first area, though it uses no section word", () => {
    const [t] = tablesOf([["Plan pracy szkoły na rok szkolny 2025/2026"], [_], ["I. Plan pracy w głównych obszarach działalności szkoły"], [_], ["Zarządzanie i organizacja"], header, ...tasks], merged("A1:D1", "A5:D5"));
    expect(t.headerRows).toEqual([6]);
    expect(t.sections).toEqual([{ row: 5, title: "Zarządzanie i organizacja" }]);
    expect(t.rows.map((r) => r.section)).toEqual(Array(3).fill("Zarządzanie i organizacja"));
  });

  it("under a line that only opens with a day of the month stays the plan's title", () => {
    const [t] = tablesOf([["31 maja zarząd przyjął program obchodów Dnia Dziecka"], [_], ["Program obchodów Dnia Dziecka"], header, ...tasks], merged("A3:D3"));
    expect(t.sections).toEqual([]);
  });
});
