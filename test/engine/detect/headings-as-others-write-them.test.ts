import { roleOfHeader } from "../../../src/engine/detect";
import { bareHeading, isYearWord } from "../../../src/engine/detect/header-text";
import type { Role } from "../../../src/engine/roles";
import { merged, roles, tablesOf } from "./read-tables";

/** The same plan headed as other officials head it: marks after the words, capitals, their own phrases. */

describe("a footnote mark after a heading leaves its role alone", () => {
  it.each<[string, Role]>([
    ["Дата¹", "deadline"],
    ["Дата¹ проведення¹", "deadline"],
    ["Źródło²", "financing"],
    ["Відповідальний†", "responsible"],
    ["T e r m i n¹", "deadline"],
  ])("%j is %s", (text, role) => expect(roleOfHeader(text)).toBe(role));

  it("types a whole sheet whose headings carry marks as it types the plain one", () => {
    const rows = [
      ["№", "Назва заходу¹", "Термін виконання*", "Відповідальні:"],
      ["1", "Нарада при директорові", "вересень", "Директор"],
      ["2", "Засідання педагогічної ради", "жовтень", "Заступник директора"],
      ["3", "Батьківські збори", "листопад", "Класні керівники"],
    ];
    const [t] = tablesOf(rows);
    expect(roles(t)).toEqual(["A:number", "B:activity", "C:deadline", "D:responsible"]);
  });
});

describe("a heading's bare words are read without its marks", () => {
  it.each<[string, string]>([
    ["год:", "год"],
    ["2024*", "2024"],
    ["рік¹", "рік"],
    ["Termin", "Termin"],
  ])("%j is %j", (text, bare) => expect(bareHeading(text)).toBe(bare));

  it("takes `год:` and `рік¹` under a value for the year the value was measured in", () => {
    expect(isYearWord("год:")).toBe(true);
    expect(isYearWord("рік¹")).toBe(true);
    expect(isYearWord("годовой")).toBe(false);
  });
});

describe("a heading in capitals is cut short and hyphenated as in lower case", () => {
  it.each<[string, Role]>([
    ["ОТВ-НЫЙ", "responsible"],
    ["Отв-ный", "responsible"],
    ["ДЖЕРЕЛА ФІНАН-СУВАННЯ", "financing"],
    ["Джерела фінан-сування", "financing"],
  ])("%j is %s", (text, role) => expect(roleOfHeader(text)).toBe(role));
});

describe("headings officials write for who organises, where money comes from, what is noted", () => {
  it.each<[string, Role]>([
    ["Организация и контрол", "responsible"],
    ["By who/ who with", "responsible"],
    ["By whom", "responsible"],
    ["Suggested time scale", "deadline"],
    ["Budget Source", "financing"],
    ["Source of funds", "financing"],
    ["Charakter uroczystości", "notes"],
    ["Podstawa prawna", "notes"],
    ["Корректировка плана", "notes"],
    ["Коригування плану", "notes"],
  ])("%j is %s", (text, role) => expect(roleOfHeader(text)).toBe(role));

  it("leaves the resources a task needs unknown: materials and staff as often as money", () => {
    expect(roleOfHeader("Needed Resources")).toBe("unknown");
    expect(roleOfHeader("Resources needed")).toBe("unknown");
    // The word alone still heads the money.
    expect(roleOfHeader("Resources")).toBe("budget");
  });

  it("reads an attendance plan headed by time scale, task and who acts", () => {
    const rows = [
      ["Suggested time scale", "Attendance profile", "What needs to be done", "By who/ who with"],
      ["Day 1", "Any absence without reason", "First-day-of-absence contact", "Attendance Officer"],
      ["Day 3", "No response", "Letter from school to parent/carers", "Head of Year"],
      ["Day 6", "No response", "Parents invited to a school meeting", "Head of Year, Learning Mentor"],
    ];
    const [t] = tablesOf(rows);
    expect(roles(t)).toEqual(["A:deadline", "B:unknown", "C:activity", "D:responsible"]);
  });

  it("reads a sports calendar whose last column names who organises and oversees", () => {
    const rows = [
      ["Дата", "Вид спорт", "Участници", "Място на провеждане", "Организация и контрол"],
      ["07.10.- 15.10.2021 г.", "Футбол", "V - Х клас", "Спортна площадка", "Учители по ФВС"],
      ["21.10.- 29.10.2021 г.", "Баскетбол", "VІІ - Х клас", "Спортна площадка", "Учители по ФВС"],
      ["04.11.- 12.11.2021 г.", "Щафетни игри", "І - ІV клас", "Физкултурен салон", "Класни ръководители"],
    ];
    const [t] = tablesOf(rows);
    expect(roles(t)[4]).toBe("E:responsible");
  });
});

