import { opensWithNumber, parseNumbering, type Numbering } from "../../src/engine/numbering";

describe("numbering parser", () => {
  it.each<[string | number, Numbering]>([
    ["1.", { text: "1.", path: [1], style: "decimal" }],
    ["1. ", { text: "1.", path: [1], style: "decimal" }],
    ["5.1.", { text: "5.1.", path: [5, 1], style: "decimal" }],
    ["5.1", { text: "5.1", path: [5, 1], style: "decimal" }],
    ["10.4.", { text: "10.4.", path: [10, 4], style: "decimal" }],
    ["1.2.3.", { text: "1.2.3.", path: [1, 2, 3], style: "decimal" }],
    ["12", { text: "12", path: [12], style: "decimal" }],
    [3, { text: "3", path: [3], style: "decimal" }],
    [5.1, { text: "5.1", path: [5, 1], style: "decimal" }],
    ["I.", { text: "I.", path: [1], style: "roman" }],
    ["IV.", { text: "IV.", path: [4], style: "roman" }],
    ["XII.", { text: "XII.", path: [12], style: "roman" }],
    ["ІІ.", { text: "ІІ.", path: [2], style: "roman" }], // Cyrillic І, as Ukrainian documents type it
    ["1)", { text: "1)", path: [1], style: "parenthesis" }],
    ["а)", { text: "а)", path: [1], style: "letter" }],
    ["в)", { text: "в)", path: [3], style: "letter" }],
    ["b)", { text: "b)", path: [2], style: "letter" }],
    ["Б)", { text: "Б)", path: [2], style: "letter" }],
    // Number and text in one cell, as some Kyustendil rows were pasted
    ["6.3. Формиране на база-данни за специалистите", { text: "6.3.", path: [6, 3], style: "decimal" }],
    ["1. Провеждане на разяснителни кампании", { text: "1.", path: [1], style: "decimal" }],
    ["5.1 Организиране на консултации", { text: "5.1", path: [5, 1], style: "decimal" }],
    ["IV. Организационни мероприятия", { text: "IV.", path: [4], style: "roman" }],
    ["3 Marketing plan", { text: "3", path: [3], style: "decimal" }],
    ["4 клас", { text: "4", path: [4], style: "decimal" }],
  ])("%j is %j", (cell, numbering) => {
    expect(parseNumbering(cell)).toEqual(numbering);
    expect(opensWithNumber(cell)).toBe(true);
  });

  it.each<[string | number | null]>([
    [""],
    [null],
    ["№"],
    ["Стратегическа цел №1."],
    ["01.06.2019 г."], // a date
    ["05.12. 2023 r.- konsultacje indywidualne"], // a date, its year after a space
    ["2019 година"], // a year
    ["2019/2020"],
    ["1-2"],
    ["1,5"],
    ["1.5-2"],
    ["0."],
    [0],
    [-1],
    ["IIII."],
    ["VX."],
    ["учениците със специални образователни потребности;"],
    ["5ти клас"],
    ["17 септември\nДен на София"], // a day and its month
    ["5 May 2024"],
    ["12 березня"],
    ["3 marca 2025 r."],
    ["1 мая"],
  ])("%j is not numbering", (cell) => {
    expect(parseNumbering(cell)).toBeNull();
    expect(opensWithNumber(cell)).toBe(false);
  });
});

describe("numbering depth", () => {
  it("reads eight levels but takes a longer chain of parts for text, not a task number", () => {
    expect(parseNumbering("1.2.3.4.5.6.7.8. Задача")?.path).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseNumbering("1.2.3.4.5.6.7.8.9. Задача")).toBeNull();
    expect(parseNumbering("1.".repeat(16383))).toBeNull();
  });
});
