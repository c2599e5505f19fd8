import { gridFromRows, type CellValue, type SheetGrid } from "../../src/engine/grid";
import { checkInExcel } from "../../src/excel/check";
import { createMemoryExcel } from "../../src/memory-host";
import { PAYLOAD_LIMIT_BYTES } from "../../src/memory-host/bytes";

const MB5 = 5 * 1024 * 1024;

/**
 * A consolidated regional plan: 100,000 tasks of the kind pasted from every school's plan, about
 * 30 MB of values (Cyrillic text, two bytes a letter), rows of differing length.
 */
function regionalPlan(rows: number): SheetGrid {
  const activities = [
    "Провеждане на обучения и консултации за учители и родители в детските градини",
    "Организиране на консултации за учениците по учебни предмети",
    "Срещи, дискусии, беседи с представители на МВР",
  ];
  const bodies = ["РУО", "училища", "детски градини, училища, Община Кюстендил", "ЦПЛР – ОДК"];
  const values: CellValue[][] = [
    ["Годишен план на областта за 2019 г.", null, null, null, null],
    ["№", "Дейност", "Срок", "Отговорник", "Индикатор"],
  ];
  for (let i = 1; i <= rows; i++) {
    values.push([`${i}.`, `${activities[i % 3]} – ${i % 400} участници`, "м. май 2019 г.", bodies[i % 4], i % 5 === 0 ? null : "Брой обхванати ученици"]);
  }
  return gridFromRows("План", values);
}

describe("sync count of a check of a whole region's plan", () => {
  it("reads 100,000 rows in blocks as full as Excel's 5 MB allows once the first block has shown the rows' size", async () => {
    const grid = regionalPlan(100_000);
    const excel = createMemoryExcel({ sheets: [grid] });
    const check = await excel.Excel.run((context) => checkInExcel(context, { lang: "bg", today: "2019-06-30" }));
    const { log } = excel.stats;
    expect(check.report.summary.rows).toBe(100_000);
    expect(log.filter((s) => s.failed)).toEqual([]);
    const sizes = log.map((s) => s.requestBytes + s.responseBytes);
    expect(sizes.filter((b) => b >= PAYLOAD_LIMIT_BYTES)).toEqual([]);
    // The survey, the data blocks, the marks: the first block is sized from a sample of the top
    // rows with a margin; every later one but the last from what the first really carried.
    const blocks = sizes.slice(1, -1);
    expect(blocks.length).toBeGreaterThan(3);
    for (const b of blocks.slice(1, -1)) expect(b).toBeGreaterThan(0.9 * MB5);
    expect(log).toHaveLength(2 + blocks.length);
  });
});
