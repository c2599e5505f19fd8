import fc from "fast-check";
import { detectPlanTables } from "../../../src/engine/plan-tables";
import { gridFromRows, type CellValue, type MergedArea } from "../../../src/engine/grid";
import { accountForCells } from "../../../src/engine/normalize/conservation";
import { cellAddress } from "../../../src/engine/plan";

/** Cells as plans hold them: header labels, numbers, tasks, section titles, closing text, blanks. */
const CELLS: CellValue[] = [
  null,
  null,
  null,
  "№",
  "Nr zadania",
  "Дейност",
  "Срок за изпълнение",
  "Отговорни институции",
  "Ожидаемый результат",
  "MONITOROWANIE",
  "Wskaźnik",
  "Miernik",
  "1.",
  "2.",
  "5.1.",
  "10.4.",
  "IV.",
  "а)",
  1,
  2,
  "6.3. Формиране на база-данни за специалистите",
  "Стратегическа цел №2: Осигуряване на специалисти",
  "Cel szczegółowy 1",
  "потребностите от подкрепа за личностно развитие на децата",
  "Организиране на консултации за учениците по учебни предмети;",
  "постоянен",
  "Styczeń/\nluty 2018",
  "Управление образования, ИДК",
  "Настоящият Годишен план на дейностите за подкрепа е приет с Решение №1030 по протокол №44.",
  "Strona 2 z 5",
];

const row = fc.array(fc.constantFrom(...CELLS), { maxLength: 7 });
const merge = fc.record({
  row: fc.nat({ max: 24 }),
  col: fc.nat({ max: 6 }),
  rowCount: fc.integer({ min: 1, max: 3 }),
  colCount: fc.integer({ min: 1, max: 4 }),
});
/** Some rows are whole headers, so that tables are found often. */
const HEADERS: CellValue[][] = [
  ["№", "Дейност", "Срок за изпълнение", "Отговорни институции", "Финансиране"],
  ["Nr zadania", "Zadnie/działanie", "Terminy realizacji", "Jednostka odpowiedzialna", "MONITOROWANIE"],
  [null, null, null, null, "Wskaźnik", "Miernik", "Sposób monitorowania"],
  ["№ п/п", "Наименование мероприятия", "Сроки", "Ответственный исполнитель", "Ожидаемый результат"],
];
const sheetRow = fc.oneof({ weight: 6, arbitrary: row }, { weight: 1, arbitrary: fc.constantFrom(...HEADERS) });

describe("nothing is lost, whatever the sheet", () => {
  it("accounts for every cell of every table found on generated sheets", () => {
    fc.assert(
      fc.property(fc.array(sheetRow, { maxLength: 25 }), fc.array(merge, { maxLength: 4 }), (rows, merges: MergedArea[]) => {
        const grid = gridFromRows("S", rows, merges);
        const tables = detectPlanTables(grid);
        let previousEnd = 0;
        for (const t of tables) {
          expect(accountForCells(grid, t)).toEqual([]);
          // Tables follow the sheet's order and never overlap.
          // A table without a header row starts at the top of its range.
          const top = t.headerRows[0] ?? Number(/\d+/.exec(t.range)![0]);
          expect(top).toBeGreaterThan(previousEnd);
          previousEnd = t.rows.length > 0 ? t.rows[t.rows.length - 1].sourceRows.slice(-1)[0] : (t.headerRows[t.headerRows.length - 1] ?? top);
          for (const r of t.rows) {
            expect(r.sourceRows[0]).toBe(r.row);
            expect(Object.values(r.cells).every((v) => v !== "")).toBe(true);
            // Addresses are kept only for a table's cells off the row's own first line.
            for (const [key, address] of Object.entries(r.refs ?? {})) {
              const column = t.columns.find((c) => c.key === key);
              expect(column && address !== `${column.column}${r.row}` && cellAddress(r, column) === address).toBe(true);
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
