import { merged, tablesOf } from "./detect/read-tables";
import type { CellValue } from "../../src/engine/grid";

const header = ["rodzaj zadania", "terminy", "osoba odpowiedzialna", "uwagi"];

/** A kindergarten's plan: each priority's name and its aims, numbered one a line in one merged cell, over its own table. */
const plan: CellValue[][] = [
  ["Roczny plan pracy 2025/2026"],
  [],
  ["Wychowanie przez czytanie - rozbudzanie u dzieci zainteresowań książką, jako źródłem wiedzy i przyjemności"],
  ["1. Rozwijanie zainteresowań książką.\n2. Zapoznanie dzieci z polskimi autorami.\n3. Nauka szacunku dla książek."],
  header,
  ["Udział w akcji „Cała Polska czyta dzieciom”.", "w ciągu roku", "nauczycielki grup", null],
  ["Wycieczka do biblioteki osiedlowej.", "10-2025", "dyrektor", null],
  ["Konkurs recytatorski.", "05-2026", "J. P.", null],
  [],
  ["Rozwijanie umiejętności praktycznego zastosowania kompetencji matematycznych z wykorzystaniem aktywnych metod pracy"],
  ["1. Wspomaganie rozwoju umysłowego dzieci.\n2. Kształtowanie odporności emocjonalnej."],
  header,
  ["Urządzenie kącika matematycznego.", "09-2025", "nauczycielki grup", null],
  ["Kodowanie na dywanie.", "w ciągu roku", "nauczycielki grup", null],
  ["Dzień guzika.", "12-12-2025", "K. Z.", null],
];

describe("aims numbered one a line in one cell right over a table's header", () => {
  const tables = tablesOf(plan, merged("A1:D1", "A3:D3", "A4:D4", "A10:D10", "A11:D11"));

  it("are no first direction heading the table's tasks: the tasks fall under no section", () => {
    expect(tables.map((t) => t.headerRows)).toEqual([[5], [12]]);
    expect(tables.map((t) => t.sections)).toEqual([[], []]);
    expect(tables.flatMap((t) => t.rows.map((r) => r.section ?? null))).toEqual([null, null, null, null, null, null]);
  });

  it("still head the tasks as their direction where the cell names one direction, numbered 1", () => {
    const one = plan.map((r, i) => (i === 3 ? ["1. Rozwijanie zainteresowań książką i czytelnictwem wśród dzieci."] : r));
    const [first] = tablesOf(one, merged("A1:D1", "A3:D3", "A4:D4", "A10:D10", "A11:D11"));
    expect(first.sections.map((s) => s.row)).toEqual([4]);
  });
});
