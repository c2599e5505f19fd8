import { detectPlanTables } from "../../../src/engine/plan-tables";
import { gridFromRows, type CellValue, type MergedArea } from "../../../src/engine/grid";
import type { PlanTable } from "../../../src/engine/plan";
import { accountForCells } from "../../../src/engine/normalize/conservation";
import { byRow, kyustendil } from "../detect/seed-grids";

const _ = null;

function table(rows: CellValue[][], merges: MergedArea[] = []): PlanTable {
  const grid = gridFromRows("S", rows, merges);
  const [t] = detectPlanTables(grid);
  expect(accountForCells(grid, t)).toEqual([]);
  return t;
}

const HEADER = ["№", "Дейност", "Срок за изпълнение", "Отговорни институции"];

describe("section rows", () => {
  it("makes a strategic goal row the section of the rows below it (Kyustendil)", () => {
    const t = detectPlanTables(kyustendil())[0];
    const goal1 =
      "Стратегическа цел №1. Създаване на подходяща социално-психологическа среда за личностно развитие на децата и учениците от общински Кюстендил";
    expect(t.sections[0]).toEqual({ row: 9, title: goal1 });
    expect(byRow(t.rows).get(10)?.section).toBe(goal1);
    expect(byRow(t.rows).get(21)?.section).toBe(goal1);
  });

  it("joins a goal title split over two sheet rows into one section (Kyustendil goal 2)", () => {
    const t = detectPlanTables(kyustendil())[0];
    const goal2 =
      "Стратегическа цел №2: Осигуряване на специалисти и повишаване на компетентностите на педагогическия персонал за задоволяване потребностите от подкрепа за личностно развитие на децата и учениците в община Кюстендил";
    expect(t.sections.map((s) => s.row)).toEqual([9, 23]);
    expect(t.sections[1].title).toBe(goal2);
    expect(byRow(t.rows).get(25)?.section).toBe(goal2);
  });

  it("reads a module heading right under its group's heading as a section of its own, not the group heading's second line", () => {
    // Irbit's calendar plan: `ИНВАРИАНТНЫЕ МОДУЛИ` over `МОДУЛЬ «УРОЧНАЯ ДЕЯТЕЛЬНОСТЬ»`, each merged across the table.
    const t = table(
      [
        ["Дела, события, мероприятия", "Классы", "Сроки\nреализации", "Ответственные исполнители"],
        ["ИНВАРИАНТНЫЕ МОДУЛИ"],
        ["МОДУЛЬ «УРОЧНАЯ ДЕЯТЕЛЬНОСТЬ»"],
        ["Интеграция воспитательных аспектов в учебные программы", "1-4", "Август", "Учителя начальных классов"],
        ["Кураторство учебных проектов", "1-4", "В течение года", "Учителя начальных классов"],
      ],
      [
        { row: 1, col: 0, rowCount: 1, colCount: 4 },
        { row: 2, col: 0, rowCount: 1, colCount: 4 },
      ],
    );
    expect(t.sections).toEqual([
      { row: 2, title: "ИНВАРИАНТНЫЕ МОДУЛИ" },
      { row: 3, title: "МОДУЛЬ «УРОЧНАЯ ДЕЯТЕЛЬНОСТЬ»" },
    ]);
    expect(t.rows.every((r) => r.section === "МОДУЛЬ «УРОЧНАЯ ДЕЯТЕЛЬНОСТЬ»")).toBe(true);
  });

  it("gives rows above the first section no section", () => {
    const t = table([HEADER, ["1.", "Определяне на координатор.", "постоянен", "училища"], ["Стратегическа цел №2: Осигуряване на специалисти"], ["1.", "Осигуряване на специалисти", "2019 година", "училища"]]);
    expect(t.rows.map((r) => r.section)).toEqual([null, "Стратегическа цел №2: Осигуряване на специалисти"]);
  });

  it.each<[string, CellValue[], MergedArea[]]>([
    ["a Polish detailed goal", ["Cel szczegółowy 1"], []],
    ["a Russian task heading", [_, "Задача 1. Формирование информационной основы оценки"], []],
    ["a row merged across the columns", ["ОРГАНИЗАЦИОННИ ДЕЙНОСТИ"], [{ row: 1, col: 0, rowCount: 1, colCount: 4 }]],
    ["a title alone in the first cell", ["Взаимодействие с родителите"], []],
    ["a Roman-numbered title alone in the first cell", ["II. Работа с родителите"], []],
  ])("recognises %s", (_name, sectionRow, merges) => {
    const t = table([HEADER, sectionRow, ["1.", "Определяне на координатор.", "постоянен", "училища"]], merges);
    expect(t.sections).toEqual([{ row: 2, title: sectionRow.find((c) => c !== null) }]);
    expect(t.rows[0].section).toBe(sectionRow.find((c) => c !== null));
  });

  it("does not take a parent task written in one cell for a section", () => {
    const t = table([HEADER, ["5. Прилагане на методи и подходи за ефективна работа"], ["5.1.", "Организиране на консултации", "2019 година", "училища"]]);
    expect(t.sections).toEqual([]);
    expect(t.rows.map((r) => [r.number, r.level])).toEqual([
      ["5.", 1],
      ["5.1.", 2],
    ]);
  });

  it("does not take a lower-case line alone in the first column for a section: it continues the task above", () => {
    const t = table([
      HEADER,
      ["6.3. Формиране на база-данни за специалистите, които предоставят", "2019 година", "училища"],
      ["допълнителна подкрепа в община Кюстендил."],
    ]);
    expect(t.sections).toEqual([]);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].cells.number).toBe("6.3. Формиране на база-данни за специалистите, които предоставят\nдопълнителна подкрепа в община Кюстендил.");
  });

  it("restarts numbering levels under each section", () => {
    const t = table([
      HEADER,
      ["I. Организационни дейности"],
      ["1.", "Определяне на координатор.", "постоянен", "училища"],
      ["II. Работа с родителите"],
      ["1.", "Взаимодействие с родителите.", "постоянен", "училища"],
    ]);
    expect(t.sections.map((s) => s.title)).toEqual(["I. Организационни дейности", "II. Работа с родителите"]);
    expect(t.rows.map((r) => r.level)).toEqual([1, 1]);
  });

  it("makes a group's heading row that carries its lead the section of the actions numbered under it", () => {
    const rows: CellValue[][] = [
      ["Portfolio", "Who\n(lead in\nred)", "", "Actions", "Year to\nAction"],
      ["Gliding & Karting", "Margaret", _, "Go Karting"],
      [_, _, "1", "Noise monitoring of every karting day by parishioners", "On-going"],
      [_, _, "2", "Notify the Kart club of any trailers carrying Karts through the village", "On-going"],
      [_, _, "3", "Arrange annual meeting in Sept/Oct 2010 to discuss :", "1"],
      [_, _, _, "·        Calendar for 2011"],
    ];
    const merges: MergedArea[] = [
      { row: 1, col: 0, rowCount: 5, colCount: 1 },
      { row: 1, col: 1, rowCount: 5, colCount: 1 },
    ];
    const t = table(rows, merges);
    expect(t.columns.map((c) => c.role)).toEqual(["perspective", "responsible", "number", "activity", "deadline"]);
    expect(t.sections).toEqual([{ row: 2, title: "Gliding & Karting / Margaret / Go Karting" }]);
    expect(t.rows.map((r) => [r.number, r.sourceRows])).toEqual([
      ["1", [3]],
      ["2", [4]],
      ["3", [5, 6]],
    ]);
    expect(t.rows[0].cells.responsible).toBe("Margaret");
  });

  it("keeps a row without a number as a task where its cells are not merged over a group", () => {
    const t = table([HEADER, ["", "Откриване на учебната година", "", "директор"], ["1.", "Определяне на координатор.", "постоянен", "училища"]]);
    expect(t.sections).toEqual([]);
    expect(t.rows).toHaveLength(2);
  });

  it("makes a numbered heading merged across the table the section of the tasks numbered under it", () => {
    const t = table(
      [
        ["N п/п", "Наименование показателя", "Единица измерения", "Базовое значение", "Ответственный"],
        ["1", "Задача \"Обеспечение общедоступного дошкольного образования\"", _, _, _],
        ["1.1", "Доля детей, охваченных дошкольным образованием", "Процент", "98,88", "Министерство образования"],
        ["1.2", "Доля обучающихся во вторую смену", "Процент", "15", "Министерство образования"],
      ],
      [{ row: 1, col: 1, rowCount: 1, colCount: 4 }],
    );
    expect(t.sections).toEqual([{ row: 2, title: '1 Задача "Обеспечение общедоступного дошкольного образования"' }]);
    expect(t.rows.map((r) => r.number)).toEqual(["1.1", "1.2"]);
  });

  it("makes a Roman-numbered title merged across the table a section over tasks numbered 1., 2., not a task of its own", () => {
    const t = table(
      [
        ["№", "Наименование мероприятия", "Дата проведения", "Место проведения", "Ответственные"],
        ["I.", "Центральный городской праздник", _, _, _],
        ["1.", "Широкая Масленица – народное гулянье", "1 марта 2020 года", "Площадь у Дворца спорта", "УКТМП КСПК"],
        ["II.", "Мероприятия в районах города", _, _, _],
        ["2.", "Проводы зимы – масленичные посиделки", "25 февраля 2020 года", "Ресурсный центр", "УРН КУ ПО"],
      ],
      [
        { row: 1, col: 1, rowCount: 1, colCount: 4 },
        { row: 3, col: 1, rowCount: 1, colCount: 4 },
      ],
    );
    expect(t.sections.map((s) => s.row)).toEqual([2, 4]);
    expect(t.rows.map((r) => r.number)).toEqual(["1.", "2."]);
  });

  it("makes a line alone under a section titled beside its number a section of its own, not the title's second line", () => {
    const t = table(
      [
        ["№", "Наименование мероприятия", "Дата проведения", "Место проведения", "Ответственные"],
        ["II.", "Мероприятия в районах города", _, _, _],
        ["Кировский и Куйбышевский районы:", _, _, _, _],
        ["2.", "Проводы зимы – масленичные посиделки", "25 февраля 2020 года", "Ресурсный центр", "УРН КУ ПО"],
        ["3.", "Честная Масленица – народный праздник", "25 февраля 2020 года", "ДДТ №1", "ДО КСПК"],
      ],
      [
        { row: 1, col: 1, rowCount: 1, colCount: 4 },
        { row: 2, col: 0, rowCount: 1, colCount: 5 },
      ],
    );
    expect(t.sections.map((s) => s.row)).toEqual([2, 3]);
    expect(t.rows.map((r) => r.section)).toEqual(["Кировский и Куйбышевский районы:", "Кировский и Куйбышевский районы:"]);
  });

  it("keeps Roman-numbered rows merged across as tasks where the tasks under them go on in Roman numerals", () => {
    const t = table(
      [HEADER, ["I.", "Определяне на координатор.", _, _], ["II.", "Взаимодействие с родителите.", "постоянен", "училища"]],
      [{ row: 1, col: 1, rowCount: 1, colCount: 3 }],
    );
    expect(t.sections).toEqual([]);
    expect(t.rows).toHaveLength(2);
  });

  it("makes a label line alone in the indicator column, over indicators numbered from 1.1, a section, not an indicator with no measure", () => {
    const t = table(
      [
        ["N п/п", "Наименование индикатора", "Единица измерения", "2020", "2021"],
        ["Цель 1. Повышение доступности и качества образования", _, _, _, _],
        [_, "Индикатор достижения цели Программы", _, _, _],
        ["1.1", "Уровень удовлетворенности населения качеством образования", "процентов", "86,2", "88"],
        ["1.2", "Доля детей, получающих услуги по дополнительному образованию", "процентов", "50,9", "84"],
      ],
      [{ row: 1, col: 0, rowCount: 1, colCount: 5 }],
    );
    expect(t.sections.map((s) => s.row)).toEqual([2, 3]);
    expect(t.rows.map((r) => r.number)).toEqual(["1.1", "1.2"]);
  });

  it("opens no section at a line alone in the task column where the numbering under it goes on (1.2 after it)", () => {
    const t = table([
      ["№", "Наименование мероприятия", "Срок", "Ответственный"],
      ["1.1", "Педагогический совет", "август", "директор"],
      [_, "Родительское собрание", _, _],
      ["1.2", "Методический совет", "сентябрь", "заместитель директора"],
    ]);
    expect(t.sections).toEqual([]);
  });

  describe("in a pasted list of dates and what they are, with numbered headings in the dates' column", () => {
    const list = (): PlanTable =>
      table([
        ["31.10.2014 г. – 02.11.2014 г. вкл.", "есенна ваканция"],
        ["24.12.2014 г. – 04.01.2015 г. вкл.", "коледна ваканция"],
        ["2. Празници и неучебни дни:"],
        ["22.09.2014 г.", "Ден на независимостта на България"],
        ["25.05.2015 г.", "Ден на славянската писменост и култура"],
        ["3. Начало на втория учебен срок – 04.02.2015 г."],
        ["4. Край на втория учебен срок"],
        ["21.05.2015 г.", "І клас (13 учебни седмици)"],
        ["29.05.2015 г.", "ІІ – ІV клас (14 учебни седмици)"],
      ]);

    it("makes a numbered title over dated rows the heading of those rows, not the second line of the date above", () => {
      expect(list().sections.map((s) => s.title)).toEqual(["2. Празници и неучебни дни:", "4. Край на втория учебен срок"]);
    });

    it("keeps a numbered entry written with its date a row of its own, not joined to the date above", () => {
      const t = list();
      expect(t.rows.map((r) => r.cells.deadline)).toContain("3. Начало на втория учебен срок – 04.02.2015 г.");
      expect(t.rows.map((r) => r.cells.deadline)).toContain("25.05.2015 г.");
      expect(t.rows).toHaveLength(7);
    });
  });

  it("keeps a numbered task whose text is merged across as a task when no task is numbered under it", () => {
    const t = table(
      [HEADER, ["1.", "Определяне на координатор.", _, _], ["2.", "Взаимодействие с родителите.", "постоянен", "училища"]],
      [{ row: 1, col: 1, rowCount: 1, colCount: 3 }],
    );
    expect(t.sections).toEqual([]);
    expect(t.rows).toHaveLength(2);
  });

  it("makes a numbered short title beside its number the section of the tasks numbered under it, under a direction heading over the task text", () => {
    const t = table([
      ["№ з/п", "Напрям діяльності з учасниками освітнього процесу закладу освіти", "Термін проведення", "Цільова група"],
      ["1", "Діагностика", _, _],
      ["1.1", "Соціальна паспортизація класів, школи (виявлення категорійних учнів та їх облік)", "Вересень, жовтень", "1-11 класи"],
      ["1.2", "Профдіагностика учнів середньої ланки школи за методикою Клімова", "грудень", "9 класи"],
      ["1.3", "Визначення соціально вразливих груп дітей", "Протягом року", "Соціальний педагог"],
    ]);
    expect(t.columns.map((c) => c.role)).toEqual(["number", "activity", "deadline", "unknown"]);
    expect(t.sections).toEqual([{ row: 2, title: "1 Діагностика" }]);
    expect(t.rows.map((r) => r.number)).toEqual(["1.1", "1.2", "1.3"]);
  });

  it("reads a numbered title opening with a section word beside its number as the heading of the tasks numbered under it, merged or not", () => {
    const title = "Задача: Обеспечение общедоступного и качественного дошкольного, общего и дополнительного образования детей";
    const t = table([
      ["N п/п", "Наименование показателя", "Единица измерения", "2024", "2025"],
      [1, title],
      ["1.1", "Доля детей от полутора до трех лет, охваченных дошкольным образованием", "Процент", 100, 100],
      ["1.2", "Доля обучающихся, занимающихся во вторую смену", "Процент", 0, 0],
    ]);
    expect(t.sections).toEqual([{ row: 2, title: `1 ${title}` }]);
    expect(t.rows.map((r) => r.number)).toEqual(["1.1", "1.2"]);
  });

  it("keeps a numbered parent task written out beside its number as a task", () => {
    const t = table([
      HEADER,
      ["5.", "Организиране на обучения на педагогическите специалисти за работа с деца със СОП"],
      ["5.1.", "Обучение на учителите в детските градини.", "постоянен", "училища"],
    ]);
    expect(t.sections).toEqual([]);
    expect(t.rows.map((r) => r.number)).toEqual(["5.", "5.1."]);
  });
});
