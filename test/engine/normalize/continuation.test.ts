import { detectPlanTables } from "../../../src/engine/plan-tables";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";
import { accountForCells } from "../../../src/engine/normalize/conservation";
import { addressOf } from "../../../src/engine/plan";
import { byRow, kyustendil, volodarsk } from "../detect/seed-grids";

const _ = null;

describe("rows split over page breaks (Kyustendil)", () => {
  const grid = kyustendil();
  const table = detectPlanTables(grid)[0];
  const rows = byRow(table.rows);

  it("merges a row with no number into the task above, joining its lines with a line break", () => {
    const task4 = rows.get(13);
    expect(task4?.sourceRows).toEqual([13, 14]);
    expect(task4?.cells.financing).toBe(
      "Финансовите средства се залагат във формулата за разпределение на\nбюджета на училищата и детските градини, национални програми и проекти",
    );
    expect(rows.has(14)).toBe(false);
  });

  it("points each cell at the first sheet row holding its text", () => {
    const task4 = rows.get(13)!;
    expect(["number", "financing", "indicator"].map((key) => addressOf(table, task4, key))).toEqual(["A13", "E13", "F13"]);
    expect(addressOf(table, rows.get(18)!, "activity")).toBe("B18");
  });

  it("merges an activity continued in the next row (7.1.)", () => {
    expect(rows.get(18)?.sourceRows).toEqual([18, 19]);
    expect(rows.get(18)?.cells.activity).toBe(
      "Провеждане на тест за установяване ценностните нагласи на младите хора за получаване на общински стипендии с учениците от VIII до XI клас за установяване\nценностните нагласи на младите хора;",
    );
  });

  it("keeps a parent task with only its activity as a row of its own (5. before 5.1.)", () => {
    expect(rows.get(15)).toMatchObject({ sourceRows: [15], number: "5.", level: 1 });
    expect(Object.keys(rows.get(15)?.cells ?? {})).toEqual(["number", "activity"]);
    expect(rows.get(16)).toMatchObject({ sourceRows: [16], number: "5.1.", level: 2 });
  });

  it("merges a continuation that landed in the number column, keeping its text where it is (6.2.)", () => {
    expect(rows.get(25)?.sourceRows).toEqual([25, 26]);
    expect(rows.get(25)?.number).toBe("6.2.");
    expect(rows.get(25)?.cells.number).toBe("6.2.\nучениците със специални образователни потребности;");
    expect(rows.get(25)?.cells.deadline).toBe("постоянен\nКюстендил");
  });

  it("takes the number from a cell holding number and text, keeps the text whole, and merges nothing into it (6.3.)", () => {
    const row = rows.get(27);
    expect(row).toMatchObject({ sourceRows: [27], number: "6.3.", numberPath: [6, 3], level: 2 });
    expect(row?.cells.number).toBe(
      "6.3. Формиране на база-данни за специалистите, които предоставят допълнителна подкрепа в община Кюстендил.",
    );
    // The other cells stay in the columns they were pasted into, one to the left.
    expect(row?.cells.activity).toBe("2019 година");
    expect(row?.cells.indicator).toBeUndefined();
  });

  it("loses nothing", () => {
    expect(accountForCells(grid, detectPlanTables(grid)[0])).toEqual([]);
  });
});