describe("a sub-heading naming the task only as its complement stays in its group", () => {
  it("reads `начало мероприятия` and `окончание мероприятия` under `Срок реализации` as the deadline", () => {
    const rows = [
      ["№", "Наименование мероприятия", "Срок реализации", null, "Ответственный исполнитель"],
      [null, null, "начало мероприятия", "окончание мероприятия", null],
      ["1", "Проведение мониторинга качества образования", "2015", "2020", "Отдел образования"],
      ["2", "Обновление материально-технической базы", "2016", "2018", "Отдел образования"],
      ["3", "Повышение квалификации педагогов", "2015", "2020", "Методический кабинет"],
    ];
    const merges = merged("A1:A2", "B1:B2", "C1:D1", "E1:E2");
    const [t] = tablesOf(rows, merges);
    expect(roles(t)).toEqual(["A:number", "B:activity", "C:deadline", "D:deadline", "E:responsible"]);
  });

  it("keeps a sub-heading that opens with the task the task's column", () => {
    const rows = [
      ["№", "Мероприятие", null, "Срок"],
      [null, "наименование мероприятия", "место проведения", null],
      ["1", "Проведение олимпиады по математике", "Школа № 1", "октябрь"],
      ["2", "Проведение конкурса чтецов", "Школа № 2", "ноябрь"],
      ["3", "Проведение смотра строя и песни", "Школа № 3", "февраль"],
    ];
    const [t] = tablesOf(rows, merged("A1:A2", "B1:C1", "D1:D2"));
    expect(roles(t).slice(0, 2)).toEqual(["A:number", "B:activity"]);
  });
});

describe("dates in the plural head the deadline", () => {
  it.each<[string, Role]>([
    ["Дати проведення, класи", "deadline"],
    ["Дати", "deadline"],
    ["Даты", "deadline"],
    ["Дати на провеждане", "deadline"],
  ])("%j is %s", (text, role) => expect(roleOfHeader(text)).toBe(role));
});

describe("joining words in a heading's complement do not hide the heading", () => {
  it("reads a header whose headings end in `for completion`, `for delivery`", () => {
    const rows = [
      ["Suggested time scale for completion", "Attendance profile", "What needs to be done", "Person responsible for delivery"],
      ["Day 1", "Any absence without reason", "First-day-of-absence contact", "Attendance Officer"],
      ["Day 3", "No response", "Letter from school to parent/carers", "Head of Year"],
      ["Day 6", "No response", "Parents invited to a school meeting", "Head of Year, Learning Mentor"],
    ];
    const [t] = tablesOf(rows);
    expect(roles(t)).toEqual(["A:deadline", "B:unknown", "C:activity", "D:responsible"]);
  });
});

describe("a form's number before a heading is no word of it", () => {
  it.each<[string, Role]>([
    ["2. Наименование показателя/задачи", "indicator"],
    ["4. Вес показателя", "weight"],
    ["3. Место проведения", "unknown"],
    ["4. Клас", "unknown"],
    ["2) Termin realizacji", "deadline"],
    ["4.Measures/\nInitiatives and Completion Date", "initiative"],
    ["Measures/Initiatives", "initiative"],
    ["Tematyka/cel", "activity"],
  ])("%j is %s", (text, role) => expect(roleOfHeader(text)).toBe(role));

  it("reads `6. Źródło` beside indicators as the source of their data", () => {
    const rows = [
      ["1. Wskaźnik", "2. Jednostka miary", "3. Wartość bazowa", "4. Wartość docelowa", "5. Źródło"],
      ["Liczba uczniów w klasach", "osoby", "120", "150", "SIO"],
      ["Udział nauczycieli dyplomowanych", "%", "40", "50", "SIO"],
      ["Liczba oddziałów przedszkolnych", "szt.", "4", "6", "GUS BDL"],
    ];
    const [t] = tablesOf(rows);
    expect(roles(t)).toEqual(["A:indicator", "B:unit", "C:baseline", "D:target", "E:monitoring"]);
  });
});

describe("a word cut short stands for its word, not for a word it resembles", () => {
  it.each<[string, Role]>([
    ["Chara. urocz.", "notes"],
    ["Odpow.", "responsible"],
    ["Термін викон.", "deadline"],
  ])("%j is %s", (text, role) => expect(roleOfHeader(text)).toBe(role));

  // A word cut short after more letters than a head word has is another, longer word: `Плани.` is
  // `Планируемые`, no `план`; a whole word with a full stop (`CELEBRATION.`) is no `cel`.
  it.each<[string, Role]>([
    ["Плани. внебю. источ.", "unknown"],
    ["2013 / Плани. внебю. источ.", "unknown"],
    ["CELEBRATION.", "unknown"],
    ["CELEB.", "unknown"],
  ])("%j is %s", (text, role) => expect(roleOfHeader(text)).toBe(role));

  it("takes `год.` with a full stop under a value for the year it was measured in", () => {
    expect(isYearWord("год.")).toBe(true);
    expect(isYearWord("рік.")).toBe(true);
  });
});
