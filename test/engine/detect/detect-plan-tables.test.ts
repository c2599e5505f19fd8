import { detectPlanTables } from "../../../src/engine/plan-tables";
import { gridFromRows, type CellValue, type SheetGrid } from "../../../src/engine/grid";
import { addressOf, cellAddress, type PlanTable } from "../../../src/engine/plan";
import { accountForCells } from "../../../src/engine/normalize/conservation";
import { bochnia, byRow, kyustendil, scorecard, volodarsk } from "./seed-grids";

const _ = null;

function only(grid: SheetGrid, options?: Parameters<typeof detectPlanTables>[1]): PlanTable {
  const tables = detectPlanTables(grid, options);
  expect(tables).toHaveLength(1);
  expect(accountForCells(grid, tables[0])).toEqual([]);
  return tables[0];
}

function roles(table: PlanTable): string[] {
  return table.columns.map((c) => `${c.column}:${c.role}`);
}

describe("one-row header (Volodarsk roadmap)", () => {
  const table = only(volodarsk());

  it("finds the header under the plan's title, not the passport table above it", () => {
    expect(table.headerRows).toEqual([7]);
    expect(table.range).toBe("A7:E12");
    expect(table.sheet).toBe("Дорожная карта");
  });

  it("types every column", () => {
    expect(roles(table)).toEqual(["A:number", "B:activity", "C:deadline", "D:responsible", "E:result"]);
    expect(table.columns.map((c) => c.header)).toEqual([
      "№ п/п",
      "Наименование мероприятия",
      "Сроки",
      "Ответственный исполнитель",
      "Ожидаемый результат",
    ]);
    expect(table.columns.map((c) => c.key)).toEqual(["number", "activity", "deadline", "responsible", "result"]);
  });

  it("keeps the passport rows and titles above as preamble", () => {
    expect(table.preamble.map((p) => p.row)).toEqual([1, 2, 3, 4, 6]);
    expect(table.preamble[1].text).toBe(
      "1 | Цель и задачи | внедрение муниципальной системы мониторинга эффективности руководителей всех образовательных организаций",
    );
  });

  it("reads numbers typed as numbers", () => {
    expect(table.rows.map((r) => [r.row, r.number, r.level])).toEqual([
      [8, "1", 1],
      [11, "2", 1],
      [12, "5", 1],
    ]);
  });

  it("gives each cell's address, and the row's own address for an empty cell", () => {
    const row = table.rows[1];
    expect(row.cells.deadline).toBe("Сентябрь –декабрь 2020");
    expect(Object.fromEntries(table.columns.map((c) => [c.key, cellAddress(row, c)]))).toEqual({ number: "A11", activity: "B11", deadline: "C11", responsible: "D11", result: "E11" });
    // A row on one sheet row keeps no address of its own: each is made from its column and row.
    expect(row.refs).toBeUndefined();
  });
});

describe("two-row header (Bochnia harmonogram)", () => {
  const expectedHeaders = [
    "Nr zadania",
    "Zadnie/działanie",
    "Sposób realizacji",
    "Jednostka odpowiedzialna\ni współpracująca",
    "Terminy realizacji",
    "Zamierzony efekt",
    "Źródła finansowania",
    "MONITOROWANIE / Wskaźnik",
    "MONITOROWANIE / Miernik",
    "MONITOROWANIE / Sposób monitorowania",
  ];
  const expectedRoles = [
    "A:number",
    "B:activity",
    "C:method",
    "D:responsible",
    "E:deadline",
    "F:result",
    "G:financing",
    "H:indicator",
    "I:target",
    "J:monitoring",
  ];

  it.each([
    ["with merged header cells", true],
    ["without merges", false],
  ])("reads both header rows %s", (_name, merges) => {
    const table = only(bochnia({ merges }));
    expect(table.headerRows).toEqual([6, 7]);
    expect(table.columns.map((c) => c.header)).toEqual(expectedHeaders);
    expect(roles(table)).toEqual(expectedRoles);
  });

  it("ends the table before the page number under it", () => {
    const table = only(bochnia());
    expect(table.range).toBe("A6:J10");
    expect(table.rows.map((r) => r.number)).toEqual(["1.", "2.", "6."]);
  });

  it("keeps the harmonogram's title and goals as preamble", () => {
    const table = only(bochnia());
    expect(table.preamble.map((p) => p.row)).toEqual([1, 2, 3, 4]);
    expect(table.preamble[2].text).toBe("Cele szczegółowe:");
  });

  it("keeps a target typed as a number as its text", () => {
    const table = only(bochnia());
    expect(table.rows.map((r) => r.cells.target)).toEqual(["1", "1", "8 planów\nI harmonogramów"]);
  });
});

