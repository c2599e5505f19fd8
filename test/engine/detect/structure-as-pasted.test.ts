import { detectPlanTables } from "../../../src/engine/plan-tables";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";
import { accountForCells } from "../../../src/engine/normalize/conservation";
import { merged, roles, tablesOf } from "./read-tables";

/**
 * Structure as officials paste it: headers several rows deep or broken over lines, the same header
 * in other words over other tasks, tables without a header PlanCheck knows, tasks spread over
 * merged rows, and the columns a heading names but PlanCheck does not check. Rows are from the
 * corpus of real plans (test/corpus) and the benchmark's synthetic plan.
 */

const _ = null;


describe("data rows are never headers", () => {
  it("keeps one table when a row without a task number opens with a head word and holds a month", () => {
    const header = ["№", "Дейност", "Срок за изпълнение", "Отговорни институции", "Финансиране", "Индикатори оценка на изпълнение"];
    const task = (n: string): CellValue[] => [n, "Провеждане на превантивни кампании; в училищата – 120 участници", "месец юли 2019 г.", "училища", "Бюджет на общината", "Брой обхванати ученици"];
    const tables = tablesOf([
      header,
      task("1.1."),
      task("1.2."),
      [_, "ценностните нагласи на младите хора;", _, "ОДК, РУО – Кюстендил", "институция", _],
      ["0.8.", "Организиране на консултации за учениците по учебни предмети; в детските градини – 20 участници", "месец юли 2019 г.", "детски градини, училища", _, _],
      task("1.3."),
    ]);
    expect(tables).toHaveLength(1);
    expect(tables[0].range).toBe("A1:F6");
  });
});

describe("headings of columns PlanCheck does not check", () => {
  it("leaves a place column unknown although its cells name culture centres", () => {
    const [t] = tablesOf([
      ["№", "Наименование мероприятий", "Сроки проведения", "Место проведения"],
      ["1.", "Новогодние и Рождественские мероприятия", "16 января", "Малобуяновский ЦСДК"],
      ["2.", "«Крещенские вечера»", "18 января", "Старочукальский СДК"],
      ["3.", "Старинный праздник «Сурхури»", "16 января", "Малобуяновский ЦСДК"],
    ]);
    expect(roles(t)).toEqual(["A:number", "B:activity", "C:deadline", "D:unknown"]);
  });

  it("counts a class or a room heading as a label of the header row", () => {
    const [t] = tablesOf([
      ["Спец.", "Клас", "Предмет", "Дата", "Стая", "Час", "Комисия по оценяване"],
      ["1.", "8", "Математика", "5.04.22", "110", "9.00", "М.Русева"],
      ["2.", "8", "История и цивилизации", "6.04.22", "110", "9.00", "Н.Полименова"],
    ]);
    expect(t.headerRows).toEqual([1]);
    expect(roles(t)).toContain("B:unknown");
    expect(roles(t)).toContain("G:responsible");
  });

  it("reads an hour column under a deadline heading as no deadline", () => {
    const [t] = tablesOf([
      ["№ пп", "Дата проведення", "Назва заходу", "Час проведення", "Відповідальні"],
      ["1", "30.05", "« Весело граємо-літо зустрічаємо»", "12.00", "Ярмаківський СБК"],
      ["2", "30.05", "«Дитинства щаслива мить»", "14:00", "Петрівцівський СБК"],
      ["3", "01.06", "«Подорож до країни казок»", "17.00", "Гаркушинський СБК"],
    ]);
    expect(roles(t)).toEqual(["A:number", "B:deadline", "C:activity", "D:unknown", "E:responsible"]);
  });
});

