import { type CellValue } from "../../../src/engine/grid";
import { merged, roles, tablesOf } from "./read-tables";

/** Columns headed by years in an indicator table: each year's value planned, the base year's measured. */

describe("years under a heading naming the indicator's planned values", () => {
  it("types each year as a target and the base year as the baseline", () => {
    const rows: CellValue[][] = [
      ["N", "Наименование мероприятия", "Наименование показателя, единица измерения", "Базисный год", "Значение планового показателя по годам реализации", "", ""],
      ["", "", "", "", "2015 год", "2016 год", "2017 год"],
      ["1", "Развитие дошкольного образования", "Доля детей, охваченных дошкольным образованием, %", "95", "96", "97", "98"],
      ["2", "Развитие общего образования", "Доля выпускников, получивших аттестат, %", "98", "98", "99", "99"],
    ];
    const [table] = tablesOf(rows, merged("A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1"));
    expect(roles(table)).toEqual(["A:number", "B:activity", "C:indicator", "D:baseline", "E:target", "F:target", "G:target"]);
  });
});

describe("years heading columns of their own in an indicator table", () => {
  it.each<[string, string[]]>([
    ["ru", ["Показатель", "Ед. изм.", "2024 г.", "2025 г.", "2026 г."]],
    ["uk", ["Показник", "Одиниця виміру", "2024 р.", "2025 р.", "2026 р."]],
    ["pl", ["Wskaźnik", "Jednostka miary", "2024 r.", "2025 r.", "2026 r."]],
    ["bg", ["Индикатор", "Мерна единица", "2024 г.", "2025 г.", "2026 г."]],
    ["en", ["Indicator", "Unit", "2024", "2025", "2026"]],
  ])("%s: the years are targets", (_lang, header) => {
    const rows: CellValue[][] = [header, ["Share of pupils reading at grade level", "%", "80", "82", "85"], ["Teachers trained in digital skills", "persons", "40", "60", "80"]];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:indicator", "B:unit", "C:target", "D:target", "E:target"]);
  });

  it("leaves years beside a target column of their own alone: they are actuals by year", () => {
    const rows: CellValue[][] = [
      ["Показатель", "Ед. изм.", "Целевое значение", "2023", "2024"],
      ["Доля выпускников, получивших аттестат", "%", "98", "95", "96"],
      ["Доля детей в кружках", "%", "80", "71", "75"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:indicator", "B:unit", "C:target", "D:unknown", "E:unknown"]);
  });

  it("leaves years beside money alone: they may be amounts", () => {
    const rows: CellValue[][] = [
      ["Мероприятие", "Показатель", "Источник финансирования", "2024", "2025"],
      ["Ремонт спортивного зала", "Количество залов", "областной бюджет", "1 200,0", "800,0"],
      ["Оснащение кабинетов", "Количество кабинетов", "местный бюджет", "350,5", "400,0"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table).slice(3)).not.toContain("D:target");
    expect(roles(table)).not.toContain("E:target");
  });
});

describe("the year of a base value", () => {
  it("is no value of its own: `год` under `Базовое значение` stays unknown", () => {
    const rows: CellValue[][] = [
      ["N п/п", "Наименование показателя", "Единица измерения", "Базовое значение", "", "Значение показателя по годам", ""],
      ["", "", "", "значение", "год", "2024", "2025"],
      ["1", "Доля детей, охваченных дошкольным образованием", "Процент", "98,88", "2022", "100", "100"],
      ["2", "Доля обучающихся во вторую смену", "Процент", "15", "2022", "14", "13"],
    ];
    const [table] = tablesOf(rows, merged("A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1"));
    expect(roles(table)).toEqual(["A:number", "B:indicator", "C:unit", "D:baseline", "E:unknown", "F:target", "G:target"]);
  });
});