describe("two-row header whose upper row names too few roles on its own", () => {
  it.each([
    ["with merged header cells", true],
    ["without merges", false],
  ])("finds the upper row from the lower one %s", (_name, merges) => {
    const grid = gridFromRows(
      "S",
      [
        ["Lp.", "Zadanie", "Realizacja"],
        [_, _, "Termin", "Odpowiedzialny", "Wskaźnik"],
        ["1.", "Organizacja szkolenia dla rad pedagogicznych", "marzec – maj 2018", "Wydział OPS/FK", "Liczba szkoleń"],
      ],
      merges
        ? [
            { row: 0, col: 0, rowCount: 2, colCount: 1 },
            { row: 0, col: 1, rowCount: 2, colCount: 1 },
            { row: 0, col: 2, rowCount: 1, colCount: 3 },
          ]
        : [],
    );
    const table = only(grid);
    expect(table.headerRows).toEqual([1, 2]);
    expect(table.columns.map((c) => [c.header, c.role])).toEqual([
      ["Lp.", "number"],
      ["Zadanie", "activity"],
      ["Realizacja / Termin", "deadline"],
      ["Realizacja / Odpowiedzialny", "responsible"],
      ["Realizacja / Wskaźnik", "indicator"],
    ]);
  });
});

describe("balanced scorecard under a group row", () => {
  it.each([
    ["with merged group cells", true],
    ["without merges", false],
  ])("takes the group row as the upper header row %s", (_name, merges) => {
    const table = only(scorecard({ merges }));
    expect(table.headerRows).toEqual([3, 4]);
    expect(table.columns[0].header).toBe(
      "СТРАТЕГИЧЕСКА ТЕМА: ДОПЪЛНИТЕЛНА ПОДКРЕПА ЗА ЛИЧНОСТНО РАЗВИТИЕ НА ДЕЦА И УЧЕНИЦИ В РИСК / НАПРАВЛЕНИЕ",
    );
    expect(table.columns[4].header).toBe("BALANCED SCORECARD / ЗАДАЧИ");
    expect(table.columns[7].header).toBe("ПЛАН / ИЗПЪЛНИТЕЛ");
  });

  it("reads ЗАДАЧИ as the Targets column and leaves the strategic map unknown", () => {
    const table = only(scorecard());
    expect(roles(table)).toEqual([
      "A:perspective",
      "B:unknown",
      "C:objective",
      "D:indicator",
      "E:target",
      "F:initiative",
      "G:budget",
      "H:responsible",
    ]);
  });

  it("keeps every perspective as its own row: without a number column no row continues another", () => {
    const table = only(scorecard());
    expect(table.rows.map((r) => [r.row, r.number, r.cells.perspective])).toEqual([
      [5, null, "КАЧЕСТВО И РЕЗУЛТАТИ"],
      [6, null, "СТРУКТУРИ И ПРОЦЕСИ"],
      [7, null, "ПАРТНЬОРСТВА И РЕСУРСИ"],
    ]);
    expect(table.rows[0].cells.target).toBe("Брой\n%\n%\nВисока");
    expect(table.rows[0].cells.budget).toBeUndefined();
    expect(addressOf(table, table.rows[0], "budget")).toBe("G5");
  });

  it("keeps the title above as preamble", () => {
    expect(only(scorecard()).preamble).toEqual([
      { row: 1, text: "БАЛАНСИРАНА СИСТЕМА ОТ ПОКАЗАТЕЛИ ЗА ЕФЕКТИВНОСТ – ДЕЦА И УЧЕНИЦИ В РИСК" },
    ]);
  });
});

