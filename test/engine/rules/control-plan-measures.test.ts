import { gapNoMeasure } from "../../../src/engine/rules/gap-no-measure";
import { context } from "./helpers";
import { makeTable } from "./make-table";

/** What a director checks in a kindergarten, and how often: points of control, not results to reach. */
const checks = [
  ["1.", "Харчоблок", "Санітарний стан приміщень", "1 раз на тиждень", "Директор"],
  ["2.", "Харчоблок", "Дотримання норм харчування", "1 раз на місяць", "Сестра медична"],
  ["3.", "Ігрові кімнати", "Температурний режим", "щомісяця", "Директор"],
];

describe("indicators of a control plan whose terms are how often each check is done", () => {
  it("asks none of them for a unit or a target under a frequency heading", () => {
    const table = makeTable({
      columns: ["number", "activity", "indicator", { role: "deadline", header: "Періодичність контролю" }, "responsible"],
      rows: checks,
    });
    expect(gapNoMeasure.run(table, context())).toEqual([]);
  });

  it("asks none of them where nearly every term recurs, whatever the heading", () => {
    const table = makeTable({ columns: ["number", "activity", "indicator", { role: "deadline", header: "Термін" }, "responsible"], rows: checks });
    expect(gapNoMeasure.run(table, context())).toEqual([]);
  });

  it("still asks for a measure where the table has a target column left empty", () => {
    const table = makeTable({
      columns: ["number", "activity", "indicator", { role: "deadline", header: "Періодичність контролю" }, "responsible", "target"],
      rows: checks.map((r) => [...r, null]),
    });
    expect(gapNoMeasure.run(table, context()).map((f) => f.code)).toEqual(["gap.no-measure", "gap.no-measure", "gap.no-measure"]);
  });

  it("still asks for a measure in a plan whose terms are dates", () => {
    const table = makeTable({
      columns: ["number", "activity", "indicator", { role: "deadline", header: "Термін" }, "responsible"],
      rows: [
        ["1.", "Підвищення кваліфікації педагогів", "Підвищена кваліфікація", "вересень 2025", "Директор"],
        ["2.", "Оновлення сайту закладу", "Оновлений сайт", "жовтень 2025", "Заступник директора"],
      ],
    });
    expect(gapNoMeasure.run(table, context())).toHaveLength(2);
  });
});
