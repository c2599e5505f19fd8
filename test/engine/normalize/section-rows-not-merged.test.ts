import { merged, tablesOf } from "../detect/read-tables";

describe("section rows written in one cell with no merge across the row", () => {
  it("reads a line alone over tasks numbered from 1 in their own text as their section", () => {
    const [t] = tablesOf([
      ["Roczny plan pracy biblioteki"],
      [],
      ["Zadania", "Termin", "Odpowiedzialny"],
      ["Praca pedagogiczna"],
      ["1. Kształtowanie kultury czytelniczej uczniów", "cały rok", "bibliotekarz"],
      ["2. Przysposobienie czytelnicze", "wrzesień", "bibliotekarz"],
      ["Realizacja projektu Narodowego Programu Rozwoju Czytelnictwa"],
      ["1. Zakup nowości wydawniczych", "do 30.11.2023", "dyrektor"],
      ["2. Spotkanie z autorem", "marzec 2024", "bibliotekarz"],
    ]);
    expect(t.sections.map((s) => s.title)).toEqual(["Praca pedagogiczna", "Realizacja projektu Narodowego Programu Rozwoju Czytelnictwa"]);
    expect(t.rows).toHaveLength(4);
  });

  it("reads a class named by its number alone on its line as the section of the exams under it", () => {
    const [t] = tablesOf([
      ["Дата", "Час", "Предмет", "Комісія"],
      ["4 клас"],
      ["21.05", "9.20", "математика", "Соколенко Л.О."],
      ["23.05", "9.20", "українська мова", "Мельник Н.І."],
      ["9 клас"],
      ["04.06", "9.00", "українська мова", "Курник О.С."],
      ["07.06", "9.00", "математика", "Чередняк О.Я."],
    ]);
    expect(t.sections.map((s) => s.title)).toEqual(["4 клас", "9 клас"]);
    expect(t.rows).toHaveLength(4);
  });

  it("reads a month alone in the first column as the section of its rows, written short in lower case", () => {
    const [t] = tablesOf([
      ["Ученически парламент 2021/2022 г."],
      [],
      ["Дата", "Мероприятие", "Отговорници"],
      ["02.10.2021", "Ден на усмивката", "УП и училищен психолог"],
      ["До 15.10.2021", "Изготвяне на план за дейностите", "УП"],
      ["м. ноември"],
      ["01.11.2021", "Ден на народните будители", "УП"],
      ["25.11.2021", "Международен ден срещу насилието", "УП"],
    ]);
    expect(t.sections.map((s) => s.title)).toEqual(["м. ноември"]);
    expect(t.rows).toHaveLength(4);
  });

  it("still reads a numbered line alone as a task when it is no class or term", () => {
    const [t] = tablesOf([
      ["№", "Мероприятие", "Срок", "Ответственный"],
      ["1.", "Совещание директоров", "сентябрь", "Иванова И.И."],
      ["2.", "Педагогический совет", "октябрь", "Петрова П.П."],
      ["3.", "Смотр кабинетов"],
      ["4.", "Родительское собрание", "ноябрь", "Сидорова С.С."],
    ]);
    expect(t.sections).toEqual([]);
    expect(t.rows).toHaveLength(4);
  });

  it("reads a term with its year alone in the task column as the section of the dates under it", () => {
    const [t] = tablesOf([
      ["Academic Year Dates"],
      ["Autumn 2024"],
      ["Term begins", "3rd September 2024"],
      ["Term ends", "19th December 2024"],
      ["Half term", "28th October – 1st November 2024"],
      ["Spring 2025"],
      ["Term begins", "7th January 2025"],
      ["Term ends", "4th April 2025"],
    ]);
    expect(t.sections.map((s) => s.title)).toEqual(["Autumn 2024", "Spring 2025"]);
    expect(t.rows).toHaveLength(5);
  });

  it("reads a plain line alone that opens the table in the task column as a section, and the like lines after it", () => {
    const [t] = tablesOf([
      ["Мероприятия", "Ответственный", "Сроки"],
      ["До проекта"],
      ["Прочитать с детьми сказки В.Сутеева", "координатор команды, участники", "За 1 месяц до проекта"],
      ["Провести родительское собрание", "координатор команды, родители", "За 1 месяц до проекта"],
      ["Во время проекта"],
      ["Выполнить задания первого этапа", "участники", "1-я неделя проекта"],
    ]);
    expect(t.sections.map((s) => s.title)).toEqual(["До проекта", "Во время проекта"]);
    expect(t.rows).toHaveLength(3);
  });

  it("keeps a line alone among full rows as a task when the table did not open with one", () => {
    const [t] = tablesOf([
      ["Мероприятия", "Ответственный", "Сроки"],
      ["Прочитать с детьми сказки В.Сутеева", "координатор команды, участники", "За 1 месяц до проекта"],
      ["Подготовить выставку рисунков"],
      ["Провести родительское собрание", "координатор команды, родители", "За 1 месяц до проекта"],
    ]);
    expect(t.sections).toEqual([]);
    expect(t.rows).toHaveLength(3);
  });

  it("reads a line alone straight over a term heading as the heading of the terms under it", () => {
    const [t] = tablesOf([
      ["Academic Year Dates"],
      ["Autumn 2024"],
      ["Term begins", "3rd September 2024"],
      ["Term ends", "19th December 2024"],
      ["Inset/ Occasional days"],
      ["Autumn 2024"],
      ["Inset day", "2nd September 2024"],
      ["Spring 2025"],
      ["Inset day", "6th January 2025"],
    ]);
    expect(t.sections.map((s) => s.title)).toEqual(["Autumn 2024", "Inset/ Occasional days", "Autumn 2024", "Spring 2025"]);
    expect(t.rows).toHaveLength(4);
  });

  it("reads the lines alone further down as headings when the table's rows start right under such a line", () => {
    const tables = tablesOf(
      [
        ["Secondary School Admissions - Normal Point of Entry"],
        ["On Time School Applications"],
        ["Allocation Date", "Monday 3 March 2025"],
        ["Appeal Form to be submitted by deadline", "Friday 28 March 2025"],
        ["Late School Applications"],
        ["Second Round of Allocations Date", "Friday 25 April 2025"],
        ["Appeals for Second Round Allocations heard by", "Friday 18 July 2025"],
      ],
      merged("A1:B1"),
    );
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t.sections.map((s) => s.title)).toContain("Late School Applications");
    expect(t.rows.map((r) => r.cells.activity)).toEqual([
      "Allocation Date",
      "Appeal Form to be submitted by deadline",
      "Second Round of Allocations Date",
      "Appeals for Second Round Allocations heard by",
    ]);
    expect(t.rows[2].section).toBe("Late School Applications");
  });

  it("keeps a task with no date as a task under a title line naming the plan", () => {
    const [t] = tablesOf([
      ["Прием след основно образование"],
      ["График на дейностите"],
      ["Подаване на заявления за изпит", "01.02.2023 г. – 17.02.2023 г."],
      ["НВО Математика", "16.06.2023 г."],
      ["НВО Чужд език"],
      ["Оценяване на изпитните работи", "16.06.2023 г. - 24.06.2023 г."],
      ["Обявяване на резултатите от НВО", "до 28.06.2023 г."],
      ["Подаване на документи за участие в приема", "05.07.2023 г. – 07.07.2023 г."],
      ["Обявяване на списъците на приетите", "до 12.07.2023"],
    ]);
    expect(t.sections).toEqual([]);
    expect(t.rows.map((r) => r.cells.activity)).toContain("НВО Чужд език");
  });

  it("reads a month spaced out letter by letter alone in the date column as the section of its rows", () => {
    const [t] = tablesOf([
      ["Дата", "Мероприятие", "Организира"],
      ["06.01.", "Масов празник Йордановден", "Читалища"],
      ["21.01.", "Масов празник Бабин ден", "Читалища"],
      ["м. Ф е в р у а р и"],
      ["05.02.", "Празник на виното", "Читалища"],
      ["14.02.", "Ден на лозаря Трифон Зарезан", "Читалища"],
    ]);
    expect(t.sections.map((s) => s.title)).toEqual(["м. Ф е в р у а р и"]);
    expect(t.rows).toHaveLength(4);
  });

  it("reads a feast day alone in the date column, its day and month over its name, as the section of that day's activities", () => {
    const [t] = tablesOf([
      ["Дата", "Мероприятие", "Отговорници"],
      ["15 септември", "Тържествено откриване на учебната година", "Комисията за ритуализация"],
      ["17 септември\nДен на София"],
      ["17 септември", "Посещение на изложби, музеи и галерии", "Класните ръководители"],
      ["22 септември\nДен на Независимостта на България"],
      ["до 21 септември", "Час на класа по темата", "Класните ръководители"],
    ]);
    expect(t.sections.map((s) => s.title)).toEqual(["17 септември\nДен на София", "22 септември\nДен на Независимостта на България"]);
    expect(t.rows).toHaveLength(3);
  });
});