describe("title and glossary above the table (Kyustendil plan)", () => {
  const table = only(kyustendil());

  it("ignores them for roles and returns them as preamble", () => {
    expect(table.headerRows).toEqual([8]);
    expect(roles(table)).toEqual(["A:number", "B:activity", "C:deadline", "D:responsible", "E:financing", "F:indicator"]);
    expect(table.preamble).toEqual([
      { row: 1, text: "ОБЩИНА КЮСТЕНДИЛ" },
      {
        row: 3,
        text: "ГОДИШЕН ПЛАН НА ДЕЙНОСТИТЕ ЗА ПОДКРЕПА ЗА ЛИЧНОСТНО РАЗВИТИЕ НА ДЕЦАТА И УЧЕНИЦИТЕ В ОБЩИНА КЮСТЕНДИЛ – 2019 ГОДИНА",
      },
      { row: 4, text: "Използвани съкращения:" },
      { row: 5, text: "РУО – Регионално управление на образованието" },
      { row: 6, text: "ЦПЛР – ОДК – Център за подкрепа за личностно развитие – Обединен детски комплекс" },
    ]);
  });

  it("ends the table above the council's closing sentence", () => {
    expect(table.range).toBe("A8:F27");
    expect(table.rows[table.rows.length - 1].row).toBe(27);
  });

  it("keeps numbering as written, repeats and gaps included", () => {
    expect(table.rows.map((r) => r.number)).toEqual(["1.", "2.", "2.", "4.", "5.", "5.1.", "5.2.", "7.1.", "10.2.", "10.4.", "6.2.", "6.3."]);
    expect(byRow(table.rows).get(16)).toMatchObject({ numberPath: [5, 1], level: 2 });
  });
});

describe("rows right above the header", () => {
  it("keeps a glossary written in two columns as preamble, not as an upper header row", () => {
    const grid = gridFromRows("S", [
      ["ЕС", "Европейски съюз"],
      ["РУО", "Регионално управление на образованието"],
      ["№", "Дейност", "Срок за изпълнение", "Отговорни институции", "Финансиране"],
      ["1.", "Определяне на координатор.", "в началото на учебната 2019/2020 година", "детски градини, училища", "Не се изисква допълнително финансиране"],
    ]);
    const table = only(grid);
    expect(table.headerRows).toEqual([3]);
    expect(table.columns[1].header).toBe("Дейност");
    expect(table.preamble).toEqual([
      { row: 1, text: "ЕС | Европейски съюз" },
      { row: 2, text: "РУО | Регионално управление на образованието" },
    ]);
  });

  it("does not take a section title right under the header for a second header row", () => {
    const grid = gridFromRows("S", [
      ["Lp.", "Zadanie", "Termin", "Odpowiedzialny"],
      ["Cel szczegółowy 1"],
      ["1.", "Uchwała Zarządu Powiatu", "Styczeń/luty 2018", "Wydział OPS/FK"],
    ]);
    const table = only(grid);
    expect(table.headerRows).toEqual([1]);
    expect(table.sections).toEqual([{ row: 2, title: "Cel szczegółowy 1" }]);
  });
});

describe("sheets without a plan table", () => {
  it("returns nothing for text paragraphs (POWER context document)", () => {
    const grid = gridFromRows("Kontekst", [
      ["Wsparcie kadry jednostek samorządu terytorialnego w zarządzaniu oświatą ukierunkowanym na rozwój szkół i kompetencji kluczowych uczniów"],
      [],
      ["Główne działania podejmowane w projektach:"],
      ["✓ przygotowanie 6 programów szkoleniowo-doradczych wraz z obudową metodyczną (oraz standardów jakości realizowanych szkoleń) ,"],
      ["Współpraca w ramach projektów"],
    ]);
    expect(detectPlanTables(grid)).toEqual([]);
  });

  it("returns nothing for an empty sheet", () => {
    expect(detectPlanTables(gridFromRows("Празен", []))).toEqual([]);
    expect(detectPlanTables(gridFromRows("Празен", [[], [null, null]]))).toEqual([]);
  });

  it("does not take a header naming fewer than three roles for a plan (the roadmap's passport)", () => {
    const grid = gridFromRows("Паспорт", [
      ["№", "Наименование", "Содержание"],
      [1, "Цель и задачи", "внедрение муниципальной системы мониторинга"],
      [2, "Ожидаемый результат", "наличие обоснованной муниципальной системы мониторинга"],
    ]);
    expect(detectPlanTables(grid)).toEqual([]);
  });
});

