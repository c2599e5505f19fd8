import { detectPlanTables } from "../../../src/engine/plan-tables";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";

const _ = null;

function roles(rows: CellValue[][]): string[] {
  const tables = detectPlanTables(gridFromRows("S", rows));
  expect(tables).toHaveLength(1);
  return tables[0].columns.map((c) => `${c.column}:${c.role}`);
}

describe("a label column beside the dates is not the deadline", () => {
  it("reads the camp day's number under `Дата` as the number and the dates beside it as the deadline", () => {
    expect(
      roles([
        ["Дата", "День недели", "Мероприятия", "Ответственные"],
        ["1", "26 июня", "День знакомства. Знакомство детей с законами лагеря.", "Воспитатели, старшая вожатая"],
        ["2", "27 июня", "День смеха. Игровая программа «Рассмешилки».", "Воспитатели, старшая вожатая"],
        ["3", "29 июня", "День открытия лагерной смены. Концерт.", "Воспитатели, старшая вожатая"],
        ["4", "30 июня", "День туриста. Спортивные соревнования.", "Воспитатели, старшая вожатая"],
      ]),
    ).toEqual(["A:number", "B:deadline", "C:activity", "D:responsible"]);
  });

  it("reads a `Quarter 1` / `Summer` label over a group of dated rows as no deadline", () => {
    expect(
      roles([
        ["Month", "Date", "Assessments"],
        ["Summer", "July 1 - June 30", "Initial English Language Proficiency Assessments"],
        ["Quarter 1", "Aug 17 - Aug 31", "Final Program Placement and Exit Criteria"],
        [_, "Aug 17 - Sept 30", "Local Reclassification Criteria"],
        [_, "Aug 23 - Sept 10", "Math Benchmark Assessments"],
        [_, "Oct. 14", "Quarter one ends"],
        ["Quarter 2", "Oct. 12", "PSAT/NMSQT School Day Administration"],
        [_, "Nov 1 - Nov 30", "Interim Comprehensive Assessments in Literacy"],
        [_, "Nov 1 - Feb 15", "Alternate ELPAC Testing Window"],
        [_, "Dec. 23", "Quarter two ends"],
      ]),
    ).toEqual(["A:unknown", "B:deadline", "C:activity"]);
  });

  it("keeps a month named over its rows' dates as a deadline column", () => {
    expect(
      roles([
        ["Miesiąc", "Termin realizacji", "Nazwa", "Odpowiedzialny"],
        ["Wrzesień", "1.09.2025", "Rozpoczęcie roku szkolnego", "Wychowawcy klas III"],
        [_, "8 – 12.09.2025", "Tydzień samorządności i praw ucznia", "Opiekunowie Samorządu Uczniowskiego"],
        [_, "15 – 19.09.2025", "Tydzień z Eurobasketem 2025", "P. Czaja"],
        [_, "29.09.2025", "Dni Regionalne - Dzień Beboka", "P. Czarniecka"],
        ["Październik", "2.10.2025", "Międzynarodowy Dzień Bez Przemocy", "P. Dyrda"],
        [_, "13 – 17.10.2025", "Tydzień Zdrowia Psychicznego", "P. Iwańska"],
        [_, "15.10.2025", "Światowy Dzień Mycia Rąk", "Wychowawcy"],
      ]),
    ).toEqual(["A:deadline", "B:deadline", "C:activity", "D:responsible"]);
  });
});

