import { parseMeasure, parseNumber, parsePolarity, parseWeight } from "../../../src/engine/scorecard/measure";
import { bulletItems } from "../../../src/engine/scorecard/bullets";
import { fillDown, groupKey } from "../../../src/engine/scorecard/groups";

describe("measured values written in cells", () => {
  it.each([
    ["85", 85],
    ["85%", 0.85],
    ["85 %", 0.85],
    ["0,85", 0.85],
    ["0.85", 0.85],
    ["1 234,5", 1234.5],
    ["1\u00a0234", 1234],
    ["1,234.5", 1234.5],
    ["-3", -3],
    ["  12  ", 12],
  ])("%p is the number %p", (text, expected) => {
    expect(parseNumber(text)).toBeCloseTo(expected, 10);
  });

  it.each(["Брой", "Лева", "12 лв.", "8 planów", "1.234,5", "", "%"])("%p is not a number", (text) => {
    expect(parseNumber(text)).toBeNull();
  });

  it.each([
    ["Висока", 3],
    ["wysoka", 3],
    ["высокий", 3],
    ["висока", 3],
    ["high", 3],
    ["Средна", 2],
    ["średni", 2],
    ["низкий", 1],
    ["Low", 1],
  ])("the level %p counts as %p on the low-medium-high scale", (text, expected) => {
    expect(parseMeasure(text)).toBe(expected);
  });

  it("reads a blank cell as not measured and other text as a value error", () => {
    expect(parseMeasure("   ")).toBeNull();
    expect(parseMeasure("Брой")).toEqual({ error: "value" });
    expect(parseMeasure("Брой\n%\n%\nВисока")).toEqual({ error: "value" });
  });

  it("reads weights as numbers only", () => {
    expect(parseWeight("40%")).toBeCloseTo(0.4, 10);
    expect(parseWeight("")).toBeNull();
    expect(parseWeight("Висока")).toEqual({ error: "value" });
  });

  it("knows the two polarity codes, in any case", () => {
    expect(parsePolarity(" Lower ")).toBe("lower");
    expect(parsePolarity("higher")).toBe("higher");
    expect(parsePolarity("по-ниско")).toBeNull();
  });
});

describe("bulleted cells", () => {
  it("gives one item per bullet of a pasted Word list", () => {
    expect(
      bulletItems(
        "▪ Брой внедрени информационни системи и технологии\n▪ Размер на инвестиции/капиталови\n▪ Брой споразумения за партньорство",
      ),
    ).toEqual([
      "Брой внедрени информационни системи и технологии",
      "Размер на инвестиции/капиталови",
      "Брой споразумения за партньорство",
    ]);
  });

  it("joins a wrapped line to its item and keeps a cell without bullets whole", () => {
    expect(bulletItems("▪ Обхват на служителите\nсъс стратегически професии\n▪ Степен на удовлетвореност")).toEqual([
      "Обхват на служителите със стратегически професии",
      "Степен на удовлетвореност",
    ]);
    expect(bulletItems("Относителен дял на обхванатите\nв образователната система")).toEqual([
      "Относителен дял на обхванатите в образователната система",
    ]);
  });

  it("drops the label of a list but keeps nested items", () => {
    expect(bulletItems("Ключов процес:\n▪ Управление на риска\n  ○ Оценка на индивидуалните потребности")).toEqual([
      "Управление на риска",
      "Оценка на индивидуалните потребности",
    ]);
  });
});

describe("groups", () => {
  it("compare without case, surrounding spaces or line breaks", () => {
    expect(groupKey("  КАЧЕСТВО И\nРЕЗУЛТАТИ ")).toBe(groupKey("качество и резултати"));
  });

  it("apply to the rows below until the next one", () => {
    expect(fillDown(["", "A", "", " ", "B", ""])).toEqual(["", "A", "A", "A", "B", "B"]);
  });
});