describe("user role corrections", () => {
  it("applies a corrected role by column letter", () => {
    const table = only(volodarsk(), { roles: { E: "indicator", c: "notes" } });
    expect(roles(table)).toEqual(["A:number", "B:activity", "C:notes", "D:responsible", "E:indicator"]);
    expect(table.rows[0].cells.indicator).toBe("Положение «О мониторинге эффективности руководителей образовательных организаций»");
    expect(table.rows[0].cells.notes).toBe("Сентябрь-декабрь 2020");
  });

  it("applies the correction before rows are merged: a column made the number column decides split rows", () => {
    const grid = gridFromRows("S", [
      ["Nr", "Działanie", "Termin", "Odpowiedzialny"],
      ["1.", "Uchwała Zarządu Powiatu", "Styczeń/luty 2018", "Wydział OPS/FK"],
      [_, "Projekt uchwały w sprawie planu", _, "Zarząd Powiatu"],
    ]);
    expect(only(grid).rows.map((r) => r.sourceRows)).toEqual([[2, 3]]);
    const corrected = only(grid, { roles: { A: "notes" } });
    expect(corrected.rows.map((r) => r.sourceRows)).toEqual([[2], [3]]);
  });

  it("refuses a correction that names no column or no role", () => {
    expect(() => detectPlanTables(volodarsk(), { roles: { "E1": "indicator" } })).toThrow(RangeError);
    expect(() => detectPlanTables(volodarsk(), { roles: { E: "deadlines" as never } })).toThrow(/column E: "deadlines" is not a role/);
  });
});

describe("column keys", () => {
  it("numbers keys of a role that repeats, unknown columns included", () => {
    const grid = gridFromRows("S", [
      ["№", "Дейност", "Срок", "Срок", "Отговорник", "Бележка А", "Бележка Б", "Код", "Опис"],
      ["1.", "Определяне на координатор.", "м. септември 2019 г.", "постоянен", "училища", "а", "б", "в", "г"],
    ]);
    const table = only(grid);
    expect(table.columns.map((c) => c.key)).toEqual(["number", "activity", "deadline", "deadline_2", "responsible", "notes", "notes_2", "unknown", "unknown_2"]);
    expect(table.rows[0].cells).toMatchObject({ deadline: "м. септември 2019 г.", deadline_2: "постоянен", unknown: "в", unknown_2: "г" });
  });

  it("keeps cells beside the header as unknown columns rather than drop them", () => {
    const grid = gridFromRows("S", [
      ["№", "Дейност", "Срок", "Отговорник"],
      ["1.", "Определяне на координатор.", "постоянен", "училища", _, "бележка на полето"],
    ]);
    const table = only(grid);
    expect(table.columns.map((c) => [c.column, c.role, c.header])).toEqual([
      ["A", "number", "№"],
      ["B", "activity", "Дейност"],
      ["C", "deadline", "Срок"],
      ["D", "responsible", "Отговорник"],
      ["E", "unknown", ""],
      ["F", "unknown", ""],
    ]);
    expect(table.columns[5].key).toBe("unknown_2");
    expect(table.range).toBe("A1:F2");
    expect(table.rows[0].cells.unknown_2).toBe("бележка на полето");
  });
});

