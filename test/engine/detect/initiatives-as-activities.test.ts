import { type CellValue } from "../../../src/engine/grid";
import { roles, tablesOf } from "./read-tables";

describe("initiatives alone in a calendar plan", () => {
  it("are its activities when each has a month and a body and nothing they serve is named", () => {
    const rows: CellValue[][] = [
      ["МЕСЕЦ", "ИНИЦИАТИВИ", "ОТГОВОРНИК"],
      ["ОКТОМВРИ", "Подготовка на изложба от детски творби за Деня на народните будители", "Ръководство на ОДК"],
      ["НОЕМВРИ", "Концерти във всички групи към ОДК, посветени на Деня на народните будители", "Ръководство на ОДК"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:deadline", "B:activity", "C:responsible"]);
  });
});
