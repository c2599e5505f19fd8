import { isPeriodicityHeading } from "../../../src/engine/detect/vocabulary/periodicity";
import { roles, tablesOf } from "./read-tables";

/**
 * Control plans and cyclograms (план внутришкольного контроля, циклограма, plan nadzoru): each
 * check is done so often (`щомісяця`, `1 раз на квартал`, `двічі на рік`), and that frequency,
 * under a heading such as `Періодичність контролю`, is the only term the plan gives.
 */

describe("a control plan whose only term is how often each check is done", () => {
  it("reads the Ukrainian frequency column as the deadline", () => {
    const tables = tablesOf([
      ["Циклограма внутрішнього контролю"],
      ["№", "Об'єкт контролю", "Показники контролю", "Періодичність контролю", "Примітка"],
      ["1.", "Ігрові та спальні кімнати", "Температура повітря", "щомісяця", null],
      ["2.", "Меблі груп", "Маркування меблів", "1 раз на квартал", null],
      ["3.", "Спортивна зала", "Наявність захисних матів", "двічі на рік", null],
      ["4.", "Харчоблок", "Санітарний стан", "щотижня", null],
    ]);
    expect(tables).toHaveLength(1);
    expect(roles(tables[0])).toEqual(["A:number", "B:activity", "C:indicator", "D:deadline", "E:notes"]);
  });

  it("reads the frequency column as the deadline under a heading cut short (`Періо. контролю`)", () => {
    const tables = tablesOf([
      ["№", "Об'єкт контролю", "Показ. контролю", "Періо. контролю", "Примітка"],
      ["1.", "Ігрові та спальні кімнати", "Температура повітря", "щомісяця", null],
      ["2.", "Меблі груп", "Маркування меблів", "1 раз на квартал", null],
      ["3.", "Спортивна зала", "Наявність захисних матів", "двічі на рік", null],
      ["4.", "Харчоблок", "Санітарний стан", "щотижня", null],
    ]);
    expect(roles(tables[0])).toEqual(["A:number", "B:activity", "C:indicator", "D:deadline", "E:notes"]);
  });

  it("reads the Russian `Периодичность` column as the deadline", () => {
    const tables = tablesOf([
      ["№", "Содержание контроля", "Периодичность", "Итог"],
      ["1.", "Проверка классных журналов", "ежемесячно", "справка"],
      ["2.", "Посещение уроков молодых специалистов", "1 раз в четверть", "справка"],
      ["3.", "Контроль за ведением дневников", "2 раза в год", "приказ"],
    ]);
    expect(roles(tables[0])).toContain("C:deadline");
  });

  it("reads the Polish `Częstotliwość` column as the deadline", () => {
    const tables = tablesOf([
      ["Lp.", "Zadanie nadzoru", "Częstotliwość", "Odpowiedzialny"],
      ["1.", "Kontrola dzienników lekcyjnych", "raz w miesiącu", "dyrektor"],
      ["2.", "Obserwacja zajęć", "raz w semestrze", "wicedyrektor"],
      ["3.", "Kontrola dokumentacji świetlicy", "co miesiąc", "dyrektor"],
    ]);
    expect(roles(tables[0])).toEqual(["A:number", "B:activity", "C:deadline", "D:responsible"]);
  });

  it("reads the task under `Объект контроля` and the Bulgarian and English frequencies as deadlines", () => {
    expect(roles(tablesOf([
      ["№", "Объект контроля", "Периодичность контроля", "Ответственный"],
      ["1.", "Санитарное состояние пищеблока", "ежедневно", "заведующий"],
      ["2.", "Выполнение режима дня", "1 раз в месяц", "старший воспитатель"],
      ["3.", "Состояние игрового оборудования", "2 раза в год", "заведующий"],
    ])[0])).toEqual(["A:number", "B:activity", "C:deadline", "D:responsible"]);
    expect(roles(tablesOf([
      ["№", "Дейност", "Периодичност", "Отговорник"],
      ["1.", "Проверка на дневниците", "ежемесечно", "директор"],
      ["2.", "Наблюдение на уроци", "всеки срок", "заместник-директор"],
      ["3.", "Проверка на документацията", "ежемесечно", "директор"],
    ])[0])).toContain("C:deadline");
    expect(roles(tablesOf([
      ["No.", "Activity", "Frequency", "Lead"],
      ["1", "Learning walks in every department", "termly", "Headteacher"],
      ["2", "Book scrutiny", "monthly", "Deputy Head"],
      ["3", "Lesson observations", "twice a year", "Headteacher"],
    ])[0])).toContain("C:deadline");
  });

  it("keeps the plan's own deadline column, the frequency beside it staying how often progress is checked", () => {
    const tables = tablesOf([
      ["№", "Захід", "Термін виконання", "Періодичність контролю", "Відповідальний"],
      ["1.", "Оновлення сайту закладу", "вересень 2025", "щомісяця", "директор"],
      ["2.", "Підготовка звіту", "грудень 2025", "1 раз на квартал", "заступник директора"],
      ["3.", "Атестація педагогів", "березень 2026", "двічі на рік", "директор"],
    ]);
    expect(roles(tables[0])).toEqual(["A:number", "B:activity", "C:deadline", "D:monitoring", "E:responsible"]);
  });

  it("keeps a scorecard's frequency as how often an indicator is measured", () => {
    const tables = tablesOf([
      ["Перспектива", "Показатель", "Единица измерения", "Целевое значение", "Периодичность"],
      ["Обучающиеся", "Доля выпускников, сдавших ЕГЭ", "%", "95", "ежегодно"],
      ["Обучающиеся", "Охват дополнительным образованием", "%", "80", "ежеквартально"],
      ["Процессы", "Число открытых уроков", "ед.", "12", "ежемесячно"],
    ]);
    expect(roles(tables[0])).toContain("E:monitoring");
  });
});

describe("headings that say how often", () => {
  it.each([
    ["Періодичність контролю", true],
    ["Периодичность", true],
    ["Częstotliwość monitorowania", true],
    ["Периодичност", true],
    ["Frequency", true],
    ["Періо. контролю", true],
    ["Częst. monit.", true],
    ["FREQ.", true],
    ["Пер. контролю", false],
    ["Форма контролю", false],
    ["Термін", false],
  ])("%s: %s", (heading, expected) => {
    expect(isPeriodicityHeading(heading)).toBe(expected);
  });
});
