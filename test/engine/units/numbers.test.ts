import { readNumber } from "../../../src/engine/units";

describe("readNumber reads numbers as officials write them", () => {
  it.each([
    ["8", 8],
    ["1 500", 1500],
    ["1\u00a0500", 1500],
    ["1\u202f500", 1500],
    ["12 500 000", 12500000],
    ["1 500,50", 1500.5],
    ["1500,50", 1500.5],
    ["1500.5", 1500.5],
    ["1.500.000", 1500000],
    ["1,500,000", 1500000],
    ["1.500,50", 1500.5],
    ["1,500.50", 1500.5],
    ["1,5", 1.5],
    ["-3", -3],
    ["−3", -3],
    ["+4", 4],
  ] as [string, number][])("%j -> %d", (text, value) => {
    expect(readNumber(text)?.value).toBe(value);
  });

  it("stops where the number ends", () => {
    expect(readNumber("10 2019")).toEqual({ value: 10, end: 2 });
    expect(readNumber("8 planów")).toEqual({ value: 8, end: 1 });
    expect(readNumber("10\ndiagnoz")).toEqual({ value: 10, end: 2 });
    expect(readNumber("1.")).toEqual({ value: 1, end: 1 });
  });

  it.each(["01.06.2019", "1.50.0", "abc", "- 3", ""])("finds no number in %j", (text) => {
    expect(readNumber(text)).toBeNull();
  });
});