describe("continuations in other layouts", () => {
  it("merges a continuation that follows a repeated header after a page break", () => {
    const grid = gridFromRows("S", [
      ["№ п/п", "Наименование мероприятия", "Сроки", "Ответственный исполнитель", "Ожидаемый результат"],
      [3, "Участие в апробации методики проведения мониторинга", "Октябрь 2020 – июль 2021", "Управление образования, ИДК", "Приказ «Об апробации методики проведения мониторинга»"],
      ["№ п/п", "Наименование мероприятия", "Сроки", "Ответственный исполнитель", "Ожидаемый результат"],
      [_, _, _, _, "Справка по итогам апробации методики проведения мониторинга"],
      [4, "Анализ результатов участия в апробации", "Июль - август 2021", "Управление образования, ИДК", "Отчет по итогам апробации"],
    ]);
    const [t] = detectPlanTables(grid);
    expect(t.repeatedHeaderRows).toEqual([3]);
    expect(t.rows.map((r) => r.sourceRows)).toEqual([[2, 4], [5]]);
    expect(t.rows[0].cells.result).toBe("Приказ «Об апробации методики проведения мониторинга»\nСправка по итогам апробации методики проведения мониторинга");
    expect(accountForCells(grid, t)).toEqual([]);
  });

  it("keeps a row without a number as its own task when it comes first under the header or a section", () => {
    const rows: CellValue[][] = [
      ["№", "Дейност", "Срок", "Отговорник"],
      [_, "Определяне на координатор.", "постоянен", "училища"],
      ["Стратегическа цел №2: Осигуряване на специалисти"],
      [_, "Разкриване на работни места за психолог", "2019 година", "училища"],
    ];
    const [t] = detectPlanTables(gridFromRows("S", rows));
    expect(t.rows.map((r) => [r.row, r.number])).toEqual([
      [2, null],
      [4, null],
    ]);
  });

  it("merges nothing when the number column is mostly left empty", () => {
    const grid = gridFromRows("S", [
      ["№", "Дейност", "Срок за изпълнение", "Отговорни институции"],
      [_, "Определяне на координатор.", "в началото на учебната 2019/2020 година", "детски градини, училища"],
      [_, "Определяне на екип за подкрепа за личностно развитие", "в зависимост от конкретния случай", "детски градини, училища"],
      ["3.", "Оценка на риска от обучителни затруднения", "м. септември 2019 г.", "детски градини, училища"],
      [_, "Осигуряване на логопедична подкрепа", "2019 година", "детски градини, училища"],
    ]);
    const [t] = detectPlanTables(grid);
    expect(t.rows.map((r) => [r.row, r.number])).toEqual([
      [2, null],
      [3, null],
      [4, "3."],
      [5, null],
    ]);
    expect(accountForCells(grid, t)).toEqual([]);
  });

  it("does not merge anything in the Volodarsk roadmap, whose rows are all numbered", () => {
    const [t] = detectPlanTables(volodarsk());
    expect(t.rows.every((r) => r.sourceRows.length === 1)).toBe(true);
  });

  it("keeps a measure's second item, every column filled and dated by itself, as a row of its own however it opens", () => {
    // The exam centres' plan: `1. … щодо: діяльності …`, then `процедури …` with its own term, executors and result.
    const [t] = detectPlanTables(
      gridFromRows("План заходів", [
        ["Найменування заходу", "Строк виконання", "Відповідальні за виконання", "Очікуваний результат"],
        ["1. Розроблення та затвердження нормативно-правових актів щодо: діяльності екзаменаційних центрів", "2022 рік", "МОН", "створено організаційні та правові умови"],
        ["процедури проведення освітніх оцінювань в екзаменаційних центрах", "2022-2023 роки", "МОН, Український центр оцінювання якості освіти (за згодою)", "унормовано процедури"],
        ["2. Адаптація програмного забезпечення для проведення освітніх оцінювань", "2023-2024 роки", "МОН", "оновлено програмне забезпечення"],
      ]),
    );
    expect(t.rows.map((r) => r.sourceRows)).toEqual([[2], [3], [4]]);
  });

  it("still joins a line going on in lower case that fills fewer columns than the row above", () => {
    const [t] = detectPlanTables(
      gridFromRows("План заходів", [
        ["Найменування заходу", "Строк виконання", "Відповідальні за виконання", "Очікуваний результат"],
        ["1. Розроблення та затвердження нормативно-правових актів щодо діяльності", "2022 рік", "МОН", "створено умови"],
        ["екзаменаційних центрів", "2022 рік", _, "для їх функціонування"],
        ["2. Адаптація програмного забезпечення", "2023-2024 роки", "МОН", "оновлено програмне забезпечення"],
      ]),
    );
    expect(t.rows.map((r) => r.sourceRows)).toEqual([[2, 3], [4]]);
  });
});

describe("a remark in brackets on a line of its own", () => {
  it("joins a legal database's amendment note, merged across the table, to the task above it", () => {
    const grid = gridFromRows(
      "S",
      [
        ["N п/п", "Наименование мероприятия", "Срок выполнения", "Ответственный исполнитель"],
        ["1.", "Организация информационно-разъяснительной работы", "Постоянно", "Первый заместитель главы администрации"],
        ["(в ред. постановления главы городского округа от 04.10.2011 N 766-ПГ)", _, _, _],
        ["2.", "Сбор заявок и документов на участие в Программе", "Ежегодно, до 20 апреля", "Отдел по физической культуре"],
      ],
      [{ row: 2, col: 0, rowCount: 1, colCount: 4 }],
    );
    const [table] = detectPlanTables(grid);
    expect(accountForCells(grid, table)).toEqual([]);
    expect(table.sections).toEqual([]);
    expect(table.rows.map((r) => r.sourceRows)).toEqual([[2, 3], [4]]);
  });
});

