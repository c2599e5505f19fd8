import { roleOfHeader } from "../../../src/engine/detect";
import { ROLE_MATCHER } from "../../../src/engine/detect/role-matcher";
import { type CellValue } from "../../../src/engine/grid";
import type { Role } from "../../../src/engine/roles";
import { roles, tablesOf } from "./read-tables";

/** Headings real plans use for each role, in every language the role is written in. */

describe("the base year heads the baseline", () => {
  it.each<[string, Role]>([
    ["Базисный год", "baseline"],
    ["Базовий рік", "baseline"],
    ["Rok bazowy", "baseline"],
    ["Базова година", "baseline"],
    ["Base year", "baseline"],
  ])("%j is %s", (text, role) => expect(roleOfHeader(text)).toBe(role));
});

describe("planned and forecast values head the target", () => {
  it.each<[string, Role]>([
    ["Значение планового показателя", "target"],
    ["Прогнозное значение", "target"],
    ["Значення планового показника", "target"],
    ["Прогнозне значення", "target"],
    ["Plan na 2025", "target"],
    ["Wartość prognozowana", "target"],
    ["План за 2025 г.", "target"],
    ["Прогноза", "target"],
    ["Forecast value", "target"],
    ["Projected value", "target"],
  ])("%j is %s", (text, role) => expect(roleOfHeader(text)).toBe(role));
});

describe("start and end dates head the deadline", () => {
  it.each<[string, Role]>([
    ["Дата начала", "deadline"],
    ["Дата окончания", "deadline"],
    ["Дата початку", "deadline"],
    ["Дата завершення", "deadline"],
    ["Data rozpoczęcia", "deadline"],
    ["Data zakończenia", "deadline"],
    ["Начална дата", "deadline"],
    ["Крайна дата", "deadline"],
    ["Start date", "deadline"],
    ["Scheduled Finish", "deadline"],
    ["Revised Finish", "deadline"],
  ])("%j is %s", (text, role) => expect(roleOfHeader(text)).toBe(role));

  it.each(["Start:", "End:", "Начало:", "Koniec:", "Край:"])("%j alone, a label in a cell, heads nothing", (text) => {
    expect(roleOfHeader(text)).toBe("unknown");
  });
});

describe("forms and methods head the method", () => {
  it.each<[string, Role]>([
    ["Форма работы", "method"],
    ["Формы", "method"],
    ["Форма роботи", "method"],
    ["Metody i narzędzia zbierania danych, dowody", "method"],
    ["Представяне", "method"],
    ["Implementation", "method"],
    ["Format", "method"],
  ])("%j is %s", (text, role) => expect(roleOfHeader(text)).toBe(role));

  it("keeps an implementation date a deadline", () => {
    expect(roleOfHeader("Implementation date")).toBe("deadline");
  });
});

describe("a project planner's columns", () => {
  it.each<[string, Role]>([
    ["Resource Names", "responsible"],
    ["Assigned to", "responsible"],
    ["% Complete", "actual"],
  ])("%j is %s", (text, role) => expect(roleOfHeader(text)).toBe(role));
});

describe("what an indicator or a task is, not the thing itself", () => {
  it.each(["Уровень показателя", "Рівень показника", "Poziom wskaźnika", "Ниво на индикатора", "Level of indicator", "Тип показателя", "Количество участников мероприятия", "Liczba dni zadania", "Priority of Initiative", "7.Priority of Initiative"])(
    "%j names what its column holds but no role",
    (text) => {
      expect(roleOfHeader(text)).toBe("unknown");
      expect(ROLE_MATCHER.namesNoRole(text)).toBe(true);
    },
  );
});

describe("codes and reference numbers", () => {
  it.each(["Code", "Код", "Kod", "Шифр", "Шифър"])("%j names no role", (text) => {
    expect(roleOfHeader(text)).toBe("unknown");
    expect(ROLE_MATCHER.namesNoRole(text)).toBe(true);
  });

  it("are never the responsible body, though their letters look like one's initials", () => {
    const rows: CellValue[][] = [
      ["ID", "Code", "Name", "Start date", "Finish date", "Resource Names"],
      ["1", "PINV", "Identify and revise programs", "Jul 3 1995", "Aug 11 1995", "Jackson, Lewis"],
      ["2", "PINV", "Finalize list of programs", "Aug 15 1995", "Aug 18 1995", "Jackson"],
      ["3", "PEVAL", "Notify program managers that evaluation begins", "Jul 3 1995", "Jul 28 1995", "Lewis"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:number", "B:unknown", "C:activity", "D:deadline", "E:deadline", "F:responsible"]);
  });
});

describe("quarters and weeks head the deadline", () => {
  it.each<[string, Role]>([
    ["Квартал", "deadline"],
    ["Kwartał", "deadline"],
    ["Тримесечие", "deadline"],
    ["Quarter", "deadline"],
    ["Week commencing", "deadline"],
  ])("%j is %s", (text, role) => expect(roleOfHeader(text)).toBe(role));
});

describe("how the work is checked, what it changes, who supports it", () => {
  it.each<[string, Role]>([
    ["Sposób ewaluacji", "monitoring"],
    ["RAG status", "monitoring"],
    ["Intended impact", "result"],
    ["Success measures", "indicator"],
    ["Supported by", "partners"],
  ])("%j is %s", (text, role) => expect(roleOfHeader(text)).toBe(role));
});

describe("a word of another role opening a longer heading", () => {
  it.each<[string, Role]>([
    ["Complete by", "deadline"],
    ["To be completed by", "deadline"],
    ["Implementation timescale", "deadline"],
    ["Implementation lead", "responsible"],
    ["Implementation status", "actual"],
    ["Priority area", "perspective"],
    ["Priority actions", "activity"],
    ["Priority", "unknown"],
    ["Planned date", "deadline"],
    ["Forecast cost", "budget"],
  ])("%j is %s", (text, role) => expect(roleOfHeader(text)).toBe(role));
});
