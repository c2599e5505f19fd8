import { checkSheet } from "../../src/engine/check";
import { gridFromRows } from "../../src/engine/grid";
import { createMemoryExcel } from "../../src/memory-host";
import { createExcelService } from "../../src/taskpane/service";

/**
 * The period the pane shows beside the plan table is the one the check reads the deadlines in: a
 * school-year plan whose rows open with the August teachers' council is checked from 1 August, and
 * the pane must not say 1 September.
 */
describe("the plan period shown in the pane", () => {
  const grid = gridFromRows("План", [
    ["План роботи методичного об'єднання на 2017/2018 навчальний рік"],
    [],
    ["№", "Зміст роботи", "Термін", "Відповідальні"],
    ["1.", "Серпнева нарада педагогічних працівників", "серпень", "Директор"],
    ["2.", "Шкільний етап олімпіад", "жовтень", "Керівник МО"],
    ["3.", "Підсумки І семестру", "грудень", "Заступник директора"],
  ]);

  it("is the period the check uses, opened on 1 August when the plan's rows begin with August", async () => {
    const host = createMemoryExcel({ sheets: [grid] });
    const detected = await createExcelService(host.Excel, "uk").detect();
    const checked = checkSheet(grid);
    expect(detected.table?.period).toMatchObject({ start: "2017-08-01", end: "2018-08-31" });
    expect(detected.table?.period).toEqual(checked[0].period);
  });
});