describe("headings as Word and PDF copies break them", () => {
  it("gives columns under a group heading the group's role", () => {
    const [t] = tablesOf(
      [
        ["Вид дейност", "Срок", _],
        [_, "Прием в VIII клас", "Прием в XI клас"],
        ["Подаване на заявления за насочване към комисията", "03 – 21 май 2022 г.", "03 – 21 май 2022 г."],
        ["Записване на учениците, насочени от комисията", "до 04 юли 2022 г.", "до 18 юли 2022 г."],
      ],
      merged("A1:A2", "B1:C1"),
    );
    expect(roles(t)).toEqual(["A:activity", "B:deadline", "C:deadline"]);
  });

  it("reads a heading hyphenated where the line broke", () => {
    const [t] = tablesOf([
      ["№ з/п", "Перелік заходів", "Термін виконання", "Виконавці", "Джерела фінан-сування"],
      ["1", "Проведення обласних змагань", "2024-2028", "Управління освіти", "Обласний бюджет"],
      ["2", "Придбання спортивного інвентарю", "2025", "Управління освіти", "Обласний бюджет"],
    ]);
    expect(roles(t)).toEqual(["A:number", "B:activity", "C:deadline", "D:responsible", "E:financing"]);
  });

  it("keeps the words of headings broken onto the lines under the header in the header", () => {
    const [t] = tablesOf([
      ["№", "Назва заходу", "Клас", "Дата", "Відповідальний", "Відмітка"],
      [_, _, _, "проведення", _, "про"],
      [_, _, _, _, _, "виконання"],
      ["1.", "Відкриття місячника", "9-11", "1.10", "Бібліотекар"],
      ["2.", "Конкурс творів", "1-11", "4.10", "Бібліотекар"],
    ]);
    expect(t.headerRows).toEqual([1, 2, 3]);
    expect(t.columns[3].header).toBe("Дата проведення");
    expect(t.columns[5].header).toBe("Відмітка про виконання");
    expect(t.rows.map((r) => r.row)).toEqual([4, 5]);
  });

  it("reads a header five rows deep, each column by its most specific heading", () => {
    const [t] = tablesOf(
      [
        ["Завдання (види робіт)", "Державний замовник завдання (робіт)", "Обсяг фінансування, тис. гривень", _, _, _, "Очікувані результати"],
        [_, _, "усього", _, "у тому числі", _, _],
        [_, _, "обласний бюджет", "інші джерела", "капітальні вкладення", _, _],
        [_, _, _, _, "обласний бюджет", "інші джерела", _],
        ["1", "2", "3", "4", "5", "6", "7"],
        ["1. Розроблення організаційно-розпорядчих документів", "Харківська обласна державна адміністрація", "1400,00", "0,00", "0,00", "0,00", "Забезпечено виконання завдань"],
      ],
      merged("A1:A4", "B1:B4", "C1:F1", "G1:G4", "C2:D2", "E2:F2", "C3:C4", "D3:D4", "E3:F3"),
    );
    expect(t.headerRows).toEqual([1, 2, 3, 4, 5]);
    expect(roles(t)).toEqual(["A:activity", "B:responsible", "C:budget", "D:budget", "E:budget", "F:budget", "G:result"]);
    expect(t.rows).toHaveLength(1);
  });
});

describe("the same header over other tasks", () => {
  it("opens a second table where a header without numbers is written again with another first heading", () => {
    const tables = tablesOf([
      ["Олимпиада", "клас", "Общински кръг", "час", "Областен кръг", "час"],
      ["Знам и мога", "IV", "22.01.2022г.", "09:00", "26.02.2022г.", "09:00"],
      ["Руски език", "V, VI, VII", "07.01.2022г.", "11:00", "05.02.2022г.", "09:00"],
      ["История и цивилизации", "V, VI, VII", "14.01.2022г.", "11:00", "27.02.2022г.", "09:00"],
      ["Национално състезание", "клас", "Общински кръг", "час", "Областен кръг", "час"],
      ["Компютърно моделиране", "III, IV", "03.12.2021г.", "–", "19.02.2022г.", "–"],
    ]);
    expect(tables.map((t) => [t.range, t.headerRows, t.rows.length])).toEqual([
      ["A1:F4", [1], 3],
      ["A5:F6", [5], 1],
    ]);
    // The hours are no deadline, and the regional round is a date, not an area.
    for (const t of tables) expect(roles(t)).toEqual(["A:activity", "B:unknown", "C:deadline", "D:unknown", "E:deadline", "F:unknown"]);
  });
});

describe("tables without a header PlanCheck knows", () => {
  it("takes the first row as the header where it names the deadline its column's dates show", () => {
    const [t] = tablesOf([
      ["Основні події, заходи в Чернігівській області з 23 по 29 листопада 2020 року"],
      [],
      ["Дата", "Основні  події,  заходи  в  Чернігівській  області з  23  по  29  листопада 2020 року"],
      ["23 листопада\n понеділок", "Оперативна нарада з керівниками структурних підрозділів обласної державної адміністрації"],
      ["24 листопада\n вівторок", "Засідання обласної комісії з питань техногенно-екологічної безпеки"],
      ["25 листопада\n середа", "Нарада з питань підготовки до опалювального сезону в закладах освіти"],
    ]);
    expect(t.headerRows).toEqual([3]);
    expect(t.rows).toHaveLength(3);
    expect(roles(t)).toEqual(["A:deadline", "B:activity"]);
  });
});

