import fc from "fast-check";
import type { CellValue, MergedArea, SheetGrid } from "../../src/engine/grid";
import { VOCABULARIES, type KnownRole } from "../../src/engine/detect/vocabulary";

/**
 * Random sheets shaped like the plans officials paste from Word: title and glossary rows, a real
 * header row in one of PlanCheck's languages, numbered tasks, rows split over page breaks, section
 * rows merged across the table, blank rows and columns, the header repeated mid-table and merged
 * areas. Cell texts come from the seed plans, so rules see the values they meet in real plans.
 */

export interface PlanSheet {
  grid: SheetGrid;
  /** 0-based sheet row of the header row the generator wrote. */
  headerRow: number;
}

type Lang = keyof typeof VOCABULARIES;
const LANGS = Object.keys(VOCABULARIES) as Lang[];

const NUMBERS: CellValue[] = ["1.", "2.", "2.", "3.", "5.1.", "5.2", "10.4.", "I.", "IV.", "1)", "а)", 1, 7, "6.3. Формиране на база-данни"];
const TEXTS: CellValue[] = [
  "Определяне на координатор.",
  "Организиране на консултации за учениците по учебни предмети;",
  "Uchwała Zarządu Powiatu – w sprawie przyjęcia planu",
  "Мониторинг реализации дорожной карты",
  "Проведення семінару для директорів",
  "Train school leaders",
  "Styczeń/\nluty 2018",
  "м. септември 2019 г.",
  "Сентябрь-декабрь 2020",
  "постоянен",
  "при подаден сигнал",
  "Rok szkolny 2018/2019",
  "до 30.09.2019 г.",
  "скоро",
  "детски градини, училища, РУО – Кюстендил",
  "Общини РУП ДСП Училища НПО",
  "Wydział OPS/FK/\nSkarbnik Powiatu",
  "Управление образования, ИДК\"",
  "Брой обхванати ученици",
  "Liczba szkoleń",
  "8 planów\nI harmonogramów",
  "Висока",
  "120%",
  "-5",
  "=SUM(A1:A3)",
  "Бюджет на общината",
  "Не се изисква допълнително финансиране",
  "#N/A",
  43723,
  0.25,
  true,
];
const SECTIONS = [
  "Стратегическа цел №2: Осигуряване на специалисти",
  "Cel szczegółowy 1",
  "Раздел 2. Кадровое обеспечение",
  "Розділ 3. Моніторинг",
  "Objective 1: Better support",
];
const PREAMBLE = [
  "ГОДИШЕН ПЛАН НА ДЕЙНОСТИТЕ – 2019 ГОДИНА",
  "HARMONOGRAM PRAC NA 2018 ROK",
  "Дорожная карта на 2020-2021 годы",
  "Використані скорочення:",
  "РУО – Регионално управление на образованието",
  "ЦПЛР – ОДК – Център за подкрепа за личностно развитие",
];

/** Header phrases as an official types them: the vocabulary's words, stems without their star. */
function headerPhrase(lang: Lang, role: KnownRole): fc.Arbitrary<string> {
  const phrases = VOCABULARIES[lang].roles[role].map((p) => p.replace(/\*/g, ""));
  return fc.tuple(fc.constantFrom(...phrases), fc.boolean()).map(([p, upper]) => (upper ? p.toUpperCase() : p[0].toUpperCase() + p.slice(1)));
}

const ROLE_CHOICES: KnownRole[] = ["number", "activity", "deadline", "responsible", "partners", "financing", "indicator", "unit", "target", "result", "notes", "method"];

/** A header naming three to eight different roles in one language, the number column usually first. */
const headerArb: fc.Arbitrary<string[]> = fc
  .tuple(fc.constantFrom(...LANGS), fc.shuffledSubarray(ROLE_CHOICES, { minLength: 3, maxLength: 8 }), fc.boolean())
  .chain(([lang, roles, numberFirst]) => {
    const ordered = numberFirst ? ["number" as KnownRole, ...roles.filter((r) => r !== "number")] : roles;
    return fc.tuple(...ordered.map((r) => headerPhrase(lang, r)));
  });

type RowKind = "task" | "split" | "section" | "blank" | "repeat" | "stray";

const rowKindArb = fc.constantFrom<RowKind>("task", "task", "task", "task", "split", "section", "blank", "repeat", "stray");
const cellArb = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...TEXTS) }, { weight: 2, arbitrary: fc.constant(null) });

