import { detectPlanTables } from "../../src/engine/plan-tables";
import { gridFromRows, type CellValue } from "../../src/engine/grid";

function columns(rows: CellValue[][]): string[][] {
  return detectPlanTables(gridFromRows("График", rows)).map((t) => t.columns.map((c) => `${c.column}:${c.role}`));
}

const byClass = (heading: CellValue[]): CellValue[][] => [
  ["График за приключване на учебната година"],
  [],
  heading,
  ["ІІ клас", "31.05.2021 г.", "24.06.2021 г."],
  ["ІІІ клас", "31.05.2021 г.", "24.06.2021 г."],
  ["ІV клас", "15.06.2021 г.", "02.07.2021 г."],
  ["V клас", "15.06.2021 г.", "02.07.2021 г."],
];

describe("a header-less list whose headings a form numbers", () => {
  it("reads the headings numbered 1., 2., 3. as the list's header, as it reads them unnumbered", () => {
    const plain = columns(byClass(["Клас", "Връщане на учебници", "Връчване на удостоверения"]));
    expect(plain).toEqual([["A:unknown", "B:deadline", "C:deadline"]]);
    expect(columns(byClass(["1. Клас", "2. Връщане на учебници", "3. Връчване на удостоверения"]))).toEqual(plain);
  });

  it("takes a first row opening with a task's number for data, not for headings", () => {
    const found = detectPlanTables(
      gridFromRows("План", [
        ["1.", "Нарада з класними керівниками", "вересень 2024"],
        ["2.", "Засідання методичного об'єднання", "жовтень 2024"],
        ["3.", "Батьківські збори в усіх класах", "листопад 2024"],
      ]),
    );
    expect(found.map((t) => t.headerRows)).toEqual([[]]);
    expect(found[0].rows).toHaveLength(3);
  });
});
