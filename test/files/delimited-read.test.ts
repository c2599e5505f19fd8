import { readDelimited } from "../../src/files/delimited-read";
import { decodeText } from "../../src/files/text-encoding";

/** Bytes of text in a single-byte code page, from TextDecoder's own table. */
function encode(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...text].map((ch) => table.get(ch)!));
}

const RU = "№;Мероприятие;Срок;Ответственный\r\n1.;Семинар для педагогов;Сентябрь 2020;Управление образования\r\n";
const PL = "Nr;Zadanie;Termin;Odpowiedzialny\r\n1.;Uchwała Zarządu Powiatu;Styczeń 2018;Wydział OPS\r\n";
const BG = "№,Дейност,Срок,Отговорник\n1.,Обучение на учители,м. септември 2019,РУО\n";

describe("reading .csv and .tsv plans", () => {
  it.each([
    ["UTF-8 with a byte-order mark", Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(BG)]), "utf-8", BG],
    ["UTF-8", new TextEncoder().encode(BG), "utf-8", BG],
    ["Windows-1251", encode(RU, "windows-1251"), "windows-1251", RU],
    ["Windows-1250", encode(PL, "windows-1250"), "windows-1250", PL],
  ])("tells %s from the bytes alone", (_, bytes, encoding, text) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(text);
  });

  it("chooses the delimiter that splits the lines evenly: semicolon, comma or tab", () => {
    expect(readDelimited(encode(RU, "windows-1251"), "plan", { maxCells: 1000 }).delimiter).toBe(";");
    expect(readDelimited(new TextEncoder().encode(BG), "plan", { maxCells: 1000 }).delimiter).toBe(",");
    const tsv = new TextEncoder().encode("a\tb, c\td\n1\t2; 3\t4\n");
    expect(readDelimited(tsv, "plan", { maxCells: 1000 }).grid.values).toEqual([["a", "b, c", "d"], [1, "2; 3", 4]]);
  });

  it("keeps rows and columns as the file has them: quoted delimiters, quotes and line breaks stay in their cell", () => {
    const text = 'Nr;Zadanie;Termin\r\n1.;"Plan; ""rozwoju""";"Styczeń/\r\nluty 2018"\r\n;;\r\n2.;Szkolenie;maj 2018\r\n';
    const { grid } = readDelimited(new TextEncoder().encode(text), "harmonogram", { maxCells: 1000 });
    expect(grid.sheet).toBe("harmonogram");
    expect(grid.values).toEqual([
      ["Nr", "Zadanie", "Termin"],
      ["1.", 'Plan; "rozwoju"', "Styczeń/\nluty 2018"],
      [null, null, null],
      ["2.", "Szkolenie", "maj 2018"],
    ]);
  });

  it("reads a .tsv with tabs whatever else its lines hold", () => {
    const { grid } = readDelimited(new TextEncoder().encode("a;b\tc\n"), "t", { tab: true, maxCells: 1000 });
    expect(grid.values).toEqual([["a;b", "c"]]);
  });

  it("refuses more cells than the limit", () => {
    expect(() => readDelimited(new TextEncoder().encode("a;b;c\n".repeat(10)), "t", { maxCells: 20 })).toThrow(/too-many-cells/);
  });
});

it("honours Excel's `sep=` line and keeps it as row 1", () => {
  const { grid, delimiter } = readDelimited(new TextEncoder().encode("sep=,\r\na;b,c\r\n"), "t", { maxCells: 100 });
  expect(delimiter).toBe(",");
  expect(grid.values).toEqual([["sep=", null], ["a;b", "c"]]);
});
