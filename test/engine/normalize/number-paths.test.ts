import { detectPlanTables } from "../../../src/engine/plan-tables";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";
import { bochnia, kyustendil, volodarsk } from "../detect/seed-grids";

describe("numbering paths of a plan's rows", () => {
  const _ = null;
  // Each section numbers its tasks from 1 again, as plans pasted from Word do.
  const rows: CellValue[][] = [
    ["№", "Дейност", "Срок", "Отговорник"],
    ["I. Организационна дейност", _, _, _],
    ["1.", "Заседание на педагогическия съвет", "м. септември 2023", "Директор"],
    ["1.1.", "Приемане на годишния план", "м. септември 2023", "Директор"],
    ["2.", "Родителска среща", "м. октомври 2023", "Класни ръководители"],
    ["II. Методическа дейност", _, _, _],
    ["1.", "Открити уроци", "м. ноември 2023", "Учители"],
    ["1.1.", "Урок по математика", "м. ноември 2023", "Учител по математика"],
    ["2.", "Обмяна на опит", "м. декември 2023", "Заместник-директор"],
  ];

  it("gives rows numbered alike one shared path, and rows numbered otherwise their own", () => {
    const table = detectPlanTables(gridFromRows("План", rows))[0];
    const numbered = table.rows.filter((r) => r.numberPath !== null);
    expect(numbered.map((r) => r.number)).toEqual(["1.", "1.1.", "2.", "1.", "1.1.", "2."]);
    expect(numbered.map((r) => r.numberPath)).toEqual([[1], [1, 1], [2], [1], [1, 1], [2]]);
    for (const a of numbered) {
      for (const b of numbered) expect(a.numberPath === b.numberPath).toBe(a.number === b.number);
    }
  });

  it("never shares a path between different numbers in the seed plans", () => {
    for (const grid of [kyustendil(), bochnia(), volodarsk()]) {
      for (const table of detectPlanTables(grid)) {
        const byPath = new Map<number[], string>();
        for (const row of table.rows) {
          if (!row.numberPath) continue;
          const key = row.numberPath.join(".");
          expect(byPath.get(row.numberPath) ?? key).toBe(key);
          byPath.set(row.numberPath, key);
        }
      }
    }
  });
});
