import { roleOfHeader } from "../../../src/engine/detect";
import { headerWords } from "../../../src/engine/detect/header-text";
import { VOCABULARIES, type KnownRole } from "../../../src/engine/detect/vocabulary";
import { ROLE_MATCHER } from "../../../src/engine/detect/role-matcher";
import { ROLES, type Role } from "../../../src/engine/roles";

type Case = [header: string, role: Role];

const BULGARIAN: Case[] = [
  // Kyustendil annual plan
  ["№", "number"],
  ["Дейност", "activity"],
  ["Срок за изпълнение", "deadline"],
  ["Отговорни институции", "responsible"],
  ["Финансиране", "financing"],
  ["Индикатори оценка на изпълнение", "indicator"],
  // Balanced scorecard
  ["НАПРАВЛЕНИЕ", "perspective"],
  ["СТРАТЕГИЧЕСКИ ЦЕЛИ", "objective"],
  ["ПОКАЗАТЕЛИ ЗА ЕФЕКТИВНОСТ", "indicator"],
  ["ИНИЦИАТИВИ", "initiative"],
  ["БЮДЖЕТ", "budget"],
  ["ИЗПЪЛНИТЕЛ", "responsible"],
  ["СТРАТЕГИЧЕСКА КАРТА", "unknown"],
  // Other common headers
  ["Срок", "deadline"],
  ["Срокове", "deadline"],
  ["Отговорник", "responsible"],
  ["Изпълнители", "responsible"],
  ["Партньори", "partners"],
  ["Начин на изпълнение", "method"],
  ["Източник на финансиране", "financing"],
  ["Мерна единица", "unit"],
  ["Базова стойност", "baseline"],
  ["Целева стойност", "target"],
  ["Отчетена стойност", "actual"],
  ["Тежест", "weight"],
  ["Мониторинг", "monitoring"],
  ["Очакван резултат", "result"],
  ["Забележка", "notes"],
  ["Перспектива", "perspective"],
  ["Цел", "objective"],
  ["Задачи", "activity"],
];

const POLISH: Case[] = [
  // Bochnia harmonogram, as written (with the typo `Zadnie`)
  ["Nr zadania", "number"],
  ["Zadnie/działanie", "activity"],
  ["Sposób realizacji", "method"],
  ["Jednostka odpowiedzialna\ni współpracująca", "responsible"],
  ["Terminy realizacji", "deadline"],
  ["Zamierzony efekt", "result"],
  ["Źródła finansowania", "financing"],
  ["MONITOROWANIE", "monitoring"],
  ["Wskaźnik", "indicator"],
  ["Miernik", "target"],
  ["Sposób monitorowania", "monitoring"],
  // Other common headers
  ["Lp.", "number"],
  ["Zadania", "activity"],
  ["Termin", "deadline"],
  ["Odpowiedzialny", "responsible"],
  ["Partnerzy", "partners"],
  ["Budżet", "budget"],
  ["Jednostka miary", "unit"],
  ["Wartość bazowa", "baseline"],
  ["Wartość docelowa", "target"],
  ["Wykonanie", "actual"],
  ["Waga", "weight"],
  ["Uwagi", "notes"],
  ["Perspektywa", "perspective"],
  ["Cel strategiczny", "objective"],
  ["Inicjatywy", "initiative"],
  ["Wartość wskaźnika bazowa", "baseline"],
  ["Wartość wskaźnika szacunkowa 2030", "target"],
  ["Źródło danych", "monitoring"],
  ["Priorytet", "perspective"],
  ["Oczekiwany trend", "target"],
];

const RUSSIAN: Case[] = [
  // Volodarsk roadmap
  ["№ п/п", "number"],
  ["Наименование мероприятия", "activity"],
  ["Сроки", "deadline"],
  ["Ответственный исполнитель", "responsible"],
  ["Ожидаемый результат", "result"],
  // Other common headers
  ["Срок исполнения", "deadline"],
  ["Координатор программы, координатор подпрограммы, участники муниципальной программы", "responsible"],
  ["Koordynator", "responsible"],
  ["Координатор", "responsible"],
  ["Coordinator", "responsible"],
  ["Ответственный", "responsible"],
  ["Соисполнители", "partners"],
  ["Способ реализации", "method"],
  ["Источник финансирования", "financing"],
  ["Объём финансирования", "budget"],
  ["Показатель", "indicator"],
  ["Единица измерения", "unit"],
  ["Ед. изм.", "unit"],
  ["Базовое значение", "baseline"],
  ["Целевое значение", "target"],
  ["Фактическое значение", "actual"],
  ["Вес", "weight"],
  ["Форма контроля", "monitoring"],
  ["Примечание", "notes"],
  ["Перспектива", "perspective"],
  ["Стратегические цели", "objective"],
  ["Инициативы", "initiative"],
];

const UKRAINIAN: Case[] = [
  ["№ з/п", "number"],
  ["Найменування заходу", "activity"],
  ["Термін виконання", "deadline"],
  ["Строк виконання", "deadline"],
  ["Відповідальні виконавці", "responsible"],
  ["Виконавець", "responsible"],
  ["Співвиконавці", "partners"],
  ["Спосіб реалізації", "method"],
  ["Джерела фінансування", "financing"],
  ["Обсяг фінансування, тис. грн", "budget"],
  ["Показники", "indicator"],
  ["Одиниця виміру", "unit"],
  ["Базове значення", "baseline"],
  ["Цільове значення", "target"],
  ["Фактичне значення", "actual"],
  ["Вага", "weight"],
  ["Моніторинг", "monitoring"],
  ["Очікуваний результат", "result"],
  ["Примітки", "notes"],
  ["Перспектива", "perspective"],
  ["Стратегічні цілі", "objective"],
  ["Ініціативи", "initiative"],
];

