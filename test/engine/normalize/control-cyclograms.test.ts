import { cellAddress } from "../../../src/engine/plan";
import { merged, roles, tablesOf } from "../detect/read-tables";

const _ = null;

/**
 * A kindergarten's cyclogram of internal control: the object of control (`Харчоблок`) and its
 * number merged down over the checks made of it, each check with what is looked at and how often.
 */
const cyclogram = [
  ["Циклограма внутрішнього контролю на 2025/2026 н.р."],
  ["№", "Об'єкт контролю", "Показники контролю", "Періодичність контролю", "Відповідальний"],
  ["1.", "Харчоблок", "Санітарний стан приміщень", "1 раз на тиждень", "Директор"],
  [_, _, "Дотримання норм харчування", "1 раз на місяць", "Сестра медична"],
  [_, _, "Стан обладнання", "1 раз на квартал", "Завгосп"],
  ["2.", "Ігрові кімнати", "Температурний режим", "щомісяця", "Директор"],
  [_, _, "Маркування меблів", "2 рази на рік", "Вихователь-методист"],
  ["3.", "Спортивна зала", "Наявність захисних матів", "двічі на рік", "Директор"],
];
const merges = merged("A1:E1", "A3:A5", "B3:B5", "A6:A7", "B6:B7");

describe("a cyclogram whose object of control is merged down over its checks", () => {
  it("reads each check with its own frequency as a task of its own under the object", () => {
    const [t] = tablesOf(cyclogram, merges);
    expect(roles(t)).toEqual(["A:number", "B:activity", "C:indicator", "D:deadline", "E:responsible"]);
    expect(t.rows.map((r) => r.row)).toEqual([3, 4, 5, 6, 7, 8]);
    const term = t.columns.find((c) => c.role === "deadline")!;
    expect(t.rows.map((r) => r.cells[term.key])).toEqual(["1 раз на тиждень", "1 раз на місяць", "1 раз на квартал", "щомісяця", "2 рази на рік", "двічі на рік"]);
    // The object is the merged cell over its checks, read where it is written.
    const object = t.columns.find((c) => c.role === "activity")!;
    expect(t.rows.map((r) => cellAddress(r, object))).toEqual(["B3", "B3", "B3", "B6", "B6", "B8"]);
  });

  it("keeps a row with the first row's frequency as a further line of the same check", () => {
    const rows = cyclogram.map((r) => [...r]);
    rows[3] = [_, _, "та підсобних приміщень", "1 раз на тиждень", _];
    const [t] = tablesOf(rows, merges);
    const first = t.rows.find((r) => r.row === 3)!;
    expect(first.sourceRows).toEqual([3, 4]);
  });

  it("keeps an event merged down over its dates as one task: a date is no frequency", () => {
    const [t] = tablesOf(
      [
        ["№", "Захід", "Дата", "Відповідальний"],
        ["1.", "Тиждень безпеки дорожнього руху", "15.09.2025", "Класні керівники"],
        [_, _, "22.09.2025", "Педагог-організатор"],
        ["2.", "Педагогічна рада", "30.10.2025", "Директор"],
        ["3.", "Батьківські збори", "20.11.2025", "Класні керівники"],
      ],
      merged("A2:A3", "B2:B3"),
    );
    expect(t.rows.map((r) => r.row)).toEqual([2, 4, 5]);
  });
});
