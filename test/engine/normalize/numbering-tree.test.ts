import { parseNumbering } from "../../../src/engine/numbering";
import { NumberingTree } from "../../../src/engine/normalize/numbering-tree";

function levels(numbers: (string | null)[], restartBefore: number[] = []): number[] {
  const tree = new NumberingTree();
  return numbers.map((n, i) => {
    if (restartBefore.includes(i)) tree.restart();
    return tree.levelOf(n === null ? null : parseNumbering(n));
  });
}

describe("numbering tree levels", () => {
  it("gives decimal numbers one level per part (Kyustendil goal 1)", () => {
    expect(levels(["1.", "2.", "2.", "5.", "5.1.", "5.2.", "6.", "10.2.", "10.4.", "11."])).toEqual([1, 1, 1, 1, 2, 2, 1, 2, 2, 1]);
  });

  it("puts a row without a number at level 1", () => {
    expect(levels([null, "1.", null])).toEqual([1, 1, 1]);
  });

  it("nests kinds of numbering in the order the plan opens them", () => {
    expect(levels(["I.", "1.", "1.1.", "а)", "б)", "1.2.", "2.", "II.", "1."])).toEqual([1, 2, 3, 4, 4, 3, 2, 1, 2]);
  });

  it("nests list items under the decimal row above them", () => {
    expect(levels(["1.", "1)", "2)", "2.", "2.1.", "а)"])).toEqual([1, 2, 2, 1, 2, 3]);
  });

  it("starts afresh under a new section", () => {
    expect(levels(["I.", "1.", "1.", "1.1."], [2])).toEqual([1, 2, 1, 2]);
  });
});