function bodyRow(kind: RowKind, width: number, header: string[]): fc.Arbitrary<{ kind: RowKind; cells: CellValue[] }> {
  switch (kind) {
    case "task":
      return fc.tuple(fc.constantFrom(...NUMBERS), fc.array(cellArb, { minLength: width - 1, maxLength: width - 1 })).map(([n, rest]) => ({ kind, cells: [n, ...rest] }));
    case "split":
      return fc.array(cellArb, { minLength: width - 1, maxLength: width - 1 }).map((rest) => ({ kind, cells: [null, ...rest] }));
    case "section":
      return fc.constantFrom(...SECTIONS).map((s) => ({ kind, cells: [s, ...Array<CellValue>(width - 1).fill(null)] }));
    case "blank":
      return fc.constant({ kind, cells: Array<CellValue>(width).fill(null) });
    case "repeat":
      return fc.constant({ kind, cells: [...header] });
    case "stray":
      return fc.tuple(fc.nat(width - 1), fc.constantFrom(...TEXTS)).map(([at, v]) => {
        const cells = Array<CellValue>(width).fill(null);
        cells[at] = v;
        return { kind, cells };
      });
  }
}

export const planSheetArb: fc.Arbitrary<PlanSheet> = headerArb.chain((header) => {
  const width = header.length;
  return fc
    .record({
      preamble: fc.array(fc.option(fc.constantFrom(...PREAMBLE), { nil: null }), { maxLength: 4 }),
      rows: fc.array(rowKindArb.chain((k) => bodyRow(k, width, header)), { minLength: 1, maxLength: 25 }),
      blankColumns: fc.uniqueArray(fc.nat(width), { maxLength: 2 }),
      mergeSections: fc.boolean(),
      extraMerges: fc.array(fc.record({ row: fc.nat(40), col: fc.nat(width), rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 1, max: 3 }) }), { maxLength: 3 }),
      origin: fc.record({ row: fc.nat(4), col: fc.nat(3) }),
      sheet: fc.constantFrom("План 2019", "Harmonogram", "Дорожная карта", "תוכנית", "Plan"),
    })
    .map((r) => assemble(header, r));
});

interface Parts {
  preamble: (string | null)[];
  rows: { kind: RowKind; cells: CellValue[] }[];
  blankColumns: number[];
  mergeSections: boolean;
  extraMerges: { row: number; col: number; rows: number; cols: number }[];
  origin: { row: number; col: number };
  sheet: string;
}

function assemble(header: string[], p: Parts): PlanSheet {
  const rows: CellValue[][] = [];
  for (const t of p.preamble) rows.push([t]);
  const headerRow = rows.length;
  rows.push([...header]);
  const sectionRows: number[] = [];
  for (const r of p.rows) {
    if (r.kind === "section") sectionRows.push(rows.length);
    rows.push([...r.cells]);
  }
  // Blank columns are inserted right to left so earlier positions stay where they were chosen.
  let width = header.length;
  for (const c of [...p.blankColumns].sort((a, b) => b - a)) {
    for (const row of rows) row.splice(Math.min(c, row.length), 0, null);
    width++;
  }
  for (const row of rows) while (row.length < width) row.push(null);

  // Merged areas never overlap; every cell of an area but its top-left one is empty, as in Excel.
  const merges: MergedArea[] = [];
  const taken = (m: MergedArea) => merges.some((o) => m.row < o.row + o.rowCount && o.row < m.row + m.rowCount && m.col < o.col + o.colCount && o.col < m.col + m.colCount);
  if (p.mergeSections) {
    for (const r of sectionRows) {
      const col = rows[r].findIndex((v) => v !== null);
      merges.push({ row: r, col, rowCount: 1, colCount: width - col });
    }
  }
  for (const e of p.extraMerges) {
    const m = { row: e.row, col: e.col, rowCount: e.rows, colCount: e.cols };
    if (m.row === headerRow || m.row + m.rowCount > rows.length || m.col + m.colCount > width || (m.rowCount === 1 && m.colCount === 1) || taken(m)) continue;
    if (m.row < headerRow && m.row + m.rowCount > headerRow) continue;
    merges.push(m);
  }
  for (const m of merges) {
    for (let r = m.row; r < m.row + m.rowCount; r++) for (let c = m.col; c < m.col + m.colCount; c++) if (r !== m.row || c !== m.col) rows[r][c] = null;
  }
  const shifted = merges.map((m) => ({ ...m, row: m.row + p.origin.row, col: m.col + p.origin.col }));
  return {
    grid: { sheet: p.sheet, origin: p.origin, values: rows, merges: shifted.sort((a, b) => a.row - b.row || a.col - b.col) },
    headerRow: headerRow + p.origin.row,
  };
}