const ENGLISH: Case[] = [
  ["No.", "number"],
  ["How will we know we have achieved the objective", "indicator"],
  ["Annual red, amber green rating", "monitoring"],
  ["Activity", "activity"],
  ["Deadline", "deadline"],
  ["Due date", "deadline"],
  ["Responsible", "responsible"],
  ["Owner", "responsible"],
  ["Partners", "partners"],
  ["Method", "method"],
  ["Funding source", "financing"],
  ["Budget", "budget"],
  ["Indicator", "indicator"],
  ["KPI", "indicator"],
  ["Unit", "unit"],
  ["Baseline", "baseline"],
  ["Target", "target"],
  ["Actual", "actual"],
  ["Weight", "weight"],
  ["Means of verification", "monitoring"],
  ["Expected result", "result"],
  ["Initiatives", "initiative"],
  ["Notes", "notes"],
  ["Perspective", "perspective"],
  ["Strategic objectives", "objective"],
  ["Action\nNo", "number"],
  ["Success criteria", "indicator"],
  ["Evidence", "monitoring"],
  ["Portfolio", "perspective"],
  ["Closed\n(minutes\nreference)", "actual"],
  ["Timescales of Tasks/Actions", "deadline"],
  ["Review with Working Group", "monitoring"],
  ["Review date", "deadline"],
  ["Performance Indicator Title", "indicator"],
  ["Value", "actual"],
];

describe("the head word names the column", () => {
  it.each<[string, string]>([
    ["Результат выполнения мероприятия", "result"],
    ["Forma uroczystości,\nwydarzenia", "method"],
    ["Наименование показателя", "indicator"],
    ["Наименование мероприятий", "activity"],
    ["Форма узагальнення\nрезультатів виконання", "monitoring"],
    ["обласний бюджет", "budget"],
    ["Место и дата проведения", "deadline"],
    ["Місце проведення, організатор заходу", "responsible"],
  ])("%j is %s", (text, role) => {
    expect(roleOfHeader(text)).toBe(role);
  });

  it.each(["Место проведения мероприятия", "Участники мероприятий (школьники-возраст, молодежь, пенсионеры)"])("%j names what the column holds but no role", (text) => {
    expect(roleOfHeader(text)).toBe("unknown");
    expect(ROLE_MATCHER.namesNoRole(text)).toBe(true);
  });
});

describe.each([
  ["Bulgarian", BULGARIAN],
  ["Polish", POLISH],
  ["Russian", RUSSIAN],
  ["Ukrainian", UKRAINIAN],
  ["English", ENGLISH],
])("%s headers", (_language, cases) => {
  it.each(cases)("%j is read as %s", (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });
});

describe("headers as officials type and paste them", () => {
  it.each<Case>([
    ["  Срок   за\nизпълнение ", "deadline"],
    ["СРОК ЗА ИЗПЪЛНЕНИЕ", "deadline"],
    ["Отговор-\nни институции", "responsible"],
    ["ИЗПЪЛ-\nНИТЕЛ", "responsible"],
    ["Ответствен- ный исполнитель", "responsible"],
    ["Terminy\nrealizacji", "deadline"],
    ["Сро\u00ADки", "deadline"], // a soft hyphen left by Word
    ["Cрок", "deadline"], // a Latin C inside a Cyrillic word
    ["Срок / Termin", "deadline"],
    ["Deadline (срок)", "deadline"],
    ["Отговорник / Responsible", "responsible"],
    ["№ / Nr", "number"],
  ])("%j is read as %s", (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });
});

describe("the Targets column of a balanced scorecard", () => {
  it.each<[string, Role, Role]>([
    ["ЗАДАЧИ", "target", "activity"],
    ["Zadania", "target", "activity"],
    ["Задачи", "target", "activity"],
    ["Завдання", "target", "activity"],
    ["Tasks", "target", "activity"],
  ])("%j is %s in a scorecard header and %s elsewhere", (header, inScorecard, elsewhere) => {
    expect(roleOfHeader(header, true)).toBe(inScorecard);
    expect(roleOfHeader(header)).toBe(elsewhere);
  });

  it("leaves every other scorecard header as it reads anywhere", () => {
    for (const header of ["НАПРАВЛЕНИЕ", "СТРАТЕГИЧЕСКИ ЦЕЛИ", "ПОКАЗАТЕЛИ ЗА ЕФЕКТИВНОСТ", "ИНИЦИАТИВИ", "БЮДЖЕТ", "ИЗПЪЛНИТЕЛ"]) {
      expect(roleOfHeader(header, true)).toBe(roleOfHeader(header));
    }
  });
});

describe("vocabulary files", () => {
  const known = ROLES.filter((r): r is KnownRole => r !== "unknown");

  it.each(Object.entries(VOCABULARIES))("%s names every role and some section words", (_language, vocabulary) => {
    for (const role of known) expect(vocabulary.roles[role].length).toBeGreaterThan(0);
    expect(vocabulary.sections.length).toBeGreaterThan(0);
  });

  it("never gives one phrase two roles, in any language", () => {
    const roleOf = new Map<string, { role: KnownRole; where: string }>();
    const clashes: string[] = [];
    for (const [language, vocabulary] of Object.entries(VOCABULARIES)) {
      for (const role of known) {
        for (const phrase of vocabulary.roles[role]) {
          const key = headerWords(phrase.replace(/\*/g, "")).join(" ") + (phrase.endsWith("*") ? "*" : "");
          const seen = roleOf.get(key);
          if (seen && seen.role !== role) clashes.push(`${key}: ${seen.where} ${seen.role} / ${language} ${role}`);
          else roleOf.set(key, { role, where: language });
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});
