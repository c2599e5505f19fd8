import { cellText } from "../../src/engine/grid";

/**
 * A cell is read as a person reads it: without the spaces and line ends around its text, whatever
 * kind they are (a no-break space pasted from Word, an ideographic space, a byte order mark).
 */
describe("a cell's text", () => {
  it("drops every kind of space String.prototype.trim drops, at either end, and nothing else", () => {
    const misread: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`${ch}План`, `План${ch}`, `${ch}7${ch}`, ch]) {
        if (cellText(text) !== text.trim()) misread.push(JSON.stringify(text));
      }
    }
    expect(misread).toEqual([]);
  });

  it("keeps a text with nothing around it as written, inner spaces and line breaks included", () => {
    expect(cellText("до 15.09.2024")).toBe("до 15.09.2024");
    expect(cellText("Директор,\nзаместник")).toBe("Директор,\nзаместник");
    expect(cellText("\u00a0 постоянно \n")).toBe("постоянно");
  });

  it("reads numbers and booleans in their plain form and an empty cell as nothing", () => {
    expect(cellText(2024)).toBe("2024");
    expect(cellText(true)).toBe("true");
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText("")).toBe("");
  });

  it("reads every number as JavaScript writes it, read once or many times, whole or not, large or negative", () => {
    for (const n of [0, -0, 1, 7, 9999, 10000, 123456, 2.5, 0.1, -3, -1, 1e21, 1e-7, NaN, Infinity]) {
      expect(cellText(n)).toBe(String(n));
      expect(cellText(n)).toBe(String(n));
    }
  });
});