describe("group cells and money by year", () => {
  it("finds a session table without a header PlanCheck knows: the group names merged down are no task text", () => {
    const grid = gridFromRows(
      "СФО",
      [
        ["Определяне на изпитни сесии"],
        ["Изпитни сесии", _, "12 клас", _],
        ["Редовни сисии", "Първа редовна", "м. януари 2026 06.01. - 30.01.2026 г. вкл.", "м. януари 2026 06.01. - 30.01.2026 г. вкл."],
        [_, "Втора редовна", "м. юни 2026 02.06. - 26.06.2026 г. вкл.", "м. февруари 2026 03.02. - 27.02.2026 г. вкл."],
        ["Поправитени", "Първа редовна", "м. юли 2026 01.07. - 10.07.2026 г. вкл.", "м. март 2026 20.03. - 27.03.2026 г. вкл."],
        [_, "Втора редовна", "м. септември 2025 01.09. - 11.09.2026 г. вкл.", "м. април 2026 22.04. - 30.04.2026 г. вкл."],
        [_, "Допълнителна", "м. октомрви 2025 01.10. - 07.10.2026 г. вкл.", "м. юли 2026 01.07. - 04.07.2026 г. вкл."],
      ],
      [
        { row: 1, col: 0, rowCount: 1, colCount: 2 },
        { row: 2, col: 0, rowCount: 2, colCount: 1 },
        { row: 4, col: 0, rowCount: 3, colCount: 1 },
      ],
    );
    const [t] = detectPlanTables(grid);
    expect(t.headerRows).toEqual([2]);
    expect(t.columns.map((c) => `${c.column}:${c.role}`)).toEqual(["A:unknown", "B:activity", "C:deadline", "D:deadline"]);
    expect(t.rows).toHaveLength(5);
  });

  it("keeps a task text merged down over its dates as the task column", () => {
    const grid = gridFromRows(
      "S",
      [
        ["Мероприятие", "Дата", "Ответственный"],
        ["Родительское собрание в 9-х классах по подготовке к экзаменам", "15.10.2024", "Иванова О.П."],
        [_, "20.02.2025", "Иванова О.П."],
        ["Пробный экзамен по математике в 9-х классах", "12.12.2024", "Петров А.А."],
        [_, "14.03.2025", "Петров А.А."],
      ],
      [
        { row: 1, col: 0, rowCount: 2, colCount: 1 },
        { row: 3, col: 0, rowCount: 2, colCount: 1 },
      ],
    );
    expect(detectPlanTables(grid)[0].columns.map((c) => c.role)).toEqual(["activity", "deadline", "responsible"]);
  });

  it("reads money under a year that heads a group of columns as the budget, a dash meaning no money that year", () => {
    const grid = gridFromRows(
      "Финансирование",
      [
        ["N п/п", "Наименование мероприятий", "2013", _, "2014", _],
        [_, _, "Консолидированный бюджет", "Планируемые внебюджетные источники", "Консолидированный бюджет", "Дополнительная потребность"],
        ["1.", "Предоставление субсидий на реализацию программ развития дошкольного образования", "28,818", "0", "25,556", "25,556"],
        ["1.1.", "Корректировка перечня строительства объектов социальной сферы", "-", "-", "-", "-"],
        ["1.2.", "Строительство детского сада в п. Северный", "12,400", "1,250", "-", "3,100"],
      ],
      [
        { row: 0, col: 0, rowCount: 2, colCount: 1 },
        { row: 0, col: 1, rowCount: 2, colCount: 1 },
        { row: 0, col: 2, rowCount: 1, colCount: 2 },
        { row: 0, col: 4, rowCount: 1, colCount: 2 },
      ],
    );
    expect(detectPlanTables(grid)[0].columns.map((c) => c.role)).toEqual(["number", "activity", "budget", "budget", "budget", "budget"]);
  });

  it("reads the half of a task heading merged over two columns that holds only numbers as the number column", () => {
    const grid = gridFromRows(
      "График",
      [
        ["Вид дейност", _, "Срок"],
        ["1", "Подаване на заявления за проверка на способностите", "7-13 май 2014 г. вкл."],
        ["2", "Обявяване на списъците с разпределението на учениците по училища", "До 16 май 2014 г."],
        ["3", "Обявяване на резултатите от тестовете", "До 4.06.2014 г."],
      ],
      [{ row: 0, col: 0, rowCount: 1, colCount: 2 }],
    );
    expect(detectPlanTables(grid)[0].columns.map((c) => c.role)).toEqual(["number", "activity", "deadline"]);
  });
});

describe("a financing table by year", () => {
  const FINANCING: CellValue[][] = [
    ["5. Обсяги фінансування Програми: 9000 тис.грн."],
    [],
    ["Роки", "Обсяг фінансування (тис. грн.)", _],
    [_, "Місцевий бюджет", "Інші джерела"],
    [2021, 1200, 300],
    [2022, 1200, 300],
    [2023, 1400, 100],
    [2024, 1500, 400],
    ["2021- 2025", 7100, 1900],
  ];
  const MERGES = [
    { row: 2, col: 0, rowCount: 2, colCount: 1 },
    { row: 2, col: 1, rowCount: 1, colCount: 2 },
  ];

  it("is found under its two-row header naming the money: the years are when it is spent", () => {
    const [t] = detectPlanTables(gridFromRows("Програма", FINANCING, MERGES));
    expect(t.headerRows).toEqual([3, 4]);
    expect(t.columns.map((c) => c.role)).toEqual(["deadline", "budget", "budget"]);
    expect(t.rows).toHaveLength(5);
  });

  it("is not found where the heading names no money", () => {
    const rows = FINANCING.map((r, i) => (i === 2 ? ["Роки", "Кількість учнів", _] : i === 3 ? [_, "Ліцей", "Гімназія"] : r));
    expect(detectPlanTables(gridFromRows("Програма", rows, MERGES))).toEqual([]);
  });
});

