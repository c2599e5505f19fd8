import { gapNoDeadline } from "../../../src/engine/rules/gap-no-deadline";
import { context } from "./helpers";
import { makeTable } from "./make-table";

/** A sports calendar whose month column numbers months in Roman numerals, as Bulgarian and Polish schools write them. */
function calendar(month: string) {
  return makeTable({
    columns: ["number", "activity", "deadline", "responsible"],
    rows: [
      ["1", "Вътрешно училищен турнир по футбол V – VIII клас", month, "Цветанов"],
      ["2", "Общинско първенство по футбол", "ХI", "Цветанов"],
      ["3", "Училищен турнир по народна топка", "I", "Карагутов"],
    ],
  });
}

describe("a task whose month is the Roman ten", () => {
  it.each([["Х"], ["X"], [" X "]])("%j (October) is a deadline, not a gap", (month) => {
    expect(gapNoDeadline.run(calendar(month), context()).map((f) => f.code)).toEqual([]);
  });

  it.each([["х"], ["x"], ["-"]])("the filler %j is still no deadline", (filler) => {
    expect(gapNoDeadline.run(calendar(filler), context()).map((f) => `${f.cell} ${f.code}`)).toEqual(["C2 gap.no-deadline"]);
  });
});
