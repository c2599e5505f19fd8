import { columnIndex } from "../../../src/engine/grid";
import type { PlanColumn, PlanRow, PlanTable } from "../../../src/engine/plan";
import type { Role } from "../../../src/engine/roles";

/**
 * The Bulgarian balanced scorecard (seeds/bg-balanced-scorecard-children-at-risk.txt) as a typed
 * table: its real rows A–H as the fixture workbook holds them (sheet rows 5–8), plus the columns an
 * official adds to measure it — baseline, target, actual and weight — one line per indicator.
 */

export type RowCells = Partial<Record<string, string>>;

/** A typed plan table from cells by column letter; refs point at every non-empty cell. */
export function planTable(sheet: string, columns: [string, string, Role][], rows: RowCells[], firstRow = 5): PlanTable {
  const planColumns: PlanColumn[] = columns.map(([column, header, role]) => ({
    index: columnIndex(column),
    column,
    header,
    role,
    key: role,
  }));
  const planRows: PlanRow[] = rows.map((byLetter, i) => {
    const row = firstRow + i;
    const cells: Record<string, string> = {};
    const refs: Record<string, string> = {};
    for (const c of planColumns) {
      const text = byLetter[c.column];
      if (text === undefined || text.trim() === "") continue;
      cells[c.key] = text;
      refs[c.key] = `${c.column}${row}`;
    }
    return { row, sourceRows: [row], section: null, number: null, numberPath: null, level: 1, cells, refs };
  });
  const last = firstRow + rows.length - 1;
  return {
    sheet,
    range: `A${firstRow - 1}:${columns[columns.length - 1][0]}${last}`,
    headerRows: [firstRow - 1],
    columns: planColumns,
    rows: planRows,
    sections: [],
    repeatedHeaderRows: [],
    preamble: [],
  };
}

export const BG_COLUMNS: [string, string, Role][] = [
  ["A", "НАПРАВЛЕНИЕ", "perspective"],
  ["B", "СТРАТЕГИЧЕСКА КАРТА", "unknown"],
  ["C", "СТРАТЕГИЧЕСКИ ЦЕЛИ", "objective"],
  ["D", "ПОКАЗАТЕЛИ ЗА ЕФЕКТИВНОСТ", "indicator"],
  ["E", "ЗАДАЧИ", "unit"],
  ["H", "ИЗПЪЛНИТЕЛ", "responsible"],
  ["I", "Базова стойност", "baseline"],
  ["J", "Целева стойност", "target"],
  ["K", "Постигната стойност", "actual"],
  ["L", "Тежест", "weight"],
];

export const PERSPECTIVES = ["КАЧЕСТВО И РЕЗУЛТАТИ", "СТРУКТУРИ И ПРОЦЕСИ", "ПАРТНЬОРСТВА И РЕСУРСИ", "ХОРА И КОМПЕТЕНТНОСТИ"];

const EXECUTORS = "Общини РУП ДСП Училища НПО";

/** Sheet rows 5–8: the seed's four perspectives with their objectives, indicators and units. */
export const BG_ROWS: RowCells[] = [
  {
    A: "КАЧЕСТВО И РЕЗУЛТАТИ",
    C: "▪ Подобрена ефективност на Механизма за съвместна работа на институциите по обхващане и включване в образователната система.",
    D: "▪ Относителен дял на обхванатите в образователната система на регионално ниво",
    E: "Брой\n%\n%\nВисока",
    H: EXECUTORS,
    I: "88%",
    J: "95%",
    K: "95%",
    L: "2",
  },
  {
    A: "СТРУКТУРИ И ПРОЦЕСИ",
    C: "▪ Идентифициране и оценка на риска от преждевременно напускане на образователната система при деца и ученици с прилагане на механизъм за проследяване на всеки случай на дете/ученик в риск от отпадане.",
    D: "▪ Брой индивидуални оценки на деца и ученици в риск, включени в механизъм за превенция на преждевременното напускане",
    E: "Брой\nброй",
    H: EXECUTORS,
    I: "120",
    J: "300",
    L: "1",
  },
  {
    A: "ПАРТНЬОРСТВА И РЕСУРСИ",
    C: "▪ Осигуряване на достъп до необходимите човешки, информационни и материални ресурси чрез социално отговорни стратегически партньорства в местните общности",
    D: "▪ Брой внедрени информационни системи и технологии\n▪ Размер на инвестиции/капиталови\n▪ Брой споразумения за партньорство",
    E: "Брой\nЛева\nБрой",
    H: EXECUTORS,
    I: "1\n0\n4",
    J: "3\n50 000\n10",
    K: "1\n5 000\n6",
    L: "1\n1\n1",
  },
  {
    A: "ХОРА И КОМПЕТЕНТНОСТИ",
    C: "▪ Определяне на стратегическите професии, очертаване на профила на компетентностите за всяка една от тях и подкрепа за развитието им",
    D: "▪ Обхват на служителите със стратегически професии в съвместни обучения по програми за екипна работа в ЕПЛР\n▪ Размер на инвестициите в обучение и квалификация\n▪ Степен на удовлетвореност на служителите",
    E: "%\nЛева\n%\nВисока",
    H: EXECUTORS,
    I: "40%\n0\nСредна",
    J: "80%\n15 000\nВисока",
    K: "70%\n9 000\nВисока",
    L: "2\n1\n1",
  },
];

/** The same scorecard as an official lays it out for formulas: one indicator a row, perspective written once. */
export const BG_FLAT_ROWS: { perspective: string; baseline: string; target: string; actual: string; weight: number }[] = [
  { perspective: PERSPECTIVES[0], baseline: "88%", target: "95%", actual: "95%", weight: 2 },
  { perspective: PERSPECTIVES[1], baseline: "120", target: "300", actual: "", weight: 1 },
  { perspective: PERSPECTIVES[2], baseline: "1", target: "3", actual: "1", weight: 1 },
  { perspective: "", baseline: "0", target: "50 000", actual: "5 000", weight: 1 },
  { perspective: "", baseline: "4", target: "10", actual: "6", weight: 1 },
  { perspective: PERSPECTIVES[3], baseline: "40%", target: "80%", actual: "70%", weight: 2 },
  { perspective: "", baseline: "0", target: "15 000", actual: "9 000", weight: 1 },
  { perspective: "", baseline: "Средна", target: "Висока", actual: "Висока", weight: 1 },
];

export function bgScorecardTable(rows: RowCells[] = BG_ROWS, columns = BG_COLUMNS): PlanTable {
  return planTable("BSC", columns, rows);
}