describe("tasks spread over rows", () => {
  it("reads a task whose number and text are merged down over several dates as one task", () => {
    const [t] = tablesOf(
      [
        ["№ п/п", "Зміст заходів", "Дата проведення", "Відповідальні"],
        ["1.", "Загальногімназійне свято Миколая", "18.12", "Ведринська Е.П."],
        ["2.", "Новорічні ранки", "27.12", "Смаль Г.І."],
        [_, _, "21.12", "Киця Н.С."],
        [_, _, "22.12", "Рожок Н.М."],
        ["3.", "Новорічний вечір «Новорічні дива»", "27.12", "Козлова Л.В."],
      ],
      merged("A3:A5", "B3:B5"),
    );
    expect(t.rows.map((r) => r.sourceRows)).toEqual([[2], [3, 4, 5], [6]]);
  });

  it("keeps rows with their own text under a merged number as tasks of their own", () => {
    const [t] = tablesOf(
      [
        ["N п/п", "Термін проведення", "Назва заходу", "Відповідальні"],
        ["1", "29.12.25", "Підготовка до НМТ", "Карась Р.В."],
        [_, _, "Новорічні розваги біля ялинки (конкурси, ігри)", "Фатіф С.М."],
        [_, _, "Виховна година « Традиції святкування Меланки»", "Гальченко А.Г."],
        ["2", "30.12.25", "Квест « Збережемо лісову красуню»", "Щербавічус Н.І."],
      ],
      merged("A2:A4", "B2:B4"),
    );
    expect(t.rows).toHaveLength(4);
  });

  it("reads an exam's second part on its own row under the exam's merged number as part of that exam", () => {
    // Kamen: the practical part at another hour, the number, date and class merged down over both rows.
    const [t] = tablesOf(
      [
        [_, "Дата", "Час", "Учебен предмет", "Клас"],
        ["1", "21.10.2019г     понеделник", "13:10", "Музика – ООП писмен", "V-VIІ"],
        [_, _, "15:10", "Музика – ООП практически", _],
        ["2", "22.10.2019г.    вторник", "13:10", "История и цивилизации- ООП", "V-VIІ"],
        ["3", "22.10.2019г.    вторник", "15:10", "Физическо възпитание и спорт- ООП практически", "V-VIІ"],
      ],
      merged("A2:A3", "B2:B3", "E2:E3"),
    );
    expect(t.rows.map((r) => r.sourceRows)).toEqual([[2, 3], [4], [5]]);
  });

  it("reads an indicator's criteria as its tasks, each with the row of its other condition under it", () => {
    // Khabarovsk: the number and the indicator merged over all four rows, each criterion over its two.
    const [t] = tablesOf(
      [
        ["N", "Показатель", "Критерии", "Условные назначения", "Периодичность назначения", "Оценка в баллах"],
        ["1.", "Выполнение государственного задания", "Выполнение количественных показателей (5)", "100%", "1 раз в год", "5"],
        [_, _, _, "менее 100%", _, "0"],
        [_, _, "Выполнение качественных показателей (5)", "100%", _, "5"],
        [_, _, _, "менее 100%", _, "0"],
      ],
      merged("A2:A5", "B2:B5", "C2:C3", "C4:C5", "E2:E5"),
    );
    expect(t.rows.map((r) => r.sourceRows)).toEqual([
      [2, 3],
      [4, 5],
    ]);
    expect(t.rows[1].cells.indicator).toBe("Выполнение государственного задания");
  });

  it("joins a line with no deadline under text broken off mid-sentence", () => {
    const [t] = tablesOf([
      ["№", "Назва заходу", "Дата", "Відповідальний"],
      ["1.", "Відкриття місячника", "2.10", "Бібліотекар,"],
      [_, "(оголошення на"],
      [_, "загальношкільній лінійці)"],
      ["2.", "Конкурс творів: «Шкільна", "1.10", "Бібліотекар"],
      [_, "бібліотека майбутнього»,", _, "вчителі"],
      [_, "«Я розповім тобі про", _, "української"],
      [_, "бібліотеку»."],
      ["3.", "Бесіда «Діти, книга, бібліотека»", "4.10", "Бібліотекар"],
    ]);
    expect(t.rows.map((r) => r.sourceRows)).toEqual([[2, 3, 4], [5, 6, 7, 8], [9]]);
  });
});

