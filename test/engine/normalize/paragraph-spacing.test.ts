import { paragraphSpacing } from "../../../src/engine/normalize/body";
import { SheetRows } from "../../../src/engine/detect/sheet-rows";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";
import { tablesOf } from "../detect/read-tables";

/** The rows with an empty row under each, as a Word table pasted with spacing after its paragraphs lands. */
function spaced(rows: CellValue[][]): CellValue[][] {
  return rows.flatMap((r) => [r, []]);
}

const title = ["ПЛАН заходів на 2025/2026 н.р."];
const header = ["№", "Зміст заходів", "Термін", "Відповідальні"];
const organisation = ["І. Організаційна робота"];
const upbringing = ["ІІ. Виховна робота"];
const tasks1: CellValue[][] = [
  ["1.", "Нарада при директорові", "вересень", "Директор"],
  ["2.", "Затвердження плану роботи", "до 05.09.2025", "Заступник директора"],
  ["3.", "Інструктаж з охорони праці", "вересень", "Інженер з ОП"],
];
const tasks2: CellValue[][] = [
  ["4.", "Тиждень знань", "01–05.09.2025", "Педагог-організатор"],
  ["5.", "Виховна година «Моя Україна»", "жовтень", "Класні керівники"],
];

describe("a plan pasted with an empty row under every row", () => {
  it("keeps one table with every section and task, as the plan without the empty rows", () => {
    const rows = [title, [], header, ...spaced([organisation, ...tasks1, upbringing, ...tasks2])];
    const tables = tablesOf(rows);
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t.headerRows).toEqual([3]);
    expect(t.sections.map((s) => s.title)).toEqual(["І. Організаційна робота", "ІІ. Виховна робота"]);
    expect(t.rows.map((r) => r.number)).toEqual(["1.", "2.", "3.", "4.", "5."]);
    const [org, upb] = [organisation[0], upbringing[0]];
    expect(t.rows.map((r) => r.section)).toEqual([org, org, org, upb, upb]);
  });

  it("keeps the header repeated under a section heading as the same table's header", () => {
    const rows = [title, [], header, ...spaced([organisation, ...tasks1, upbringing, header, ...tasks2])];
    const tables = tablesOf(rows);
    expect(tables).toHaveLength(1);
    expect(tables[0].repeatedHeaderRows).toEqual([14]);
    expect(tables[0].rows).toHaveLength(5);
  });

  it("keeps the items under a numbered group's name each a task, the empty row between them aside", () => {
    const rows = [
      ["Plan promocji przedszkola"],
      [],
      ["Lp.", "Instytucja – rodzaj akcji", "Termin realizacji", "Osoby odpowiedzialne"],
      ...spaced([
        ["1.", "Urząd Miasta – akcje ekologiczne", "cały rok szkolny", "H. Iwanek"],
        ["2.", "Policja, Straż Pożarna", "IX, VI", "J. Wysok"],
        ["3.", "Schronisko Miejskie – zbiórka darów", "II", "A. Nowak"],
        ["4.", "Kołobrzeskie przedszkola", null, null],
        [null, "P-3 Festiwal Piosenki Przedszkolnej", "wg oferty", "wychowawcy"],
        [null, "P-2 Przegląd Twórczości Dziecięcej", "wg oferty", "M. Bohdan"],
        [null, "P-8 Przegląd Kolęd", "XII", "W. Kosidło"],
        ["5.", "Biblioteka, księgarnia", "wg ofert", "H. Iwanek"],
      ]),
    ];
    const [t] = tablesOf(rows);
    expect(t.sections.map((s) => s.title)).toEqual(["4. Kołobrzeskie przedszkola"]);
    expect(t.rows).toHaveLength(7);
  });

  it("still ends the table at signatures under a wider gap", () => {
    const rows = [title, [], header, ...spaced([...tasks1, ...tasks2]), [], ["Директор ________ О.П. Іваненко"]];
    const [t] = tablesOf(rows);
    expect(t.rows).toHaveLength(5);
    expect(t.range).toBe("A3:D12");
  });
});

describe("paragraph spacing", () => {
  const rowsOf = (rows: CellValue[][]) => new SheetRows(gridFromRows("S", rows));

  it("is one row where the rows under the header stand one empty row apart", () => {
    expect(paragraphSpacing(rowsOf([header, ...spaced([...tasks1, ...tasks2])]), 1, 10)).toBe(1);
  });

  it("is none where rows follow each other, or only a few stand apart", () => {
    expect(paragraphSpacing(rowsOf([header, ...tasks1, ...tasks2]), 1, 5)).toBe(0);
    expect(paragraphSpacing(rowsOf([header, ...spaced(tasks1.slice(0, 2)), ...tasks2]), 1, 6)).toBe(0);
  });

  it("is one row where rows stand one empty row apart but for a task's second line kept under it", () => {
    const rows = [header, ...spaced(tasks1), tasks2[0], [null, null, null, "Педагог-організатор"], [], ...spaced(tasks2.slice(1)), ...spaced(tasks1)];
    expect(paragraphSpacing(rowsOf(rows), 1, rows.length - 1)).toBe(1);
  });
});