describe("sheet positions", () => {
  it("reports rows, columns and addresses of a snapshot that does not start at A1", () => {
    const values: CellValue[][] = [
      ["Termin", "Zadanie", "Odpowiedzialny", "Nr"],
      ["maj 2018", "Powołanie zespołów zadaniowych", "Szkoły objęte pilotażem i PPP", "5."],
    ];
    const grid: SheetGrid = { sheet: "S", origin: { row: 4, col: 2 }, values, merges: [] };
    const table = only(grid);
    expect(table.headerRows).toEqual([5]);
    expect(table.range).toBe("C5:F6");
    expect(table.columns.map((c) => c.column)).toEqual(["C", "D", "E", "F"]);
    expect(table.rows[0]).toMatchObject({ row: 6, sourceRows: [6], number: "5." });
    expect(addressOf(table, table.rows[0], "deadline")).toBe("C6");
  });
});

describe("several tables on one sheet", () => {
  const header = ["№ п/п", "Наименование мероприятия", "Сроки", "Ответственный исполнитель"];
  const grid = gridFromRows("S", [
    ["План мероприятий на 2020 год"], // 1
    header, // 2
    [1, "Использование методики проведения мониторинга", "Сентябрь-декабрь 2020", "Управление образования, ИДК"], // 3
    [2, "Использование регламента апробации методики", "Сентябрь –декабрь 2020", "Управление образования, ИДК"], // 4
    [], // 5
    ["План мероприятий на 2021 год"], // 6
    header, // 7
    [1, "Анализ результатов участия в апробации методики", "Июль - август 2021", "Управление образования, ИДК"], // 8
  ]);

  it("starts a new table at a title followed by the same header again", () => {
    const tables = detectPlanTables(grid);
    expect(tables.map((t) => [t.range, t.headerRows, t.rows.length])).toEqual([
      ["A2:D4", [2], 2],
      ["A7:D8", [7], 1],
    ]);
    expect(tables[1].preamble).toEqual([{ row: 6, text: "План мероприятий на 2021 год" }]);
    expect(tables[0].repeatedHeaderRows).toEqual([]);
    for (const t of tables) expect(accountForCells(grid, t)).toEqual([]);
  });

  it("starts a new table at a different header", () => {
    const two = gridFromRows("S", [
      header,
      [1, "Использование методики проведения мониторинга", "Сентябрь-декабрь 2020", "Управление образования, ИДК"],
      ["Lp.", "Zadanie", "Termin", "Odpowiedzialny", "Uwagi"],
      ["1.", "Organizacja szkolenia", "do października 2018", "Wydział OPS/FK", "bezkosztowo"],
    ]);
    const tables = detectPlanTables(two);
    expect(tables.map((t) => [t.range, roles(t).length])).toEqual([
      ["A1:D2", 4],
      ["A3:E4", 5],
    ]);
  });
});

describe("vertically merged cells", () => {
  it("shows a merged cell's text on every task it spans, pointing at the merged cell", () => {
    const grid = gridFromRows(
      "S",
      [
        ["№", "Дейност", "Срок", "Отговорни институции"],
        ["3.1.", "Създаване и оборудване на кабинет за ресурсно подпомагане", "постоянен", "детски градини, училища"],
        ["3.2.", "Обновяване на дидактични материали в ресурсните кабинети", _, "детски градини, училища"],
        ["3.3.", "Обзавеждане на учебни помещения", _, "училища"],
      ],
      [{ row: 1, col: 2, rowCount: 3, colCount: 1 }],
    );
    const table = only(grid);
    expect(table.rows.map((r) => [r.cells.deadline, addressOf(table, r, "deadline")])).toEqual([
      ["постоянен", "C2"],
      ["постоянен", "C2"],
      ["постоянен", "C2"],
    ]);
  });

  it("reads a number cell merged over two rows as one task spread over both", () => {
    const grid = gridFromRows(
      "S",
      [
        ["№", "Дейност", "Срок", "Отговорни институции"],
        ["7.1.", "Провеждане на тест за установяване", "месец юли 2019 г.", "Община Кюстендил, училища"],
        [_, "ценностните нагласи на младите хора;", _, _],
      ],
      [{ row: 1, col: 0, rowCount: 2, colCount: 1 }],
    );
    const table = only(grid);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0].cells.activity).toBe("Провеждане на тест за установяване\nценностните нагласи на младите хора;");
  });
});