describe("a row under a numbered task whose deadline cell holds a label, no term", () => {
  it("joins an expert's remark labelled in the deadline column to the task above it", () => {
    const grid = gridFromRows("S", [
      ["Lp.", "TERMIN", "ZADANIE", "PRZEPIS PRAWNY"],
      ["1.", "31 sierpnia", "Przygotować plan uroczystego rozpoczęcia roku szkolnego.", "art. 68 ustawy Prawo oświatowe"],
      ["2.", "do 31 sierpnia", "Przedstawić radzie pedagogicznej wnioski ze sprawowanego nadzoru.", "§ 24 rozporządzenia"],
      ["", "Uwagi eksperta", "To zadanie należy traktować z wyjątkową uwagą.", ""],
      ["3.", "do 15 września", "Ustalić plan nadzoru pedagogicznego.", "§ 23 rozporządzenia"],
    ]);
    const [table] = detectPlanTables(grid);
    expect(accountForCells(grid, table)).toEqual([]);
    expect(table.rows.map((r) => r.sourceRows)).toEqual([[2], [3, 4], [5]]);
  });

  it("keeps an unnumbered row with a term of its own as a task of its own", () => {
    const grid = gridFromRows("S", [
      ["Lp.", "TERMIN", "ZADANIE", "PRZEPIS PRAWNY"],
      ["1.", "31 sierpnia", "Przygotować plan uroczystego rozpoczęcia roku szkolnego.", "art. 68 ustawy Prawo oświatowe"],
      ["", "do 31 sierpnia", "Przedstawić radzie pedagogicznej wnioski ze sprawowanego nadzoru.", "§ 24 rozporządzenia"],
      ["2.", "do 15 września", "Ustalić plan nadzoru pedagogicznego.", "§ 23 rozporządzenia"],
    ]);
    const [table] = detectPlanTables(grid);
    expect(table.rows.map((r) => r.sourceRows)).toEqual([[2], [3], [4]]);
  });
});

describe("a list's items on lines of their own under the task announcing them, with no number column", () => {
  const read = (rows: CellValue[][]) => {
    const grid = gridFromRows("S", rows);
    const [t] = detectPlanTables(grid);
    expect(accountForCells(grid, t)).toEqual([]);
    return t;
  };

  it("joins each bulleted item alone on its line to the task above that ends in a colon", () => {
    const t = read([
      ["Actions", "Who", "Year to action"],
      ["Notify the Kart club of any trailers carrying Karts through the village", "Margaret", "On-going"],
      ["Arrange annual meeting in Sept/Oct 2010 to discuss :", "Margaret", "Sept 2010"],
      ["·        Calendar for 2011"],
      ["·        Possibility of reduction of meetings on Sundays in July and August"],
      ["Present noise monitoring data to the Environmental Health dept", "Margaret", "On-going"],
    ]);
    expect(t.rows.map((r) => r.sourceRows)).toEqual([[2], [3, 4, 5], [6]]);
  });

  it("keeps bulleted items each with a term of its own as tasks of their own", () => {
    const t = read([
      ["Actions", "Who", "Year to action"],
      ["Arrange the meetings of the year:", "Margaret", "Sept 2010"],
      ["· Annual meeting", "Margaret", "October 2010"],
      ["· Spring meeting", "John", "March 2011"],
      ["· Summer fete", "Anne", "July 2011"],
    ]);
    expect(t.rows).toHaveLength(4);
  });

  it("keeps a sentence in capitals alone on its row a task of its own after a task whose marked list ends in a comma", () => {
    const t = read([
      ["rodzaj zadania", "terminy", "osoba odpowiedzialna"],
      ["Przeprowadzenie próbnego alarmu i ewakuacji przedszkola.", "wrzesień", "dyrektor"],
      ["Prowadzenie zajęć i zabaw umożliwiających:\n* poznanie historii państwa polskiego,\n* rozumienie znaczenia barw narodowych,", "w ciągu całego roku", "nauczycielki grup"],
      ["Nauka oraz słuchanie tradycyjnych pieśni ludowych i patriotycznych."],
      ["Zorganizowanie poranków patriotycznych.", "11-2019", "K. Z."],
    ]);
    expect(t.rows.map((r) => r.sourceRows)).toEqual([[2], [3], [4], [5]]);
  });

  it("still joins a line going on with the text above whose last line broke off after a comma", () => {
    const t = read([
      ["rodzaj zadania", "terminy", "osoba odpowiedzialna"],
      ["Przeprowadzenie próbnego alarmu i ewakuacji przedszkola.", "wrzesień", "dyrektor"],
      ["Prowadzenie zajęć i zabaw z dziećmi,", "w ciągu całego roku", "nauczycielki grup"],
      ["Polskich tradycji ludowych i patriotycznych."],
      ["Zorganizowanie poranków patriotycznych.", "11-2019", "K. Z."],
    ]);
    expect(t.rows.map((r) => r.sourceRows)).toEqual([[2], [3, 4], [5]]);
  });
});
