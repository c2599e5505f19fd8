import { detectPlanTables } from "../../../src/engine/plan-tables";
import { checkSheet } from "../../../src/engine/check";
import { gridFromRows, type CellValue, type MergedArea } from "../../../src/engine/grid";
import { accountForCells } from "../../../src/engine/normalize/conservation";

const across = (row: number, colCount: number): MergedArea => ({ row, col: 0, rowCount: 1, colCount });

// The tmr schedule: the date merged down over its class and subject pairs, and the footnote to the
// star beside the classes merged across all four columns between two date spans.
const FOOTNOTE = "Обучающиеся 11 классов пишут всероссийские проверочные работы по тем учебным предметам, которые они не выбирают при прохождении государственной итоговой аттестации.";
const SCHEDULE: CellValue[][] = [
  ["Дата", "Класс", "Учебный предмет", "Примечание"],
  ["10-13 марта 2020 г.", "11 *", "История", "В режиме апробации"],
  [null, "11 *", "Химия", null],
  [FOOTNOTE],
  ["30 марта - 10 апреля 2020 г.", "4", "Русский язык (1 часть)", "В штатном режиме"],
  [null, "4", "Русский язык (2 часть)", null],
];
const SCHEDULE_MERGES: MergedArea[] = [
  { row: 1, col: 0, rowCount: 2, colCount: 1 },
  { row: 1, col: 3, rowCount: 2, colCount: 1 },
  across(3, 4),
  { row: 4, col: 0, rowCount: 2, colCount: 1 },
  { row: 4, col: 3, rowCount: 2, colCount: 1 },
];

const HEADER = ["№", "Мероприятие", "Срок", "Ответственный"];
const TASK = (n: string, text: string): CellValue[] => [n, text, "сентябрь 2024", "Управление образования"];

describe("notes inside a table", () => {
  it("keeps a footnote sentence merged across the table between its rows as a note, neither section nor task", () => {
    const grid = gridFromRows("ВПР", SCHEDULE, SCHEDULE_MERGES);
    const [t] = detectPlanTables(grid);
    expect(t.notes).toEqual([{ row: 4, text: FOOTNOTE }]);
    expect(t.sections).toEqual([]);
    expect(t.rows.map((r) => r.row)).toEqual([2, 3, 5, 6]);
    expect(t.rows.every((r) => r.section === null)).toBe(true);
    expect(accountForCells(grid, t)).toEqual([]);
  });

  it.each(["* Мероприятия проводятся по согласованию с Управлением образования", "Примечание: сроки уточняются по мере поступления", "Uwaga: terminy mogą ulec zmianie", "Note: dates may change"])(
    "keeps %j between numbered tasks as a note",
    (note) => {
      const grid = gridFromRows("План", [HEADER, TASK("1.", "Совещание директоров"), [note], TASK("2.", "Педагогический совет")], [across(2, 4)]);
      const [t] = detectPlanTables(grid);
      expect(t.notes).toEqual([{ row: 3, text: note }]);
      expect(t.sections).toEqual([]);
      expect(t.rows.map((r) => r.sourceRows)).toEqual([[2], [4]]);
    },
  );

  it("asks a note for no deadline and no responsible body", () => {
    const grid = gridFromRows("План", [HEADER, TASK("1.", "Совещание директоров"), ["Примечание: сроки уточняются"], TASK("2.", "Педагогический совет")], [across(2, 4)]);
    const [checked] = checkSheet(grid);
    expect(checked.findings.filter((f) => f.cell.endsWith("3"))).toEqual([]);
  });

  it("still reads a short title merged across the table as a section", () => {
    const grid = gridFromRows("План", [HEADER, TASK("1.", "Совещание директоров"), ["Работа с кадрами"], TASK("2.", "Педагогический совет")], [across(2, 4)]);
    const [t] = detectPlanTables(grid);
    expect(t.notes).toBeUndefined();
    expect(t.sections).toEqual([{ row: 3, title: "Работа с кадрами" }]);
  });

  it("still ends the table at a note under its last task", () => {
    const grid = gridFromRows("План", [HEADER, TASK("1.", "Совещание директоров"), TASK("2.", "Педагогический совет"), ["Примечание: сроки уточняются"]], [across(3, 4)]);
    const [t] = detectPlanTables(grid);
    expect(t.notes).toBeUndefined();
    expect(t.range).toBe("A1:D3");
  });
});
