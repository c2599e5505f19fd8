import { roleOfHeader } from "../../../src/engine/detect";
import { ROLE_MATCHER } from "../../../src/engine/detect/role-matcher";
import { type CellValue } from "../../../src/engine/grid";
import { roles, tablesOf } from "./read-tables";

/** Columns of codes and reference numbers: a reference, never the body responsible. */

describe("a column of codes with no heading", () => {
  it("is not taken for the responsible body", () => {
    const rows: CellValue[][] = [
      ["№", "", "Мероприятие", "Срок"],
      ["1", "КПМ-1", "Проведение мониторинга качества образования", "март 2024"],
      ["2", "КПМ-2", "Организация курсов повышения квалификации", "апрель 2024"],
      ["3", "ГП-3.1", "Обновление материально-технической базы", "май 2024"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:number", "B:unknown", "C:activity", "D:deadline"]);
  });
});

describe("a heading of a body over codes", () => {
  it("holds references, not bodies: the column is left unknown", () => {
    const rows: CellValue[][] = [
      ["Lp.", "Zadanie", "Termin", "Odpowiedzialny", "Osoba odpowiedzialna"],
      ["1", "Przegląd dokumentacji", "wrzesień 2024", "A1.2", "dyrektor"],
      ["2", "Ewaluacja wewnętrzna", "październik 2024", "B2.1", "wicedyrektor"],
      ["3", "Szkolenie rady pedagogicznej", "listopad 2024", "C3.4", "pedagog"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:number", "B:activity", "C:deadline", "D:unknown", "E:responsible"]);
    expect(table.columns[3].source).toBe("content");
  });

  it("keeps a numbered library branch (Ф.1, Ф.2) a body", () => {
    const rows: CellValue[][] = [
      ["Назва заходу", "Дата", "Відповідальний"],
      ["Патріотична година «За покликом серця»", "12.03.2026", "Ф.1"],
      ["Година мужності «Нескорені серця України»", "13.03.2026", "Ф.2"],
      ["Патріотична зустріч «Стійкість»", "14.03.2026", "Ф.3"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:activity", "B:deadline", "C:responsible"]);
  });
});

describe("a longer heading of no role outweighs the role word opening it", () => {
  it.each(["Target group", "Cost centre", "Budget code"])("%j names no role", (text) => {
    expect(roleOfHeader(text)).toBe("unknown");
    expect(ROLE_MATCHER.namesNoRole(text)).toBe(true);
  });

  it.each([
    ["Target", "target"],
    ["Cost", "budget"],
  ])("%j alone is still %s", (text, role) => {
    expect(roleOfHeader(text)).toBe(role);
  });
});