describe("a heading naming a role with a year", () => {
  it("heads its column: `Wartość bazowa (2021)` is the baseline, not a date", () => {
    expect(
      roles([
        ["Lp.", "Priorytet", "Wskaźniki", "Wartość bazowa\n(2021)", "Oczekiwany trend", "Źródło"],
        ["1.", "A – ADAPTACJA DO ZMIAN KLIMATU", "Tereny zieleni na 1 mieszkańca [m2]", "27,7", _, "GUS BDL"],
        ["2.", _, "Liczba dni przekraczania poziomu PM10", "69", _, "GIOŚ"],
      ]),
    ).toContain("D:baseline");
  });
});

describe("months in Roman numerals", () => {
  it("are no bodies: a `МЕСЕЦ` column of `ІХ`, `Х`, `ХІ` is not the responsible one", () => {
    expect(
      roles([
        ["Клас", "Вид дейност", "МЕСЕЦ", "Дата"],
        ["I А клас", "Контролна работа по математика", "ІХ", "26.09.2016г."],
        ["I А клас", "Контролна работа по български език", "Х", "04.10.2016г."],
        ["I Б клас", "Контролна работа по математика", "ХІ", "02.11.2016г."],
        ["I Б клас", "Контролна работа по български език", "ХІІ", "12.12.2016г."],
      ]),
    ).not.toContain("C:responsible");
  });
});

describe("a table of indicators", () => {
  it("has no task column: the longest text beside the indicator is not taken for one", () => {
    expect(
      roles([
        ["N п/п", "Наименование показателя", "Признак возрастания/убывания", "Единица измерения", "Базовое значение", "Ответственный"],
        ["1.1", "Доля детей, охваченных дошкольным образованием", "Возрастание", "Процент", "98,88", "Министерство образования"],
        ["1.2", "Доля обучающихся во вторую смену", "Убывание", "Процент", "15", "Министерство образования"],
        ["1.3", "Доля выпускников, сдавших экзамен", "Возрастание", "Процент", "97", "Министерство образования"],
      ]),
    ).not.toContain("C:activity");
  });
});

describe("a first column without a heading", () => {
  it("is the number column over task numbers, even under a single task", () => {
    expect(
      roles([
        [_, "Наименование мероприятия", "Ответственный", "Результат", "Срок"],
        ["1", "2", "3", "4", "5"],
        ["1.", "Утверждено должностное лицо в составе регионального ведомственного проектного офиса", "Управление образования и науки области", "Распоряжение", "до 1 ноября 2020 г."],
      ]),
    ).toContain("A:number");
  });
});

describe("a column of audiences", () => {
  it("is not the responsible one under `Who?`: year groups, staff and families are whom the event concerns", () => {
    expect(
      roles([
        ["Date", "Month", "Focus", "Who?"],
        ["Monday 4th", "September", "Inset Day", "All Staff"],
        ["Tuesday 5th", "September", "Back to School", "Year 7 & Year 12 only"],
        ["Thursday 28th", "September", "Open Evening", "Year 6 Families"],
        ["Friday 20th", "October", "TERM ENDS", "All Students"],
        ["Thursday 2nd", "November", "Art & Photography Trip", "Year 11, 12 & 13"],
        ["Wednesday 10th", "January", "Student Council Meeting", "Student Council"],
      ]).find((r) => r.startsWith("D:")),
    ).toBe("D:unknown");
  });

  it("is not the responsible one in Russian either: `учащиеся 5-9 классов`, `родители`, `все классы`", () => {
    expect(
      roles([
        ["№", "Мероприятие", "Срок", "Ответственные"],
        ["1.", "Линейка, посвящённая Дню знаний", "01.09.2024", "учащиеся 1-11 классов"],
        ["2.", "Осенний кросс", "15.09.2024", "учащиеся 5-9 классов"],
        ["3.", "Родительское собрание", "20.09.2024", "родители"],
        ["4.", "День учителя", "05.10.2024", "все классы"],
      ]),
    ).toEqual(["A:number", "B:activity", "C:deadline", "D:unknown"]);
  });

  it("leaves a responsible column naming class teachers the responsible one", () => {
    expect(
      roles([
        ["№", "Мероприятие", "Срок", "Ответственные"],
        ["1.", "Линейка, посвящённая Дню знаний", "01.09.2024", "классные руководители"],
        ["2.", "Осенний кросс", "15.09.2024", "учитель физкультуры"],
        ["3.", "Родительское собрание", "20.09.2024", "классные руководители 5-9 классов"],
        ["4.", "День учителя", "05.10.2024", "заместитель директора по ВР"],
      ]),
    ).toEqual(["A:number", "B:activity", "C:deadline", "D:responsible"]);
  });
});

