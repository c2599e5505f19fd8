import type { SheetGrid } from "../../../src/engine/grid";
import { detectPlanTables } from "../../../src/engine/plan-tables";
import { buildScorecard } from "../../../src/engine/scorecard/tree";

function table(rows: (string | null)[][]) {
  const grid: SheetGrid = { sheet: "BSC", origin: { row: 0, col: 0 }, values: rows, merges: [] };
  const tables = detectPlanTables(grid);
  expect(tables).toHaveLength(1);
  return tables[0];
}

const HEAD = ["Перспектива", "Цел", "Показател", "Мерна единица", "Базова стойност"];
const ROW = ["Учене", "Четене", "Ученици, четящи на ниво", "%", "60%"];

describe("threshold cells in a scorecard table", () => {
  const HEADS = [...HEAD, "Целева стойност", "Постигната стойност", "Зелено/Жълто/Червено"];

  it("are read whole for a row of one indicator, bands on lines included", () => {
    const t = table([HEADS, [...ROW, "90%", "72%", "зелено: от 85%\nжълто: 70–85%\nчервено: под 70%"]]);
    expect(buildScorecard(t).perspectives[0].objectives[0].indicators[0]).toMatchObject({ status: "amber", statusFrom: "thresholds", thresholds: { lines: { green: 0.85, red: 0.7 } } });
  });

  it("are read line by line for a row of several indicators listing as many, and are no one's otherwise", () => {
    const two = [...HEAD.slice(0, 2), "Показатели", "Мерна единица", "Базова стойност", "Целева стойност", "Постигната стойност", "Зелено при", "Червено под"];
    const row = (green: string, red: string) => ["Учене", "Четене", "▪ Ученици, четящи на ниво\n▪ Открити библиотеки", "%\nброй", "60%\n2", "90%\n10", "72%\n9", green, red];
    const lined = buildScorecard(table([two, row("85%\n9", "70%\n5")])).perspectives[0].objectives[0].indicators;
    expect(lined.map((i) => [i.status, i.thresholds!.lines])).toEqual([
      ["amber", { green: 0.85, red: 0.7 }],
      ["green", { green: 9, red: 5 }],
    ]);
    const shared = buildScorecard(table([two, row("85%", "70%")])).perspectives[0].objectives[0].indicators;
    expect(shared.map((i) => [i.statusFrom, i.thresholds!.unread])).toEqual([
      ["score", "unaligned"],
      ["score", "unaligned"],
    ]);
  });
});
