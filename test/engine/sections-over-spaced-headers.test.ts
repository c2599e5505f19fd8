import { merged, tablesOf } from "./detect/read-tables";
import type { CellValue } from "../../src/engine/grid";

const _ = null;
const header = ["Zadanie", "Sposób realizacji", "Termin", "Odpowiedzialni"];
const tasks = [
  ["Diagnoza potrzeb uczniów klas czwartych", "ankieta, rozmowy", "wrzesień 2025", "pedagog szkolny"],
  ["Warsztaty z komunikacji dla rodziców", "warsztaty", "listopad 2025", "psycholog"],
  ["Podsumowanie działań zespołu", "sprawozdanie", "czerwiec 2026", "zespół wychowawczy"],
];
const heading = "Cel szczegółowy 1: Wzmacnianie więzi z rodziną";

describe("a section heading over the header, pasted from Word with spacing after every paragraph", () => {
  // An empty row under the heading and under every task row; none under the header.
  const spaced: CellValue[][] = [["Program wychowawczo-profilaktyczny 2025/2026"], [heading], [_], header, ...tasks.flatMap((t) => [t, [_]])];

  it("is still the table's first section, the empty row under it no gap between it and the table", () => {
    const [t] = tablesOf(spaced, merged("A1:D1", "A2:D2"));
    expect(t.headerRows).toEqual([4]);
    expect(t.sections).toEqual([{ row: 2, title: heading }]);
    expect(t.rows.map((r) => r.section)).toEqual(Array(3).fill(heading));
  });

  it("stays above the table when only the heading has an empty row under it and the task rows stand together", () => {
    const [t] = tablesOf([["Program wychowawczo-profilaktyczny 2025/2026"], [heading], [_], header, ...tasks], merged("A1:D1", "A2:D2"));
    expect(t.sections).toEqual([]);
  });
});