describe("a column of branch libraries", () => {
  it("is the responsible one without a heading: `ЦБ`, `Ф.3`, `Ф.с. Скребиші` name the library holding the event", () => {
    expect(
      roles([
        ["Назва заходу", "Форма роботи", "Читачі", "Дата", ""],
        ["За покликом серця", "Патріотична зустріч", "юнацтво", "12.03 14.00", "ЦБ"],
        ["Нескорені серця України", "Патріотична година", "діти", "12.03 14.00", "Ф.1"],
        ["Стійкість народжена волею", "Патріотична година", "діти", "12.03 12.00", "Ф.2"],
        ["Добровольці – гордість нації", "Година мужності і звитяги", "мас. кор.", "13.03 13.00", "Ф.3"],
        ["Воїни миру", "Бесіда", "мас. кор.", "25.03 11.00", "Ф.с. Скребиші"],
      ]).find((r) => r.startsWith("E:")),
    ).toBe("E:responsible");
  });
});

describe("a heading and its content that disagree", () => {
  it("reads months under `Відповідальні` as the deadline when most cells are months and none names anyone", () => {
    expect(
      roles([
        ["№", "Зміст заходу", "Відповідальні"],
        ["1.", "Нарада з класними керівниками щодо плану виховної роботи", "вересень"],
        ["2.", "Тиждень безпеки дорожнього руху", "жовтень"],
        ["3.", "Конкурс читців поезії", "разом з батьками"],
        ["4.", "Новорічне свято для учнів початкових класів", "грудень"],
        ["5.", "Виставка малюнків до Дня Соборності", "січень"],
        ["6.", "Шевченківські дні у бібліотеці", "онлайн"],
        ["7.", "Підсумкова лінійка", "травень"],
      ]).find((r) => r.startsWith("C:")),
    ).toBe("C:deadline");
  });

  it("reads posts and bodies under `Термін` as the responsible column when most cells name them and none is a date", () => {
    expect(
      roles([
        ["№", "Зміст заходу", "Термін"],
        ["1.", "Нарада з класними керівниками щодо плану виховної роботи", "Директор"],
        ["2.", "Тиждень безпеки дорожнього руху", "Заступник директора з ВР"],
        ["3.", "Конкурс читців поезії", "разом з батьками"],
        ["4.", "Новорічне свято для учнів початкових класів", "Класні керівники"],
        ["5.", "Виставка малюнків до Дня Соборності", "Педагог-організатор"],
        ["6.", "Шевченківські дні у бібліотеці", "онлайн"],
        ["7.", "Підсумкова лінійка", "Директор"],
      ]).find((r) => r.startsWith("C:")),
    ).toBe("C:responsible");
  });
});

describe("a library's public", () => {
  it("is not the responsible one under `Ответственные`: `Молодёжь`, `Все группы пользователей` are whom the event is for", () => {
    expect(
      roles([
        ["Сроки проведения", "Наименование мероприятий", "Ответственные"],
        ["01.08", "Выставка – информация к дню памяти", "Молодёжь"],
        ["10.08", "Фольклорная кладовая «Бабушкин сундук»", "Женский клуб «Пенсионерочка»"],
        ["15.08", "Виртуальная выставка «Познавательный август»", "Все группы пользователей"],
        ["17.08", "Выставка - досье о новинках", "Все группы пользователей"],
        ["19.08", "Благотворительная акция «Собери ребёнка в школу»", "Малообеспеченные семьи посёлка"],
        ["22.08", "День Государственного флага", "Все группы пользователей"],
      ]).find((r) => r.startsWith("C:")),
    ).not.toBe("C:responsible");
  });
});
