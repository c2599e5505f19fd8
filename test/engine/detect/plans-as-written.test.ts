import { detectPlanTables } from "../../../src/engine/plan-tables";
import { roleOfHeader } from "../../../src/engine/detect";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";
import { checkWorkbook } from "../../../src/engine/check";

/**
 * Plans as officials have them, not as PlanCheck was first built from: headings written in many
 * ways, columns with no heading or a misleading one, tables with no header row at all, rows pasted
 * in pieces. Rows and examples are from the corpus of real plans (test/corpus).
 */

const _ = null;

function roles(rows: CellValue[][], options = {}) {
  const [table] = detectPlanTables(gridFromRows("S", rows), options);
  return table.columns.map((c) => `${c.column}:${c.role}:${c.source}`);
}

describe("headings as people write them", () => {
  it.each([
    ["Срок:", "deadline"],
    ["Termin*", "deadline"],
    ["Відпові- дальні", "responsible"],
    ["Вiдповiдальн.", "responsible"],
    ["Отг.", "responsible"],
    ["Odp.", "responsible"],
    ["Отв-ный", "responsible"],
    ["Час провед.", "deadline"],
    ["Rodzaj czynności", "activity"],
    ["Зміст роботи", "activity"],
    ["Мероприятий", "activity"],
    ["D a t a", "deadline"],
    ["O s o b a  odpowiedzialna", "responsible"],
    ["Назва заходу (враховуючи вікові особливості учнів)", "activity"],
  ])("%j is read as %s", (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it("reads a narrow calendar's header of two roles: `Дейност | Срок`", () => {
    expect(roles([["Дейност", "Срок"], ["Подаване на заявления", "01.02.2023 г. – 17.02.2023 г."], ["Обявяване на резултатите", "до 28.06.2023 г."]])).toEqual([
      "A:activity:header",
      "B:deadline:header",
    ]);
  });

  it("takes a label with its value after it for data, never a header (`отг. – комисия | срок – 1-10.09.2013г.`)", () => {
    const [table] = detectPlanTables(
      gridFromRows("S", [
        ["1.Извършване на основен преглед на училищната сграда"],
        ["", "отг. – комисия", "срок – 1-10.09.2013г."],
        ["2.Ремонт на повредените врати и прозорци."],
        ["", "отг.- Г. Иванов", "срок – до 15.09.2013г."],
        ["4.Отстраняване на течовете по покрива на учебната сграда"],
        ["", "Отг.: Г. Иванов", "срок- до 15.09.2013г."],
      ]),
    );
    expect(table.headerRows).toEqual([]);
    expect(table.rows.map((r) => r.sourceRows)).toEqual([[1, 2], [3, 4], [5, 6]]);
    expect(table.columns.map((c) => `${c.column}:${c.role}`)).toEqual(["A:activity", "B:responsible", "C:deadline"]);
  });
});

describe("roles from content", () => {
  it("makes an unheaded column of numbers the number column (`№` left empty)", () => {
    expect(
      roles([
        [_, "Змiст роботи", "Час провед.", "Вiдповiдальн."],
        ["1.1", "Оформлення картотеки читацьких формулярів", "Початок навчального року", "Аксьонова І.В."],
        ["1.2", "Організація екскурсій до бібліотеки", "Вересень", "Аксьонова І.В."],
      ]),
    ).toEqual(["A:number:content", "B:activity:header", "C:deadline:header", "D:responsible:header"]);
  });

  it("lets dates decide a column headed as money (`Resources 8am` over meeting dates)", () => {
    expect(
      roles([
        ["Meeting", "Date", "Resources 8am"],
        ["Full Governing Board", "7th September 2022", "28th September 2022"],
        ["Pupils committee", "14th December 2022", "9th November 2022"],
      ]),
    ).toEqual(["A:activity:header", "B:deadline:header", "C:deadline:content"]);
  });

  it("keeps the user's role over heading and cells, and says so", () => {
    expect(
      roles(
        [
          ["Дейност", "Срок", "Бележка"],
          ["Подаване на заявления", "до 06.03.2023 г.", "РУО"],
          ["Обявяване на резултатите", "до 28.06.2023 г.", "РУО"],
        ],
        { roles: { C: "responsible" } },
      ),
    ).toEqual(["A:activity:header", "B:deadline:header", "C:responsible:user"]);
  });
});

describe("tables without a header row", () => {
  it("finds a block where one column holds task text and another dates, and types it by content", () => {
    const [table] = detectPlanTables(
      gridFromRows("S", [
        ["Kalendarium 2023/2024"],
        [],
        ["14.10.2023", "Dzień wolny od zajęć dydaktycznych"],
        ["01.11.2023", "Wszystkich Świętych"],
        ["23.12.2023 – 31.12.2023", "Przerwa świąteczna"],
      ]),
    );
    expect(table.headerRows).toEqual([]);
    expect(table.range).toBe("A3:B5");
    expect(table.columns.map((c) => `${c.column}:${c.role}:${c.source}`)).toEqual(["A:deadline:content", "B:activity:content"]);
    expect(table.rows).toHaveLength(3);
  });

  it("finds nothing in prose", () => {
    expect(detectPlanTables(gridFromRows("S", [["Настоящият план е изготвен за осигуряване на нормални условия."], ["Директор: подпис"]]))).toEqual([]);
  });
});

describe("structure as pasted", () => {
  it("keeps one table when the header is repeated under each month heading, the first heading above the first header", () => {
    const [table, ...rest] = detectPlanTables(
      gridFromRows("S", [
        ["WRZESIEŃ"],
        ["LP", "NAZWA", "OSOBY ODPOWIEDZIALNE", "DATA REALIZACJI"],
        ["1", "Rozpoczęcie roku szkolnego", "dyrekcja", "04.09.2023 r."],
        ["2", "Kiermasz podręczników", "M. Cholewa", "05.09.2023 r."],
        ["PAŹDZIERNIK"],
        ["LP", "NAZWA", "OSOBY ODPOWIEDZIALNE", "DATA REALIZACJI"],
        ["3", "Dzień Papieski", "wychowawcy", "13.10.2023 r."],
      ]),
    );
    expect(rest).toEqual([]);
    expect(table.sections.map((s) => [s.row, s.title])).toEqual([
      [1, "WRZESIEŃ"],
      [5, "PAŹDZIERNIK"],
    ]);
    expect(table.repeatedHeaderRows).toEqual([6]);
    expect(table.rows.map((r) => [r.row, r.section])).toEqual([
      [3, "WRZESIEŃ"],
      [4, "WRZESIEŃ"],
      [7, "PAŹDZIERNIK"],
    ]);
  });

  it("joins lines that carry no task of their own to the task above: a second person, a time, a date's second line", () => {
    const [table] = detectPlanTables(
      gridFromRows("S", [
        ["Date", "Action"],
        ["January 2019", "Gather data and build school profiles"],
        [_, "Host Strategic Thinking Awareness sessions"],
        ["February 2019", "Host Awareness Campaign for schools"],
      ]),
    );
    expect(table.rows.map((r) => r.sourceRows)).toEqual([[2, 3], [4]]);
  });

  it("keeps an unnumbered row with its own text and date as a task in a numbered table", () => {
    const [table] = detectPlanTables(
      gridFromRows("S", [
        ["№ п/п", "Мероприятие", "Дата проведения", "Ответственный"],
        ["1.", "Совещание при директоре", "16.03.2020", "Директор школы"],
        [_, "Подведение итогов месячника", "17.04.2020", "Заместитель директора"],
      ]),
    );
    expect(table.rows.map((r) => r.sourceRows)).toEqual([[2], [3]]);
  });

  it("ends the table at its sums (`Итого:`)", () => {
    const [table] = detectPlanTables(
      gridFromRows("S", [
        ["Мероприятия", "Стоимость в тыс. руб.", "Сроки", "Ответственные"],
        ["1. Приобретение ученической мебели", "552,0", "II - III кв.", "руководители ОУ"],
        ["2. Приобретение учебников", "549,0", "I кв.", "руководители МОУ СОШ"],
        ["Итого:", "1101,0"],
      ]),
    );
    expect(table.rows).toHaveLength(2);
    expect(table.range).toBe("A1:D3");
  });
});

describe("a range and roles given by the user", () => {
  it("reads the table in the range, its first row as the header, unknown headings typed by the cells", () => {
    const grid = gridFromRows("S", [
      ["Notatka"],
      ["Okno", "Co"],
      ["14.10.2023", "Dzień wolny od zajęć"],
      ["01.11.2023", "Wszystkich Świętych"],
    ]);
    const [table] = detectPlanTables(grid, { range: "A2:B4", roles: { B: "activity" } });
    expect(table.headerRows).toEqual([2]);
    expect(table.columns.map((c) => `${c.column}:${c.role}:${c.source}`)).toEqual(["A:deadline:content", "B:activity:user"]);
    expect(table.rows).toHaveLength(2);
  });

  it("refuses a range that is not an A1 range", () => {
    expect(() => detectPlanTables(gridFromRows("S", [["a"]]), { range: "here" })).toThrow(RangeError);
  });
});

describe("a workbook with no plan table", () => {
  it("gets one table.not-found error at the first non-empty cell of the first visible sheet", () => {
    const hidden = { ...gridFromRows("Hidden", [["Notes kept for later"]]), visibility: "hidden" as const };
    const prose = gridFromRows("Letter", [[], [_, "Dear colleagues, the plan follows."]]);
    const check = checkWorkbook([{ grid: hidden }, { grid: prose }]);
    expect(check.tables).toEqual([]);
    expect(check.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([["table.not-found", "error", "Letter", "B2"]]);
  });

  it("treats an empty workbook the same", () => {
    expect(checkWorkbook([{ grid: gridFromRows("Sheet1", []) }]).findings.map((f) => [f.code, f.cell])).toEqual([["table.not-found", "A1"]]);
  });
});