describe("roles from content beside the headings", () => {
  it("reads shares beside an indicator without a target column as its targets", () => {
    const [t] = tablesOf([
      ["N", "Показатель", "Критерии", "Условные назначения", "Периодичность назначения", "Оценка в баллах"],
      ["1.", "Выполнение государственного задания", "Выполнение количественных показателей", "100%", "1 раз в год", "5"],
      ["2.", "Отсутствие просроченной задолженности", "Отсутствие задолженности", "менее 100%", _, "5"],
    ]);
    expect(roles(t)).toEqual(["A:number", "B:indicator", "C:indicator", "D:target", "E:monitoring", "F:weight"]);
  });

  it("prefers a head word to a word that only looks like another inflection (`обласний бюджет`)", () => {
    const [t] = tablesOf([
      ["№", "Захід", "Термін", "Виконавці", "Обласний бюджет"],
      ["1", "Проведення змагань", "2025", "Управління освіти", "120,0"],
      ["2", "Придбання інвентарю", "2026", "Управління освіти", "80,0"],
    ]);
    expect(roles(t)[4]).toBe("E:budget");
  });
});

describe("a numbered direction over its tasks' header", () => {
  it("reads the first direction merged across right over the header as the section of the tasks under it", () => {
    const direction = "1. Kształtowanie myślenia analitycznego poprzez interdyscyplinarne podejście do nauczania przedmiotów przyrodniczych.";
    const [t] = tablesOf(
      [
        ["Plan pracy przedszkola"],
        [],
        [direction],
        ["Lp.", "Rodzaj zadania", "Termin realizacji", "Osoby odpowiedzialne"],
        ["1", "Zajęcia edukacyjne z elementami metody Dziecięcej matematyki", "Cały rok", "Nauczyciele wszystkich grup"],
        ["2", "Organizacja zabaw i zajęć matematyczno-badawczych", "Cały rok", "Nauczyciele wszystkich grup"],
      ],
      merged("A3:D3"),
    );
    expect(t.sections).toEqual([{ row: 3, title: direction }]);
    expect(t.rows.every((r) => r.section === direction)).toBe(true);
    expect(t.range).toBe("A3:D6");
  });

  it("leaves a numbered caption ending in a colon above the header out of the table", () => {
    const [t] = tablesOf(
      [
        ["1. Връщане на учебниците и връчване на удостоверения за завършен клас:"],
        ["Клас", "Отговорник", "Срок"],
        ["І клас", "Класен ръководител", "24.06.2021 г."],
        ["ІІ клас", "Класен ръководител", "24.06.2021 г."],
      ],
      merged("A1:C1"),
    );
    expect(t.sections).toEqual([]);
  });
});

describe("section rows of several cells", () => {
  it("reads an area merged down over its tasks beside a sub-heading merged across the table as a section", () => {
    const [t] = tablesOf(
      [
        ["Вересень", "Зміст роботи", "Термін виконання", "Відповідальний", "Форма узагальнення"],
        ["Освітнє середовище", "1.1. Забезпечення комфортних і безпечних умов навчання та праці", _, _, _],
        [_, "Проведення практичних занять з відпрацюванням плану евакуації", "до 08.09.25", "заступники директора з НВР", "наказ"],
        [_, "Рейд безпеки дорожнього руху « Увага! Діти на дорогах!»", "до 08.09.25", "заступник директора з НВР", "звіт"],
      ],
      merged("A2:A4", "B2:E2"),
    );
    expect(t.sections).toEqual([{ row: 2, title: "Освітнє середовище / 1.1. Забезпечення комфортних і безпечних умов навчання та праці" }]);
    expect(t.rows.map((r) => r.row)).toEqual([3, 4]);
  });
});

describe("a header in one cell", () => {
  const ROWS: CellValue[][] = [
    ["Plan Accountability"],
    [],
    ["MEETING DATE TO REPORT ON:"],
    ["September 23, 2021", "Action Plan Teams\nWhole Group “State of the District” Meeting"],
    ["October 7, 2021", "Family and Community Goal"],
    ["November 11, 2021", "High Quality Staff Goal"],
  ];

  it("heads the block it is merged across when it ends in a colon: the cells type the columns", () => {
    const grid = gridFromRows("Timeline", ROWS, [{ row: 2, col: 0, rowCount: 1, colCount: 2 }]);
    const [t] = detectPlanTables(grid);
    expect(t.headerRows).toEqual([3]);
    expect(t.sections).toEqual([]);
    expect(t.columns.map((c) => c.role)).toEqual(["deadline", "activity"]);
    expect(accountForCells(grid, t)).toEqual([]);
  });

  it("stays a section title without the colon", () => {
    const rows = ROWS.map((r, i) => (i === 2 ? ["MEETINGS OF THE BOARD"] : r));
    const [t] = detectPlanTables(gridFromRows("Timeline", rows, [{ row: 2, col: 0, rowCount: 1, colCount: 2 }]));
    expect(t.headerRows).toEqual([]);
    expect(t.sections).toEqual([{ row: 3, title: "MEETINGS OF THE BOARD" }]);
  });
});

