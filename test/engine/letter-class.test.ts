import { asInCapitals, hasTwoCapitals, isSpaceCode, isUpperAt, letterAt, letterBefore, letterOrMarkAt, lowerLetters, someCapitalsRun } from "../../src/engine/letter-class";

/** Every code unit on its own, and characters written as a surrogate pair (`𝐀`, `𝐚`, `𝟏`). */
const SAMPLES: string[] = [...Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)), "𝐀", "𝐚", "𝟏", "𝔸", "😀", "𐐀", "𐐨"];

describe("the glossary reads each character as Unicode's letter classes do", () => {
  it("tells letters, marks, capitals and small letters apart as \\p{L}, \\p{M}, \\p{Lu} and \\p{Ll} do, a surrogate pair as one character", () => {
    const wrong: string[] = [];
    for (const ch of SAMPLES) {
      const letter = /^\p{L}$/u.test(ch) ? ch.length : 0;
      if (letterAt(ch, 0) !== letter) wrong.push(`letter ${escape(ch)}`);
      if (letterOrMarkAt(ch, 0) !== (/^[\p{L}\p{M}]$/u.test(ch) ? ch.length : 0)) wrong.push(`letter or mark ${escape(ch)}`);
      if (isUpperAt(ch, 0) !== /^\p{Lu}/u.test(ch)) wrong.push(`capital ${escape(ch)}`);
      const twice = ch + ch;
      const small = /^\p{Ll}+$/u.test(twice) ? 2 : -1;
      if (lowerLetters(twice, 0, twice.length) !== small) wrong.push(`small ${escape(ch)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("finds two capitals side by side as /\\p{Lu}{2}/u does", () => {
    const wrong = SAMPLES.filter((ch) => hasTwoCapitals(`a${ch}${ch}b`) !== /\p{Lu}{2}/u.test(`a${ch}${ch}b`));
    expect(wrong.map(escape)).toEqual([]);
    expect(hasTwoCapitals("Управление МОН")).toBe(true);
    expect(hasTwoCapitals("Управление Мон")).toBe(false);
  });

  it("knows a text written in capitals as toUpperCase does, a letter that upper-cases into two (ß) included", () => {
    const wrong = SAMPLES.filter((ch) => asInCapitals(`A${ch}`) !== (`A${ch}` === `A${ch}`.toUpperCase()));
    expect(wrong.map(escape)).toEqual([]);
    expect(asInCapitals("ДИРЕКТОР НА УЧИЛИЩЕТО")).toBe(true);
    expect(asInCapitals("STRASSE")).toBe(true);
    expect(asInCapitals("STRAßE")).toBe(false);
    expect(asInCapitals("Директор, ДИРЕКТОР", 10, 18)).toBe(true);
  });

  it("finds the runs of capitals no letter or digit follows, as /\\p{Lu}{2,}(?![\\p{L}\\p{N}])/gu does", () => {
    const texts = ["РУО – Кюстендил, ЦПЛР – ОДК", "МОН2", "ОБСНВи", "PMC)", "A𝐀𝐁 B", "ЦСРИ", "У Ч", "ИМЦ-у"];
    for (const text of texts) {
      const runs: string[] = [];
      someCapitalsRun(text, (start, end) => {
        runs.push(text.slice(start, end));
        return false;
      });
      expect(runs).toEqual([...text.matchAll(/\p{Lu}{2,}(?![\p{L}\p{N}])/gu)].map((m) => m[0]));
    }
  });

  it("knows white space as \\s does, and the letter a name ends with before an abbreviation", () => {
    const wrong = SAMPLES.filter((ch) => ch.length === 1 && isSpaceCode(ch.charCodeAt(0)) !== /\s/.test(ch));
    expect(wrong.map(escape)).toEqual([]);
    expect(letterBefore("Committee (PMC", 9)).toBe(true);
    expect(letterBefore("училища, РЗИ", 8)).toBe(false);
    expect(letterBefore("Aa 𝐀", 5)).toBe(true);
    expect(letterBefore("😀", 2)).toBe(false);
    expect(letterBefore("", 0)).toBe(false);
  });

  it("stops at the first run the caller is looking for", () => {
    const seen: string[] = [];
    expect(someCapitalsRun("РУО, МОН, РЗИ", (start, end) => seen.push("x") > 0 && "РУО, МОН, РЗИ".slice(start, end) === "МОН")).toBe(true);
    expect(seen).toHaveLength(2);
  });
});

function escape(ch: string): string {
  return [...ch].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(" ");
}
