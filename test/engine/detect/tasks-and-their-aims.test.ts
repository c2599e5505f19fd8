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

describe("an outcome written before the activities", () => {
  it("is what they aim at, their indicators further right", () => {
    const rows: CellValue[][] = [
      ["Outcome 2021-22", "Activities/Strategies", "When", "Who", "Key Performance Indicators"],
      ["To appoint and induct a new Chair of Governors", "Training programme in place for new Chair", "From Autumn", "Headteacher", "New chair in place"],
      ["A governor training programme meets the DfE competency framework", "Agree and approve the updated improvement plan", "Spring term", "Clerk", "Training programme agreed and implemented"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:objective", "B:activity", "C:deadline", "D:responsible", "E:indicator"]);
  });

  it("stays a result where it follows the activity", () => {
    const rows: CellValue[][] = [
      ["Activities", "Expected outcome", "When", "Who", "Key Performance Indicators"],
      ["Training programme in place for new Chair", "New chair inducted", "From Autumn", "Headteacher", "New chair in place"],
      ["Agree and approve the updated improvement plan", "Plan approved", "Spring term", "Clerk", "Plan agreed and implemented"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)[1]).toBe("B:result");
  });
});