describe("a heading padded with spaces to centre it", () => {
  it("is still a short label heading its block", () => {
    const [t] = detectPlanTables(
      gridFromRows("Контролни работи", [
        ["                       Учебни      \n                           предмет", "МЕСЕЦ", "Български език и литература", "Математика"],
        ["Контролни работи I А клас", "ІХ", _, "26.09.2016г."],
        ["Контролни работи I Б клас", "Х", "04.10.2016г.", "19.10.2016г."],
        ["Контролни работи I В клас", "ХІ", "02.11.2016г.", "24.11.2016г."],
      ]),
    );
    expect(t.headerRows).toEqual([1]);
  });
});

describe("a form's numbered headings", () => {
  it("are no header when a number is skipped (3., 4., 5., 6., then 8.)", () => {
    const [t] = detectPlanTables(
      gridFromRows("Action Plan", [
        ["2.Objective: Encourage more walking to school"],
        ["3.SMART target", "4.Measures/\nInitiatives and Completion Date", "5.Tasks/\nActions", "6.Responsibility (Specific Role)", "8.Timescales of Tasks/Actions"],
        ["Increase the percentage of pupils walking from 50% to 70% by Nov 2007", "Participate in Walk to School week by 2006", "Contact HCC's Road Safety Team", "School Travel Plan coordinator", "Sept 2005"],
        [_, _, "Find a coordinator", "Headteacher", "Oct 2005"],
      ]),
    );
    expect(t).toBeUndefined();
  });

  it("read as the header when the numbers run on one by one", () => {
    const [t] = detectPlanTables(
      gridFromRows("Action Plan", [
        ["3.SMART target", "4.Measures/\nInitiatives and Completion Date", "5.Tasks/\nActions", "6.Responsibility (Specific Role)", "7.Timescales of Tasks/Actions"],
        ["Increase the percentage of pupils walking from 50% to 70% by Nov 2007", "Participate in Walk to School week by 2006", "Contact HCC's Road Safety Team", "School Travel Plan coordinator", "Sept 2005"],
        [_, _, "Find a coordinator", "Headteacher", "Oct 2005"],
      ]),
    );
    expect(t.headerRows).toEqual([1]);
    expect(t.columns.map((c) => c.role)).toEqual(["target", "initiative", "activity", "responsible", "deadline"]);
  });

  it("stay data when the numbers do not run on (a task numbered 3. beside its text)", () => {
    const tables = detectPlanTables(
      gridFromRows("S", [
        ["Lp.", "Zadanie", "Termin", "Odpowiedzialni"],
        ["3.", "5.Spotkanie z rodzicami", "6.wrzesień 2024", "Dyrektor"],
      ]),
    );
    expect(tables[0].rows).toHaveLength(1);
  });
});

describe("a rota", () => {
  const ROTA: CellValue[][] = [
    ["Harmonogram opieki nad Skwerem Zesłańców Sybiru"],
    [],
    [_, "KLASA", "DATA"],
    ["1", "3 A", "03-14.09.2018 r."],
    ["2", "3 B", "10 - 21.09.2018 r."],
    ["3", "3 D", "24.09 -05.10.2018r."],
    ["4", "3 E", "08-19.10.2018 r."],
    ["5", "8 A", "22.10-02.11.2018 r."],
    ["6", "8 B", "05- 16. 11.2018 r."],
  ];

  it("is a plan table: rows numbered one by one, each a period under a heading naming the date", () => {
    const [t] = detectPlanTables(gridFromRows("Harmonogram", ROTA));
    expect(t.headerRows).toEqual([3]);
    expect(t.columns.map((c) => c.role)).toEqual(["number", "unknown", "deadline"]);
    expect(t.rows).toHaveLength(6);
  });

  it("is not read where the numbers do not run one by one", () => {
    const rows = ROTA.map((r, i) => (i === 5 ? ["7", ...r.slice(1)] : r));
    expect(detectPlanTables(gridFromRows("Harmonogram", rows))).toEqual([]);
  });
});
