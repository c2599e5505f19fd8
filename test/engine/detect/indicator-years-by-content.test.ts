import { type CellValue } from "../../../src/engine/grid";
import { roleOfHeader } from "../../../src/engine/detect/role-matcher";
import { merged, roles, tablesOf } from "./read-tables";

/**
 * A regional programme's indicator table: the 2018 actual, then the values set for each year under a
 * heading naming their change by year. A dash stands in the years no value is set for.
 */
const SUBPROGRAMME: CellValue[][] = [
  [
    "Номер строки",
    "Целевые показатели (индикаторы) подпрограммы",
    "Единица измерения целевого показателя (индикатора)",
    "Фактическое значение целевого показателя (индикатора) на момент разработки подпрограммы (2018 год)",
    "Изменение значения целевого показателя (индикатора) подпрограммы по годам (процентов)",
    "",
    "",
    "",
  ],
  ["", "", "", "", "2019 год", "2020 год", "2021 год", "2022 год"],
  ["18.", "Доля инвалидов, принятых на обучение по программам среднего профессионального образования", "процентов", "103", "105", "107", "-", "-"],
  ["19.", "Доля студентов из числа инвалидов, выбывших по причине академической неуспеваемости", "процентов", "7", "7", "7", "-", "-"],
  ["20.", "Доля инвалидов, трудоустроенных органами службы занятости", "процентов", "40", "42", "60", "30,7", "40"],
];

describe("years of an indicator table with its units and no money", () => {
  it("reads every year as the value set for it, a year of dashes and one decimal too, and the earlier actual as the baseline", () => {
    const [table] = tablesOf(SUBPROGRAMME, merged("A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:H1"));
    expect(roles(table)).toEqual(["A:number", "B:indicator", "C:unit", "D:baseline", "E:target", "F:target", "G:target", "H:target"]);
  });

  it("keeps the actual as it is when it was measured in one of the planned years", () => {
    const rows = SUBPROGRAMME.map((r, i) => (i === 0 ? r.map((c, j) => (j === 3 ? "Фактическое значение целевого показателя (2020 год)" : c)) : r));
    const [table] = tablesOf(rows, merged("A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:H1"));
    expect(roles(table)[3]).toBe("D:actual");
  });

  it("leaves years of amounts beside a money column alone", () => {
    const rows: CellValue[][] = [
      ["Показатель", "Единица измерения", "Источник финансирования", "2024 год", "2025 год"],
      ["Количество отремонтированных залов", "единиц", "областной бюджет", "1 200,5", "800,7"],
      ["Количество оснащённых кабинетов", "единиц", "местный бюджет", "350,5", "400,2"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)).not.toContain("D:target");
  });
});

describe("a heading whose later words reuse the head phrase's noun", () => {
  it.each<[string, string]>([
    ["Фактическое значение целевого показателя (индикатора) на момент разработки", "actual"],
    ["Значение целевого показателя реализации государственной программы", "target"],
  ])("%j is read by its opening words: %s", (heading, role) => {
    expect(roleOfHeader(heading)).toBe(role);
  });
});

describe("the source of an indicator's values", () => {
  it.each(["Источник значений показателей", "Джерело значень показників"])("%j names where the values come from, not money", (heading) => {
    expect(roleOfHeader(heading)).toBe("monitoring");
  });
});

describe("the tasks of a programme beside the indicators measuring them", () => {
  it("reads `Задачи подпрограммы` as the objective where the table gives no term or body", () => {
    const rows = SUBPROGRAMME.map((r, i) => (i === 0 ? ["Номер строки", "Задачи подпрограммы 2", ...r.slice(1)] : i === 1 ? ["", "", ...r.slice(1)] : [r[0], "Обеспечение доступности образования", ...r.slice(1)]));
    const [table] = tablesOf(rows, merged("A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:I1"));
    expect(roles(table).slice(0, 3)).toEqual(["A:number", "B:objective", "C:indicator"]);
  });

  it("keeps the tasks as tasks in a plan giving each a term", () => {
    const rows: CellValue[][] = [
      ["Задачи", "Показатель", "Единица измерения", "Срок"],
      ["Провести мониторинг качества образования", "Доля школ, прошедших мониторинг", "процентов", "2024"],
      ["Организовать курсы повышения квалификации", "Число обученных педагогов", "человек", "2025"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)[0]).toBe("A:activity");
  });
});

describe("a heading naming aims and the indicators under them", () => {
  it("types the column of indicators, each with its unit, as the indicator where no other column is", () => {
    const rows: CellValue[][] = [
      ["Номер строки", "Наименование цели (целей) и задач, целевых показателей", "Единица измерения", "Значение целевого показателя", "", ""],
      ["", "", "", "2023 год", "2024 год", "2025 год"],
      ["39-1.", "Количество театров, в которых созданы новые постановки", "единиц", "12", "12", "12"],
      ["39-2.", "Доля зданий учреждений культуры в удовлетворительном состоянии", "процентов", "82,5", "83,5", "84,0"],
    ];
    const [table] = tablesOf(rows, merged("A1:A2", "B1:B2", "C1:C2", "D1:F1"));
    expect(roles(table)).toEqual(["A:number", "B:indicator", "C:unit", "D:target", "E:target", "F:target"]);
  });
});
